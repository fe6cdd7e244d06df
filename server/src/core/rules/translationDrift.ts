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

/**
 * Reports with no template in common: their sections correspond by position when both have the same outline
 * (as many headings, at the same levels); otherwise nothing is compared section by section.
 */
function outline(ctx: RuleContext, other: ReportModel, them: string): void {
  const mine = ctx.model.headings;
  const theirs = other.headings;
  if (mine.length === 0 || mine.length !== theirs.length || mine.some((h, i) => h.level !== theirs[i].level)) return;
  const sections = (model: ReportModel): Section[] =>
    model.headings.map((heading, i) => ({
      heading,
      canonical: String(i),
      required: false,
      index: i,
      contentEnd: model.headings[i + 1]?.start ?? model.text.length,
    }));
  const a = sections(ctx.model);
  const b = sections(other);
  for (let i = 0; i < a.length; i++) section(ctx, a[i], b[i], other, them);
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
      message: messages.plural('translation-drift.notes', mineNotes, { section: mine.heading.name, them, other: theirNotes }),
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
    // Times: "2 p.m." is "14 h" in French.
    .replace(/\b(\d{1,2})(?::(\d\d))?\s?([ap])\.?m\.?(?![\p{L}])/giu, (_, h: string, m: string | undefined, ap: string) => {
      const hour = (Number(h) % 12) + (ap.toLowerCase() === 'p' ? 12 : 0);
      return ` ${hour}${m ? ` ${m}` : ''} `;
    });
  const out: string[] = [];
  const french = language === 'fr';
  // Not part of a word (`COVID-19`, `A4`, `21st`, `XXIe`, `1.4K`) nor of a dotted version (`2.4.4`).
  const before = String.raw`(?<![\p{L}\d.,]|\p{L}-)`;
  const after = String.raw`(?![\d\p{L}])(?![.,]\d)`;
  const re = french
    ? new RegExp(`${before}(?:\\d{1,3}(?:[\\u0020\\u00a0\\u2009\\u202f]\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)${after}`, 'gu')
    : new RegExp(`${before}(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)${after}`, 'gu');
  for (const m of plain.matchAll(re)) {
    // `10,000` in French text is the English way of writing ten thousand, kept by a translator (a comma then
    // exactly three digits, after 1 to 3 that are not a lone 0): read it so.
    const kept = french && /^[1-9]\d{0,2},\d{3}$/.test(m[0]);
    const n = french && !kept ? m[0].replace(/[\u0020\u00a0\u2009\u202f]/g, '').replace(',', '.') : m[0].replace(/[,\u0020\u00a0\u2009\u202f]/g, '');
    out.push(String(Number(n)));
  }
  return out;
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
  for (let i = 0; i < Math.min(mine.length, theirs.length); i++) {
    const a = sourceKeys(mine[i]);
    const b = sourceKeys(theirs[i]);
    if (a.size === 0 || b.size === 0) continue;
    const onlyHere = [...a].filter((k) => !b.has(k));
    const onlyThere = [...b].filter((k) => !a.has(k));
    if (!onlyHere.length && !onlyThere.length) continue;
    const show = (keys: string[]): string => keys.map((k) => k.replace(/^site:/, '').replace(/^doi:/, 'doi:')).join(', ');
    const fewer = messages.t('translation-drift.fewer-sources');
    const f: Finding = {
      message: messages.t('translation-drift.note', {
        index: i + 1,
        label: mine[i].def.rawLabel,
        here: show(onlyHere) || fewer,
        there: show(onlyThere) || fewer,
        them,
        theirs: theirs[i].def.rawLabel,
      }),
      start: mine[i].def.start,
      end: mine[i].def.labelEnd,
    };
    report(f);
  }
}
