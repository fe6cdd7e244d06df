import * as assert from 'assert';
import { findings, joinLines } from '../../support/helpers';

describe('empty-footnote', () => {
  it('fires on a definition with no text', () => {
    assert.deepStrictEqual(findings(joinLines('A[^1].', '', '[^1]:'), 'empty-footnote'), ['3:1 empty-footnote']);
  });

  it('a definition whose text is on indented continuation lines is not empty', () => {
    assert.deepStrictEqual(findings(joinLines('A[^1].', '', '[^1]:', '    Source on the next line. https://e.org'), 'empty-footnote'), []);
  });
});
