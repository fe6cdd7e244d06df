import * as assert from 'assert';
import { findings, joinLines } from '../../support/helpers';

describe('duplicate-footnote', () => {
  it('fires on the later of two definitions with the same label (case-insensitive)', () => {
    const text = joinLines('A[^a].', '', '[^a]: One. https://e.org/1', '[^A]: Two. https://e.org/2');
    assert.deepStrictEqual(findings(text, 'duplicate-footnote'), ['4:1 duplicate-footnote']);
  });

  it('is quiet for distinct labels, and a definition shown in a code block is no definition', () => {
    assert.deepStrictEqual(findings(joinLines('A[^a][^b].', '', '[^a]: One. https://e.org/1', '[^b]: Two. https://e.org/2'), 'duplicate-footnote'), []);
    assert.deepStrictEqual(findings(joinLines('A[^a].', '', '[^a]: One. https://e.org/1', '', '```', '[^a]: x', '```'), 'duplicate-footnote'), []);
  });
});
