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

  it('offers removal of the whole definition, continuation lines included', () => {
    const text = joinLines('Text.', '', '[^1]: First line', '    second paragraph line.', '', '    Another paragraph.', '', 'After.');
    const fixed = applyEdits(text, problemsOf(text, 'unused-footnote')[0].fixes![0].edits);
    assert.strictEqual(fixed, joinLines('Text.', '', '', 'After.'));
  });
});
