import * as assert from 'assert';
import { configFrom, findings, joinLines } from '../../support/helpers';

describe('missing-source-url', () => {
  it('fires on a note with no URL and no DOI', () => {
    assert.deepStrictEqual(findings(joinLines('A[^1].', '', '[^1]: A book, 2010.'), 'missing-source-url'), ['3:1 missing-source-url']);
  });

  it('accepts URLs in links, autolinks and bare, DOIs, and URLs on a later paragraph of the note', () => {
    const text = joinLines(
      'A[^1] b[^2] c[^3] d[^4] e[^5].', '',
      '[^1]: [Report](https://e.org/r).', '[^2]: <https://e.org/a>', '[^3]: doi:10.1787/9789264090088-en',
      '[^4]: Book.', '', '    Online at https://e.org/book', '', '[^5]: www.example.com/page',
    );
    assert.deepStrictEqual(findings(text, 'missing-source-url'), []);
  });

  it('a URL only inside a code span is no source', () => {
    assert.deepStrictEqual(findings(joinLines('A[^1].', '', '[^1]: `https://e.org`'), 'missing-source-url'), ['3:1 missing-source-url']);
  });

  it('follows Ibid. chains to the source they mean', () => {
    const withUrl = joinLines('A[^1] b[^2] c[^3].', '', '[^1]: S. https://e.org', '[^2]: Ibid.', '[^3]: Ibid.');
    assert.deepStrictEqual(findings(withUrl, 'missing-source-url'), []);
    const without = joinLines('A[^1] b[^2].', '', '[^1]: A book.', '[^2]: Ibid.');
    assert.deepStrictEqual(findings(without, 'missing-source-url'), ['3:1 missing-source-url', '4:1 missing-source-url']);
  });

  it('honours sources.allowWithoutUrl patterns', () => {
    const config = configFrom('sources:\n  allowWithoutUrl: ["^Interview with"]');
    assert.deepStrictEqual(findings(joinLines('A[^1].', '', '[^1]: Interview with a minister, 2024.'), 'missing-source-url', { config }), []);
  });
});
