import * as assert from 'assert';
import * as fc from 'fast-check';
import { check } from '../../../server/src/core/checker';
import { defaultConfig } from '../../../server/src/core/config/config';
import { applyEdits } from '../../../server/src/core/fixes/edits';
import type { LinkResult } from '../../../server/src/core/links/result';
import { linkTargets } from '../../../server/src/core/links/targets';
import { buildModel } from '../../../server/src/core/model';
import { recordReliability } from '../../support/reliability';

const targetsOf = (text: string) => linkTargets(buildModel(text, { config: defaultConfig() }));

const piece = fc.constantFrom(
  'https://e.org/a',
  'http://x.org/p?q=1&r=2#f',
  'doi:10.1000/x.',
  '10.5555/(a)b',
  '<https://e.org/b>',
  '[t](https://e.org/c)',
  '`https://e.org/code`',
  '[^1]',
  '[^1]: ',
  '\n',
  '    ',
  '> ',
  '(',
  ')',
  '.',
  '*',
  '_',
  ' ',
  'www.e.org',
  '<!--',
  '-->',
  '```\n',
  '\\',
);
const doc = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 40 }).map((p) => p.join(''));

describe('link targets and the "moved" quick fix (fast-check)', function () {
  this.timeout(60000);

  it('targets never throw, lie inside the document, and a replaceable target is exactly its text', () => {
    let runs = 0;
    fc.assert(
      fc.property(doc, (text) => {
        runs++;
        for (const t of targetsOf(text)) {
          assert.ok(t.start >= 0 && t.end <= text.length && t.start < t.end);
          if (t.replaceable) assert.strictEqual(text.slice(t.start, t.end), t.written);
          assert.match(t.fetchUrl, /^https?:\/\//);
          assert.ok(!t.fetchUrl.includes('#'));
        }
      }),
      { numRuns: 2000, seed: 8 },
    );
    recordReliability('link targets: generated notes with URLs, DOIs, code and brackets', runs);
  });

  it('the fix to a new address rewrites only that URL, and the document parses the same apart from it', () => {
    const syntax = fc.constantFrom('literal', 'autolink', 'link', 'image');
    const around = fc.constantFrom('', ' ', '.', ',', ')', '(', '*', '_', '!', '?', 'x', ':', ';', '"', "'", '~', ']');
    const pathChar = fc.constantFrom(
      'a',
      'b',
      '1',
      '/',
      '.',
      '-',
      '_',
      '~',
      '(',
      ')',
      '*',
      '!',
      "'",
      '&',
      ';',
      '=',
      '?',
      '#',
      ' ',
      '<',
      '>',
      '"',
      '%',
      'é',
      '[',
      ']',
      '`',
      '\\',
      ':',
      '@',
      ',',
    );
    const newPath = fc.array(pathChar, { minLength: 0, maxLength: 12 }).map((c) => c.join(''));
    let runs = 0;
    let fixed = 0;
    fc.assert(
      fc.property(syntax, around, around, newPath, fc.boolean(), (kind, before, after, p, fragment) => {
        runs++;
        const old = `https://e.org/old${fragment ? '#sec' : ''}`;
        const written = kind === 'literal' ? old : kind === 'autolink' ? `<${old}>` : kind === 'link' ? `[t](${old})` : `![i](${old})`;
        const text = `Claim[^1] and more[^2].\n\n[^1]: Source ${before}${written}${after} end\n[^2]: Other https://e.org/other\n`;
        let movedTo: string;
        try {
          movedTo = new URL(p, 'https://e.org/').href.replace(/#.*$/, ''); // what the checker reports: a URL's href
        } catch {
          return; // not a URL a redirect could lead to
        }
        const target = targetsOf(text).find((t) => t.fetchUrl === 'https://e.org/old');
        if (!target) return; // the surrounding text turned it into something else (e.g. an unclosed code span)
        const links = (url: string): LinkResult | undefined =>
          url === 'https://e.org/old' ? { url, kind: 'moved', movedTo, detail: '200 OK', checkedAt: 0 } : undefined;
        const problem = check(text, { links }).problems.find((x) => x.rule === 'dead-link');
        assert.ok(problem && problem.severity === 'info');
        const fix = problem.fixes?.[0];
        if (!fix) return;
        fixed++;
        const replacement = movedTo + (target.fragment && !movedTo.includes('#') ? target.fragment : '');
        assert.deepStrictEqual(fix.edits, [{ start: target.start, end: target.end, newText: replacement }]);
        const after2 = applyEdits(text, fix.edits);
        const t2 = targetsOf(after2);
        const moved = t2.find((t) => t.start === target.start);
        assert.ok(moved, `no URL at ${target.start} after the fix in ${JSON.stringify(after2)}`);
        assert.deepStrictEqual([moved.written, moved.syntax, moved.end - moved.start], [replacement, target.syntax, replacement.length]);
        const shift = replacement.length - (target.end - target.start);
        const others = (ts: typeof t2, delta: number) =>
          ts.filter((t) => t.start !== target.start).map((t) => [t.start + (t.start > target.start ? delta : 0), t.written]);
        assert.deepStrictEqual(others(t2, 0), others(targetsOf(text), shift));
        const m1 = buildModel(text, { config: defaultConfig() });
        const m2 = buildModel(after2, { config: defaultConfig() });
        assert.deepStrictEqual(
          m2.notes.map((n) => n.id),
          m1.notes.map((n) => n.id),
        );
        assert.deepStrictEqual(
          m2.md.refs.map((r) => r.id),
          m1.md.refs.map((r) => r.id),
        );
      }),
      { numRuns: 3000, seed: 88 },
    );
    assert.ok(fixed > runs / 10, `only ${fixed} of ${runs} cases offered a fix`);
    recordReliability('link check: "moved" quick fixes on generated contexts and new addresses', runs);
  });
});
