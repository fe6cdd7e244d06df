import type { MessageKey } from '../messages';
import { buildModel, type Entry, type Note, type ReportModel, type Section } from '../model';
import { sectionLabel } from '../templates/templates';
import type { Finding, Rule, RuleContext } from './rule';
import { partitionPoint } from '../text/search';

/** The other language version of a report (README, "Bilingual reports"): what the service found for it. */
export interface TranslationPair {
  /** How messages name it: its file name. */
  name: string;
  fileName: string;
  text: string;
  /** Its model under the report's config, when the caller keeps one (the service does, across keystrokes). */
  model?: ReportModel;
}

/** The languages messages name (`language.*` of the catalogue); others are named by their code. */
const NAMED_LANGUAGES = new Set(['en', 'fr', 'de', 'es', 'it', 'pt', 'nl']);

/**
 * translation-drift (docs/rules.md): what differs between a report and its version in another language, reported
 * on the report checked. Entries and sections correspond by position in the template (entry 2's "Why is it
 * important?" and "Pourquoi est-ce important ?" are the same section), notes by reading order, paragraphs by
 * position in a section. Differences: a section in one version only, another number of notes in a section, a
 * note whose DOIs or sites differ, figures that differ in corresponding paragraphs, front matter `date` or
 * `status` that disagree.
 */
export const translationDrift: Rule = {
  code: 'translation-drift',
  defaultSeverity: 'warning',
  description: 'The report differs from its version in another language: a section, notes, a source, figures or its date or status.',
  needsTemplate: false,
  check(ctx) {
    const pair = ctx.translation?.();
    if (!pair) return;
    const model = ctx.model;
    const other = pair.model ?? buildModel(pair.text, { config: ctx.config, fileName: pair.fileName });
    const m = ctx.messages;
    const language = NAMED_LANGUAGES.has(other.language) ? m.dynamic(`language.${other.language}` as MessageKey) : other.language;
    const them =
      other.language !== model.language
        ? m.t('translation-drift.version', { language, name: pair.name })
        : m.t('translation-drift.other-version', { name: pair.name });
    frontMatter(ctx, other, them);
    if (model.template && other.template?.name === model.template.name) entries(ctx, other, them);
    else outline(ctx, other, them);
    notes(ctx, other, them);
  },
};

/** A front matter value as compared: a date by its day (a site generator's publication times differ by minutes). */
function comparable(key: string, value: unknown): string {
  const day = key === 'date' && typeof value === 'string' ? /^\s*(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return day ? day[1] : JSON.stringify(value);
}

/** The most cells the outline alignment fills (headings here × headings there); past it, outlines must be equal. */
const MAX_ALIGNMENT_CELLS = 40_000;
/** The most words, figures and sites of a section its likeness is judged by: each cell's work stays bounded. */
const MAX_SIGNS = 8;
/** The characters of a section's prose its figures and sites are read from, for its likeness. */
const SIGNS_READ = 2000;

/**
 * Reports with no template in common: their sections (a heading and the text up to the next) correspond by
 * position in the outline. The two outlines are aligned, as a translator lays the versions side by side: sections
 * correspond in order, and of the ways to pair them the one whose pairs look most alike wins (for outlines of the
 * same shape that is the n-th with the n-th, unless sections were reordered); a section left over is in one
 * version only, or moved. Outlines too large to align correspond by position when they have the same shape.
 */
function outline(ctx: RuleContext, other: ReportModel, them: string): void {
  const a = outlineSections(ctx.model);
  const b = outlineSections(other);
  const corresponding = correspondence(ctx.model, a, other, b);
  if (!corresponding) return;
  const { messages, report } = ctx;
  const { pairs, moved } = corresponding;
  // A section left over is said when it holds prose of its own (a heading over a table, a list of links or a
  // note's definitions is often written without one in the other version), once for it and its subsections.
  const said = (sections: Section[], model: ReportModel, left: boolean[]): boolean[] => {
    const out = sections.map(() => false);
    const open: Array<{ level: number; said: boolean }> = [];
    sections.forEach((s, i) => {
      while (open.length && open[open.length - 1].level >= s.heading.level) open.pop();
      const under = open.some((o) => o.said);
      let prose = 0;
      if (left[i] && !under) for (const p of paragraphs(model.text, s.heading.end, s.contentEnd)) prose += p.text.length;
      out[i] = prose >= MIN_PROSE;
      open.push({ level: s.heading.level, said: out[i] || (left[i] && under) });
    });
    return out;
  };
  const leftHere = a.map(() => true);
  const leftThere = b.map(() => true);
  for (const [i, k] of [...pairs, ...moved]) leftHere[i] = leftThere[k] = false;
  const sayHere = said(a, ctx.model, leftHere);
  const sayThere = said(b, other, leftThere);
  // Sections of the other version in it only, each said at the heading of this version where it would be.
  const onlyThere: Array<{ theirs: Section; at: Section }> = [];
  let j = 0;
  for (const [i, k] of pairs) {
    for (; j < k; j++) if (sayThere[j]) onlyThere.push({ theirs: b[j], at: a[i] });
    j = k + 1;
  }
  for (; j < b.length; j++) if (sayThere[j]) onlyThere.push({ theirs: b[j], at: a[a.length - 1] });
  const onlyHere = a.filter((_, i) => sayHere[i]);
  // Past a handful, one finding says how many: a version that lacks most of the other is one problem, not hundreds.
  if (onlyThere.length > MAX_LISTED_SECTIONS) {
    const { theirs, at } = onlyThere[0];
    const params = { count: onlyThere.length, section: shortName(theirs.heading.name), line: theirs.heading.line + 1, them };
    report({ message: messages.t('translation-drift.only-there-many', params), start: at.heading.start, end: at.heading.end });
  } else {
    for (const { theirs, at } of onlyThere) {
      const params = { section: shortName(theirs.heading.name), line: theirs.heading.line + 1, them };
      report({ message: messages.t('translation-drift.only-there', params), start: at.heading.start, end: at.heading.end });
    }
  }
  if (onlyHere.length > MAX_LISTED_SECTIONS) {
    const first = onlyHere[0].heading;
    const params = { count: onlyHere.length, section: shortName(first.name), them };
    report({ message: messages.t('translation-drift.only-here-many', params), start: first.start, end: first.end });
  } else {
    for (const { heading } of onlyHere)
      report({ message: messages.t('translation-drift.only-here', { section: shortName(heading.name), them }), start: heading.start, end: heading.end });
  }
  for (const [i, k] of moved) {
    const params = { section: shortName(a[i].heading.name), line: b[k].heading.line + 1, heading: shortName(b[k].heading.name), them };
    report({ message: messages.t('translation-drift.moved', params), start: a[i].heading.start, end: a[i].heading.end });
  }
  for (const [i, k] of [...pairs, ...moved]) section(ctx, a[i], b[k], other, them);
}

/** The prose of its own that makes a section in one version only worth saying: a sentence or two. */
const MIN_PROSE = 120;
/** Sections in one version only listed one finding each; past this many, one finding counts them. */
const MAX_LISTED_SECTIONS = 5;

/** A heading in a message: long ones cut to 80 characters. */
function shortName(name: string): string {
  return name.length > 80 ? name.slice(0, 79) + '…' : name;
}

/**
 * The counterparts of a report's headings in its other version, by outline (as the rule pairs them): the index of a
 * heading here to the index of its counterpart there; undefined when the outlines are too large to align.
 */
export function outlineCounterparts(model: ReportModel, other: ReportModel): Map<number, number> | undefined {
  const corresponding = correspondence(model, outlineSections(model), other, outlineSections(other));
  return corresponding && new Map([...corresponding.pairs, ...corresponding.moved]);
}

/**
 * Which sections of two outlines correspond: aligned (alignOutlines) up to MAX_ALIGNMENT_CELLS pairs; past it, by
 * position when both have the same shape; undefined otherwise, or when either has no heading.
 */
function correspondence(
  model: ReportModel,
  a: Section[],
  other: ReportModel,
  b: Section[],
): { pairs: Array<[number, number]>; moved: Array<[number, number]> } | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  if (a.length * b.length <= MAX_ALIGNMENT_CELLS) return alignOutlines(model, a, other, b);
  const sameShape = a.length === b.length && a.every((s, i) => s.heading.level === b[i].heading.level);
  return sameShape ? { pairs: a.map((_, i) => [i, i]), moved: [] } : undefined;
}

/** A report's sections by its outline: every heading, with the text up to the next heading. */
function outlineSections(model: ReportModel): Section[] {
  return model.headings.map((heading, i) => ({
    heading,
    canonical: String(i),
    required: false,
    index: i,
    contentEnd: model.headings[i + 1]?.start ?? model.text.length,
  }));
}

/** What a section's likeness to another is judged by: its heading's words, its length, figures, notes and sites. */
interface Signature {
  level: number;
  /** The heading's words (names, acronyms and numbers often stay the same in a translation: "Firefox", "MIT"). */
  words: Int32Array;
  /** log(length + 80) of its own prose (paragraphs up to the next heading). */
  logLength: number;
  figures: Int32Array;
  notes: number;
  /** The sites its links point to. */
  sites: Int32Array;
}

/** Strings as numbers, the same number for the same string in both versions: signs compare as sorted integers. */
type Interner = Map<string, number>;

function signs(values: Iterable<string>, interner: Interner): Int32Array {
  const ids = new Set<number>();
  for (const v of values) {
    if (ids.size >= MAX_SIGNS) break;
    let id = interner.get(v);
    if (id === undefined) interner.set(v, (id = interner.size));
    ids.add(id);
  }
  return Int32Array.from(ids).sort();
}

function signature(model: ReportModel, s: Section, interner: Interner): Signature {
  const text = paragraphs(model.text, s.heading.end, s.contentEnd);
  let length = 0;
  const sites: string[] = [];
  const figuresOf: string[] = [];
  let read = 0;
  for (const p of text) {
    length += p.text.length;
    // Signs are read from the section's first characters only: a section of a million figures costs no more.
    if (read >= SIGNS_READ) continue;
    const part = p.text.slice(0, SIGNS_READ - read);
    read += part.length;
    if (sites.length < MAX_SIGNS) for (const m of part.matchAll(/https?:\/\/(?:www\.)?([^/\s)\]>"]+)/gi)) sites.push(m[1].toLowerCase());
    if (figuresOf.length < MAX_SIGNS) for (const f of figures(part, model.language)) figuresOf.push(f);
  }
  const words = s.heading.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2)
    // Cognates share their first letters more often than their ends (context, contexte; économie, economy).
    .map((w) => (w.length > 5 ? w.slice(0, 5) : w));
  return {
    level: s.heading.level,
    words: signs(words, interner),
    logLength: Math.log(length + 80),
    figures: signs(figuresOf, interner),
    notes: notesIn(model, s).length,
    sites: signs(sites, interner),
  };
}

/** The share of the larger set that both hold (0 when either is empty), by a merge of two sorted arrays. */
function overlap(a: Int32Array, b: Int32Array): number {
  if (!a.length || !b.length) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / Math.max(a.length, b.length);
}

/**
 * How much two sections look like each other's translation, from -1 (nothing alike) to 5.5: words in common in their
 * headings, about as long (French runs some 20% longer), the same figures, as many notes, links to the same sites.
 * Figures on both sides with none in common, or another number of notes, count against.
 */
function likeness(x: Signature, y: Signature): number {
  const ratio = Math.abs(x.logLength - y.logLength);
  let score = Math.max(0, 1 - ratio / Math.log(3)) + 1.5 * overlap(x.words, y.words) + overlap(x.sites, y.sites);
  if (x.figures.length && y.figures.length) {
    const shared = overlap(x.figures, y.figures);
    score += shared ? shared : -0.5;
  }
  if (x.notes !== y.notes) score -= 0.5;
  else score += x.notes ? 1 : 0.5;
  return score;
}

/** What two sections left without a counterpart cost the alignment (one each): less than most pairs of unlike sections. */
const LEFT_OVER = -0.5;
/** The likeness from which two sections left over are each other's counterpart in another place (half a point less at another level). */
const MOVED_LIKENESS = 2;

/**
 * Pairs of corresponding sections `[here, there]`, in order: the alignment whose pairs look most alike (likeness less
 * one, and half a point for the same level), where a section left over costs LEFT_OVER / 2; then `moved`, pairs of
 * sections left over that look much alike. Dynamic programming over at most MAX_ALIGNMENT_CELLS cells.
 */
function alignOutlines(model: ReportModel, a: Section[], other: ReportModel, b: Section[]): { pairs: Array<[number, number]>; moved: Array<[number, number]> } {
  const interner: Interner = new Map();
  const x = a.map((s) => signature(model, s, interner));
  const y = b.map((s) => signature(other, s, interner));
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  // 0: a pair; 1: a section here only; 2: a section there only.
  const step = new Uint8Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    step[i * width] = 1;
    score[i * width] = (i * LEFT_OVER) / 2;
  }
  for (let j = 1; j <= m; j++) {
    step[j] = 2;
    score[j] = (j * LEFT_OVER) / 2;
  }
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const pair = score[(i - 1) * width + j - 1] + likeness(x[i - 1], y[j - 1]) - 1 + (x[i - 1].level === y[j - 1].level ? 0.5 : 0);
      const up = score[(i - 1) * width + j] + LEFT_OVER / 2;
      const left = score[i * width + j - 1] + LEFT_OVER / 2;
      const at = i * width + j;
      if (pair >= up && pair >= left) score[at] = pair;
      else if (up >= left) {
        score[at] = up;
        step[at] = 1;
      } else {
        score[at] = left;
        step[at] = 2;
      }
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const s = step[i * width + j];
    if (s === 0) pairs.push([--i, --j]);
    else if (s === 1) i--;
    else j--;
  }
  pairs.reverse();
  // Sections left over on both sides that look much alike: one moved (a translation that reorders).
  // Greedy, best first, over at most MAX_ALIGNMENT_CELLS pairs (the lists are shorter than the outlines).
  const paired = new Set<number>();
  const pairedThere = new Set<number>();
  for (const [i, k] of pairs) {
    paired.add(i);
    pairedThere.add(k);
  }
  const candidates: Array<[number, number, number]> = [];
  for (let i = 0; i < n; i++) {
    if (paired.has(i)) continue;
    for (let k = 0; k < m; k++) {
      if (pairedThere.has(k)) continue;
      const like = likeness(x[i], y[k]) - (x[i].level === y[k].level ? 0 : 0.5);
      if (like >= MOVED_LIKENESS) candidates.push([like, i, k]);
    }
  }
  candidates.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
  const moved: Array<[number, number]> = [];
  for (const [, i, k] of candidates) {
    if (paired.has(i) || pairedThere.has(k)) continue;
    paired.add(i);
    pairedThere.add(k);
    moved.push([i, k]);
  }
  return { pairs: fillGaps(pairs, paired, pairedThere, x, y), moved };
}

/**
 * Sections left over between the same two pairs, as many on each side and at the same levels, correspond in
 * order: a version that was updated (its figures and notes changed, its headings reworded) looks unlike its
 * counterpart, but stands in its place. The pairs come back in order.
 */
function fillGaps(pairs: Array<[number, number]>, paired: Set<number>, pairedThere: Set<number>, x: Signature[], y: Signature[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  let k = 0;
  for (const next of [...pairs, [x.length, y.length] as [number, number]]) {
    const here: number[] = [];
    const there: number[] = [];
    for (; i < next[0]; i++) if (!paired.has(i)) here.push(i);
    for (; k < next[1]; k++) if (!pairedThere.has(k)) there.push(k);
    if (here.length && here.length === there.length && here.every((h, n) => x[h].level === y[there[n]].level)) {
      here.forEach((h, n) => out.push([h, there[n]]));
    }
    if (next[0] < x.length) out.push(next);
    i = next[0] + 1;
    k = next[1] + 1;
  }
  return out;
}

function frontMatter({ model, messages, report }: RuleContext, other: ReportModel, them: string): void {
  for (const key of ['date', 'status']) {
    const here = model.frontMatter?.fields.get(key);
    const there = other.frontMatter?.fields.get(key);
    if (!here || !there || comparable(key, here.value) === comparable(key, there.value)) continue;
    report({
      message: messages.t('translation-drift.front-matter', {
        key,
        here: String(JSON.stringify(here.value)),
        there: String(JSON.stringify(there.value)),
        them,
      }),
      start: here.valueStart,
      end: here.valueEnd,
    });
  }
}

function entries(ctx: RuleContext, other: ReportModel, them: string): void {
  const { model, messages, report } = ctx;
  const mine = model.entries;
  const theirs = other.entries;
  if (mine.length !== theirs.length) {
    const at = mine[0]?.heading ?? model.headings[0];
    report({
      message: messages.plural('translation-drift.entries', mine.length, { them, other: theirs.length }),
      start: at?.start ?? 0,
      end: at?.end ?? 0,
    });
  }
  for (let i = 0; i < Math.min(mine.length, theirs.length); i++) entry(ctx, mine[i], theirs[i], other, them, i);
}

function entry(ctx: RuleContext, mine: Entry, theirs: Entry, other: ReportModel, them: string, index: number): void {
  const { model, messages, report } = ctx;
  const template = model.template!;
  const label = (s: string): string => sectionLabel(template, s, model.language);
  const where = mine.heading ? { start: mine.heading.start, end: mine.heading.end } : { start: 0, end: 0 };
  const byName = new Map(theirs.sections.map((s) => [s.canonical, s]));
  const mineNames = new Set(mine.sections.map((s) => s.canonical));
  for (const s of theirs.sections) {
    if (mineNames.has(s.canonical)) continue;
    const params = { section: label(s.canonical), index: index + 1, them, heading: s.heading.name };
    report({
      message: mine.heading
        ? messages.t('translation-drift.no-section.entry', { entry: mine.heading.name, ...params })
        : messages.t('translation-drift.no-section.report', params),
      ...where,
    });
  }
  for (const s of mine.sections) {
    const counterpart = byName.get(s.canonical);
    if (!counterpart) {
      report({
        message: messages.t('translation-drift.extra-section', { section: s.heading.name, index: index + 1, them }),
        start: s.heading.start,
        end: s.heading.end,
      });
      continue;
    }
    section(ctx, s, counterpart, other, them);
  }
}

/** The notes cited in a section (each label once), in order: the references are in document order, found by binary search. */
function notesIn(model: ReportModel, s: Section): string[] {
  const refs = model.md.refs;
  const seen = new Set<string>();
  for (let k = partitionPoint(refs.length, (i) => refs[i].start < s.heading.end); k < refs.length && refs[k].start < s.contentEnd; k++) seen.add(refs[k].id);
  return [...seen];
}

function section({ model, messages, report }: RuleContext, mine: Section, theirs: Section, other: ReportModel, them: string): void {
  const mineNotes = notesIn(model, mine).length;
  const theirNotes = notesIn(other, theirs).length;
  if (mineNotes !== theirNotes) {
    report({
      message: messages.plural('translation-drift.notes', mineNotes, { section: shortName(mine.heading.name), them, other: theirNotes }),
      start: mine.heading.start,
      end: mine.heading.end,
    });
  }
  const a = paragraphs(model.text, mine.heading.end, mine.contentEnd);
  const b = paragraphs(other.text, theirs.heading.end, theirs.contentEnd);
  // Paragraph by paragraph when both have as many; else the section's figures as a whole.
  const pairs: Array<[Paragraph[], Paragraph[]]> = a.length === b.length ? a.map((p, i) => [[p], [b[i]]]) : [[a, b]];
  for (const [here, there] of pairs) {
    if (here.length === 0) continue;
    const mineFigures = here.flatMap((p) => figures(p.text, model.language));
    const theirFigures = there.flatMap((p) => figures(p.text, other.language));
    const missing = difference(theirFigures, mineFigures);
    const extra = difference(mineFigures, theirFigures);
    // A figure changed on both sides; one in one version only is often written in words in the other ("4", "quatre").
    if (!missing.length || !extra.length) continue;
    const differences = messages.semicolonList([
      ...(extra.length ? [messages.t('translation-drift.figures-here', { figures: firstFigures(extra) })] : []),
      ...(missing.length ? [messages.t('translation-drift.figures-there', { figures: firstFigures(missing) })] : []),
    ]);
    report({ message: messages.t('translation-drift.figures', { them, differences }), start: here[0].start, end: here[here.length - 1].end });
  }
}

interface Paragraph {
  start: number;
  end: number;
  text: string;
}

/** A section's paragraphs: its text split at blank lines, without code fences, note definitions, tables or HTML. */
function paragraphs(text: string, from: number, to: number): Paragraph[] {
  const out: Paragraph[] = [];
  let fenced = false;
  /** Inside a template tag that runs over several lines (`{% include … %}`, `{{< figure … >}}`): no prose. */
  let tag: string | undefined;
  let start = -1;
  let pos = from;
  const close = (end: number): void => {
    if (start >= 0) out.push({ start, end, text: text.slice(start, end) });
    start = -1;
  };
  while (pos < to) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0 || eol > to) eol = to;
    const line = text.slice(pos, eol);
    const trimmed = line.trim();
    const opens = /^(\{%|\{\{)/.exec(trimmed)?.[1];
    if (tag !== undefined || opens) {
      close(pos);
      const closing = (tag ?? opens) === '{%' ? '%}' : '}}';
      tag = line.includes(closing, opens ? line.indexOf(opens) + 2 : 0) ? undefined : (tag ?? opens);
    } else if (/^(?:`{3,}|~{3,})/.test(trimmed)) {
      close(pos);
      fenced = !fenced;
    } else if (fenced || trimmed === '' || /^(?:\[\^[^\]]+\]:|<|#)/.test(trimmed) || trimmed.includes('|')) close(pos);
    else if (start < 0) start = pos + (line.length - line.trimStart().length);
    pos = eol + 1;
  }
  close(Math.min(pos, to));
  return out.map((p) => ({ ...p, end: p.start + p.text.trimEnd().length, text: p.text.trimEnd() }));
}

/**
 * The figures of a paragraph, as numbers written the same way in any language: `1,234.5` (English) and
 * `1 234,5` (French, with a space, no-break space or narrow no-break space) are both 1234.5; `12 %` and `12%`
 * are 12. Note labels (`[^12]`), URLs and ordinals' letters are left out.
 */
export function figures(text: string, language: string): string[] {
  const plain = text
    .replace(/\[\^[^\]\s]*\]/g, ' ')
    .replace(/(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    // Template tags (Liquid, Hugo), HTML entities and ordered-list markers hold digits that are no figures.
    .replace(/\{%[^%]{0,500}%\}|\{\{[^}]{0,500}\}\}/g, ' ')
    .replace(/&(?:#\d{1,7}|#x[0-9a-f]{1,6}|\w{1,30});/gi, ' ')
    .replace(/^[ \t]*\d{1,9}[.)][ \t]/gm, ' ')
    // Telephone numbers (613 555 1234, 1-800-959-8281, (613) 555-1234) are no figures, whatever their grouping.
    .replace(/(?<![\d.,])(?:\+?1[ .-])?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?![\d])/g, ' ')
    // Times: "2 p.m." is "14 h" in French.
    .replace(/\b(\d{1,2})(?::(\d\d))?\s?([ap])\.?m\.?(?![\p{L}])/giu, (_, h: string, m: string | undefined, ap: string) => {
      const hour = (Number(h) % 12) + (ap.toLowerCase() === 'p' ? 12 : 0);
      return ` ${hour}${m ? ` ${m}` : ''} `;
    });
  const out: string[] = [];
  const french = language === 'fr';
  const re = figureRegExp(french);
  for (const m of plain.matchAll(re)) {
    // `10,000` in French text is the English way of writing ten thousand, kept by a translator (a comma then
    // exactly three digits, after 1 to 3 that are not a lone 0): read it so.
    const kept = french && /^[1-9]\d{0,2},\d{3}$/.test(m[0]);
    const n = french && !kept ? m[0].replace(/[\u0020\u00a0\u2009\u202f]/g, '').replace(',', '.') : m[0].replace(/[,\u0020\u00a0\u2009\u202f]/g, '');
    out.push(String(Number(n)));
  }
  return out;
}

/** The figure readers of English and French, made at first use (compiling Unicode classes costs at start-up). */
const FIGURE_RES: { en?: RegExp; fr?: RegExp } = {};

function figureRegExp(french: boolean): RegExp {
  // Not part of a word (`COVID-19`, `A4`, `21st`, `XXIe`, `1.4K`) nor of a dotted version (`2.4.4`). At most seven
  // groups of thousands (10^24): a run of groups with no end (`1 234 234 … 5`) is read in figures of that size, not as
  // one match of half a million characters, which cost the regular-expression engine three times its share of time.
  const before = String.raw`(?<![\p{L}\d.,]|\p{L}-)`;
  const after = String.raw`(?![\d\p{L}])(?![.,]\d)`;
  return french
    ? (FIGURE_RES.fr ??= new RegExp(`${before}(?:\\d{1,3}(?:[\\u0020\\u00a0\\u2009\\u202f]\\d{3}){1,7}(?:,\\d+)?|\\d+(?:[.,]\\d+)?)${after}`, 'gu'))
    : // English groups thousands with commas, or with spaces as the SI and Canadian federal style do (`50 000`).
      (FIGURE_RES.en ??= new RegExp(
        `${before}(?:\\d{1,3}(?:,\\d{3}){1,7}(?:\\.\\d+)?|\\d{1,3}(?:[\\u0020\\u00a0\\u2009\\u202f]\\d{3}){1,7}(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)${after}`,
        'gu',
      ));
}

/** At most ten figures, then an ellipsis: a message stays a line, whatever a paragraph holds. */
function firstFigures(figures: readonly string[]): string {
  return figures.length > 10 ? `${figures.slice(0, 10).join(', ')}, …` : figures.join(', ');
}

/** The items of `a` not matched one for one in `b`. */
function difference(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

/** A note's sources as comparable keys: its DOIs, and its URLs' sites (a translated page may have another path). */
function sourceKeys(note: Note): Set<string> {
  const keys = new Set<string>();
  for (const id of note.identifiers) if (id.kind === 'doi') keys.add(`doi:${id.value.toLowerCase()}`);
  for (const u of note.urls) {
    const doi = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.[^\s?#]+)/i.exec(u.url);
    if (doi) {
      keys.add(`doi:${decodeURIComponentSafe(doi[1]).toLowerCase()}`);
      continue;
    }
    const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(u.url);
    if (m) keys.add(`site:${m[1].toLowerCase().replace(/^www\./, '')}`);
  }
  return keys;
}

/** Whether a note with no source reads as one that lost it: not a short form nor a citation key. */
function dropsSource(note: Note): boolean {
  return note.reading.kind !== 'short-citation' && note.reading.kind !== 'citation-key';
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function notes({ model, messages, report }: RuleContext, other: ReportModel, them: string): void {
  const mine = model.readingOrder;
  const theirs = other.readingOrder;
  // Notes correspond by reading order; a note with no source on one side is compared only when both versions have
  // as many notes (one note left out shifts every later pair).
  const sameCount = mine.length === theirs.length;
  for (let i = 0; i < Math.min(mine.length, theirs.length); i++) {
    const a = sourceKeys(mine[i]);
    const b = sourceKeys(theirs[i]);
    if (a.size === 0 && b.size === 0) continue;
    if (a.size === 0 || b.size === 0) {
      // A note whose source was lost in translation, unless it is a short form there (an "Ibid." for a repeated
      // citation, or a citation key whose source is in the bibliography).
      if (!sameCount || !dropsSource(a.size === 0 ? mine[i] : theirs[i])) continue;
    }
    const onlyHere = [...a].filter((k) => !b.has(k));
    const onlyThere = [...b].filter((k) => !a.has(k));
    if (!onlyHere.length && !onlyThere.length) continue;
    const show = (keys: string[]): string => keys.map((k) => k.replace(/^site:/, '').replace(/^doi:/, 'doi:')).join(', ');
    const fewer = messages.t('translation-drift.fewer-sources');
    const params = { index: i + 1, label: mine[i].def.rawLabel, them, theirs: theirs[i].def.rawLabel };
    const message =
      a.size === 0
        ? messages.t('translation-drift.no-source-here', { ...params, there: show(onlyThere) })
        : b.size === 0
          ? messages.t('translation-drift.no-source-there', { ...params, here: show(onlyHere) })
          : messages.t('translation-drift.note', { ...params, here: show(onlyHere) || fewer, there: show(onlyThere) || fewer });
    const f: Finding = { message, start: mine[i].def.start, end: mine[i].def.labelEnd };
    report(f);
  }
}
