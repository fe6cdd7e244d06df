import * as assert from 'assert';
import { check, fixAll, MAX_FINDINGS_PER_RULE } from '../../server/src/core/checker';
import { MAX_BLOCKS, MAX_NESTING } from '../../server/src/core/parse/blocks';
import { MAX_INLINE_ITEMS, parseMarkdown } from '../../server/src/core/parse/markdown';
import { renumberFootnotesFix } from '../../server/src/core/fixes/footnotes';
import { insertMissingSectionsEdit, renumberEdit } from '../../server/src/features/codeActions';
import { definition, rename, RenameError } from '../../server/src/features/navigation';
import { analyse, positionOf } from '../support/features';
import { configFrom, findings, joinLines, report } from '../support/helpers';
import { missingSections } from '../../server/src/core/model';
import { renderReport } from '../../server/src/features/render';

/** The limits of docs/parser.md ("Limits on hostile input"): past each, the rest is text or not read, and the report says so. */
describe('limits on hostile input', () => {
  it('past MAX_BLOCKS blocks the rest is not read, the result says from which line, and no note is called missing for it', () => {
    const paragraphs = Array.from({ length: MAX_BLOCKS + 10 }, (_, k) => `Paragraph ${k}.`).join('\n\n');
    // Cited at the top, defined after the cut; an empty note before the cut.
    const text = joinLines('A claim[^far] and[^near].', '', '[^near]:', '', paragraphs, '', '[^far]: https://e.org/far');
    const r = check(text);
    assert.ok(r.notice, 'a notice');
    assert.match(r.notice!, /^Only lines 1-\d+ of this report were checked: it has more than 100,000 blocks/);
    const cut = r.model.md.truncatedAt!;
    assert.ok(cut > MAX_BLOCKS && cut < text.split('\n').length, `cut at ${cut}`);
    const rules = r.problems.map((p) => p.rule);
    assert.ok(!rules.includes('undefined-footnote'), '[^far] is defined in the part not read: not reported undefined');
    assert.ok(rules.includes('empty-footnote'), 'what was read is still checked');
  });

  it(`past ${MAX_INLINE_ITEMS.toLocaleString('en')} note references, links and code spans the rest is not read, and the result says so`, () => {
    const links = '[a](https://e.org/x) '.repeat(MAX_INLINE_ITEMS);
    const text = joinLines('Before[^1].', '', links, '', 'After[^2].', '', '[^1]: https://e.org/1', '[^2]: https://e.org/2');
    const md = parseMarkdown(text);
    assert.strictEqual(md.truncatedBy, 'inline');
    assert.strictEqual(md.truncatedAt, 2, 'the long paragraph is where reading stopped');
    assert.ok(md.urls.length + md.markupSpans.length + md.refs.length <= MAX_INLINE_ITEMS + 2);
    const r = check(text);
    assert.ok(r.notice!.includes(`it has more than ${MAX_INLINE_ITEMS.toLocaleString('en')} note references, links and code spans`), r.notice);
    assert.deepStrictEqual(findings(text, 'unused-footnote'), [], '[^2] is cited in the part not read');
    assert.strictEqual(md.refs.length, 1);
  });

  it('counts link reference definitions toward MAX_BLOCKS as it reads them: one paragraph of more is cut at the first one past the budget', () => {
    const definitions = Array.from({ length: MAX_BLOCKS + 50 }, (_, k) => `[l${k}]: https://e.org/${k}`);
    const text = joinLines('Intro.', '', ...definitions, '', 'After [l3] (link is external).');
    const md = parseMarkdown(text);
    assert.strictEqual(md.truncatedBy, 'blocks');
    const read = md.urls.filter((u) => u.kind === 'definition').length;
    assert.ok(read <= MAX_BLOCKS && read > MAX_BLOCKS - 5, `${read} definitions read`);
    assert.strictEqual(md.truncatedAt, 2 + read, 'reading stopped at the first definition not read');
    assert.deepStrictEqual(findings(text, 'link-artifact'), [], 'the paragraph after the cut is not checked');
    assert.match(check(text).notice!, /^Only lines 1-\d+ of this report were checked: it has more than 100,000 blocks/);
  });

  it(`counts references to notes that do not exist toward the ${MAX_INLINE_ITEMS.toLocaleString('en')} items: past them the rest is not read, and the report says so`, () => {
    const calls = Array.from({ length: MAX_INLINE_ITEMS + 50 }, (_, k) => `[^u${k}]`).join(' ');
    const text = joinLines('Read[^1].', '', calls, '', '[^1]: https://e.org/1');
    const md = parseMarkdown(text);
    assert.strictEqual(md.truncatedBy, 'inline');
    assert.strictEqual(md.truncatedAt, 2);
    assert.ok(md.undefinedRefs.length <= MAX_INLINE_ITEMS && md.undefinedRefs.length > MAX_INLINE_ITEMS - 5, `${md.undefinedRefs.length} read`);
    const r = check(text);
    assert.ok(r.notice!.includes('note references, links and code spans'), r.notice);
  });

  it('reports nothing in the part not read, where code and links are unknown: a fix there could edit code', () => {
    const links = '[a](https://e.org/x) '.repeat(MAX_INLINE_ITEMS);
    const text = joinLines('Read (link is external).', '', links, '', 'Not read: `code (link is external)`.', '');
    const r = check(text);
    assert.strictEqual(r.model.md.truncatedAt, 2);
    assert.deepStrictEqual(findings(text, 'link-artifact'), ['1:6 link-artifact']);
    const fixed = fixAll(text).text;
    assert.ok(fixed.startsWith('Read.\n'), 'the artifact in the part read is removed');
    assert.ok(fixed.endsWith('\nNot read: `code (link is external)`.\n'), 'the code span after the cut is untouched');
  });

  it(`lists at most ${MAX_FINDINGS_PER_RULE.toLocaleString('en')} findings per rule and says there were more; fix-all still fixes them all`, () => {
    const count = MAX_FINDINGS_PER_RULE + 500;
    const text = 'See this (link is external) now.\n\n'.repeat(count);
    const r = check(text);
    const artifacts = r.problems.filter((p) => p.rule === 'link-artifact');
    assert.strictEqual(artifacts.length, MAX_FINDINGS_PER_RULE);
    assert.strictEqual(artifacts[artifacts.length - 1].start, text.indexOf('(link', (MAX_FINDINGS_PER_RULE - 1) * 34), 'the first ones, in reading order');
    assert.strictEqual(r.notice, `link-artifact found more than ${MAX_FINDINGS_PER_RULE.toLocaleString('en')} problems: only those are listed.`);
    assert.strictEqual(r.model.md.truncatedAt, undefined, 'everything was read');
    const fixed = fixAll(text).text;
    assert.strictEqual(fixed, 'See this now.\n\n'.repeat(count));
  });

  it(`nests at most ${MAX_NESTING} blocks: deeper markers are text of the innermost block`, () => {
    const md = parseMarkdown('>'.repeat(MAX_NESTING + 50) + ' deep[^1]\n\n[^1]: x\n');
    assert.strictEqual(md.refs.length, 1, 'the call inside is still found');
    assert.strictEqual(md.truncatedAt, undefined);
  });

  it('an ordinary long report is read whole', () => {
    const text = Array.from(
      { length: 5000 },
      (_, k) => `Claim ${k}[^${k}] with [a link](https://e.org/${k}) and \`code\`.\n\n[^${k}]: Source ${k}. https://e.org/s/${k}\n`,
    ).join('\n');
    const r = check(text);
    assert.strictEqual(r.notice, undefined);
    assert.strictEqual(r.model.md.refs.length, 5000);
  });
});

/** A report cut by MAX_INLINE_ITEMS in its second paragraph, with a note cited before the cut and defined after it. */
function cutReport(): string {
  const links = '[a](https://e.org/x) '.repeat(MAX_INLINE_ITEMS);
  return report(
    '## Entry',
    '',
    '### What is it?',
    '',
    'A claim[^2] and[^1].',
    '',
    links,
    '',
    'Later[^1].',
    '',
    '[^1]: One. https://e.org/1',
    '[^2]: Two. https://e.org/2',
  );
}

describe('limits: a report not read whole is never edited where it was not read', () => {
  it('reads no note defined in the part not read, but still goes to its definition', () => {
    const a = analyse(cutReport());
    assert.ok(a.model.md.truncatedAt !== undefined);
    assert.deepStrictEqual(a.model.notes, [], 'both notes are defined past the cut');
    assert.strictEqual(definition(a, positionOf(a, '[^2]', 2)).length, 1);
  });

  it('refuses to rename a label, which may be used in the part not read', () => {
    const a = analyse(cutReport());
    assert.throws(
      () => rename(a, positionOf(a, '[^1]', 2), 'one'),
      (e: Error) => e instanceof RenameError && /^Only lines 1-\d+ of this report were read/.test(e.message),
    );
  });

  it('offers no renumbering and no section insertion: labels and headings past the cut are unknown', () => {
    const a = analyse(cutReport());
    assert.strictEqual(renumberFootnotesFix(a.model), undefined);
    assert.strictEqual(renumberEdit(a), undefined);
    assert.strictEqual(insertMissingSectionsEdit(a), undefined);
    const whole = analyse(report('## Entry', '', 'A claim[^2] and[^1].', '', '[^1]: One. https://e.org/1', '[^2]: Two. https://e.org/2'));
    assert.ok(renumberFootnotesFix(whole.model) && insertMissingSectionsEdit(whole), 'the same report read whole gets both');
  });
});

/** `n` link reference definitions, one per line. */
const definitions = (n: number): string => Array.from({ length: n }, (_, k) => `[d${k}]: /u${k}\n`).join('');

/** Nothing the scanner found, and no fix, lies at or past where it stopped reading. */
function assertNothingPastTheCut(text: string): void {
  const r = check(text);
  const md = r.model.md;
  assert.ok(md.truncatedAt !== undefined, 'the document is cut');
  const readEnd = md.lineStarts[md.truncatedAt!];
  for (const [what, items] of Object.entries({ headings: md.headings, urls: md.urls, refs: md.refs, undefinedRefs: md.undefinedRefs, defs: md.defs })) {
    const past = (items as Array<{ start: number }>).filter((x) => x.start >= readEnd);
    assert.deepStrictEqual(past, [], `${what} past the cut`);
  }
  for (const p of r.problems)
    for (const fix of p.fixes ?? []) for (const e of fix.edits) assert.ok(e.end < readEnd, `${p.rule}: "${fix.title}" edits past the cut`);
}

describe('limits: the cut by link definitions', () => {
  it('a paragraph that only starts with a link is no definition: exactly MAX_BLOCKS blocks are read whole', () => {
    const text = 'x\n\n'.repeat(MAX_BLOCKS - 1) + '[see](http://e.org) text (link is external)\n';
    const r = check(text);
    assert.strictEqual(r.model.md.truncatedAt, undefined);
    assert.deepStrictEqual(
      r.problems.map((p) => p.rule),
      ['link-artifact'],
    );
  });

  it('reads nothing of a paragraph cut before its first definition, even a setext underline after it', () => {
    assertNothingPastTheCut(definitions(MAX_BLOCKS - 2) + '\n\n[x]: http://e.org/x\nSee [^1]\n===\n');
  });

  it('keeps no block of the line that closed the cut paragraph', () => {
    for (const last of ['# H (link is external) [^1] http://e.org', '> quoted [^1] http://e.org', '- item [^1] http://e.org', '```\ncode\n```']) {
      // The line right after the definitions closes their paragraph (no blank line between).
      assertNothingPastTheCut(definitions(MAX_BLOCKS + 5) + last + '\n');
      assertNothingPastTheCut((definitions(MAX_BLOCKS + 5) + last + '\n').replace(/\n/g, '\r\n'));
    }
  });

  it('offers no fix that edits the part not read, and judges no entry that runs into it', () => {
    const text = report('## Entry 1', '', '### What is it?', '', 'Text.', '', definitions(MAX_BLOCKS + 5) + '### Why is it importnt', '', 'More.');
    assertNothingPastTheCut(text);
    assert.deepStrictEqual(findings(text, 'missing-section'), [], 'its sections may be in the part not read');
  });

  it('finds no undefined reference past where the first reading stopped (on the line where it stopped at most)', () => {
    const text = '[^x](u)\n'.repeat(40000);
    const md = parseMarkdown(text);
    assert.strictEqual(md.truncatedBy, 'inline');
    const nextLine = md.lineStarts[md.truncatedAt! + 1];
    assert.ok(md.undefinedRefs.length > 0);
    assert.deepStrictEqual(
      md.undefinedRefs.filter((r) => r.start >= nextLine),
      [],
    );
  });

  it('says nothing was checked when the cut is on the first line, not "lines 1-0"', () => {
    const r = check('[^x] '.repeat(MAX_INLINE_ITEMS + 10) + '\n');
    assert.strictEqual(r.model.md.truncatedAt, 0);
    assert.match(r.notice!, /^Nothing of this report was checked: it has more than 100,000 note references/);
  });
});

/** A template of `sections` required sections and `entries` entries that each have only the first. */
function bigTemplateReport(sections: number, entries: number): { text: string; config: NonNullable<ReturnType<typeof configFrom>> } {
  const names = Array.from({ length: sections }, (_, i) => `"S${i}"`).join(', ');
  const config = configFrom(`templates:\n  big:\n    sections: [${names}, "S0"]\n`)!;
  const body = Array.from({ length: entries }, (_, i) => `## Entry ${i}\n\n### S0\n\nText.\n`).join('\n');
  return { text: `---\ntemplate: big\n---\n${body}`, config };
}

describe('limits: entries times template sections', () => {
  it('counts the sections an entry misses once each, even when the template names one twice', () => {
    const { text, config } = bigTemplateReport(3, 1);
    const model = check(text, { config }).model;
    assert.strictEqual(model.entries[0].missingCount, 2);
    assert.deepStrictEqual(missingSections(model.template!, model.entries[0]), ['S1', 'S2']);
  });

  it('shows at most 10,000 missing-section placeholders in the preview and inserts at most 10,000 sections at once', () => {
    const { text, config } = bigTemplateReport(20, 600); // 600 × 19 = 11,400 missing
    const { body } = renderReport(text, { config });
    assert.strictEqual(body.split('Missing section: <strong>').length - 1, 10_000);
    const a = analyse(text, { config });
    const edit = insertMissingSectionsEdit(a)!;
    const inserted = (edit.documentChanges![0] as { edits: Array<{ newText: string }> }).edits
      .map((e) => e.newText.split('### S').length - 1)
      .reduce((x, y) => x + y, 0);
    assert.ok(inserted > 9_000 && inserted <= 10_000, `${inserted} sections inserted`);
  });
});
