import * as assert from 'assert';
import * as fc from 'fast-check';
import { check } from '../../server/src/core/checker';
import { positionAt } from '../../server/src/core/text/lines';
import { applyEdits } from '../../server/src/core/fixes/edits';
import { renumberFootnotesFix } from '../../server/src/core/fixes/footnotes';
import { parseConfig } from '../../server/src/core/config/config';
import { rules } from '../../server/src/core/rules';
import { rng } from '../support/generate';
import { recordReliability } from '../support/reliability';

/** Markdown-ish fragments that stress the scanner, mixed with arbitrary text. */
const fragment = fc.oneof(
  fc.constantFrom(
    '[^1]',
    '[^a]',
    '[^1]: ',
    '\n',
    '\r\n',
    '\r',
    '> ',
    '- ',
    '1. ',
    '    ',
    '\t',
    '```',
    '~~~',
    '<!--',
    '-->',
    '`',
    '\\',
    '[',
    ']',
    '(',
    ')',
    '<',
    '>',
    '---',
    '#',
    '|',
    'https://e.org/x',
    'www.x.org',
    '\u0000',
    '\ufeff',
    '\ud800',
    '\udfff',
    'Ibid.',
    '(link is external)',
    '"',
    ':',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const markdownish = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));

function assertRangesInside(text: string): number {
  const { problems } = check(text);
  for (const p of problems) {
    assert.ok(p.start >= 0 && p.end >= p.start && p.end <= text.length, `${p.rule} range ${p.start}-${p.end} outside 0-${text.length}`);
    for (const fix of p.fixes ?? [])
      for (const e of fix.edits) assert.ok(e.start >= 0 && e.end >= e.start && e.end <= text.length, `${p.rule} fix edit outside`);
  }
  return problems.length;
}

describe('properties of the checker (fast-check)', function () {
  this.timeout(120000);

  it('never throws and keeps every range inside the document, for arbitrary input', () => {
    let runs = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          markdownish,
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('utf8')),
        ),
        (text) => {
          runs++;
          assertRangesInside(text);
        },
      ),
      { numRuns: 3000, seed: 42 },
    );
    recordReliability('core: arbitrary strings, binary units, random bytes as UTF-8', runs);
  });

  it('survives pathological shapes: deep nesting, a 1 MB line, thousands of unmatched openers', () => {
    const inputs: Record<string, string> = {
      '10 000 nested block quotes': '> '.repeat(10000) + 'x[^1]\n',
      '10 000 nested list items': '- '.repeat(10000) + 'x[^1]\n' + '1. '.repeat(5000),
      'a 1 MB line': 'word [^1] '.repeat(100000),
      '20 000 unmatched backticks': '` a '.repeat(20000),
      '20 000 unclosed brackets': '[ ![ [^ '.repeat(20000),
      '20 000 unclosed comments': '<!-- a '.repeat(20000),
      'a URL of 200 000 dots': 'https://x.org/' + '.'.repeat(200000),
      '50 000 footnote definitions': Array.from({ length: 50000 }, (_, i) => `[^${i}]: n`).join('\n'),
    };
    for (const [name, text] of Object.entries(inputs)) {
      assertRangesInside(text);
      recordReliability(`core: ${name}`, 1);
    }
  });

  it('gives CRLF and CR documents the same diagnostics at the same positions as their LF twins', () => {
    let runs = 0;
    fc.assert(
      fc.property(markdownish, (raw) => {
        runs++;
        const lf = raw.replace(/\r\n?/g, '\n');
        const at = (text: string): string[] => {
          const r = check(text);
          return r.problems.map((p) => {
            const s = positionAt(r.model.md.lineStarts, p.start);
            return `${s.line}:${s.column} ${p.rule} ${p.message}`;
          });
        };
        const expected = at(lf);
        assert.deepStrictEqual(at(lf.replace(/\n/g, '\r\n')), expected);
        assert.deepStrictEqual(at(lf.replace(/\n/g, '\r')), expected);
      }),
      { numRuns: 1500, seed: 7 },
    );
    recordReliability('core: CRLF and CR twins of generated documents', runs);
  });

  it('reports a rule that throws and still runs the others', () => {
    const rule = rules.find((r) => r.code === 'link-artifact')!;
    const original = rule.check;
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      const r = check('A[^1] (link is external).\n');
      assert.deepStrictEqual(
        r.ruleErrors.map((e) => `${e.rule}: ${e.error.message}`),
        ['link-artifact: boom'],
      );
      assert.deepStrictEqual(
        r.problems.map((p) => p.rule),
        ['undefined-footnote'],
      );
    } finally {
      rule.check = original;
    }
  });
});

/** A generated report with every kind of fixable problem in random amounts. */
function generatedReport(seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const lines = ['---', 'title: Generated', 'template: force-of-change', '---', '', '# Generated', ''];
  const labels = ['1', '2', '3', '4', '5', 'x'];
  const defined = new Set<string>();
  for (let e = 0; e < 1 + Math.floor(r() * 4); e++) {
    lines.push(`## Entry ${e}`, '');
    const sections = ['What is it?', 'Why is it important?'].filter(() => r() < 0.7);
    if (r() < 0.3) sections.reverse();
    for (const s of sections) {
      lines.push(`### ${s}`, '');
      if (r() < 0.85)
        lines.push(`Text${r() < 0.8 ? `[^${pick(labels)}]` : ''} more${r() < 0.5 ? `[^${pick(labels)}]` : ''}${r() < 0.2 ? ' (link is external)' : ''}.`, '');
    }
  }
  lines.push('## Notes', '');
  for (const l of labels) {
    if (r() < 0.7) {
      defined.add(l);
      lines.push(
        `[^${l}]: ${pick(['Source.', 'Ibid.', 'Report'])} ${pick(['https://e.org/' + l, 'http://e.org/' + l, 'https://e.org/same', ''])}${r() < 0.2 ? '(link is external)' : ''}`,
      );
    }
  }
  return lines.join(r() < 0.2 ? '\r\n' : '\n') + '\n';
}

describe('properties of the quick fixes', function () {
  this.timeout(120000);

  it('each fix removes its problem, changes only its own range, and leaves a checkable document', () => {
    let fixes = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const text = generatedReport(seed);
      const before = check(text).problems;
      const key = (p: { rule: string; message: string }): string => `${p.rule}\u0000${p.message}`;
      const count = (ps: typeof before, k: string): number => ps.filter((p) => key(p) === k).length;
      for (const p of before) {
        for (const fix of p.fixes ?? []) {
          fixes++;
          const after = applyEdits(text, fix.edits);
          // Bytes outside the edits are unchanged.
          const first = Math.min(...fix.edits.map((e) => e.start));
          const last = Math.max(...fix.edits.map((e) => e.end));
          assert.strictEqual(after.slice(0, first), text.slice(0, first), `${fix.title} changed text before its edit (seed ${seed})`);
          assert.strictEqual(after.slice(after.length - (text.length - last)), text.slice(last), `${fix.title} changed text after its edit (seed ${seed})`);
          const problemsAfter = check(after).problems;
          assert.ok(count(problemsAfter, key(p)) < count(before, key(p)), `"${fix.title}" did not remove "${p.message}" (seed ${seed})\n${after}`);
        }
      }
    }
    recordReliability('fixes: every offered quick fix on 300 generated reports', fixes);
  });

  it('renumbering twice is the same as once', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = generatedReport(seed);
      const fix = renumberFootnotesFix(check(text).model);
      if (!fix) continue;
      const once = applyEdits(text, fix.edits);
      assert.strictEqual(renumberFootnotesFix(check(once).model), undefined, `seed ${seed}`);
    }
    recordReliability('fixes: renumber re-applied on 300 generated reports', 300);
  });

  it('gives config diagnostics with positions for every kind of broken config, and keeps the defaults', () => {
    const cases: Record<string, string> = {
      'invalid YAML': 'rules: [\n',
      'wrong types': 'template: [a]\nrules: 3\nsources: x\ntemplates: []\n',
      'unknown rule codes': 'rules:\n  no-such-rule: error\n',
      'a template with no sections': 'templates:\n  empty:\n    optional: [A]\n',
      'a 5 MB config': 'rules:\n' + '  # padding\n'.repeat(500000),
    };
    for (const [name, yaml] of Object.entries(cases)) {
      const { config, problems } = parseConfig(yaml);
      assert.ok(problems.length > 0, name);
      for (const p of problems) assert.ok(p.rule === 'config' && p.start >= 0 && p.end <= yaml.length, name);
      assert.ok(config.templates.has('force-of-change'), name);
      recordReliability(`config: ${name}`, 1);
    }
  });
});
