import * as assert from 'assert';
import { applyEdits } from '../../../server/src/core/fixes/edits';
import { findings, joinLines, problemsOf } from '../../support/helpers';

describe('unused-footnote', () => {
  it('fires on a definition nobody references, at the definition', () => {
    assert.deepStrictEqual(findings(joinLines('Text.', '', '[^1]: Source. https://example.org'), 'unused-footnote'), ['3:1 unused-footnote']);
  });

  it('a reference inside code does not count as a use', () => {
    assert.deepStrictEqual(findings(joinLines('`[^1]`', '', '[^1]: S. https://example.org'), 'unused-footnote'), ['3:1 unused-footnote']);
  });

  it('is quiet when referenced, even from a table cell or a heading', () => {
    assert.deepStrictEqual(
      findings(joinLines('| a | b[^1] |', '| - | - |', '', '# H[^2]', '', '[^1]: S. https://e.org', '[^2]: S. https://e.org/2'), 'unused-footnote'),
      [],
    );
  });

  it('sees a call after a tag-only HTML line that continues a quote, list item or note lazily', () => {
    for (const opener of ['> a', '- a', '[^2]: a']) {
      const text = joinLines('B[^2].', '', opener, '<span>', '[^1] x', '', '[^1]: note', ...(opener.startsWith('[^2]') ? [] : ['[^2]: two']));
      assert.deepStrictEqual(findings(text, 'unused-footnote'), [], opener);
    }
  });

  it('names a call on a line GFM shows as code (a list item indented too far), and does not offer to remove its note', () => {
    const text = joinLines('Steps:', '', '1. Open the lock[^1].', '', '        - then the gate[^2].', '', '[^1]: a', '[^2]: b');
    const problems = problemsOf(text, 'unused-footnote');
    assert.deepStrictEqual(findings(text, 'unused-footnote'), ['8:1 unused-footnote']);
    assert.strictEqual(
      problems[0].message,
      'Footnote [^2] is cited only where GFM shows code, first on line 5 (indented four spaces or a tab, like a list item indented too far): indent it less to make the call a call.',
    );
    assert.deepStrictEqual(problems[0].fixes ?? [], []);
    // in a fenced block or a code span the author wrote code on purpose: the note is unused (its removal offered), and
    // the finding says where its calls are
    const fenced = joinLines('Steps:', '', '```', '- then the gate[^2].', '```', '', 'And `x[^2]`.', '', '[^2]: b');
    const [inFence] = problemsOf(fenced, 'unused-footnote');
    assert.strictEqual(
      inFence.message,
      'Footnote [^2] is defined but never referenced: its calls are inside code, first on line 4 (a fenced code block or a `code` span), which shows them as typed. Cite the note outside the code, or remove it.',
    );
    assert.strictEqual(inFence.fixes?.length, 1);
    const span = joinLines('Steps `x[^2]`.', '', '[^2]: b');
    assert.match(problemsOf(span, 'unused-footnote')[0].message, /inside code, first on line 1/);
    // a definition written in code is an example of one, not a call
    assert.match(
      problemsOf(joinLines('```', '[^2]: b', '```', '', '[^2]: b'), 'unused-footnote')[0].message,
      /^Footnote \[\^2\] is defined but never referenced\.$/,
    );
  });

  it('names a note number typed in HTML, which GFM does not count, and does not offer to remove the note', () => {
    for (const call of ['y.<sup>2</sup>', '12% <a href="#refs"><sup>2</sup></a>', '<a data-footnote-ref href="#user-content-fn-2">2</a>']) {
      const text = joinLines('| a | b |', '| - | - |', `| x | ${call} |`, '', 'C[^1].', '', '[^1]: a', '[^2]: b');
      const problems = problemsOf(text, 'unused-footnote');
      assert.deepStrictEqual(findings(text, 'unused-footnote'), ['8:1 unused-footnote'], call);
      assert.match(problems[0].message, /^Footnote \[\^2\] is cited only in HTML, first on line 3 /, call);
      assert.deepStrictEqual(problems[0].fixes ?? [], [], call);
    }
    // another number in HTML is no call of this note
    const other = joinLines('B<sup>7</sup>.', '', '[^2]: b');
    assert.match(problemsOf(other, 'unused-footnote')[0].message, /defined but never referenced/);
    // nor a power, a unit or an affiliation, nor HTML where no reader sees a call: in code, a comment, front matter or
    // the note's own text
    for (const text of [
      joinLines('About 10<sup>2</sup> ports.', '', '[^2]: b'),
      joinLines('An area of 40 m<sup>2</sup> per berth.', '', '[^2]: b'),
      joinLines('Ada Reyes<sup>2</sup>, Harbour Institute.', '', '[^2]: b'),
      joinLines('Dating by <sup>2</sup>H is used.', '', '[^2]: b'),
      joinLines('Write `<sup>2</sup>` for a call.', '', '[^2]: b'),
      joinLines('```html', 'B.<sup>2</sup>', '```', '', '[^2]: b'),
      joinLines('<!-- old: see <sup>2</sup> -->', '', 'Text.', '', '[^2]: b'),
      joinLines('---', 'title: "Berths, <sup>2</sup>"', '---', '', 'Text.', '', '[^2]: b'),
      joinLines('Text.', '', '[^2]: Area, see <sup>2</sup>.'),
    ])
      assert.match(problemsOf(text, 'unused-footnote')[0].message, /defined but never referenced/, text);
  });

  it('names a call a bare web address runs on into, and does not offer to remove the note', () => {
    const text = joinLines('Served at http://127.0.0.1:8080.[^2] when running.', '', '[^2]: Local server.');
    const problems = problemsOf(text, 'unused-footnote');
    assert.deepStrictEqual(
      problems.map((p) => p.message),
      [
        "Footnote [^2] is cited only right after a web address on line 1, which GFM runs on into the call: put a space before the call, or the address with its scheme in <…> (invalid-url's fix), to make the call a call.",
      ],
    );
    assert.deepStrictEqual(problems[0].fixes ?? [], []);
    // with a space before the call, or the address in <…>, the call is a call
    assert.deepStrictEqual(findings(text.replace('.[^2]', '. [^2]'), 'unused-footnote'), []);
    assert.deepStrictEqual(findings(text.replace('http://127.0.0.1:8080.', '<http://127.0.0.1:8080>.'), 'unused-footnote'), []);
  });

  it('names a call written inside an HTML block, where GFM reads no Markdown, and does not offer to remove the note', () => {
    const text = joinLines('A[^1].', '', '<p class="section">"How Harbour is .hb?"[^2]: a heading</p>', '', 'C[^3].', '', '[^1]: a', '[^2]: b', '[^3]: c');
    const problems = problemsOf(text, 'unused-footnote');
    assert.deepStrictEqual(findings(text, 'unused-footnote'), ['8:1 unused-footnote']);
    assert.match(problems[0].message, /^Footnote \[\^2\] is cited only inside an HTML block, first on line 3, where GFM reads no Markdown/);
    assert.deepStrictEqual(problems[0].fixes ?? [], []);
    // footnote-order takes its number as in its place: no gap
    assert.deepStrictEqual(findings(text, 'footnote-order'), []);
    // after the block's end (a blank line), the call is a call; in an HTML comment it is none
    assert.deepStrictEqual(findings(text.replace('[^2]: a heading</p>', ': a heading</p>\n\nThen[^2].'), 'unused-footnote'), []);
    for (const block of [
      '<!-- old call [^2] -->',
      '<pre>Write a call as [^2].</pre>',
      '<textarea>[^2]</textarea>',
      // in a block, what the page does not show as text: a comment, a <code> element, an attribute
      '<div class="box">\n<!-- Held back for now[^2]. -->\n</div>',
      '<p>How to cite: write <code>[^2]</code> after the sentence.</p>',
      '<p><img src="tides.png" alt="Chart of tides [^2]"></p>',
      '<div>\n<pre>\nx = a[^2]\n</pre>\n</div>',
      '<div>\n<script>var s = "[^2]";</script>\n</div>',
      '<p><CODE>[^2]</CODE></p>',
      '<p><a title="a > b [^2]">x</a></p>',
    ]) {
      const text = joinLines('A[^1].', '', block, '', '[^1]: a', '[^2]: b');
      assert.match(problemsOf(text, 'unused-footnote')[0].message, /defined but never referenced/, block);
    }
  });

  it('offers removal of the whole definition, continuation lines included', () => {
    const text = joinLines('Text.', '', '[^1]: First line', '    second paragraph line.', '', '    Another paragraph.', '', 'After.');
    const fixed = applyEdits(text, problemsOf(text, 'unused-footnote')[0].fixes![0].edits);
    assert.strictEqual(fixed, joinLines('Text.', '', '', 'After.'));
  });
});
