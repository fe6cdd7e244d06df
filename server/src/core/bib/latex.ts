/**
 * BibTeX field values are LaTeX. This reads the part of LaTeX that
 * bibliography titles use (accents, special letters, escapes, groups, font
 * commands, quotes, dashes, math) into a small tree, and applies Pandoc's
 * sentence case to English titles, so that a title reads as Pandoc (and so
 * the report's readers) will see it (docs/citations.md, "What is read from a
 * bibliography"). Linear in the value's length; groups nested deeper than
 * MAX_GROUP_DEPTH are read as plain text.
 */

import { lazyRegExp } from '../text/letters';

export type Inline =
  | { k: 'str'; s: string }
  | { k: 'space' }
  | { k: 'break' }
  /** A `{…}` group: its case is kept. */
  | { k: 'group'; c: Inline[] }
  | { k: 'emph' | 'strong' | 'link'; c: Inline[] }
  /** Small caps, superscript, subscript: kept as written. */
  | { k: 'kept'; c: Inline[] }
  /** Quoted text; `straight`: written with `"`, and shown so. */
  | { k: 'quoted'; c: Inline[]; straight?: boolean }
  /** Math and code: kept as written, and invisible to the sentence-case state. */
  | { k: 'verbatim'; s: string }
  /** A command this reader does not know: Pandoc keeps it as raw LaTeX, which no reader sees. */
  | { k: 'raw' };

const MAX_GROUP_DEPTH = 64;
/** The most characters of one value read for display. */
export const MAX_VALUE_READ = 10_000;
/** How far a closing quote mark is looked for. */
const MAX_QUOTE = 2000;
/**
 * How many characters all the searches for closing quote marks in one value may look at: past it, an opening
 * mark is itself. Titles need a few hundred; a value of thousands of unmatched marks stays linear.
 */
const MAX_QUOTE_SEARCH = 20_000;

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Accent commands: the combining mark each adds. */
const ACCENTS: Record<string, string> = {
  '"': '\u0308',
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030C',
  H: '\u030B',
  c: '\u0327',
  k: '\u0328',
  r: '\u030A',
  d: '\u0323',
  b: '\u0331',
};

/** An accent over nothing (`\\~{}`) is the accent's own character. */
const ACCENT_ALONE: Record<string, string> = { '\u0303': '~', '\u0302': '^', '\u0308': '¨', '\u0301': '´', '\u0300': '`', '\u0304': '¯', '\u0307': '˙' };

/** Commands that stand for one character or word (the ones Pandoc 2.17 knows; others it drops). */
const SYMBOLS: Record<string, string> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
  S: '§',
  P: '¶',
  copyright: '©',
  pounds: '£',
  euro: '€',
  ldots: '…',
  dots: '…',
  textquoteleft: '‘',
  textquoteright: '’',
  textquotedblleft: '“',
  textquotedblright: '”',
  textless: '<',
  textgreater: '>',
  textbackslash: '\\',
  textasciitilde: '~',
  LaTeX: 'LaTeX',
  TeX: 'TeX',
  slash: '/',
};

/** Characters a backslash escapes. */
const ESCAPED = new Set(['&', '%', '$', '#', '_', '{', '}', '@', '/']);

/** Commands whose one argument is formatted. */
const FORMATS: Record<string, Inline['k'] | 'plain'> = {
  emph: 'emph',
  textit: 'emph',
  textsl: 'emph',
  mkbibemph: 'emph',
  mkbibitalic: 'emph',
  textbf: 'strong',
  mkbibbold: 'strong',
  textsc: 'kept',
  textsuperscript: 'kept',
  textsubscript: 'kept',
  mkbibsuperscript: 'kept',
  enquote: 'quoted',
  mkbibquote: 'quoted',
  textrm: 'plain',
  textsf: 'plain',
  textnormal: 'plain',
  textup: 'plain',
  textmd: 'plain',
  mbox: 'plain',
  text: 'plain',
  hbox: 'plain',
  url: 'link',
  nolinkurl: 'link',
  // Glossary and acronym commands show their argument.
  gls: 'plain',
  Gls: 'plain',
  glspl: 'plain',
  acrshort: 'plain',
  acrlong: 'plain',
  acrfull: 'plain',
  ac: 'plain',
  acs: 'plain',
  acl: 'plain',
};

/** Font switches inside a group: `{\em …}`. */
const SWITCHES: Record<string, Inline['k']> = {
  em: 'emph',
  it: 'emph',
  sl: 'emph',
  itshape: 'emph',
  bf: 'strong',
  bfseries: 'strong',
  sc: 'kept',
  scshape: 'kept',
};

const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

class Reader {
  pos = 0;
  constructor(
    private readonly src: string,
    /** Characters the searches for closing quote marks may still look at, shared by a value's readers. */
    private readonly budget = { left: MAX_QUOTE_SEARCH },
  ) {}

  /** Inlines up to `stop` (`}` or `''`) or the end; `closed` says whether the stop was met. */
  seq(depth: number, stop: '}' | "''" | ''): { c: Inline[]; closed: boolean } {
    const out: Inline[] = [];
    const src = this.src;
    while (this.pos < src.length) {
      const ch = src[this.pos];
      if (stop === '}' && ch === '}') {
        this.pos++;
        return { c: out, closed: true };
      }
      if (stop === "''" && src.startsWith("''", this.pos)) {
        this.pos += 2;
        return { c: out, closed: true };
      }
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        while (this.pos < src.length && /[ \t\r\n]/.test(src[this.pos])) this.pos++;
        out.push({ k: 'space' });
      } else if (ch === '{') {
        this.pos++;
        out.push(this.group(depth));
      } else if (ch === '}') {
        this.pos++; // a stray closing brace
      } else if (ch === '\\') {
        this.command(out, depth);
      } else if (ch === '$') {
        this.math(out);
      } else if (ch === '%') {
        // A comment runs to the end of its line; the line break is still a space (as Pandoc reads it).
        while (this.pos < src.length && src[this.pos] !== '\n') this.pos++;
      } else if (ch === '~') {
        this.pos++;
        out.push({ k: 'str', s: '\u00a0' });
      } else if (ch === '`') {
        if (src.startsWith('``', this.pos) && depth < MAX_GROUP_DEPTH) {
          this.pos += 2;
          const inner = this.seq(depth + 1, "''");
          if (inner.closed) out.push({ k: 'quoted', c: inner.c });
          else {
            out.push({ k: 'str', s: '“' });
            for (const x of inner.c) out.push(x);
          }
        } else {
          this.pos++;
          out.push(this.quotedUntil("'", '‘', depth));
        }
      } else if (ch === '‘' || ch === '“') {
        this.pos++;
        out.push(this.quotedUntil(ch === '‘' ? '’' : '”', ch, depth));
      } else if (ch === '"') {
        this.pos++;
        const q = this.quotedUntil('"', '"', depth);
        out.push(q.k === 'quoted' ? { ...q, straight: true } : q);
      } else if (ch === "'") {
        const double = src.startsWith("''", this.pos);
        this.pos += double ? 2 : 1;
        out.push({ k: 'str', s: double ? '”' : '’' });
      } else if (ch === '-') {
        if (src.startsWith('---', this.pos)) {
          this.pos += 3;
          out.push({ k: 'str', s: '—' });
        } else if (src.startsWith('--', this.pos)) {
          this.pos += 2;
          out.push({ k: 'str', s: '–' });
        } else {
          this.pos++;
          out.push({ k: 'str', s: '-' });
        }
      } else {
        let end = this.pos + 1;
        while (end < src.length && !/[ \t\r\n{}\\$%~`'"‘“-]/.test(src[end])) end++;
        out.push({ k: 'str', s: src.slice(this.pos, end) });
        this.pos = end;
      }
    }
    return { c: out, closed: stop === '' };
  }

  /**
   * Quoted text up to `close` at this level of braces, where the closing mark is not followed by a letter or
   * digit (then it is an apostrophe); unmatched, the opening mark is itself. The search goes no further than
   * MAX_QUOTE characters, so that many unmatched marks stay linear.
   */
  private quotedUntil(close: string, open: string, depth: number): Inline {
    const src = this.src;
    const limit = Math.min(src.length, this.pos + MAX_QUOTE);
    let i = this.pos;
    let level = 0;
    while (i < limit && depth < MAX_GROUP_DEPTH && this.budget.left-- > 0) {
      const c = src[i];
      if (c === '\\') i++;
      else if (c === '{') level++;
      else if (c === '}') {
        if (level === 0) break;
        level--;
      } else if (c === close && level === 0 && !(close === "'" && src[i + 1] === "'") && !isWordChar(src[i + 1])) {
        const inner = mergeStr(new Reader(src.slice(this.pos, i), this.budget).seq(depth + 1, '').c, false);
        this.pos = i + 1;
        return { k: 'quoted', c: inner };
      }
      i++;
    }
    return { k: 'str', s: open === "'" ? '’' : open };
  }

  private group(depth: number): Inline {
    if (depth >= MAX_GROUP_DEPTH) {
      // Too deep: the rest of the group is plain text.
      const start = this.pos;
      let level = 1;
      while (this.pos < this.src.length && level > 0) {
        const c = this.src[this.pos++];
        if (c === '\\') this.pos++;
        else if (c === '{') level++;
        else if (c === '}') level--;
      }
      return { k: 'str', s: this.src.slice(start, level === 0 ? this.pos - 1 : this.pos) };
    }
    // `{\em …}` and other font switches format the rest of the group.
    const m = /^\\([a-zA-Z]+)(?![a-zA-Z])[ \t\r\n]*/.exec(this.src.slice(this.pos, this.pos + 24));
    if (m && SWITCHES[m[1]]) {
      this.pos += m[0].length;
      const inner = this.seq(depth + 1, '}');
      return { k: 'group', c: [{ k: SWITCHES[m[1]], c: inner.c } as Inline] };
    }
    return { k: 'group', c: this.seq(depth + 1, '}').c };
  }

  /** `$…$` (and `$$…$$`): kept as written. */
  private math(out: Inline[]): void {
    const src = this.src;
    const fence = src.startsWith('$$', this.pos) ? '$$' : '$';
    let i = this.pos + fence.length;
    while (i < src.length && !src.startsWith(fence, i)) i += src[i] === '\\' ? 2 : 1;
    if (i >= src.length) {
      this.pos++;
      out.push({ k: 'str', s: '$' });
      return;
    }
    out.push({ k: 'verbatim', s: src.slice(this.pos + fence.length, i) });
    this.pos = i + fence.length;
  }

  /** One argument: `{…}` or the next character (after spaces). */
  private argument(depth: number): Inline[] {
    const src = this.src;
    while (this.pos < src.length && (src[this.pos] === ' ' || src[this.pos] === '\t')) this.pos++;
    if (src[this.pos] === '{') {
      this.pos++;
      return depth < MAX_GROUP_DEPTH ? this.seq(depth + 1, '}').c : [this.group(depth)];
    }
    if (src[this.pos] === '\\' && depth < MAX_GROUP_DEPTH) {
      // A command as an argument (`\\"\\i`, `\\emph\\textbf x`): one level deeper, so that a chain stays bounded.
      const out: Inline[] = [];
      this.command(out, depth + 1);
      return out;
    }
    if (this.pos < src.length) return [{ k: 'str', s: src[this.pos++] }];
    return [];
  }

  /** The text of a `{…}` argument, unread (URLs). */
  private rawArgument(): string {
    const src = this.src;
    if (src[this.pos] !== '{') return '';
    let level = 0;
    const start = this.pos + 1;
    while (this.pos < src.length) {
      const c = src[this.pos++];
      if (c === '\\') this.pos++;
      else if (c === '{') level++;
      else if (c === '}' && --level === 0) return src.slice(start, this.pos - 1);
    }
    return src.slice(start);
  }

  private command(out: Inline[], depth: number): void {
    const src = this.src;
    this.pos++; // the backslash
    const c = src[this.pos];
    if (c === undefined) return;
    if (c === '\\') {
      this.pos++;
      out.push({ k: 'break' });
      return;
    }
    if (c === ' ' || c === '\n' || c === '\t') {
      this.pos++;
      out.push({ k: 'str', s: '\u00a0' });
      return;
    }
    if (ESCAPED.has(c)) {
      this.pos++;
      out.push({ k: 'str', s: c });
      return;
    }
    if (c === ',' || c === ';' || c === ':') {
      this.pos++;
      out.push({ k: 'str', s: '\u2009' });
      return;
    }
    if (c === '-') {
      this.pos++; // a discretionary hyphen
      return;
    }
    if (ACCENTS[c] !== undefined && !isLetter(c)) {
      this.pos++;
      out.push({ k: 'str', s: accented(this.argument(depth), ACCENTS[c]) });
      return;
    }
    let end = this.pos;
    while (end < src.length && isLetter(src[end])) end++;
    if (end === this.pos) {
      this.pos++;
      out.push({ k: 'raw' });
      return;
    }
    const name = src.slice(this.pos, end);
    this.pos = end;
    if (ACCENTS[name] !== undefined && name.length === 1) {
      out.push({ k: 'str', s: accented(this.argument(depth), ACCENTS[name]) });
      return;
    }
    if (SYMBOLS[name] !== undefined) {
      // A command word ends at the next non-letter; the spaces after it and an empty `{}` belong to it.
      while (this.pos < src.length && (src[this.pos] === ' ' || src[this.pos] === '\t')) this.pos++;
      if (src.startsWith('{}', this.pos)) this.pos += 2;
      out.push({ k: 'str', s: SYMBOLS[name] });
      return;
    }
    if (name === 'href') {
      this.rawArgument();
      out.push({ k: 'link', c: this.argument(depth) });
      return;
    }
    if (name === 'url' || name === 'nolinkurl') {
      out.push({ k: 'link', c: [{ k: 'str', s: this.rawArgument() }] });
      return;
    }
    if (name === 'texttt' || name === 'verb') {
      out.push({ k: 'verbatim', s: toText(this.argument(depth)) });
      return;
    }
    const format = FORMATS[name];
    if (format === 'plain') {
      out.push(...this.argument(depth));
      return;
    }
    if (format !== undefined) {
      out.push({ k: format, c: this.argument(depth) } as Inline);
      return;
    }
    // Unknown: Pandoc keeps the command and its braced arguments as raw LaTeX, which no reader sees. As in TeX,
    // the spaces after a command word are part of it.
    while (this.pos < src.length && (src[this.pos] === ' ' || src[this.pos] === '\t' || src[this.pos] === '\n' || src[this.pos] === '\r')) this.pos++;
    while (src[this.pos] === '{') this.rawArgument();
    out.push({ k: 'raw' });
  }
}

function accented(arg: Inline[], mark: string): string {
  const base = toText(arg);
  if (base === '') return ACCENT_ALONE[mark] ?? mark;
  // The mark goes on the first character (`\"{ab}` is rare; LaTeX puts it on the first).
  const first = String.fromCodePoint(base.codePointAt(0)!);
  return (first + mark).normalize('NFC') + base.slice(first.length);
}

/** The inlines of a LaTeX value (leading and trailing spaces dropped, runs of spaces made one). */
export function readLatex(value: string): Inline[] {
  // Values are read for display: past MAX_VALUE_READ characters the rest is not shown (a title is never that long).
  const inlines = new Reader((value.length > MAX_VALUE_READ ? value.slice(0, MAX_VALUE_READ) : value).trim()).seq(0, '').c;
  return mergeStr(inlines, true);
}

/** Adjacent text is one word, as in Pandoc's inline builder; spaces at either end go. */
function mergeStr(inlines: Inline[], top: boolean): Inline[] {
  const out: Inline[] = [];
  for (const x of inlines) {
    // An empty group (`{}`) is nothing: the spaces around it are one.
    if (x.k === 'group' && x.c.length === 0) continue;
    const last = out[out.length - 1];
    if (x.k === 'str' && last?.k === 'str') out[out.length - 1] = { k: 'str', s: last.s + x.s };
    else if (x.k === 'space' && (last === undefined ? top : last.k === 'space')) continue;
    else if ('c' in x) out.push({ ...x, c: mergeStr(x.c, false) } as Inline);
    else out.push(x);
  }
  while (top && out.length && out[out.length - 1].k === 'space') out.pop();
  return out;
}

/** The words of inlines, without spaces or quote marks. */
function wordsOf(inlines: readonly Inline[]): string {
  let s = '';
  for (const x of inlines) {
    if (x.k === 'str') s += x.s;
    else if ('c' in x) s += wordsOf(x.c);
  }
  return s;
}

/** The text a reader sees: quotes alternate double and single as they nest, as Pandoc prints them. */
export function toText(inlines: readonly Inline[], quoteDepth = 0): string {
  let s = '';
  for (const x of inlines) {
    switch (x.k) {
      case 'str':
      case 'verbatim':
        s += x.s;
        break;
      case 'space':
        s += ' ';
        break;
      case 'break':
        s += '\n';
        break;
      case 'raw':
        break;
      case 'quoted': {
        const [open, close] = x.straight ? ['"', '"'] : quoteDepth % 2 === 0 ? ['“', '”'] : ['‘', '’'];
        s += open + toText(x.c, quoteDepth + 1) + close;
        break;
      }
      default:
        s += toText(x.c, quoteDepth);
    }
  }
  return s;
}

// Pandoc's sentence case (its citeproc's case transform), state by state.
const enum St {
  Start,
  StartSentence,
  AfterWordEnd,
  AfterWordChar,
  AfterSentenceEnd,
  BeforeLastWord,
}

const alnumChar = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'u');
const upperChar = lazyRegExp(String.raw`[\p{Lu}\p{Lt}]`, 'u');
const lowerChar = lazyRegExp(String.raw`\p{Ll}`, 'u');
const reSpace = /\s/u;
const isWordBreak = (c: string): boolean => c === '-' || c === '/' || c === '\u2013' || c === '\u2014' || reSpace.test(c);

function isCapitalized(t: string): boolean {
  const chars = [...t];
  return chars.length > 0 && upperChar().test(chars[0]) && chars.slice(1).every((c) => lowerChar().test(c));
}

class SentenceCase {
  st: St = St.Start;

  /** One chunk: transformed when it is a word, and the state moves on by its last character. */
  chunk(t: string): string {
    const st = this.st;
    const chars = [...t];
    const last = chars[chars.length - 1];
    if (last !== undefined) {
      if (last === '.' || last === '?' || last === '!' || last === ':') this.st = St.AfterSentenceEnd;
      else if (alnumChar().test(last)) this.st = St.AfterWordChar;
      else if (reSpace.test(last) && st === St.AfterSentenceEnd) this.st = St.StartSentence;
      else if (isWordBreak(last)) this.st = St.AfterWordEnd;
      // Other punctuation (brackets, commas, quote marks) leaves the state as it was (Pandoc 2.17).
    }
    if (chars.length === 0 || !chars.every((c) => alnumChar().test(c))) return t;
    const starting = st === St.Start || st === St.StartSentence;
    if (isCapitalized(t) && !starting) return t.toLowerCase();
    if ((isCapitalized(t) || chars.every((c) => lowerChar().test(c))) && starting) {
      const lower = [...t.toLowerCase()];
      return lower[0].toUpperCase() + lower.slice(1).join('');
    }
    return t;
  }

  /** A word's chunks: ASCII letters and digits, other letters and digits, spaces, or one other character. */
  str(s: string): string {
    let out = '';
    const chars = [...s];
    let i = 0;
    while (i < chars.length) {
      const kind = chunkKind(chars[i]);
      let j = i + 1;
      if (kind !== 0) while (j < chars.length && chunkKind(chars[j]) === kind) j++;
      out += this.chunk(chars.slice(i, j).join(''));
      i = j;
    }
    return out;
  }

  seq(inlines: readonly Inline[], top: boolean): Inline[] {
    const out: Inline[] = [];
    inlines.forEach((x, i) => {
      if (top && i === inlines.length - 1 && i > 0 && x.k === 'str' && ![...x.s].some(isWordBreak)) {
        if (this.st === St.AfterWordEnd || this.st === St.StartSentence || this.st === St.Start) this.st = St.BeforeLastWord;
      }
      out.push(this.inline(x));
    });
    return out;
  }

  inline(x: Inline): Inline {
    switch (x.k) {
      case 'str':
        return { k: 'str', s: this.str(x.s) };
      case 'space':
        this.chunk(' ');
        return x;
      case 'group':
      case 'kept':
        // Kept as written; the state moves on by its words' last character.
        this.chunk(wordsOf(x.c));
        return x;
      case 'emph':
      case 'strong':
      case 'link':
      case 'quoted':
        return { ...x, c: this.seq(x.c, false) };
      default:
        return x;
    }
  }
}

/** 1: ASCII letter or digit; 2: other letter or digit; 3: space; 0: anything else (a chunk of its own). */
function chunkKind(c: string): number {
  if (alnumChar().test(c)) return c.charCodeAt(0) < 128 ? 1 : 2;
  return reSpace.test(c) ? 3 : 0;
}

/** Pandoc's sentence case of an English title: capitalised words lowered, except the first of each sentence and `{…}` groups. */
export function sentenceCase(inlines: readonly Inline[]): Inline[] {
  return new SentenceCase().seq(inlines, true);
}
