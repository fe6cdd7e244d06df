import * as assert from 'assert';
import { applyEdits } from '../../../server/src/core/fixes/edits';
import { findings, joinLines, problemsOf } from '../../support/helpers';

describe('empty-footnote', () => {
  it('fires on a definition with no content', () => {
    assert.deepStrictEqual(findings(joinLines('A[^1].', '', '[^1]:'), 'empty-footnote'), ['3:1 empty-footnote']);
    assert.deepStrictEqual(problemsOf(joinLines('A[^1].', '', '[^1]:'), 'empty-footnote')[0].fixes, undefined);
  });

  it('an empty definition nobody cites is left to unused-footnote, unless its text was left below it (round 22)', () => {
    const text = joinLines('A[^1].', '', '[^1]: A source. https://e.org', '[^2]:', '', '## Next');
    assert.deepStrictEqual(findings(text, 'empty-footnote'), []);
    assert.deepStrictEqual(findings(text, 'unused-footnote'), ['4:1 unused-footnote']);
    assert.deepStrictEqual(findings(joinLines('A[^1].', '', '[^1]: A source.', '[^2]:', 'Its text, flush left.'), 'empty-footnote'), ['4:1 empty-footnote']);
  });

  it('a definition whose text is on indented continuation lines is not empty', () => {
    assert.deepStrictEqual(findings(joinLines('A[^1].', '', '[^1]:', '    Source on the next line. https://e.org'), 'empty-footnote'), []);
  });

  it('code blocks, lists, tables and quotes are content', () => {
    for (const body of [
      ['    ```', '    let x = 1;', '    ```'],
      ['    - one', '    - two'],
      ['    | a | b |', '    | - | - |', '    | 1 | 2 |'],
      ['    > quoted'],
    ]) {
      assert.deepStrictEqual(findings(joinLines('A[^1].', '', '[^1]:', ...body), 'empty-footnote'), [], body.join('/'));
    }
    assert.deepStrictEqual(findings(joinLines('A[^1].', '', '[^1]: - one item'), 'empty-footnote'), []);
  });

  it('says when the text follows on an under-indented line, and the fix indents that paragraph by 4 spaces', () => {
    const text = joinLines('A[^1].', '', '[^1]:', 'The text written flush left.', '  A second line.', '', 'Body resumes.');
    const [p] = problemsOf(text, 'empty-footnote');
    assert.match(p.message, /not indented, so it is not part of the note\. Indent it by 4 spaces\.$/);
    const fixed = applyEdits(text, p.fixes![0].edits);
    assert.strictEqual(fixed, joinLines('A[^1].', '', '[^1]:', '    The text written flush left.', '      A second line.', '', 'Body resumes.'));
    assert.deepStrictEqual(findings(fixed, 'empty-footnote'), []);
    assert.deepStrictEqual(findings(fixed, 'unused-footnote'), []);
  });

  it('says by how much a line indented by 1 to 3 spaces falls short, and the fix adds just that (round 19)', () => {
    const text = joinLines('A[^1].', '', '[^1]:', '  *The Harbour Guide*, read online at the port.', '', 'Body resumes.');
    const [p] = problemsOf(text, 'empty-footnote');
    assert.match(p.message, /indented by 2 spaces, fewer than 4, so it is not part of the note\. Indent it by 2 more\.$/);
    assert.strictEqual(p.fixes![0].title, 'Indent the text of [^1] to 4 spaces');
    const fixed = applyEdits(text, p.fixes![0].edits);
    assert.strictEqual(fixed, joinLines('A[^1].', '', '[^1]:', '    *The Harbour Guide*, read online at the port.', '', 'Body resumes.'));
    assert.deepStrictEqual(findings(fixed, 'empty-footnote'), []);
    assert.match(problemsOf(text, 'empty-footnote', { locale: 'fr' })[0].message, /en retrait que de 2 espaces, moins de 4.*Ajoutez-en 2\.$/);
  });

  it('after one blank line too; never for the next note, a heading or a list', () => {
    const text = joinLines('A[^1].', '', '[^1]:', '', 'Flush left after a blank line.');
    assert.ok(problemsOf(text, 'empty-footnote')[0].fixes);
    for (const next of ['[^2]: Next note.', '## Heading', '- a list']) {
      assert.strictEqual(problemsOf(joinLines('A[^1][^2].', '', '[^1]:', next, '[^2]: x'), 'empty-footnote')[0].fixes, undefined, next);
    }
  });
});
