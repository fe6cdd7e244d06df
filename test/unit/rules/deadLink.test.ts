import * as assert from 'assert';
import { check } from '../../../server/src/core/checker';
import { applyEdits } from '../../../server/src/core/fixes/edits';
import type { LinkResult } from '../../../server/src/core/links/result';
import { safeReplacement } from '../../../server/src/core/links/result';
import { doiUrl, linkTargets, normaliseUrl, trimDoi } from '../../../server/src/core/links/targets';
import { buildModel } from '../../../server/src/core/model';
import { defaultConfig } from '../../../server/src/core/config/config';
import { configFrom, findings, joinLines, problemsOf } from '../../support/helpers';

const result = (url: string, r: Partial<LinkResult>): LinkResult => ({ url, kind: 'ok', detail: '200 OK', checkedAt: 0, ...r });

/** A lookup that answers from a table, as the link checker would after its run. */
function lookup(table: Record<string, Partial<LinkResult>>): (url: string) => LinkResult | undefined {
  return (url) => (table[url] ? result(url, table[url]) : undefined);
}

const targetsOf = (text: string): Array<[string, string, string]> =>
  linkTargets(buildModel(text, { config: defaultConfig() })).map((t) => [t.syntax, t.written, t.fetchUrl]);

describe('dead-link', () => {
  const text = joinLines(
    'A[^1] B[^2] C[^3] D[^4] E[^5].',
    '',
    '[^1]: Gone: https://e.org/gone.',
    '[^2]: [Moved](https://e.org/old#part).',
    '[^3]: Walled: <https://e.org/walled>.',
    '[^4]: Down: https://e.org/down and fine https://e.org/fine',
    '[^5]: Smith, doi:10.1000/xyz123.',
  );
  const links = lookup({
    'https://e.org/gone': { kind: 'gone', status: 404, detail: '404 Not Found' },
    'https://e.org/old': { kind: 'moved', movedTo: 'https://e.org/new', finalUrl: 'https://e.org/new' },
    'https://e.org/walled': { kind: 'unverified', status: 403, detail: 'the site answers 403 Forbidden' },
    'https://e.org/down': { kind: 'unreachable', detail: 'connection refused', retried: true },
    'https://e.org/fine': { kind: 'ok' },
    'https://doi.org/10.1000/xyz123': { kind: 'gone', status: 404, detail: '404 Not Found' },
  });

  it('reports nothing unless link results are given (checking is opt-in)', () => {
    assert.deepStrictEqual(findings(text, 'dead-link'), []);
  });

  it('reports each non-ok source at its URL (or DOI) with the level of its outcome', () => {
    const problems = problemsOf(text, 'dead-link', { links });
    const { model } = check(text);
    assert.deepStrictEqual(
      problems.map((p) => [model.text.slice(p.start, p.end), p.severity]),
      [
        ['https://e.org/gone', 'warning'],
        ['https://e.org/old#part', 'info'],
        ['https://e.org/walled', 'hint'],
        ['https://e.org/down', 'warning'],
        ['doi:10.1000/xyz123', 'warning'],
      ],
    );
    assert.match(problems[0].message, /^Source gone: "https:\/\/e\.org\/gone" answers 404 Not Found\.$/);
    assert.match(problems[2].message, /^Could not verify .*403 Forbidden.*browser/);
    assert.match(problems[3].message, /^Source unreachable: .*connection refused \(after one retry\)\.$/);
    assert.strictEqual(problems[4].message, 'Source gone: DOI 10.1000/xyz123 is not registered (doi.org answers 404 Not Found).');
  });

  it('offers the new address for a permanent move, keeping the #fragment, and changes nothing else', () => {
    const [moved] = problemsOf(text, 'dead-link', { links }).filter((p) => p.severity === 'info');
    assert.match(moved.message, /moved permanently.*"https:\/\/e\.org\/new#part"/);
    const fixed = applyEdits(text, moved.fixes![0].edits);
    assert.strictEqual(fixed, text.replace('https://e.org/old#part', 'https://e.org/new#part'));
    assert.strictEqual(moved.fixes![0].safe, false); // never applied by --fix without a look
  });

  it('configured severity applies to gone/unreachable; it caps, never raises, the hint and info levels', () => {
    const levels = (rules: string): string[] =>
      problemsOf(text, 'dead-link', { links, config: configFrom(`rules: {dead-link: ${rules}}`) }).map((p) => p.severity);
    assert.deepStrictEqual(levels('error'), ['error', 'info', 'hint', 'error', 'error']);
    assert.deepStrictEqual(levels('hint'), ['hint', 'hint', 'hint', 'hint', 'hint']);
    assert.deepStrictEqual(levels('off'), []);
  });

  it('takes URLs and DOIs from notes only, never from code, and each DOI once', () => {
    const t = joinLines(
      'Body https://e.org/body[^1][^2].',
      '',
      '[^1]: `https://e.org/code` and https://doi.org/10.1/ABC and doi:10.1/abc; see 10.5555/(SICI)1-2.',
      '[^2]: ftp://e.org/x and https://e.org/a?q=1&r=2#frag',
    );
    assert.deepStrictEqual(targetsOf(t), [
      ['literal', 'https://doi.org/10.1/ABC', 'https://doi.org/10.1/ABC'],
      ['doi', '10.5555/(SICI)1-2', 'https://doi.org/10.5555/(SICI)1-2'],
      ['literal', 'https://e.org/a?q=1&r=2#frag', 'https://e.org/a?q=1&r=2'],
    ]);
  });

  it('never fetches placeholder hosts (example.org, *.test, *.invalid)', () => {
    const t = joinLines('A[^1].', '', '[^1]: https://example.org/source, https://www.example.com/x, http://site.test/, https://e.org/real');
    assert.deepStrictEqual(
      targetsOf(t).map((x) => x[2]),
      ['https://e.org/real'],
    );
  });

  it('leaves out URLs and DOIs matching links.exclude (as written or as fetched)', () => {
    const t = joinLines('A[^1].', '', '[^1]: https://www.jstor.org/stable/1, https://e.org/real, doi:10.2307/123');
    const exclude = [/^https:\/\/(www\.)?jstor\.org\//i, /doi\.org\/10\.2307\//i];
    assert.deepStrictEqual(
      linkTargets(buildModel(t, { config: defaultConfig() }), exclude).map((x) => x.fetchUrl),
      ['https://e.org/real'],
    );
    const config = configFrom('links:\n  exclude: ["jstor"]\n');
    const seen: string[] = [];
    check(t, { config, links: (url) => (seen.push(url), undefined) });
    assert.deepStrictEqual(seen, ['https://e.org/real', 'https://doi.org/10.2307/123']);
  });

  it('DOI helpers: trailing punctuation, resolver encoding, doi.org links', () => {
    assert.strictEqual(trimDoi('10.1000/abc).'), '10.1000/abc');
    assert.strictEqual(trimDoi('10.1002/(SICI)1097'), '10.1002/(SICI)1097');
    assert.strictEqual(doiUrl('10.1000/a#b?c d'), 'https://doi.org/10.1000/a%23b%3Fc%20d');
    assert.deepStrictEqual(normaliseUrl('http://dx.doi.org/10.1000/x%2Fy#z'), {
      fetchUrl: 'http://dx.doi.org/10.1000/x%2Fy',
      fragment: '#z',
      doi: '10.1000/x/y',
    });
    assert.strictEqual(normaliseUrl('https://'), undefined);
  });

  it('offers no fix when the new address would change how the Markdown parses', () => {
    assert.strictEqual(safeReplacement('link', 'https://e.org/a(b)'), true);
    assert.strictEqual(safeReplacement('link', 'https://e.org/a)b'), false);
    assert.strictEqual(safeReplacement('literal', 'https://e.org/a.'), false);
    assert.strictEqual(safeReplacement('literal', 'https://e.org/a_b'), false);
    assert.strictEqual(safeReplacement('literal', 'https://=/'), false); // GFM links no bare URL with that host
    assert.strictEqual(safeReplacement('link', 'https://=/'), true);
    assert.strictEqual(safeReplacement('autolink', 'https://e.org/a b'), false);
    assert.strictEqual(safeReplacement('link', 'https://e.org/?a=1&amp;b=2'), false);
    assert.strictEqual(safeReplacement('link', 'https://e.org/?a=1&b=2'), true);
    const t = joinLines('A[^1].', '', '[^1]: https://e.org/old');
    const [p] = problemsOf(t, 'dead-link', { links: lookup({ 'https://e.org/old': { kind: 'moved', movedTo: 'https://e.org/new.' } }) });
    assert.deepStrictEqual(p.fixes, []);
  });
});
