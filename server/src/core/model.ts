/**
 * The report model: a document's Markdown facts (parse/markdown.ts) read as
 * a foresight report: front matter, template, entries and their sections,
 * notes in reading order with their sources.
 */
import { worded, type Worded } from './messages';
import { lazyRegExp } from './text/letters';
import { readSimpleFields } from './frontMatterSimple';
import { isMap, isScalar, parseDocument, type Node, type Pair } from 'yaml';
import type { ForesightConfig } from './config/config';
import type { Span } from './parse/blocks';
import { normalizeIdentifier } from './parse/chars';
import { stopper, type ShouldStop } from './stop';
export { plainHeadingText } from './parse/markdown';
import { parseMarkdown, type MdDocument, type MdFootnoteDef, type MdFootnoteRef, type MdHeading, type MdUrl } from './parse/markdown';
import { NoteReadings, readNote, type Reading } from './notes/classify';
import { findIdentifiers, type Identifier } from './notes/identifiers';
import {
  authorWords,
  citationIdentity,
  isFollowable,
  KnownWorks,
  resolveShortCitations,
  sourceProblem,
  workKey,
  WorksCited,
  type SourceNote,
} from './notes/sources';
import { readReferenceList, type ReferenceList } from './notes/referenceList';
import { normalizeSectionName, SectionMatcher } from './templates/templates';
import type { Template } from './types';
import { appendAll } from './text/arrays';
import { joinLineBreaks } from './text/trim';

export interface FrontMatterField {
  key: string;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
  value: unknown;
}

export interface FrontMatter {
  /** Offsets of the whole block (from the opening `---`) and of its YAML. */
  start: number;
  end: number;
  contentStart: number;
  fields: Map<string, FrontMatterField>;
  errors: Array<Worded & { start: number; end: number }>;
  /**
   * Not strict YAML, but what the loaders of the common site generators
   * (js-yaml) read all the same, such as a quoted title continued on an
   * unindented line: a warning, and the fields are read as they read them.
   */
  portability: Array<Worded & { start: number; end: number }>;
}

/** A heading of the report (the scanner's, with its plain text). */
export type Heading = MdHeading;

export interface Section {
  heading: Heading;
  canonical: string;
  required: boolean;
  /** Position in the template (required first, then optional). */
  index: number;
  /** Offset where the section's content ends (next heading of the same or a higher level). */
  contentEnd: number;
}

export interface Entry {
  /** Undefined when the whole file is the entry. */
  heading?: Heading;
  sections: Section[];
  /** Offset where the entry ends (next heading of its level or higher, back matter, or its notes). */
  end: number;
  /**
   * How many of the template's required sections the entry lacks. Which ones: `missingSections`, asked per
   * entry (kept for every entry, they would be entries × sections: 50,000 entries of a 6,000-section template).
   */
  missingCount: number;
  /** The first required section that comes before one the template puts ahead of it (section-order). */
  misplaced?: Section;
}

export interface Note extends SourceNote {
  def: MdFootnoteDef;
  id: string;
  /** The note's text as plain text (code spans left out). */
  text: string;
  /** URLs in the note (links, autolinks, bare, reference links, HTML), in order. */
  urls: MdUrl[];
  /** DOIs, ISBNs, arXiv ids, handles, PubMed ids and URNs in the note's text. */
  identifiers: Identifier[];
  /** What the note is (citation, short citation, commentary, ...) and what it carries. */
  reading: Reading;
  /** A short citation's full citation (Ibid. chains followed), when found. */
  antecedent?: Note;
  /** Why missing-source-url reports this note (its policy applied), when it does. */
  missingSource?: string;
  /** The entry of the document's reference list that a citation with no details of its own points to (its first line). */
  listed?: string;
  /** "Ibid." or "Id.": repeats the previous source. */
  isIbid: boolean;
  /** Position in reading order (order of first reference), if referenced. */
  readingIndex?: number;
}

export interface ReportModel {
  text: string;
  md: MdDocument;
  frontMatter?: FrontMatter;
  headings: Heading[];
  templateName?: string;
  /** Where the template name came from; its node for diagnostics. */
  templateField?: FrontMatterField;
  template?: Template;
  /**
   * The file is a report: its front matter names a known or configured
   * template, a `.foresight.yml` applies, or a template is set for it
   * (`--template`, the editor's default template). Metadata rules judge reports only.
   */
  isReport: boolean;
  entries: Entry[];
  notes: Note[];
  /** The first definition of each referenced label, in reading order. */
  readingOrder: Note[];
  refsById: Map<string, MdFootnoteRef[]>;
  notesById: Map<string, Note[]>;
  /** The report's language (`en`, `fr`, …): section names in fixes and messages (README, "Bilingual reports"). */
  language: string;
}

export interface ModelOptions {
  config: ForesightConfig;
  /** `--template` or the editor setting: overrides config, not front matter. */
  templateOverride?: string;
  /** Asked now and then: true ends the check with CheckStopped (a deadline, a cancelled request). */
  shouldStop?: ShouldStop;
  /** Readings of notes already read (the server keeps one across edits); each note is read afresh without it. */
  readings?: NoteReadings;
  /** The report's file name or path, if it has one: `x.fr.md` says the report is in French. */
  fileName?: string;
}

export const BACK_MATTER = new Set(
  [
    'notes',
    'endnotes',
    'footnotes',
    'references',
    'sources',
    'bibliography',
    'acknowledgements',
    'acknowledgments',
    'notes de fin',
    'notes en fin de texte',
    'références',
    'bibliographie',
    'remerciements',
  ].map(normalizeSectionName),
);

/** Where each heading's block ends: the start of the next heading of its level or higher (linear). */
export function headingEnds(headings: readonly MdHeading[], textLength: number): number[] {
  const ends = new Array<number>(headings.length).fill(textLength);
  const open: number[] = [];
  headings.forEach((h, i) => {
    while (open.length && headings[open[open.length - 1]].level >= h.level) ends[open.pop() as number] = h.start;
    open.push(i);
  });
  return ends;
}

export function buildModel(
  text: string,
  options: ModelOptions,
  md: MdDocument = parseMarkdown(text, options.shouldStop, options.config.markdown),
): ReportModel {
  const frontMatter = readFrontMatter(text, md);
  const headings: Heading[] = md.headings;
  const templateField = frontMatter?.fields.get('template');
  const fromFrontMatter = templateField && typeof templateField.value === 'string' ? templateField.value.trim() : undefined;
  const templateName = fromFrontMatter || options.templateOverride || options.config.template;
  const template = templateName ? options.config.templates.get(templateName) : undefined;
  const entries = template ? findEntries(text, headings, md, template) : [];
  const isReport = (fromFrontMatter !== undefined && options.config.templates.has(fromFrontMatter)) || options.config.inScope || !!options.templateOverride;
  const { notes, readingOrder, refsById, notesById } = readNotes(text, md, options.config, isReport, stopper(options.shouldStop, 256), options.readings);
  const language = reportLanguage(frontMatter, options.fileName);
  const model: ReportModel = {
    text,
    md,
    frontMatter,
    headings,
    templateName,
    templateField,
    template,
    isReport,
    entries,
    notes,
    readingOrder,
    refsById,
    notesById,
    language,
  };
  uncitedHaveNoSourceProblem(model);
  return model;
}

/**
 * A note nothing cites is left out of the page: what it cites is moot until it is cited, and unused-footnote reports
 * it already. Its missing source is not reported (docs/rules.md#missing-source-url), unless its author cites it in a
 * way GFM does not count (in HTML, in code indented too far, after a bare address): the note is then in the text as
 * its author sees it.
 */
function uncitedHaveNoSourceProblem(model: ReportModel): void {
  let stray: StrayCalls | undefined;
  for (const note of model.notes) {
    if (note.missingSource === undefined || note.readingIndex !== undefined) continue;
    stray ??= strayCalls(model);
    if (strayCallOf(stray, note.id) === undefined) note.missingSource = undefined;
  }
}

/**
 * The report's language, as a lower-case primary subtag (`fr` for `fr-CA`): front matter `lang:` (Pandoc,
 * Quarto) or `language:`, else the file name (`x.fr.md`, `x.en.qmd`), else `en`.
 */
export function reportLanguage(frontMatter: FrontMatter | undefined, fileName: string | undefined): string {
  for (const key of ['lang', 'language']) {
    const v = frontMatter?.fields.get(key)?.value;
    const m = typeof v === 'string' ? /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9-]*)?\s*$/.exec(v) : null;
    if (m) return m[1].toLowerCase();
  }
  const m = fileName ? /\.([a-z]{2})\.(?:md|qmd|rmd|markdown)$/i.exec(fileName) : null;
  return m ? m[1].toLowerCase() : 'en';
}

/** Front matter larger than this is not parsed (real front matter is a few hundred bytes; YAML errors cost). */
const MAX_FRONT_MATTER = 16 * 1024;

function readFrontMatter(text: string, md: MdDocument): FrontMatter | undefined {
  const block = md.frontMatter;
  if (!block) return undefined;
  const yamlText = text.slice(block.contentStart, block.contentEnd);
  const base = block.contentStart;
  const fm: FrontMatter = { start: block.start, end: block.end, contentStart: base, fields: new Map(), errors: [], portability: [] };
  if (yamlText.length > MAX_FRONT_MATTER) {
    fm.errors.push({
      ...worded('front-matter.too-big', { size: Math.round(yamlText.length / 1024), limit: MAX_FRONT_MATTER / 1024 }),
      start: block.start,
      end: block.start + 3,
    });
    return fm;
  }
  const simple = readSimpleFields(yamlText, base);
  if (simple) {
    fm.fields = simple;
    return fm;
  }
  // Duplicate keys are found below in one pass (the parser's own check compares every pair of keys).
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false });
  const clamp = (o: number): number => base + Math.min(o, yamlText.length);
  const errors = doc.errors.slice(0, 10).map((e) => ({
    // (the parser's own words, but for one that names its API: "please use YAML.parseAllDocuments()")
    ...(e.code === 'MULTIPLE_DOCS' ? worded('front-matter.several-documents') : { message: e.message.split('\n')[0] }),
    start: clamp(e.pos[0]),
    end: Math.max(clamp(e.pos[0]), clamp(e.pos[1])),
  }));
  if (errors.length) {
    const lenient = readLeniently(yamlText, base);
    if (lenient) {
      fm.fields = lenient;
      fm.portability.push({ ...errors[0], ...worded('front-matter.lenient', { detail: errors[0].message }) });
    } else appendAll(fm.errors, errors);
    return fm;
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return fm;
  if (!isMap(root)) {
    const r = (root as Node).range ?? [0, 0, 0];
    fm.errors.push({ ...worded('front-matter.not-mapping'), start: base + r[0], end: base + r[1] });
    return fm;
  }
  for (const pair of root.items as Array<Pair<Node, Node>>) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const kr = pair.key.range ?? [0, 0, 0];
    if (fm.fields.has(key)) {
      fm.errors.push({ message: 'Map keys must be unique', start: base + kr[0], end: base + kr[1] });
      continue;
    }
    const vr = pair.value?.range ?? [kr[1], kr[1], kr[1]];
    fm.fields.set(key, {
      key,
      keyStart: base + kr[0],
      keyEnd: base + kr[1],
      valueStart: base + vr[0],
      valueEnd: base + vr[1],
      value: pair.value ? pair.value.toJSON() : null,
    });
  }
  return fm;
}

/**
 * Front matter as js-yaml (the loader of gray-matter, Eleventy, Docusaurus,
 * Astro …) reads it, when strict YAML fails: the fields of a mapping, each at
 * the line that starts with its key. Undefined when js-yaml fails too.
 */
function readLeniently(yamlText: string, base: number): Map<string, FrontMatterField> | undefined {
  let value: unknown;
  try {
    // js-yaml is loaded only for front matter that strict YAML refuses: most runs have none.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when used
    value = (require('js-yaml') as typeof import('js-yaml')).load(yamlText);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const fields = new Map<string, FrontMatterField>();
  const keyLines = new Map<string, { start: number; valueStart: number; valueEnd: number }>();
  let offset = 0;
  for (const line of yamlText.split('\n')) {
    const m = /^(["']?)([^\s:"'#][^:"']*?)\1:(?:[ \t]+|$)/.exec(line);
    if (m && !keyLines.has(m[2]))
      keyLines.set(m[2], { start: base + offset, valueStart: base + offset + m[0].length, valueEnd: base + offset + line.replace(/\r$/, '').length });
    offset += line.length + 1;
  }
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const at = keyLines.get(key) ?? { start: base, valueStart: base, valueEnd: base };
    fields.set(key, {
      key,
      keyStart: at.start,
      keyEnd: at.start + key.length,
      valueStart: at.valueStart,
      valueEnd: Math.max(at.valueStart, at.valueEnd),
      value: v instanceof Date ? v.toISOString() : v,
    });
  }
  return fields;
}

function findEntries(text: string, headings: Heading[], md: MdDocument, template: Template): Entry[] {
  const matcher = new SectionMatcher(template);
  const n = headings.length;
  const match = headings.map((h) => matcher.match(h.name));
  const isBackMatter = headings.map((h) => BACK_MATTER.has(normalizeSectionName(h.name)));
  // All linear: heading stacks instead of scans, so a report with thousands of entries stays fast.
  // parent[i]: nearest heading above of a lower level; owner[i]: the same among non-section headings.
  const parent = new Array<number>(n).fill(-1);
  const owner = new Array<number>(n).fill(-1);
  const all: number[] = [];
  const nonSections: number[] = [];
  for (let i = 0; i < n; i++) {
    const level = headings[i].level;
    while (all.length && headings[all[all.length - 1]].level >= level) all.pop();
    parent[i] = all.length ? all[all.length - 1] : -1;
    all.push(i);
    let k = nonSections.length - 1;
    while (k >= 0 && headings[nonSections[k]].level >= level) k--;
    owner[i] = k >= 0 ? nonSections[k] : -1;
    if (!match[i]) {
      while (nonSections.length && headings[nonSections[nonSections.length - 1]].level >= level) nonSections.pop();
      nonSections.push(i);
    }
  }
  // nextEnd[i]: where the block under heading i ends (next heading of its level or higher, or back matter).
  const nextEnd = new Array<number>(n).fill(text.length);
  const right: number[] = [];
  let backMatterAfter = text.length;
  for (let i = n - 1; i >= 0; i--) {
    while (right.length && headings[right[right.length - 1]].level > headings[i].level) right.pop();
    nextEnd[i] = Math.min(right.length ? headings[right[right.length - 1]].start : text.length, backMatterAfter);
    right.push(i);
    if (isBackMatter[i]) backMatterAfter = headings[i].start;
  }
  const firstBackMatter = isBackMatter.indexOf(true);
  const fileEnd = firstBackMatter >= 0 ? headings[firstBackMatter].start : text.length;

  // The entry of a section: the nearest heading above it, of a lower level, that is not a section.
  const sectionsOf = new Map<number, number[]>(); // entry heading index (-1: whole file) -> section indexes
  for (let i = 0; i < n; i++) {
    if (!match[i]) continue;
    const e = owner[i];
    if (e >= 0 && isBackMatter[e]) continue;
    const list = sectionsOf.get(e) ?? [];
    list.push(i);
    sectionsOf.set(e, list);
  }
  // A heading with no section is still an entry when a sibling is one.
  const siblingKeys = new Set([...sectionsOf.keys()].filter((e) => e >= 0).map((e) => `${parent[e]}:${headings[e].level}`));
  for (let i = 0; i < n; i++) {
    if (match[i] || sectionsOf.has(i) || isBackMatter[i]) continue;
    if (siblingKeys.has(`${parent[i]}:${headings[i].level}`)) sectionsOf.set(i, []);
  }
  const firstNote = md.defs.reduce((min, d) => Math.min(min, d.start), text.length);
  if (sectionsOf.size === 0) {
    // No heading is a section of the template: the report is one entry that
    // misses them all, named by its title (its first H1) when it has one. It
    // ends where the title's block does: sections inserted at its end belong
    // to it, not to a heading of the title's level after it.
    const title = headings.findIndex((h, i) => h.level === 1 && !isBackMatter[i]);
    return [
      withDerivedFacts(
        {
          heading: title >= 0 ? headings[title] : undefined,
          sections: [],
          end: Math.min(title >= 0 ? nextEnd[title] : fileEnd, firstNote > (title >= 0 ? headings[title].end : 0) ? firstNote : fileEnd),
        },
        template,
      ),
    ];
  }
  const entries: Entry[] = [];
  for (const e of [...sectionsOf.keys()].sort((a, b) => a - b)) {
    const heading = e >= 0 ? headings[e] : undefined;
    let end = e >= 0 ? nextEnd[e] : fileEnd;
    const sections: Section[] = (sectionsOf.get(e) as number[]).map((i) => ({
      heading: headings[i],
      ...(match[i] as { canonical: string; required: boolean; index: number }),
      contentEnd: nextEnd[i],
    }));
    // Notes after the entry's text are not part of it.
    const lastStart = sections.length ? sections[sections.length - 1].heading.end : heading ? heading.end : 0;
    if (firstNote > lastStart && firstNote < end) end = firstNote;
    for (const s of sections) if (s.contentEnd > end) s.contentEnd = end;
    entries.push(withDerivedFacts({ heading, sections, end }, template));
  }
  return entries;
}

/** An entry with what follows from its sections and the template: the required ones it lacks, the first out of order. */
function withDerivedFacts(entry: Omit<Entry, 'missingCount' | 'misplaced'>, template: Template): Entry {
  const seen = new Set<string>();
  let misplaced: Section | undefined;
  let highest = -1;
  for (const section of entry.sections) {
    if (!section.required || seen.has(section.canonical)) continue;
    seen.add(section.canonical);
    if (section.index < highest) misplaced ??= section;
    else highest = section.index;
  }
  // Required sections are the template's `sections`: those seen are present, the rest missing.
  const missingCount = requiredSections(template).length - seen.size;
  // Written out, not spread: a spread copy took a map of its own per entry (33,000 maps on a report of 33,000 entries).
  const { heading, sections, end } = entry;
  return misplaced ? { heading, sections, end, missingCount, misplaced } : { heading, sections, end, missingCount };
}

/** A template's required sections, each once (a config may name one twice): found once per template. */
const distinctRequired = new WeakMap<Template, readonly string[]>();
function requiredSections(template: Template): readonly string[] {
  let sections = distinctRequired.get(template);
  if (!sections) distinctRequired.set(template, (sections = [...new Set(template.sections)]));
  return sections;
}

/** The template's required sections an entry lacks, in template order (missing-section, the insert fixes, the preview, completion). */
export function missingSections(template: Template, entry: Entry): string[] {
  if (entry.missingCount === 0) return [];
  const present = new Set(entry.sections.map((s) => s.canonical));
  return requiredSections(template).filter((s) => !present.has(s));
}

function noteText(text: string, def: MdFootnoteDef): string {
  // (joinLineBreaks: a regular expression would be quadratic on a long run of spaces)
  return joinLineBreaks(
    cutText(
      text,
      def.textSpans,
      [...def.codeSpans].sort((a, b) => a.start - b.start),
    ),
    '\n',
  ).trim();
}

/** The text of `spans` without the `cuts` (sorted by start; a cut may span lines), lines joined by `\n`, at most about `max` characters. Linear. */
function cutText(text: string, spans: readonly Span[], cuts: ReadonlyArray<{ start: number; end: number }>, max = Infinity): string {
  const parts: string[] = [];
  let k = 0;
  let length = 0;
  const take = (from: number, to: number): void => {
    const end = Math.min(to, from + Math.max(0, max - length));
    if (end > from) parts.push(text.slice(from, end));
    length += end - from;
  };
  for (const span of spans) {
    if (length >= max) break;
    let s = span.start;
    while (k < cuts.length && cuts[k].end <= s) k++;
    for (let j = k; j < cuts.length && cuts[j].start < span.end && length < max; j++) {
      const c = cuts[j];
      if (c.end <= s) continue;
      if (c.start > s) take(s, c.start);
      s = Math.max(s, c.end);
    }
    if (s < span.end) take(s, span.end);
    parts.push('\n');
    length++;
  }
  return parts.join('');
}

/** How much of a note is read as prose: a citation is said in its first lines (docs/rules.md#missing-source-url). */
const MAX_PROSE = 8000;

/** What a note says, for reading it: no code, no URLs, no HTML tags, links reduced to their text. */
function noteProse(text: string, def: MdFootnoteDef, urls: readonly MdUrl[]): string {
  const cuts = [...def.codeSpans, ...urls.filter((u) => u.kind !== 'reference')].sort((a, b) => a.start - b.start);
  return (
    joinLineBreaks(cutText(text, def.textSpans, cuts, MAX_PROSE), ' ')
      // Tags that only set type are read through, "1<sup>er</sup> avril" as "1er avril"; others part words.
      .replace(/<\/?[A-Za-z][^<>\n]{0,300}>|<>/g, (tag) => (reTypeTag.test(tag) ? '' : ' '))
      .replace(/!?\[([^\]\n]{0,500})\]\(\s*(?:"[^"\n]{0,300}")?\s*\)/g, '$1')
      .replace(/\[([^\]\n]{0,500})\]\{[^}\n]{0,200}\}/g, '$1') // Pandoc spans: [Law & Philosophy]{.smallcaps}
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
      .replace(reEntity, decodeEntity)
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

const reTypeTag = /^<\/?(?:sup|sub|span|small|abbr|em|i|b|strong|u|s|cite|q|mark)\b/i;

/** The character references written most in notes, read as the characters GFM renders ("De Seta, *L&rsquo;Italia*, 43&ndash;45"). */
const reEntity = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp|ndash|mdash|lsquo|rsquo|ldquo|rdquo|laquo|raquo|hellip|sect|para|middot));/g;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  sect: '§',
  para: '¶',
  middot: '·',
};

function decodeEntity(_: string, dec: string | undefined, hex: string | undefined, name: string | undefined): string {
  if (name !== undefined) return NAMED[name];
  const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex ?? '0', 16);
  // As CommonMark: no NUL, no surrogates, nothing past U+10FFFF.
  return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
}

function readNotes(
  text: string,
  md: MdDocument,
  config: ForesightConfig,
  isReport: boolean,
  step: () => void,
  readings?: NoteReadings,
): Pick<ReportModel, 'notes' | 'readingOrder' | 'refsById' | 'notesById'> {
  const notes: Note[] = [];
  const notesById = new Map<string, Note[]>();
  // URLs by position, to give each note the ones inside it (innermost note wins):
  // one sweep over URLs and definitions, both sorted by offset.
  const sortedDefs = [...md.defs].sort((a, b) => a.start - b.start);
  const urlsOf = new Map<MdFootnoteDef, MdUrl[]>();
  const open: MdFootnoteDef[] = [];
  let next = 0;
  for (const u of md.urls) {
    while (next < sortedDefs.length && sortedDefs[next].start <= u.start) open.push(sortedDefs[next++]);
    while (open.length && open[open.length - 1].end <= u.start) open.pop();
    // Nested notes close before their parents, so the innermost open one is last.
    let owner: MdFootnoteDef | undefined;
    for (let k = open.length - 1; k >= 0; k--) {
      if (u.start < open[k].end) {
        owner = open[k];
        break;
      }
    }
    if (owner) {
      const list = urlsOf.get(owner) ?? [];
      list.push(u);
      urlsOf.set(owner, list);
    }
  }
  // A note defined in the part not read (docs/parser.md, limits) has no text the scanner read: it is not read either.
  const cut = md.truncatedAt ?? Infinity;
  for (const def of md.defs) {
    step();
    if (def.line >= cut) continue;
    const urls = urlsOf.get(def) ?? [];
    const prose = noteProse(text, def, urls);
    const identifiers = findIdentifiers(text, def.textSpans, [...def.codeSpans, ...urls], def.codeSpans);
    const hasLocator = identifiers.length > 0 || urls.some((u) => isFollowable(u.url));
    const reading = readings ? readings.read(prose, hasLocator) : readNote(prose, hasLocator);
    const note: Note = {
      def,
      id: def.id,
      text: noteText(text, def),
      prose,
      urls,
      identifiers,
      reading,
      isIbid: reading.shortForm === 'ibid' || reading.shortForm === 'id',
    };
    notes.push(note);
    const list = notesById.get(def.id) ?? [];
    list.push(note);
    notesById.set(def.id, list);
  }
  const refsById = new Map<string, MdFootnoteRef[]>();
  const readingOrder: Note[] = [];
  for (const ref of [...md.refs].sort((a, b) => a.start - b.start)) {
    const list = refsById.get(ref.id);
    if (list) {
      list.push(ref);
      continue;
    }
    refsById.set(ref.id, [ref]);
    const note = notesById.get(ref.id)?.[0];
    if (note) {
      note.readingIndex = readingOrder.length;
      readingOrder.push(note);
    }
  }
  // Short citations and sources: in reading order, then the notes nobody cites, as written.
  const sequence = [...readingOrder, ...[...notes].sort((a, b) => a.def.start - b.def.start).filter((n) => n.readingIndex === undefined)];
  resolveShortCitations(sequence, (label) => notesById.get(normalizeIdentifier(label))?.[0]);
  const reported = new Set<string>();
  const works = new WorksCited();
  // Works cited in full with their source: a later note citing one again (a chapter "in" the same volume, the same
  // title, nearly the same words by the same author) is found by it. Not an online source: a web page is cited again
  // with its link unless by its very author and title (works, above).
  const known = new KnownWorks();
  let list: ReferenceList | undefined;
  for (const note of sequence) {
    // A work cited again by its author and title is judged at its first citation only.
    const work = workKey(note);
    if (work !== undefined && works.seen(work)) continue;
    const problem = sourceProblem(note, config.sources, isReport);
    if (!problem) {
      known.add(note);
      continue;
    }
    // A short form of an entry of the document's reference list ("Weinstein, The Corporate Ideal", with the book
    // listed under "Bibliography"): the list gives its details. Not a source the note says is online ("accessed"), a
    // placeholder, or no work at all; an organisation's report, which the note does not say it read online, may be listed.
    const r = note.reading;
    if ((r.web === undefined || !r.web.explicit) && r.placeholder === undefined && r.vague === undefined && md.headings.length > 0) {
      list ??= readReferenceList(text, md.headings, headingEnds(md.headings, text.length), md.defs, md.literalSpans, normalizeSectionName);
      // (a short title that shortens no note: by its author's entry, when that entry traces its work)
      const entry =
        list.size > 0
          ? (list.find(note.prose, authorWords, r.web !== undefined) ??
            (r.unresolvedShort && r.web === undefined ? list.byAuthor(note.prose, authorWords) : undefined))
          : undefined;
      if (entry) {
        note.listed = entry.line;
        continue;
      }
    }
    if (note.reading.web === undefined && known.repeats(note)) continue;
    // One finding per source: a citation written out again in full is duplicate-source's. Each placeholder ("NEED")
    // stands for a source of its own.
    if (note.reading.placeholder === undefined) {
      const identity = citationIdentity(note.prose);
      if (reported.has(identity)) continue;
      reported.add(identity);
    }
    note.missingSource = problem;
    // One finding per source: a later note citing this work again in words of its own is this finding's too.
    if (note.reading.placeholder === undefined && note.reading.vague === undefined) known.add(note);
  }
  return { notes, readingOrder, refsById, notesById };
}

/** The note an Ibid. note points to: the source of the note before it, through Ibid. chains. */
export function ibidSource(model: ReportModel, note: Note): Note | undefined {
  void model;
  return note.antecedent;
}

/** Source URLs of a note: http(s) URLs it cites (links, autolinks, bare, reference links, HTML links). */
export function sourceUrls(note: Note): MdUrl[] {
  return note.urls.filter((u) => /^https?:\/\//i.test(u.url));
}

/** The DOIs a note cites in its text (not those inside doi.org links). */
export function noteDois(note: Note): string[] {
  return note.identifiers.filter((i) => i.kind === 'doi').map((i) => i.value);
}

/** `[^label]`, and whether it opens its line (then, with a colon after it, it is a definition written in code). */
const reCallInCode = /(^[ \t>]*)?\[\^([^\]\s]{1,60})\](:)?/gm;

/**
 * Where notes GFM sees no call of are called all the same, as their author sees it: in an indented code block (a
 * list item indented too far, a tab-indented paragraph, a Substack export: lines GFM shows as code) or typed in HTML
 * (`<sup>31</sup>` in a hand-made table or a PDF converted to Markdown, a link to `#user-content-fn-4` in a GitBook
 * export). For each such note, the offset of its first such call. Read once per check, shared by the rules.
 */
export interface StrayCalls {
  code: ReadonlyMap<string, number>;
  html: ReadonlyMap<string, number>;
  /** Written right after a bare web address, which GFM runs on into the call ("…:8080.[^3]": invalid-url). */
  address: ReadonlyMap<string, number>;
  /** Written as `[^3]` inside an HTML block (`<p class="x">… [^3] …</p>`), where GFM reads no Markdown. */
  block: ReadonlyMap<string, number>;
  /** Written inside a fenced code block or a code span, which shows it as code. */
  shown: ReadonlyMap<string, number>;
}

/**
 * Where a note GFM sees no call of is cited all the same, as its author sees it (in code indented too far, in HTML,
 * after a bare address, in an HTML block): the first such place found, or undefined. Not code on purpose (`shown`).
 */
export function strayCallOf(stray: StrayCalls, id: string): number | undefined {
  return stray.code.get(id) ?? stray.html.get(id) ?? stray.address.get(id) ?? stray.block.get(id);
}

const strayCache = new WeakMap<ReportModel, StrayCalls>();

export function strayCalls(model: ReportModel): StrayCalls {
  const cached = strayCache.get(model);
  if (cached) return cached;
  const ids = new Set<string>();
  for (const note of model.notes) if (!model.refsById.has(note.id)) ids.add(note.id);
  const found: StrayCalls =
    ids.size === 0
      ? { code: new Map(), html: new Map(), address: new Map(), block: new Map(), shown: new Map() }
      : {
          code: callsInCode(model, model.md.indentedCode, ids),
          html: callsInHtml(model, ids),
          address: callsInAddresses(model, ids),
          block: callsInHtmlBlocks(model, ids),
          shown: callsInCode(model, model.md.shownCode, ids),
        };
  strayCache.set(model, found);
  return found;
}

/**
 * The footnote call a bare address runs on into, as GFM reads such an address to the next space: "[^3" in
 * "http://x.org/a.[^3" (its "]" left outside), or the whole call, "http://x.org/a.[^3]”". Its label and offset.
 */
export function callInAddress(url: string): { label: string; index: number } | undefined {
  const m = reCallInAddress.exec(url);
  return m ? { label: m[1], index: m.index } : undefined;
}
const reCallInAddress = /\[\^([^\s\]]{1,100})(?:\]|$)/;

function callsInAddresses(model: ReportModel, ids: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  for (const u of model.md.urls) {
    if (u.kind !== 'literal') continue;
    const call = callInAddress(u.url);
    if (!call) continue;
    const id = normalizeIdentifier(call.label);
    if (ids.has(id) && !found.has(id)) found.set(id, u.start);
  }
  return found;
}

/**
 * HTML as the page shows its text: comments, `<code>`, `<pre>`, `<script>`, `<style>` and `<textarea>` elements and tags
 * blanked out (offsets kept). Linear.
 */
function shownText(html: string): string {
  // (elements found in lower case: HTML's names are not case-sensitive)
  const lower = html.toLowerCase();
  const kinds = ['<!--|-->', '<code|</code>', '<pre|</pre>', '<script|</script>', '<style|</style>', '<textarea|</textarea>'].map((pair) => {
    const [open, close] = pair.split('|');
    return { open, close, next: lower.indexOf(open) };
  });
  const parts: string[] = [];
  let pos = 0;
  for (;;) {
    // the opener nearest after `pos` (each kind's next one found again only once passed: linear)
    for (const k of kinds) if (k.next >= 0 && k.next < pos) k.next = lower.indexOf(k.open, pos);
    const live = kinds.filter((k) => k.next >= 0);
    if (live.length === 0) break;
    const kind = live.reduce((a, b) => (b.next < a.next ? b : a));
    const end = lower.indexOf(kind.close, kind.next + kind.open.length);
    if (end < 0) {
      // unclosed: no element of this kind after it either
      kind.next = -1;
      continue;
    }
    parts.push(html.slice(pos, kind.next), html.slice(kind.next, end + kind.close.length).replace(/[^\n]/g, ' '));
    pos = end + kind.close.length;
  }
  parts.push(html.slice(pos));
  // a tag, its quoted attributes whole ("a > b" inside them)
  return parts.join('').replace(/<(?:[^<>"']|"[^"<]*"|'[^'<]*')*>/g, (tag) => tag.replace(/[^\n]/g, ' '));
}

/** Calls written `[^3]` inside HTML blocks (not comments): GFM shows them as text, the note left out of the page. */
function callsInHtmlBlocks(model: ReportModel, ids: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  const text = model.text;
  for (const span of model.md.literalSpans) {
    const first = text.slice(span.start, span.start + 16).trimStart();
    // (not a comment, nor <pre>, <script>, <style> or <textarea>, which hold code or text shown as written)
    if (!first.startsWith('<') || first.startsWith('<!--') || /^<(?:pre|script|style|textarea|code)\b/i.test(first)) continue;
    const raw = text.slice(span.start, span.end);
    if (!raw.includes('[^')) continue;
    // (not in a comment, a <code> element or a tag's attributes, which the page does not show as text; blanked out,
    // offsets kept)
    const block = shownText(raw);
    // (not a definition's label, at a line's start)
    for (const m of block.matchAll(reCallInCode)) {
      if (m[1] !== undefined && m[3] !== undefined) continue;
      const id = normalizeIdentifier(m[2]);
      if (ids.has(id) && !found.has(id)) found.set(id, span.start + (m.index as number) + (m[1]?.length ?? 0));
    }
  }
  return found;
}

/**
 * Calls written inside code: an indented block (`code`, where an author meant text) or a fenced block or a code span
 * (`shown`, code on purpose), the earliest of each note. A definition written in code, `[^2]: …` opening a line, is an
 * example of one, not a call.
 */
function callsInCode(model: ReportModel, spans: readonly Span[], ids: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  for (const span of spans) {
    const code = model.text.slice(span.start, span.end);
    if (!code.includes('[^')) continue;
    reCallInCode.lastIndex = 0;
    for (let m = reCallInCode.exec(code); m; m = reCallInCode.exec(code)) {
      // (the line's opening group is undefined when it would be empty)
      const opensLine = m[1] !== undefined || m.index === 0 || code.charCodeAt(m.index - 1) === 10;
      if (opensLine && m[3] !== undefined) continue;
      const id = normalizeIdentifier(m[2]);
      const at = span.start + m.index + (m[1]?.length ?? 0);
      if (ids.has(id) && at < (found.get(id) ?? Infinity)) found.set(id, at);
    }
  }
  return found;
}

/**
 * A note's number typed in HTML: `<sup>31</sup>`, `<sup>33,36-38</sup>`, `<a href="#refs"><sup>31</sup></a>`, or a link
 * to where renderers put the note, `href="#user-content-fn-4"`. Not right after a digit or a letter: a power or a
 * unit (`10<sup>21</sup>`, `m<sup>2</sup>`, `x<sup>3</sup>`), an author's affiliation (`Ada Reyes<sup>1</sup>`); nor
 * right before a letter, an isotope (`<sup>14</sup>C`).
 */
const htmlCall = lazyRegExp(
  String.raw`(?<![\d\p{L}])<sup>\s*(?:<a\b[^<>]{0,200}>\s*)?(\d{1,6}(?:\s?[-–]\s?\d{1,6})?(?:\s?,\s?\d{1,6}(?:\s?[-–]\s?\d{1,6})?){0,20})\s*(?:<\/a>\s*)?<\/sup>(?!\p{L})|\bhref=["']#(?:user-content-)?fn[-:]?(\d{1,6})["']`,
  'giu',
);

function callsInHtml(model: ReportModel, ids: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  const text = model.text;
  if (!text.includes('<sup>') && !text.includes('#user-content-fn') && !text.includes('#fn')) return found;
  // Not in front matter, in a note's own text, in code (blocks and spans) or in an HTML comment: where no reader sees
  // a call. HTML blocks and inline HTML are where such calls are.
  const skip: Span[] = [];
  if (model.md.frontMatter) skip.push({ start: 0, end: model.md.frontMatter.end });
  for (const def of model.md.defs) skip.push({ start: def.start, end: def.end });
  for (const span of model.md.literalSpans) {
    const first = text.slice(span.start, span.start + 8).trimStart();
    if (!first.startsWith('<') || first.startsWith('<!--')) skip.push(span);
  }
  for (const span of model.md.markupSpans) if (text.startsWith('<!--', span.start)) skip.push(span);
  skip.sort((a, b) => a.start - b.start);
  let k = 0;
  let reach = -1;
  const skipped = (at: number): boolean => {
    // matches come in order: advance over the spans that start before `at`, keeping the farthest end
    while (k < skip.length && skip[k].start <= at) reach = Math.max(reach, skip[k++].end);
    return at < reach;
  };
  const add = (id: string, at: number): void => {
    if (ids.has(id) && !found.has(id)) found.set(id, at);
  };
  const reHtmlCall = htmlCall();
  reHtmlCall.lastIndex = 0;
  for (let m = reHtmlCall.exec(text); m; m = reHtmlCall.exec(text)) {
    if (skipped(m.index)) continue;
    if (m[2] !== undefined) {
      add(m[2], m.index);
      continue;
    }
    // "<sup>33,36-38</sup>": each number, a range's at most 50; not a number with its thousands, "<sup>1,000</sup>"
    const parts = m[1].split(',');
    if (parts.slice(1).some((p) => /^\d{3}$/.test(p))) continue;
    for (const part of parts) {
      const [from, to] = part.split(/[-–]/).map((n) => parseInt(n, 10));
      const last = to === undefined || to < from ? from : Math.min(to, from + 50);
      for (let n = from; n <= last; n++) add(String(n), m.index);
    }
  }
  return found;
}
