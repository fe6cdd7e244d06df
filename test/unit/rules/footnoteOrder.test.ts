import * as assert from 'assert';
import { check } from '../../../server/src/core/checker';
import { applyEdits } from '../../../server/src/core/fixes/edits';
import { renumberFootnotesFix } from '../../../server/src/core/fixes/footnotes';
import { findings, joinLines, problemsOf } from '../../support/helpers';

describe('footnote-order', () => {
  it('fires on the first reference whose number is out of reading order', () => {
    const text = joinLines('A[^2] b[^1].', '', '[^1]: S. https://e.org/1', '[^2]: S. https://e.org/2');
    assert.deepStrictEqual(findings(text, 'footnote-order'), ['1:2 footnote-order']);
  });

  it('fires when a number is skipped', () => {
    const text = joinLines('A[^1] b[^3].', '', '[^1]: S. https://e.org/1', '[^3]: S. https://e.org/3');
    assert.deepStrictEqual(findings(text, 'footnote-order'), ['1:8 footnote-order']);
  });

  it('is quiet for 1, 2, 3 in reading order, repeated references and named labels', () => {
    const text = joinLines('A[^1] b[^2] a[^1] c[^note].', '', '[^1]: S. https://e.org/1', '[^2]: S. https://e.org/2', '[^note]: S. https://e.org/n');
    assert.deepStrictEqual(findings(text, 'footnote-order'), []);
  });

  it('renumbers labels and definition order consistently; applying it twice changes nothing', () => {
    const text = joinLines('A[^3] b[^1] c[^3] d[^x].', '', '[^1]: One. https://e.org/1', '', '[^3]: Three. https://e.org/3', '', '[^x]: Ex. https://e.org/x', '');
    const fix = problemsOf(text, 'footnote-order')[0].fixes![0];
    assert.strictEqual(fix.safe, true);
    const fixed = applyEdits(text, fix.edits);
    assert.strictEqual(
      fixed,
      joinLines('A[^1] b[^2] c[^1] d[^3].', '', '[^1]: Three. https://e.org/3', '', '[^2]: One. https://e.org/1', '', '[^3]: Ex. https://e.org/x', ''),
    );
    assert.strictEqual(renumberFootnotesFix(check(fixed).model), undefined);
    assert.deepStrictEqual(findings(fixed), []);
  });
});
