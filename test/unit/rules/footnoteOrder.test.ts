import * as assert from 'assert';
import { check } from '../../../server/src/core/checker';
import { applyEdits } from '../../../server/src/core/fixes/edits';
import { renumberFootnotesFix } from '../../../server/src/core/fixes/footnotes';
import { findings, joinLines, problemsOf } from '../../support/helpers';

const messages = (text: string): string[] => problemsOf(text, 'footnote-order').map((p) => p.message);

/** `[^1]: a` … `[^n]: …`, one definition per note. */
function definitions(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `[^${i + 1}]: ${String.fromCharCode(97 + i)}`);
}

describe('footnote-order', () => {
  it('fires on the first reference whose number is out of reading order (a swap)', () => {
    const text = joinLines('A[^2] b[^1].', '', '[^1]: S. https://e.org/1', '[^2]: S. https://e.org/2');
    assert.deepStrictEqual(findings(text, 'footnote-order'), ['1:2 footnote-order']);
    assert.deepStrictEqual(messages(text), ['Footnote [^2] is cited before [^1]: numbers should rise in reading order.']);
  });

  it('says a lower number comes after a higher one', () => {
    const text = joinLines('A[^1] b[^3] c[^2].', '', '[^1]: S. https://e.org/1', '[^2]: S. https://e.org/2', '[^3]: S. https://e.org/3');
    assert.deepStrictEqual(messages(text), ['Footnote [^3] is cited before [^2]: numbers should rise in reading order.']);
    const after = joinLines('A[^1] b[^2] c[^4] d[^3] e[^2].', '', '[^1]: a', '[^2]: b', '[^3]: c', '[^4]: d');
    assert.deepStrictEqual(messages(after), ['Footnote [^4] is cited before [^3]: numbers should rise in reading order.']);
  });

  it('fires when a number is skipped, and says whether it exists', () => {
    const gap = joinLines('A[^1] b[^3].', '', '[^1]: S. https://e.org/1', '[^3]: S. https://e.org/3');
    assert.deepStrictEqual(findings(gap, 'footnote-order'), ['1:8 footnote-order']);
    assert.deepStrictEqual(messages(gap), ['Footnote numbers skip from [^1] to [^3]: there is no [^2].']);
    const uncited = joinLines('A[^1] b[^3].', '', '[^1]: a', '[^2]: b', '[^3]: c');
    assert.deepStrictEqual(messages(uncited), ['Footnote numbers skip from [^1] to [^3]: [^2] is defined but never cited.']);
  });

  it('a number cited only on a line GFM shows as code is no gap (unused-footnote says where it is)', () => {
    const text = joinLines('A[^1].', '', '    - b[^2] and c[^3]', '', 'D[^4].', '', '[^1]: a', '[^2]: b', '[^3]: c', '[^4]: d');
    assert.deepStrictEqual(findings(text, 'footnote-order'), []);
    // a swap after it is still reported, without the renumbering fix, which would not reach the calls in code
    const swap = joinLines('A[^1].', '', '    - b[^2]', '', 'D[^4] e[^3].', '', '[^1]: a', '[^2]: b', '[^3]: c', '[^4]: d');
    const problems = problemsOf(swap, 'footnote-order');
    assert.deepStrictEqual(
      problems.map((p) => p.message),
      ['Footnote [^4] is cited before [^3]: numbers should rise in reading order.'],
    );
    assert.deepStrictEqual(problems[0].fixes ?? [], []);
  });

  it('a number whose call a bare address runs on into is no gap, and the file gets no renumbering', () => {
    const text = joinLines('A[^1].', '', 'B at https://e.org/b.[^2] here.', '', 'C[^3] D[^5] E[^4].', '', ...definitions(5));
    const problems = problemsOf(text, 'footnote-order');
    assert.deepStrictEqual(findings(text, 'footnote-order'), ['5:8 footnote-order']);
    assert.deepStrictEqual(problems[0].fixes ?? [], []);
  });

  it('a number typed in HTML where its note is cited (`<sup>2</sup>`) is no gap', () => {
    const text = joinLines('A[^1].', '', 'B<a href="#refs"><sup>2</sup></a>.', '', 'C[^3].', '', '[^1]: a', '[^2]: b', '[^3]: c');
    assert.deepStrictEqual(findings(text, 'footnote-order'), []);
    const range = joinLines('A[^1].', '', 'B.<sup>2-3</sup>', '', 'C[^4].', '', '[^1]: a', '[^2]: b', '[^3]: c', '[^4]: d');
    assert.deepStrictEqual(findings(range, 'footnote-order'), []);
    const list = joinLines('A[^1].', '', 'B.<sup>2,3-4</sup>', '', 'C[^5].', '', '[^1]: a', '[^2]: b', '[^3]: c', '[^4]: d', '[^5]: e');
    assert.deepStrictEqual(findings(list, 'footnote-order'), []);
    // a number with its thousands is no list of notes
    const thousands = joinLines('A[^1].', '', 'B. <sup>2,000</sup>', '', 'C[^3].', '', '[^1]: a', '[^2]: b', '[^3]: c');
    assert.deepStrictEqual(findings(thousands, 'footnote-order'), ['5:2 footnote-order']);
    const elsewhere = joinLines('A[^1].', '', 'B<sup>9</sup>.', '', 'C[^3].', '', '[^1]: a', '[^2]: b', '[^3]: c');
    assert.deepStrictEqual(findings(elsewhere, 'footnote-order'), ['5:2 footnote-order']);
    // a unit is no call: the gap is reported, with its fix
    const unit = joinLines('A[^1], 40 m<sup>2</sup>.', '', 'C[^3].', '', '[^1]: a', '[^2]: b', '[^3]: c');
    assert.deepStrictEqual(findings(unit, 'footnote-order'), ['3:2 footnote-order']);
    assert.strictEqual(problemsOf(unit, 'footnote-order')[0].fixes?.length, 1);
    // typed after the numbers around it, it is out of its place: the gap is reported
    const late = joinLines('A[^1] B[^3] C[^4].', '', 'D.<sup>2</sup>', '', '[^1]: a', '[^2]: b', '[^3]: c', '[^4]: d');
    assert.deepStrictEqual(findings(late, 'footnote-order'), ['1:8 footnote-order']);
    // a swap in a file with a call typed in HTML, even after the swap: no renumbering, which would not reach that call
    const swap = joinLines('A[^1] B[^3] C[^2].', '', '| a | b |', '| - | - |', '| x | 12% <sup>4</sup> |', '', 'D[^5].', '', ...definitions(5));
    const problems = problemsOf(swap, 'footnote-order');
    assert.deepStrictEqual(
      problems.map((p) => p.message),
      ['Footnote [^3] is cited before [^2]: numbers should rise in reading order.'],
    );
    assert.deepStrictEqual(problems[0].fixes ?? [], []);
  });

  it('a [^1] written but never cited still starts the numbering', () => {
    const text = joinLines('A[^2] b[^3].', '', '[^1]: a', '[^2]: b', '[^3]: c');
    assert.deepStrictEqual(
      problemsOf(text, 'footnote-order').map((p) => p.message),
      ['Footnote numbers start at [^2]: [^1] is defined but never cited.'],
    );
    // A lower number cited later is what is wrong: a swap, whatever is missing before it.
    const swapped = joinLines('A[^10] b[^2] c[^3].', '', '[^1]: a', '[^2]: b', '[^3]: c', '[^10]: d');
    assert.deepStrictEqual(messages(swapped), ['Footnote [^10] is cited before [^2]: numbers should rise in reading order.']);
    const skipped = joinLines('A[^1] b[^2] c[^9] d[^5] e[^6].', '', '[^1]: a', '[^2]: b', '[^3]: c', '[^5]: e', '[^6]: f', '[^9]: g');
    assert.deepStrictEqual(messages(skipped), ['Footnote [^9] is cited before [^5]: numbers should rise in reading order.']);
  });

  it('accepts any starting number: notes from 0, a chapter continuing at 31', () => {
    assert.deepStrictEqual(findings(joinLines('A[^0] b[^1] c[^2].', '', '[^0]: a', '[^1]: b', '[^2]: c'), 'footnote-order'), []);
    assert.deepStrictEqual(findings(joinLines('A[^31] b[^32] c[^33].', '', '[^31]: a', '[^32]: b', '[^33]: c'), 'footnote-order'), []);
  });

  it('accepts a box numbered from 1 inside a text that continues its own numbering, but not one series moved', () => {
    const defs = (ns: number[]): string[] => ns.map((n) => `[^${n}]: note ${n}`);
    const sidebar = [28, 29, 30, 1, 2, 3, 4, 31, 32];
    const text = joinLines(sidebar.map((n) => `Claim[^${n}].`).join(' '), '', ...defs(sidebar));
    assert.deepStrictEqual(findings(text, 'footnote-order'), []);
    const moved = [5, 6, 7, 1, 2, 3, 4, 8];
    assert.deepStrictEqual(messages(joinLines(moved.map((n) => `Claim[^${n}].`).join(' '), '', ...defs(moved))), [
      'Footnote [^5] is cited before [^1]: numbers should rise in reading order.',
    ]);
    // 5, 1, 2, 6 with [^3] and [^4] written in the file: notes out of order, not a box
    const skipped = joinLines('A[^5] b[^1] c[^2] d[^6].', '', ...defs([1, 2, 3, 4, 5, 6]));
    assert.strictEqual(findings(skipped, 'footnote-order').length, 1);
    const brokenMain = [8, 9, 1, 2, 11, 10];
    assert.strictEqual(findings(joinLines(brokenMain.map((n) => `Claim[^${n}].`).join(' '), '', ...defs(brokenMain)), 'footnote-order').length, 1);
  });

  it('a named note cited where a number is missing takes its place', () => {
    const text = joinLines('A[^1] b[^2] c[^editor] d[^4].', '', '[^1]: a', '[^2]: b', "[^editor]: An editor's note.", '[^4]: d');
    assert.deepStrictEqual(findings(text, 'footnote-order'), []);
    const elsewhere = joinLines('A[^editor] b[^1] c[^2] d[^4].', '', '[^1]: a', '[^2]: b', "[^editor]: An editor's note.", '[^4]: d');
    assert.deepStrictEqual(messages(elsewhere), ['Footnote numbers skip from [^2] to [^4]: there is no [^3].']);
    const written = joinLines('A[^1] b[^2] c[^editor] d[^4].', '', '[^1]: a', '[^2]: b', '[^3]: c', '[^editor]: e', '[^4]: d');
    assert.deepStrictEqual(messages(written), ['Footnote numbers skip from [^2] to [^4]: [^3] is defined but never cited.']);
  });

  it('names a number cited in its place but never defined as such (undefined-footnote reports it too)', () => {
    const text = joinLines('A[^1] b[^2] c[^3] d[^4].', '', '[^1]: a', '[^2]: b', '[^4]: d');
    const [problem] = problemsOf(text, 'footnote-order');
    assert.strictEqual(problem.message, 'Footnote numbers skip from [^2] to [^4]: [^3] is cited but never defined.');
    // The labels already rise in the text: there is nothing to renumber (the definition is what is missing).
    assert.deepStrictEqual(problem.fixes ?? [], []);
    // Not even when renumbering would sort the definitions: that would leave the gap as it is.
    const unsorted = joinLines('A[^1] b[^2] c[^3] d[^4].', '', '[^4]: d', '[^1]: a', '[^2]: b');
    assert.deepStrictEqual(problemsOf(unsorted, 'footnote-order')[0].fixes ?? [], []);
    assert.deepStrictEqual(findings(text, 'undefined-footnote'), ['1:14 undefined-footnote']);
    // Cited after its place, renumbering mends the order: the undefined label takes the number of where it is cited.
    const late = joinLines('A[^1] b[^2] d[^4] c[^3].', '', '[^1]: a', '[^2]: b', '[^4]: d');
    const [swap] = problemsOf(late, 'footnote-order');
    assert.strictEqual(swap.message, 'Footnote numbers skip from [^2] to [^4]: [^3] is cited but never defined.');
    assert.strictEqual(applyEdits(late, swap.fixes![0].edits), joinLines('A[^1] b[^2] d[^3] c[^4].', '', '[^1]: a', '[^2]: b', '[^3]: d'));
    // A swap after such a number keeps its fix.
    const swapped = joinLines('A[^1] b[^2] c[^4] d[^3].', '', '[^1]: a', '[^3]: c', '[^4]: d');
    const [after] = problemsOf(swapped, 'footnote-order');
    assert.strictEqual(after.message, 'Footnote [^4] is cited before [^3]: numbers should rise in reading order.');
    assert.strictEqual(applyEdits(swapped, after.fixes![0].edits), joinLines('A[^1] b[^2] c[^3] d[^4].', '', '[^1]: a', '[^3]: d', '[^4]: c'));
    // Never cited at all, it is missing.
    const missing = joinLines('A[^1] b[^2] d[^4].', '', '[^1]: a', '[^2]: b', '[^4]: d');
    assert.deepStrictEqual(messages(missing), ['Footnote numbers skip from [^2] to [^4]: there is no [^3].']);
  });

  it('reads a Pandoc grid table row cell by cell, as a reader does', () => {
    // [^7] in the second cell's first line, [^6] wrapped onto the first cell's second line: in order, cell by cell.
    const table = ['+------------------+-------+', '| Tides and        | [^7]  |', '| harbours[^6]     |       |', '+------------------+-------+'];
    const inOrder = joinLines('A[^5].', '', ...table, '', 'B[^8].', '', '[^5]: a', '[^6]: b', '[^7]: c', '[^8]: d');
    assert.deepStrictEqual(findings(inOrder, 'footnote-order'), []);
    // A swap elsewhere is still reported; the renumbering fix, which follows the source, is not offered.
    const swapped = joinLines('A[^5].', '', ...table, '', 'B[^9] C[^8].', '', '[^5]: a', '[^6]: b', '[^7]: c', '[^8]: d', '[^9]: e');
    const found = problemsOf(swapped, 'footnote-order');
    assert.deepStrictEqual(
      found.map((p) => p.message),
      ['Footnote [^9] is cited before [^8]: numbers should rise in reading order.'],
    );
    assert.deepStrictEqual(found[0].fixes, []);
    // Out of order cell by cell: reported, with the fix (the source order is the reading order there).
    const cells = joinLines(
      'A[^5].',
      '',
      '+------------------+-------+',
      '| Tides[^7]        | [^6]  |',
      '+------------------+-------+',
      '',
      '[^5]: a',
      '[^6]: b',
      '[^7]: c',
    );
    assert.deepStrictEqual(messages(cells), ['Footnote [^7] is cited before [^6]: numbers should rise in reading order.']);
    assert.strictEqual(problemsOf(cells, 'footnote-order')[0].fixes?.length, 1);
  });

  it('leaves labels that name rather than number alone (issue numbers)', () => {
    assert.deepStrictEqual(findings(joinLines('A[^107421] b[^117703] c[^98012].', '', '[^107421]: a', '[^117703]: b', '[^98012]: c'), 'footnote-order'), []);
  });

  it('is quiet for numbers in reading order, repeated references and named labels', () => {
    const text = joinLines('A[^1] b[^2] a[^1] c[^note].', '', '[^1]: S. https://e.org/1', '[^2]: S. https://e.org/2', '[^note]: S. https://e.org/n');
    assert.deepStrictEqual(findings(text, 'footnote-order'), []);
  });

  it('renumbers labels and definition order consistently; applying it twice changes nothing', () => {
    const text = joinLines(
      'A[^3] b[^1] c[^3] d[^x].',
      '',
      '[^1]: One. https://e.org/1',
      '',
      '[^3]: Three. https://e.org/3',
      '',
      '[^x]: Ex. https://e.org/x',
      '',
    );
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

  it('renumbers a label cited without a definition in its place, so that the numbers rise in the text', () => {
    const text = joinLines('A[^2] b[^1] c[^5] d[^3].', '', '[^1]: One.', '[^2]: Two.', '[^3]: Three.');
    const fixed = applyEdits(text, problemsOf(text, 'footnote-order')[0].fixes![0].edits);
    // [^5] has no note: it becomes [^3], its place, and no note is renumbered to it.
    assert.strictEqual(fixed, joinLines('A[^1] b[^2] c[^3] d[^4].', '', '[^1]: Two.', '[^2]: One.', '[^4]: Three.'));
    // What is left is the missing definition, which renumbering cannot mend.
    assert.strictEqual(renumberFootnotesFix(check(fixed).model), undefined);
    assert.deepStrictEqual(findings(fixed, 'undefined-footnote'), ['1:14 undefined-footnote']);
  });

  it('leaves a named label cited without a definition as written, and numbers the others around it', () => {
    const text = joinLines('A[^2] b[^x] c[^1].', '', '[^1]: One.', '[^2]: Two.');
    const fixed = applyEdits(text, problemsOf(text, 'footnote-order')[0].fixes![0].edits);
    assert.strictEqual(fixed, joinLines('A[^1] b[^x] c[^2].', '', '[^1]: Two.', '[^2]: One.'));
    assert.deepStrictEqual(findings(fixed, 'footnote-order'), []);
  });

  it('renumbers a chapter from its own first number', () => {
    const text = joinLines('A[^32] b[^31].', '', '[^31]: a', '[^32]: b');
    const fixed = applyEdits(text, problemsOf(text, 'footnote-order')[0].fixes![0].edits);
    assert.strictEqual(fixed, joinLines('A[^31] b[^32].', '', '[^31]: b', '[^32]: a'));
  });

  it('renumbers a note that cites another note without overlapping edits', () => {
    const text = joinLines('A[^2] B[^1].', '', '[^1]: One https://a.org', '[^2]: Two, see also [^1]. https://b.org');
    const fix = problemsOf(text, 'footnote-order')[0].fixes![0];
    const fixed = applyEdits(text, fix.edits);
    assert.strictEqual(fixed, joinLines('A[^1] B[^2].', '', '[^1]: Two, see also [^2]. https://b.org', '[^2]: One https://a.org'));
    assert.deepStrictEqual(findings(fixed, 'footnote-order'), []);
  });

  it('keeps every byte but the labels and the order: CR line endings, blank lines, trailing spaces', () => {
    const text = ['A[^2] B[^1].', '', '[^1]: One  ', '', '', '[^2]: Two\t'].join('\r') + '\r';
    const fixed = applyEdits(text, problemsOf(text, 'footnote-order')[0].fixes![0].edits);
    assert.strictEqual(fixed, ['A[^1] B[^2].', '', '[^1]: Two\t', '', '', '[^2]: One  '].join('\r') + '\r');
  });
  it('moves a lazy line with the note it continues, and an empty note with its colon', () => {
    const lazy = joinLines('A[^2] B[^1].', '', '[^1]: One https://a.org', '[^2]: Two https://b.org', 'continued.');
    const moved = applyEdits(lazy, problemsOf(lazy, 'footnote-order')[0].fixes![0].edits);
    assert.strictEqual(moved, joinLines('A[^1] B[^2].', '', '[^1]: Two https://b.org', 'continued.', '[^2]: One https://a.org'));
    const text = joinLines('A[^2] B[^1].', '', '[^1]:', '[^2]: Two https://b.org');
    const fixed = applyEdits(text, problemsOf(text, 'footnote-order')[0].fixes![0].edits);
    assert.strictEqual(fixed, joinLines('A[^1] B[^2].', '', '[^1]: Two https://b.org', '[^2]:'));
  });

  it('relabels notes where they stand when a line after them would become part of another note', () => {
    // '[^2]:' is empty, so 'Closing words.' is a paragraph of its own; after '[^1]: One' it would be a lazy line of that note.
    const text = joinLines('A[^2] B[^1].', '', '[^1]: One https://a.org', '[^2]:', 'Closing words.');
    const fixed = applyEdits(text, problemsOf(text, 'footnote-order')[0].fixes![0].edits);
    assert.strictEqual(fixed, joinLines('A[^1] B[^2].', '', '[^2]: One https://a.org', '[^1]:', 'Closing words.'));
    assert.deepStrictEqual(findings(fixed, 'footnote-order'), []);
  });
});
