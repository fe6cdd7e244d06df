import * as assert from 'assert';
import { urlProblem } from '../../../server/src/core/rules/invalidUrl';
import { findings, joinLines } from '../../support/helpers';

describe('invalid-url', () => {
  it('fires on a link with an unknown scheme, at the URL', () => {
    assert.deepStrictEqual(findings('See [data](htps://e.org/x).\n', 'invalid-url'), ['1:12 invalid-url']);
  });

  it('fires on URL-like text in a note that no parser would link', () => {
    const text = joinLines('A[^1] b[^2].', '', '[^1]: Report. http:/e.org/report', '[^2]: Report. htp://e.org/report');
    assert.deepStrictEqual(findings(text, 'invalid-url'), ['3:15 invalid-url', '4:15 invalid-url']);
  });

  it('knows what is malformed', () => {
    assert.ok(urlProblem('<a b>'.slice(1, -1)));
    assert.ok(urlProblem('https://'));
    assert.ok(urlProblem('https://localhostx/'));
    assert.ok(urlProblem('mailto:nobody'));
    for (const ok of ['https://e.org/a?b=c#d', 'http://localhost:8080/x', 'mailto:a@b.org', './other.md', '#anchor', 'doi:10.1000/1']) {
      assert.strictEqual(urlProblem(ok), undefined, ok);
    }
  });

  it('is quiet on relative links and URLs in code', () => {
    assert.deepStrictEqual(findings('[a](./b.md) `htps://x` and\n\n    htps://y\n', 'invalid-url'), []);
  });
});
