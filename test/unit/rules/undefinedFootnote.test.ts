import * as assert from 'assert';
import { applyEdits } from '../../../server/src/core/fixes/edits';
import { findings, joinLines, problemsOf } from '../../support/helpers';

describe('undefined-footnote', () => {
  it('fires on a reference with no definition, at the reference', () => {
    assert.deepStrictEqual(findings('See this.[^12]\n', 'undefined-footnote'), ['1:10 undefined-footnote']);
  });

  it('ignores code spans, fences, indented code, HTML comments, escapes and front matter', () => {
    const text = joinLines(
      '---',
      'title: "[^fm]"',
      '---',
      '',
      'Code `[^a]` and \\[^b] and <!-- [^c] -->.',
      '',
      '```',
      '[^d]',
      '```',
      '',
      '    [^e]',
      '',
      '<span title="[^f]">x</span>',
    );
    assert.deepStrictEqual(findings(text, 'undefined-footnote'), []);
  });

  it('matches labels case-insensitively, as GFM does', () => {
    assert.deepStrictEqual(findings(joinLines('A[^Note].', '', '[^note]: Source. https://example.org'), 'undefined-footnote'), []);
  });

  it('sees a reference that a bare URL swallows as GitHub does (not a reference)', () => {
    assert.deepStrictEqual(findings('see https://x.org/1).[^1]\n', 'undefined-footnote'), []);
    assert.deepStrictEqual(findings('see https://x.org/1. [^1]\n', 'undefined-footnote'), ['1:22 undefined-footnote']);
  });

  it('offers a definition stub at the end of the notes that removes the problem', () => {
    const text = joinLines('A[^1] b[^2].', '', '[^1]: Source. https://example.org', '');
    const fixed = applyEdits(text, problemsOf(text, 'undefined-footnote')[0].fixes![0].edits);
    assert.ok(fixed.endsWith('[^1]: Source. https://example.org\n[^2]: TODO: Author. "Title." Publication. Date. https://\n'), fixed);
    assert.deepStrictEqual(findings(fixed, 'undefined-footnote'), []);
  });
});
