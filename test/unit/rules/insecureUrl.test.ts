import * as assert from 'assert';
import { applyEdits } from '../../../server/src/core/fixes/edits';
import { findings, joinLines, problemsOf } from '../../support/helpers';

describe('insecure-url', () => {
  it('fires on an http:// source URL, as a hint at the URL, with a fix to https://', () => {
    const text = joinLines('A[^1].', '', '[^1]: S. http://e.org/a');
    assert.deepStrictEqual(findings(text, 'insecure-url'), ['3:10 insecure-url']);
    const [p] = problemsOf(text, 'insecure-url');
    assert.strictEqual(p.severity, 'hint');
    assert.strictEqual(applyEdits(text, p.fixes![0].edits), joinLines('A[^1].', '', '[^1]: S. https://e.org/a'));
  });

  it('is quiet on https and on http links outside notes', () => {
    assert.deepStrictEqual(findings(joinLines('See http://e.org[^1].', '', '[^1]: S. https://e.org/a'), 'insecure-url'), []);
  });
});
