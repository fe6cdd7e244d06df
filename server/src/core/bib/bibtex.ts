/**
 * BibTeX and BibLaTeX files read the way Pandoc reads them
 * (docs/citations.md): its grammar for entries, `@string` macros, `#`
 * concatenation, `@comment` and `@preamble`; its mapping of entry types to
 * CSL types; its title (main title, subtitle, title addendum, in sentence
 * case for English entries); its URL (with arXiv, JSTOR, PubMed and Google
 * Books e-prints) and DOI. Where Pandoc would stop reading the file, a
 * problem is reported and reading goes on at the next entry, so one broken
 * entry does not hide the others. One pass over the text.
 */
import { ENGLISH, type MessageArgs, type MessageKey } from '../messages';
import { readLatex, sentenceCase, toText, type Inline } from './latex';
import { indexEntries, type Bibliography, type BibliographyProblem, type Reference, type Unlined } from './types';
import { lazyRegExp } from '../text/letters';

interface RawEntry {
  type: string;
  key: string;
  fields: Map<string, string>;
  start: number;
  end: number;
  keyStart: number;
  keyEnd: number;
}

/** Entries beyond this many are not read (a 5,000-entry library is large). */
export const MAX_BIB_ENTRIES = 200_000;
/** Problems kept per file (the rule lists five): past them the reader stops. */
const MAX_PROBLEMS = 1000;
/** The longest value a field may have once its macros are expanded (`@string` doubling makes gigabytes of a few lines). */
export const MAX_FIELD_VALUE = 1 << 20;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b;
const isAsciiAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const alnum = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'u');
const isAlnumAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c < 0x80 ? isAsciiAlnum(c) : alnum().test(s[i]);
};
const letter = lazyRegExp(String.raw`\p{L}`, 'u');
const isLetterAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c < 0x80 ? (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) : letter().test(s[i]);
};
/** Pandoc's key characters: letters, digits and `.:;?!`'()/*@_+=-[]&`. */
const KEY_PUNCT = new Set([...".:;?!`'()/*@_+=-[]&"]);
const isKeyCharAt = (s: string, i: number): boolean => isAlnumAt(s, i) || KEY_PUNCT.has(s[i]);
/** Whether Pandoc reads `key` whole as a BibTeX entry's key. */
export function isBibtexKey(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (!isKeyCharAt(key, i)) return false;
  return key.length > 0;
}

const isFieldCharAt = (s: string, i: number): boolean => isAlnumAt(s, i) || s[i] === '-' || s[i] === '_' || s[i] === ':' || s[i] === '+';

/**
 * Where and why Pandoc would stop: a key of the catalogue (messages/files.ts) and its parameters, worded only
 * when the problem is kept. Not an Error: a file of a million of them captures no stack traces.
 */
class Fail {
  constructor(
    readonly at: number,
    readonly key: MessageKey,
    readonly params: Readonly<Record<string, string | number>>,
  ) {}
}

function fail<K extends MessageKey>(at: number, key: K, ...args: MessageArgs<K>): Fail {
  return new Fail(at, key, args[0] ?? {});
}

/** What `expect` says is missing; each key has a `.end` form for the end of the file. */
type ExpectKey = 'bib.expected-string-close' | 'bib.expected-open' | 'bib.expected-equals';

class BibReader {
  pos = 0;
  readonly strings = new Map<string, string>();
  readonly entries: RawEntry[] = [];
  readonly problems: Array<Unlined<BibliographyProblem>> = [];

  constructor(private readonly s: string) {}

  read(): void {
    const s = this.s;
    for (;;) {
      const at = s.indexOf('@', this.pos);
      if (at < 0 || this.entries.length >= MAX_BIB_ENTRIES || this.problems.length >= MAX_PROBLEMS) return;
      this.pos = at + 1;
      let entry: Partial<RawEntry> = {};
      try {
        if (this.nonEntry()) continue;
        this.pos = at + 1;
        entry = { start: at };
        this.item(entry);
      } catch (e) {
        if (!(e instanceof Fail)) throw e;
        this.problems.push({
          message: ENGLISH.dynamic(e.key, e.params),
          key: e.key,
          params: e.params,
          start: Math.min(e.at, s.length),
          end: Math.min(e.at + 1, s.length),
        });
        if (entry.key !== undefined) {
          // The key is known: it is defined, with the fields read so far (one error, not one per citation).
          this.entries.push({ ...(entry as RawEntry), end: e.at, fields: entry.fields ?? new Map() });
        }
        // Go on at the next line that starts an entry.
        const next = /\n[ \t]*@/g;
        next.lastIndex = Math.max(e.at - 1, at + 1);
        const m = next.exec(s);
        this.pos = m ? m.index + 1 : s.length;
      }
    }
  }

  private spaces(): void {
    while (this.pos < this.s.length && isSpace(this.s.charCodeAt(this.pos))) this.pos++;
  }

  private expect<K extends ExpectKey>(ch: string, key: K, ...args: MessageArgs<K>): void {
    if (this.s[this.pos] !== ch) throw new Fail(this.pos, this.pos >= this.s.length ? (`${key}.end` as MessageKey) : key, args[0] ?? {});
    this.pos++;
  }

  private startsWithWord(word: string): boolean {
    return this.s.slice(this.pos, this.pos + word.length).toLowerCase() === word;
  }

  /** `@comment`, `@preamble{…}`, `@string{name = value}`: true when one was read. */
  private nonEntry(): boolean {
    if (this.startsWithWord('comment')) {
      // As Pandoc: any type starting with "comment" is a comment; its braces, or the text up to the next `@`, are skipped.
      this.pos += 7;
      this.spaces();
      if (this.s[this.pos] === '{') {
        const save = this.pos;
        try {
          this.braced();
        } catch {
          this.pos = save + 1;
        }
      }
      return true;
    }
    if (this.startsWithWord('preamble')) {
      const save = this.pos;
      this.pos += 8;
      this.spaces();
      if (this.s[this.pos] === '{') {
        this.braced();
        return true;
      }
      this.pos = save;
      return false;
    }
    if (this.startsWithWord('string')) {
      const save = this.pos;
      this.pos += 6;
      this.spaces();
      if (this.s[this.pos] !== '{') {
        this.pos = save;
        return false;
      }
      this.pos++;
      this.spaces();
      const [name, value] = this.field();
      this.expect('}', 'bib.expected-string-close', { close: '}' });
      this.strings.set(name, value);
      return true;
    }
    return false;
  }

  private item(entry: Partial<RawEntry>): void {
    const s = this.s;
    const typeStart = this.pos;
    while (this.pos < s.length && isLetterAt(s, this.pos)) this.pos++;
    if (this.pos === typeStart) throw fail(this.pos, 'bib.expected-type', { example: '@article{key, …}' });
    entry.type = s.slice(typeStart, this.pos).toLowerCase();
    this.spaces();
    if (s[this.pos] === '(') throw fail(this.pos, 'bib.parentheses', { type: entry.type, braces: '{…}' });
    this.expect('{', 'bib.expected-open', { open: '{', type: entry.type });
    this.spaces();
    const keyStart = this.pos;
    while (this.pos < s.length && isKeyCharAt(s, this.pos)) this.pos++;
    if (this.pos === keyStart) throw fail(this.pos, 'bib.expected-key', { open: '{' });
    entry.key = s.slice(keyStart, this.pos);
    entry.keyStart = keyStart;
    entry.keyEnd = this.pos;
    entry.fields = new Map();
    this.spaces();
    if (s[this.pos] !== ',') throw fail(this.pos, s[this.pos] === '}' ? 'bib.expected-comma.no-fields' : 'bib.expected-comma', { key: entry.key });
    this.pos++;
    this.spaces();
    // Fields, separated (and optionally ended) by commas.
    while (this.pos < s.length && isFieldCharAt(s, this.pos)) {
      const [name, value] = this.field();
      entry.fields.set(name, value);
      if (s[this.pos] !== ',') break;
      this.pos++;
      this.spaces();
    }
    this.spaces();
    if (s[this.pos] !== '}') {
      throw this.pos < s.length ? fail(this.pos, 'bib.expected-close', { close: '}', key: entry.key }) : fail(this.pos, 'bib.not-closed', { key: entry.key });
    }
    this.pos++;
    entry.end = this.pos;
    this.entries.push(entry as RawEntry);
  }

  private fieldName(): string {
    const start = this.pos;
    while (this.pos < this.s.length && isFieldCharAt(this.s, this.pos)) this.pos++;
    if (this.pos === start) throw fail(this.pos, 'bib.expected-field-name');
    const name = this.s.slice(start, this.pos).toLowerCase();
    return name === 'archiveprefix' ? 'eprinttype' : name === 'primaryclass' ? 'eprintclass' : name;
  }

  /** `name = value # value …` */
  private field(): [string, string] {
    const name = this.fieldName();
    this.spaces();
    this.expect('=', 'bib.expected-equals', { name });
    this.spaces();
    let value = this.part();
    for (;;) {
      const save = this.pos;
      this.spaces();
      if (this.s[this.pos] !== '#') {
        this.pos = save;
        break;
      }
      this.pos++;
      this.spaces();
      value += this.part();
      if (value.length > MAX_FIELD_VALUE) throw fail(this.pos, 'bib.field-too-long', { name, size: MAX_FIELD_VALUE >> 20 });
    }
    this.spaces();
    return [name, value];
  }

  private part(): string {
    const c = this.s[this.pos];
    if (c === '"') return this.quoted();
    if (c === '{') return this.braced();
    if (this.pos < this.s.length && isFieldCharAt(this.s, this.pos)) {
      // A macro name, or a bare word (a number): an unknown name stands for itself.
      const name = this.fieldName();
      return this.strings.get(name) ?? name;
    }
    throw fail(this.pos, 'bib.expected-value', { braces: '{…}' });
  }

  /**
   * Where a value's scan may go: the end of the file, until one value has run to it unclosed; from then on
   * only to the next line that starts an entry, where reading goes on anyway (so that many unclosed values
   * stay linear: each would otherwise scan to the end again).
   */
  private scanEnd(from: number): number {
    if (!this.ranToEnd) return this.s.length;
    const next = this.s.indexOf('\n@', from);
    return next < 0 ? this.s.length : next;
  }

  private ranToEnd = false;

  private unclosed(open: number, key: 'bib.brace-not-closed' | 'bib.quote-not-closed' | 'bib.quote-not-closed.comment'): Fail {
    this.ranToEnd = true;
    return new Fail(open, key, key === 'bib.brace-not-closed' ? { open: '{' } : {});
  }

  /** `{…}`: the text inside, inner braces kept. */
  private braced(): string {
    const s = this.s;
    const open = this.pos;
    this.pos++;
    let level = 0;
    const start = this.pos;
    const end = this.scanEnd(start);
    while (this.pos < end) {
      const c = s.charCodeAt(this.pos);
      // As Pandoc: a backslash escapes only a brace.
      if (c === 0x5c) this.pos += s[this.pos + 1] === '{' || s[this.pos + 1] === '}' ? 2 : 1;
      else if (c === 0x7b) {
        level++;
        this.pos++;
      } else if (c === 0x7d) {
        if (level === 0) {
          this.pos++;
          return s.slice(start, this.pos - 1);
        }
        level--;
        this.pos++;
      } else this.pos++;
    }
    throw this.unclosed(open, 'bib.brace-not-closed');
  }

  /** `"…"`: braces inside may hold quotes. As in Pandoc, a `%` outside braces starts a comment to the end of the line. */
  private quoted(): string {
    const s = this.s;
    const open = this.pos;
    this.pos++;
    let level = 0;
    const start = this.pos;
    const end = this.scanEnd(start);
    let commented = false;
    while (this.pos < end) {
      const c = s.charCodeAt(this.pos);
      if (c === 0x25 && level === 0) {
        // As Pandoc: a comment, to the end of the line; a closing quote on that line is part of it.
        commented = true;
        const eol = s.indexOf('\n', this.pos);
        this.pos = eol < 0 || eol > end ? end : eol;
        continue;
      }
      if (c === 0x5c) this.pos += 2;
      else if (c === 0x7b) {
        level++;
        this.pos++;
      } else if (c === 0x7d) {
        if (level > 0) level--;
        this.pos++;
      } else if (c === 0x22 && level === 0) {
        this.pos++;
        return s.slice(start, this.pos - 1);
      } else this.pos++;
    }
    throw this.unclosed(open, commented ? 'bib.quote-not-closed.comment' : 'bib.quote-not-closed');
  }
}

/** Pandoc's CSL type for each BibTeX/BibLaTeX entry type (others have none, as `@misc`). */
const CSL_TYPES: Record<string, string> = {
  book: 'book',
  collection: 'book',
  manual: 'book',
  mvbook: 'book',
  mvcollection: 'book',
  mvproceedings: 'book',
  mvreference: 'book',
  proceedings: 'book',
  reference: 'book',
  software: 'book',
  commentary: 'book',
  booklet: 'pamphlet',
  bookinbook: 'chapter',
  inbook: 'chapter',
  incollection: 'chapter',
  suppbook: 'chapter',
  suppcollection: 'chapter',
  dataset: 'dataset',
  data: 'dataset',
  electronic: 'webpage',
  online: 'webpage',
  www: 'webpage',
  inreference: 'entry-encyclopedia',
  inproceedings: 'paper-conference',
  mastersthesis: 'thesis',
  phdthesis: 'thesis',
  thesis: 'thesis',
  patent: 'patent',
  report: 'report',
  techreport: 'report',
  artwork: 'graphic',
  image: 'graphic',
  audio: 'song',
  music: 'song',
  jurisdiction: 'legal_case',
  legislation: 'legislation',
  standard: 'legislation',
  legal: 'treaty',
  letter: 'personal_communication',
  letters: 'personal_communication',
  movie: 'motion_picture',
  video: 'motion_picture',
  performance: 'speech',
  review: 'review',
  newsarticle: 'article-newspaper',
};

/** Pandoc's CSL type for an entry: periodicals by their subtype, unpublished work by whether it was an event. */
function cslType(type: string, fields: Map<string, string>): string {
  if (type === 'article' || type === 'periodical' || type === 'suppperiodical') {
    const sub = fields.get('entrysubtype') ?? '';
    return sub === 'magazine' ? 'article-magazine' : sub === 'newspaper' ? 'article-newspaper' : 'article-journal';
  }
  if (type === 'unpublished') return fields.has('eventdate') || fields.has('eventtitle') || fields.has('venue') ? 'speech' : 'manuscript';
  return Object.prototype.hasOwnProperty.call(CSL_TYPES, type) ? CSL_TYPES[type] : '';
}

/** Babel language names Pandoc maps to an English language tag. */
const ENGLISH_BABEL = new Set(['english', 'american', 'usenglish', 'british', 'ukenglish', 'canadian', 'australian', 'newzealand']);

/** Whether Pandoc puts the entry's titles in sentence case: English entries (the default language) only. */
function isEnglish(fields: Map<string, string>): boolean {
  const langid = fields.get('langid') ?? fields.get('hyphenation');
  if (langid === undefined) return true;
  const lang = langid.trim().toLowerCase();
  return ENGLISH_BABEL.has(lang) || lang.startsWith('en-');
}

const CHAPTERLIKE = new Set(['inbook', 'incollection', 'inproceedings', 'inreference', 'bookinbook']);

/** `a: b. c` as Pandoc joins title parts: no separator after a part that already ends in punctuation. */
function joinParts(parts: Inline[][], sep: string): Inline[] {
  let out: Inline[] = [];
  for (const p of parts) {
    if (p.length === 0) continue;
    if (out.length === 0) {
      out = [...p];
      continue;
    }
    const last = out[out.length - 1];
    if (!(last.k === 'str' && /[!?.,:;]$/.test(last.s))) out.push({ k: 'str', s: sep });
    out.push({ k: 'space' }, ...p);
  }
  return out;
}

function titleOf(type: string, fields: Map<string, string>): string | undefined {
  const english = isEnglish(fields);
  const get = (name: string): Inline[] | undefined => {
    const v = fields.get(name);
    if (v === undefined) return undefined;
    const inlines = readLatex(v);
    return english ? sentenceCase(inlines) : inlines;
  };
  const periodical = type === 'periodical';
  const main = fields.has('maintitle') && !CHAPTERLIKE.has(type);
  const title = (periodical ? get('issuetitle') : undefined) ?? (main ? get('maintitle') : undefined) ?? get('title');
  if (title === undefined) return undefined;
  const subtitle = (periodical ? get('issuesubtitle') : undefined) ?? (main ? get('mainsubtitle') : undefined) ?? get('subtitle') ?? [];
  const addon = (main ? get('maintitleaddon') : undefined) ?? get('titleaddon') ?? [];
  return toText(joinParts([joinParts([title, subtitle], ':'), addon], '.'));
}

const EPRINT_BASE: Record<string, string> = {
  arxiv: 'https://arxiv.org/abs/',
  jstor: 'https://www.jstor.org/stable/',
  pubmed: 'https://www.ncbi.nlm.nih.gov/pubmed/',
  googlebooks: 'https://books.google.com?id=',
};

function options(fields: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const opt of (fields.get('options') ?? '').split(',')) {
    const eq = opt.indexOf('=');
    out.set(
      (eq < 0 ? opt : opt.slice(0, eq)).trim().toLowerCase(),
      eq < 0
        ? ''
        : opt
            .slice(eq + 1)
            .trim()
            .toLowerCase(),
    );
  }
  return out;
}

function urlOf(type: string, fields: Map<string, string>, opts: Map<string, string>): string | undefined {
  const url = fields.get('url');
  if (url !== undefined && (type === 'online' || opts.get('url') !== 'false')) return url;
  const base = EPRINT_BASE[(fields.get('eprinttype') ?? '').toLowerCase()];
  const eprint = fields.get('eprint');
  return base && eprint !== undefined ? base + eprint : undefined;
}

/** Authors (or editors) for display: "Family, Given and Family, Given" becomes "Family, Family". */
function namesOf(fields: Map<string, string>): string | undefined {
  const raw = fields.get('author') ?? fields.get('editor');
  if (raw === undefined) return undefined;
  const names = raw.split(/\s+and\s+/i).map((n) => {
    const text = toText(readLatex(n));
    if (text.includes(',')) return text.split(',')[0].trim();
    const words = text.trim().split(/\s+/);
    return words[words.length - 1];
  });
  return names.length > 3 ? `${names[0]} et al.` : names.join(', ');
}

const IDENTIFIER_FIELDS = ['isbn', 'issn', 'pmid', 'pmcid', 'eprint', 'handle', 'urn'];

const RAW_FIELD: Record<string, string> = { authors: 'author', container: 'journal' };

/**
 * An entry as a reference. Its key, type, URL and DOI are known at once; its title, names, year, container and
 * publisher are read from LaTeX when first asked for (completion, hover), so that loading a large library
 * costs only its structure.
 */
class BibtexReference implements Unlined<Reference> {
  readonly key: string;
  readonly type: string;
  readonly sourceType: string;
  readonly url: string | undefined;
  readonly doi: string | undefined;
  readonly identifiers: string[];
  readonly start: number;
  readonly end: number;
  readonly keyStart: number;
  readonly keyEnd: number;
  private cache = new Map<string, string | undefined>();

  constructor(private readonly e: RawEntry) {
    const f = e.fields;
    const opts = options(f);
    this.key = e.key;
    this.type = cslType(e.type, f);
    this.sourceType = e.type;
    this.url = urlOf(e.type, f, opts);
    this.doi = opts.get('doi') === 'false' ? undefined : f.get('doi');
    this.identifiers = IDENTIFIER_FIELDS.filter((k) => f.has(k)).map((k) => `${k}: ${f.get(k)}`);
    // A link written where BibTeX styles print it (`howpublished = {\url{…}}`, a note): readers see it, though Pandoc keeps no URL.
    for (const k of ['howpublished', 'note']) for (const m of (f.get(k) ?? '').matchAll(/https?:\/\/[^\s{}\\]+/g)) this.identifiers.push(`url (${k}): ${m[0]}`);
    this.start = e.start;
    this.end = e.end;
    this.keyStart = e.keyStart;
    this.keyEnd = e.keyEnd;
  }

  private once(name: string, read: () => string | undefined): string | undefined {
    if (!this.cache.has(name)) {
      let value: string | undefined;
      try {
        value = read();
      } catch {
        // A value the LaTeX reader cannot read (there should be none) is shown as written.
        value = this.e.fields.get(RAW_FIELD[name] ?? name)?.slice(0, 200);
      }
      this.cache.set(name, value);
    }
    return this.cache.get(name);
  }

  private text(name: string): string | undefined {
    const v = this.e.fields.get(name);
    return v === undefined ? undefined : toText(readLatex(v));
  }

  get title(): string | undefined {
    return this.once('title', () => titleOf(this.e.type, this.e.fields));
  }

  get authors(): string | undefined {
    return this.once('authors', () => namesOf(this.e.fields));
  }

  get year(): string | undefined {
    return this.once('year', () => {
      const date = this.e.fields.get('date');
      return date !== undefined ? /^\s*(-?\d{1,4})/.exec(date)?.[1] : this.text('year');
    });
  }

  get container(): string | undefined {
    return this.once('container', () => this.text('journaltitle') ?? this.text('journal') ?? this.text('booktitle'));
  }

  get publisher(): string | undefined {
    return this.once('publisher', () => this.text('publisher') ?? this.text('institution') ?? this.text('organization') ?? this.text('school'));
  }
}

/** Fields a child never takes from the entry it cross-references (BibLaTeX's manual, appendix C). */
const NOT_INHERITED = new Set([
  'ids',
  'crossref',
  'xref',
  'xdata',
  'entryset',
  'entrysubtype',
  'execute',
  'label',
  'options',
  'presort',
  'related',
  'relatedoptions',
  'relatedstring',
  'relatedtype',
  'shorthand',
  'shorthandintro',
  'sortkey',
]);
const TITLE_FIELDS = ['title', 'subtitle', 'titleaddon', 'shorttitle', 'sorttitle', 'indextitle', 'indexsorttitle'];

/** The name a parent's field takes in its child, or undefined when the child does not take it (BibLaTeX's rules, as Pandoc applies them). */
function inheritedName(parent: string, child: string, field: string): string | undefined {
  if (NOT_INHERITED.has(field)) return undefined;
  if (!TITLE_FIELDS.includes(field)) return field;
  const short = field.startsWith('short') || field.startsWith('sort') || field.startsWith('index');
  if (
    parent.startsWith('mv') &&
    /^(book|inbook|bookinbook|suppbook|collection|reference|incollection|inreference|suppcollection|proceedings|inproceedings)$/.test(child)
  )
    return short ? undefined : `main${field}`;
  if (
    /^(book|collection|reference|proceedings)$/.test(parent) &&
    /^(inbook|bookinbook|suppbook|incollection|inreference|suppcollection|inproceedings)$/.test(child)
  )
    return short ? undefined : `book${field}`;
  if (parent === 'periodical' && /^(article|suppperiodical)$/.test(child))
    return field === 'title' ? 'journaltitle' : field === 'subtitle' ? 'journalsubtitle' : undefined;
  return field;
}

/** `crossref` and `xdata`: a child takes the fields it lacks from the entries it names (one level, as written). */
function resolveCrossRefs(entries: RawEntry[]): void {
  const byKey = new Map<string, RawEntry>();
  for (const e of entries) if (!byKey.has(e.key)) byKey.set(e.key, e);
  for (const e of entries) {
    for (const link of ['crossref', 'xdata']) {
      const names = e.fields.get(link);
      if (names === undefined) continue;
      for (const name of names.split(/[\s,]+/).filter((n) => n)) {
        const parent = byKey.get(name);
        if (!parent || parent === e) continue;
        for (const [field, value] of parent.fields) {
          const as = inheritedName(parent.type, e.type, field);
          if (as !== undefined && !e.fields.has(as)) e.fields.set(as, value);
        }
      }
    }
  }
}

/** A `.bib` file's entries, as Pandoc reads them, with where each is and where Pandoc would stop. */
export function parseBibtex(text: string): Bibliography {
  const reader = new BibReader(text);
  reader.read();
  resolveCrossRefs(reader.entries);
  return indexEntries(
    'bibtex',
    text,
    // `@xdata` entries only lend their fields: Pandoc makes no reference of them.
    reader.entries.filter((e) => e.type !== 'xdata').map((e) => new BibtexReference(e)),
    reader.problems,
  );
}
