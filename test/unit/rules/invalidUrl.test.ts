import * as assert from 'assert';
import { urlProblem } from '../../../server/src/core/rules/invalidUrl';
import { findings, joinLines, problemsOf } from '../../support/helpers';

describe('invalid-url', () => {
  it('fires on a link with a misspelt web scheme, at the URL', () => {
    assert.deepStrictEqual(findings('See [data](htps://e.org/x).\n', 'invalid-url'), ['1:12 invalid-url']);
    for (const bad of ['hhttps://e.org', 'ttps://e.org', 'httpss://e.org', 'htp://e.org']) assert.match(urlProblem(bad) ?? '', /misspelt scheme/, bad);
  });

  it('fires on a web address whose host has no dot, or no host', () => {
    assert.match(urlProblem('https://github/com/org/repo') ?? '', /a host with no domain, "github" \(a typo, or an intranet name/);
    assert.match(urlProblem('https://https://e.org/x') ?? '', /a host with no domain, "https"/);
    assert.match(urlProblem('http://#') ?? '', /no host/);
    assert.match(urlProblem('https:e.org') ?? '', /needs "\/\/"/);
  });

  it('fires on spaces outside <…>, never inside, nor in HTML attributes', () => {
    assert.match(urlProblem('https://e.org/a b') ?? '', /spaces/);
    assert.deepStrictEqual(findings('![](</img/a b.png>) and [x](<my file.pdf>) and <img src="/img/a b.png">\n', 'invalid-url'), []);
    const text = joinLines('A[^1].', '', '[^1]: See [the report](https://e.org/annual report.pdf).');
    assert.deepStrictEqual(findings(text, 'invalid-url'), ['3:24 invalid-url']);
    assert.match(problemsOf(text, 'invalid-url')[0].message, /is not a link: its address has a space/);
  });

  it('accepts every RFC 3986 scheme, relative paths and anchors', () => {
    for (const ok of [
      'irc://irc.libera.chat/rust',
      'rdar://96960993',
      'zotero://select/items/1',
      'std::marker::Sync',
      'content:myst/directives',
      'mailto:a@b.org',
      'https://e.org/a?b=c#d',
      'http://localhost:8080/x',
      './other.md',
      '#anchor',
      'doi:10.1000/1',
      '../img/a.png',
    ]) {
      assert.strictEqual(urlProblem(ok), undefined, ok);
    }
  });

  it('reads HTML attributes: the closing quote is not part of the URL', () => {
    const text = joinLines('A[^1].', '', '[^1]: The <a href="https://e.org/book">textbook</a> and <a href=\'https://e.org/b\'>b</a>.');
    assert.deepStrictEqual(findings(text, 'invalid-url'), []);
    assert.deepStrictEqual(findings('<a href="htps://e.org/x">x</a>\n', 'invalid-url'), ['1:10 invalid-url']);
  });

  it('a bare URL after an unmatched [ is a URL, as GFM links it: only the broken link syntax is reported', () => {
    const text = joinLines('A[^1].', '', '[^1]: _Fair License_, available at [https://e.org/licenses/fair] (https://e.org/licenses/fair) (2004).');
    assert.deepStrictEqual(
      problemsOf(text, 'invalid-url').map((p) => p.message),
      ['"[https://e.org/licenses/fair] (https://e.org/licenses/fair)" is not a link: remove the space between "]" and "(".'],
    );
  });

  it('fires on address-like text in a note that is broken: a misspelt scheme, a missing slash or colon, glued letters', () => {
    const text = joinLines(
      'A[^1] b[^2] c[^3] d[^4].',
      '',
      '[^1]: Report. http:/e.org/report',
      '[^2]: Report. htp://e.org/report',
      '[^3]: Report. http//e.org/report',
      '[^4]: Report, available athttps://e.org/report',
    );
    assert.deepStrictEqual(findings(text, 'invalid-url'), ['3:15 invalid-url', '4:15 invalid-url', '5:15 invalid-url', '6:25 invalid-url']);
    assert.match(problemsOf(text, 'invalid-url')[3].message, /"at" glued to its scheme/);
  });

  it('fires on link syntax broken by a space, never on a link with a title', () => {
    const text = joinLines(
      'A[^1] b[^2] c[^3].',
      '',
      '[^1]: License, available at [https://e.org/epl] (https://e.org/epl) (2017).',
      '[^2]: Efficacy. URL: https: /e.org/wiki/efficacy',
      '[^3]: [Available](https://e.org/details/x "Archive.org")',
    );
    assert.deepStrictEqual(
      problemsOf(text, 'invalid-url').map((p) => p.message),
      [
        '"[https://e.org/epl] (https://e.org/epl)" is not a link: remove the space between "]" and "(".',
        '"https: /e.org/wiki/efficacy" looks like a web address but has a space after "https:".',
      ],
    );
  });

  it('leaves correct addresses GFM does not link alone, and a reference link to its definition', () => {
    const text = joinLines('A[^1] b[^2].', '', '[^1]: Mirror at ftp://ftp.e.org/pub/file.', '[^2]: [Report][r].', '', '[r]: htps://e.org/r');
    assert.deepStrictEqual(findings(text, 'invalid-url'), ['6:6 invalid-url']);
  });

  it('is quiet on relative links and URLs in code', () => {
    assert.deepStrictEqual(findings('[a](./b.md) `htps://x` and\n\n    htps://y\n', 'invalid-url'), []);
  });
});
