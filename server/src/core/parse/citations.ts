/**
 * Pandoc citations (`[see @doe2020, p. 3; -@roe2019]`, `@doe2020 says`,
 * `@doe2020 [p. 3]`, `@{braced key}`) in one leaf block's text, found the way
 * Pandoc 2.17's Markdown reader finds them (its `cite`, `textualCite`,
 * `normalCite`, `bareloc`, `citeList`, `prefix`, `suffix` and `citeKey`), but
 * only in the text GFM leaves as text: code spans, autolinks and autolink
 * literals, raw HTML, link destinations and footnote calls are opaque atoms
 * (docs/parser.md, "Citations").
 *
 * Pandoc's parser backtracks; this one memoises every decision it makes at a
 * position (where a prefix or suffix scan starting there stops, whether a
 * bracket there is a citation, what an `@` there cites), so each position is
 * decided once and the scan stays linear in the length of the leaf.
 */
import type { Span } from './blocks';
import { normalizeIdentifier } from './chars';
import { NextOccurrence } from './html';

export type CitationMode = 'normal' | 'author-in-text' | 'suppress-author';

export interface CitationKey {
  key: string;
  mode: CitationMode;
  /** The `@key` (or `-@key`, `@{key}`) in the scanned text. */
  start: number;
  end: number;
  /** The key itself (inside the braces of `@{…}`). */
  keyStart: number;
  keyEnd: number;
}

/** One Pandoc `Cite`: the keys cited together, and where it is written. */
export interface CitationCluster {
  start: number;
  end: number;
  /** `[…]` (and `@key [p. 3]`): false for a bare `@key`. */
  bracketed: boolean;
  keys: CitationKey[];
}

/** Leaves longer than this are not searched for citations (docs/parser.md). */
export const MAX_CITATION_LEAF = 1 << 20;
/** Brackets nested deeper than this inside a citation are read as text. */
const MAX_DEPTH = 32;

const AT = 0x40;
const DASH = 0x2d;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const SEMI = 0x3b;
const BACKSLASH = 0x5c;
const LF = 0x0a;
const DOT = 0x2e;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LPAREN = 0x28;
const CARET = 0x5e;
const UNDERSCORE = 0x5f;
const STAR = 0x2a;
const COLON = 0x3a;
const SLASH = 0x2f;

/** Where a prefix or suffix scan stopped. */
const STOP_END = 1;
const STOP_CLOSE = 2;
const STOP_SEMI = 3;
const STOP_KEY = 4;

const ALNUM = /[\p{L}\p{N}]/u;
/** Punctuation a key may hold between two key characters (Pandoc's `simpleCiteIdentifier`). */
const INTERNAL = new Set([...':.#$%&-+?<>~/'].map((c) => c.charCodeAt(0)));

/** A letter or a number, as Haskell's `isAlphaNum` reads one. */
function isAlnum(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return ALNUM.test(String.fromCodePoint(code));
}

const isKeyChar = (code: number): boolean => code === UNDERSCORE || isAlnum(code);
const isAsciiPunct = (c: number): boolean => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === LF || c === 0x0d || c === 0x0c || c === 0x0b;

interface Parsed {
  keys: CitationKey[];
  /** The closing `]`. */
  close: number;
}

/**
 * Values by offset in the text: an Int32Array of indexes into a list, made
 * when first written. A Map with one entry per offset grew slower per entry
 * as a paragraph grew (hashing, garbage); this stays linear.
 */
class OffsetMemo<T> {
  private at: Int32Array | undefined;
  private readonly values: Array<T | null> = [null];

  constructor(private readonly n: number) {}

  /** The value at `i`, null when "none" was written, undefined when nothing was. */
  get(i: number): T | null | undefined {
    const k = this.at ? this.at[i] : 0;
    return k === 0 ? undefined : this.values[k];
  }

  set(i: number, value: T | null): void {
    const at = (this.at ??= new Int32Array(this.n + 1));
    if (at[i] === 0) {
      at[i] = this.values.length;
      this.values.push(value);
    } else this.values[at[i]] = value;
  }
}

/** A citation list from some position: its first key, where the rest starts (-1: none), and its closing `]`. */
interface ListNode {
  key: CitationKey;
  next: number;
  close: number;
}

interface Found {
  cluster: CitationCluster;
  /** Where scanning goes on after it. */
  end: number;
  /** The bracket whose text may hold nested citations (prefixes, suffixes), or -1. */
  open: number;
  close: number;
}

/**
 * The citations of `t` (one leaf's text), in Pandoc's order: each cluster,
 * then those nested in its prefixes and suffixes. `atoms` are the ranges GFM
 * does not read as text (any order; they may overlap); `literals` GFM's
 * autolink literals (URLs and e-mail addresses, which Pandoc reads as words:
 * no citation starts right after one that ends in a letter); `linkLabels`
 * the document's link reference labels.
 */
export function scanCitations(
  t: string,
  atoms: readonly Span[],
  literals: readonly Span[],
  linkLabels: ReadonlyMap<string, string>,
  limit = Infinity,
): { clusters: CitationCluster[]; stoppedAt?: number } {
  if (t.length > MAX_CITATION_LEAF || t.indexOf('@') < 0) return { clusters: [] };
  return new CitationScanner(t, atoms, literals, linkLabels).run(limit);
}

class CitationScanner {
  private readonly n: number;
  /** Atom start -> its end (0: none). */
  private readonly atomEnd: Int32Array;
  /** 1 where an atom ends: the character before is not a Pandoc string. */
  private readonly atomEndsAt: Uint8Array;
  /** 1 where a GFM autolink literal starts: no citation starts inside one, but a key may run on into it (`@url:https://…`). */
  private readonly literalAt: Uint8Array;
  /** 1 inside an autolink literal (after its first character): a URL or e-mail address holds no citation. */
  private readonly inLiteral: Uint8Array;
  /** `[` -> its matching `]` (stack matching outside atoms and escapes), or 0. */
  private readonly match: Int32Array;
  /** Memos: where a prefix / suffix scan from a position stops (position + 1, 0 unknown), and why. */
  private readonly prefixStop: Int32Array;
  private readonly prefixWhy: Uint8Array;
  private readonly suffixStop: Int32Array;
  private readonly suffixWhy: Uint8Array;
  /** Bracket citations and author-in-text citations by position (null: none there). */
  private readonly brackets: OffsetMemo<Found>;
  private readonly textual: OffsetMemo<Found>;
  /** Emphasis opener (`*`, `**`, `_`…) -> the end of its closer: Pandoc reads emphasis whole inside a prefix or suffix. */
  private readonly emphasisEnd: OffsetMemo<number>;
  /** `<span …>` atom -> the end of its `</span>` atom: Pandoc reads the span whole inside a prefix or suffix. */
  private readonly spanEnd: OffsetMemo<number>;
  /** Citation lists by where they start (null: none there). */
  private readonly lists: OffsetMemo<ListNode>;
  /** `{` -> the offset after its balanced `}` with no white space between (-1: none), made when first needed. */
  private braces: Int32Array | undefined;
  /** Keys by the offset of their `@` (null: none there), whatever mode they are read in. */
  private readonly keys: OffsetMemo<CitationKey>;
  private depth = 0;
  private readonly walked: number[] = [];
  /** Memoised searches for `}` and line ends after a `]{`, so a paragraph of them is not searched again each time. */
  private readonly next: NextOccurrence;

  constructor(
    private readonly t: string,
    atoms: readonly Span[],
    literals: readonly Span[],
    private readonly linkLabels: ReadonlyMap<string, string>,
  ) {
    const n = (this.n = t.length);
    this.next = new NextOccurrence(t);
    this.emphasisEnd = new OffsetMemo(n);
    this.spanEnd = new OffsetMemo(n);
    this.lists = new OffsetMemo(n);
    this.keys = new OffsetMemo(n);
    this.brackets = new OffsetMemo(n);
    this.textual = new OffsetMemo(n);
    this.atomEnd = new Int32Array(n + 1);
    this.atomEndsAt = new Uint8Array(n + 1);
    this.literalAt = new Uint8Array(n + 1);
    this.inLiteral = new Uint8Array(n + 1);
    for (const a of atoms) this.addAtom(a, true);
    for (const a of literals) {
      this.addAtom(a, false);
      if (a.start >= 0 && a.start < n && this.atomEnd[a.start] === Math.min(a.end, n)) this.literalAt[a.start] = 1;
      this.inLiteral.fill(1, Math.max(0, a.start + 1), Math.min(a.end, n));
    }
    this.matchSpans(atoms);
    if (t.includes('*') || t.includes('_')) this.matchEmphasis();
    this.match = new Int32Array(n + 1);
    this.prefixStop = new Int32Array(n + 1);
    this.prefixWhy = new Uint8Array(n + 1);
    this.suffixStop = new Int32Array(n + 1);
    this.suffixWhy = new Uint8Array(n + 1);
    this.matchBrackets();
  }

  private addAtom(a: Span, endsString: boolean): void {
    const n = this.n;
    if (a.end <= a.start || a.start < 0 || a.start >= n) return;
    if (a.end > this.atomEnd[a.start]) this.atomEnd[a.start] = Math.min(a.end, n);
    if (endsString) this.atomEndsAt[Math.min(a.end, n)] = 1;
  }

  private matchSpans(atoms: readonly Span[]): void {
    const { t } = this;
    const tags = atoms
      .filter((a) => t.charCodeAt(a.start) === 0x3c && /^<\/?span[\s>/]/i.test(t.slice(a.start, a.start + 7)))
      .sort((a, b) => a.start - b.start);
    const open: number[] = [];
    for (const a of tags) {
      if (t.charCodeAt(a.start + 1) !== SLASH) open.push(a.start);
      else if (open.length) this.spanEnd.set(open.pop()!, a.end);
    }
  }

  /**
   * Pairs emphasis delimiter runs the way Pandoc's `enclosure` reads them: an
   * opener (not before white space; `_` not inside a word) with the next
   * closer of the same character and length (not after white space; `_` not
   * before a letter or digit). One pass over the runs, right to left.
   */
  private matchEmphasis(): void {
    const { t, n } = this;
    const runs: Array<{ start: number; len: number; c: number; opener: boolean; closer: boolean }> = [];
    for (let i = 0; i < n;) {
      const past = this.pastAtomOrEscape(i);
      if (past > i) {
        i = past;
        continue;
      }
      const c = t.charCodeAt(i);
      if (c !== STAR && c !== UNDERSCORE) {
        i++;
        continue;
      }
      let len = 1;
      while (t.charCodeAt(i + len) === c && !(this.atomEnd[i + len] > i + len)) len++;
      const before = i > 0 ? t.codePointAt(i - 1 - (t.charCodeAt(i - 1) >= 0xdc00 && t.charCodeAt(i - 1) < 0xe000 && i >= 2 ? 1 : 0))! : 0x20;
      const after = i + len < n ? t.codePointAt(i + len)! : 0x20;
      const opener = len <= 3 && !isSpace(after) && !(c === UNDERSCORE && isAlnum(before));
      const closer = len <= 3 && !isSpace(before) && !(c === UNDERSCORE && isAlnum(after));
      runs.push({ start: i, len, c, opener, closer });
      i += len;
    }
    const nearest = new Map<number, number>();
    for (let k = runs.length - 1; k >= 0; k--) {
      const run = runs[k];
      const kind = run.c * 4 + run.len;
      const closer = nearest.get(kind);
      if (run.opener && closer !== undefined) this.emphasisEnd.set(run.start, runs[closer].start + run.len);
      if (run.closer) nearest.set(kind, k);
    }
  }

  /** Past an atom or a backslash escape that starts at `i`, or `i` itself: what every walk over the text steps over. */
  private pastAtomOrEscape(i: number): number {
    const atom = this.atomEnd[i];
    if (atom > i) return atom;
    return this.t.charCodeAt(i) === BACKSLASH && isAsciiPunct(this.t.charCodeAt(i + 1)) ? i + 2 : i;
  }

  private matchBrackets(): void {
    const { t, n } = this;
    const open: number[] = [];
    for (let i = 0; i < n;) {
      const past = this.pastAtomOrEscape(i);
      if (past > i) {
        i = past;
        continue;
      }
      const c = t.charCodeAt(i);
      if (c === OPEN) open.push(i);
      else if (c === CLOSE && open.length) this.match[open.pop()!] = i;
      i++;
    }
  }

  /** Clusters until `limit` keys are given (the document's budget of inline items), and where the first one past it starts. */
  run(limit: number): { clusters: CitationCluster[]; stoppedAt?: number } {
    this.limit = limit;
    const clusters: CitationCluster[] = [];
    this.emit(0, this.n, clusters, undefined);
    return { clusters, stoppedAt: this.stoppedAt };
  }

  private limit = Infinity;
  private given = 0;
  private stoppedAt: number | undefined;

  /** Clusters in `[from, to)` read as inline text, in order; `own` are the keys of the cluster whose text this is (skipped). */
  private emit(from: number, to: number, out: CitationCluster[], own: CitationKey[] | undefined): void {
    const { t } = this;
    let k = 0;
    for (let i = from; i < to;) {
      while (own && k < own.length && own[k].start < i) k++;
      if (own && k < own.length && i === own[k].start) {
        i = own[k++].end;
        continue;
      }
      const past = this.pastAtomOrEscape(i);
      if (past > i) {
        i = past;
        continue;
      }
      const c = t.charCodeAt(i);
      const found = c === OPEN ? (this.isImage(i) ? null : this.bracketAt(i)) : c === AT ? this.textualAt(i) : null;
      if (found) {
        if (this.given >= this.limit) {
          this.stoppedAt ??= found.cluster.start;
          return;
        }
        this.given += found.cluster.keys.length;
        out.push(found.cluster);
        if (found.open >= 0) this.emit(found.open + 1, found.close, out, found.cluster.keys);
        i = found.end;
        continue;
      }
      i++;
    }
  }

  /**
   * Whether the character before `i` ends a Pandoc string (letters, digits and single dots): no citation may
   * start there. A citation key is not a string: `@a@b` cites both.
   */
  private afterString(i: number): boolean {
    if (i === 0 || this.atomEndsAt[i]) return false;
    const { t } = this;
    let before = t.charCodeAt(i - 1);
    if (before >= 0xdc00 && before < 0xe000 && i >= 2) before = t.codePointAt(i - 2)!;
    if (isKeyChar(before) && this.keyEndsAt(i)) return false;
    if (before === DOT) {
      // `.` is a string unless it is escaped or the last of `...` (an ellipsis): runs of 3 dots are ellipses.
      let dots = 0;
      let j = i - 1;
      while (j >= 0 && t.charCodeAt(j) === DOT && !this.atomEndsAt[j + 1]) {
        dots++;
        j--;
      }
      if (dots === 1 && j >= 0 && t.charCodeAt(j) === BACKSLASH) {
        let slashes = 0;
        while (j >= 0 && t.charCodeAt(j) === BACKSLASH) {
          slashes++;
          j--;
        }
        if (slashes % 2 === 1) return false;
      }
      return dots % 3 !== 0;
    }
    return isAlnum(before);
  }

  /**
   * Whether an `@` word that Pandoc does not read as a string ends at `i`: a citation key, or, when no key
   * could start at its `@`, the example reference Pandoc reads there instead (`@` and letters, digits, `-`
   * and `_` between them). Its `@` is found by walking back over the characters a key may hold.
   */
  private keyEndsAt(i: number): boolean {
    const { t } = this;
    let j = i - 1;
    while (j >= 0 && j > i - 1000) {
      const c = t.charCodeAt(j);
      if (c === AT) break;
      if (this.atomEndsAt[j + 1] || !(isKeyChar(c) || INTERNAL.has(c) || (c >= 0xd800 && c < 0xe000))) return false;
      j--;
    }
    if (j < 0 || t.charCodeAt(j) !== AT || this.depth >= MAX_DEPTH) return false;
    // An escaped `\@` is a character of its own: the word after it is a string.
    let slashes = 0;
    for (let k = j - 1; k >= 0 && t.charCodeAt(k) === BACKSLASH; k--) slashes++;
    if (slashes % 2 === 1) return false;
    this.depth++;
    const key = this.keyAt(j, 'normal');
    this.depth--;
    if (key) return key.end === i;
    return this.exampleRefEnd(j) === i;
  }

  /** The end of Pandoc's `exampleRef` at the `@` at `j`: `@`, then letters and digits, `-` or `_` only before more. */
  private exampleRefEnd(j: number): number {
    const { t } = this;
    let k = j + 1;
    for (;;) {
      const code = t.codePointAt(k) ?? -1;
      if (code >= 0 && isAlnum(code) && !(this.atomEnd[k] > k)) {
        k += code > 0xffff ? 2 : 1;
        continue;
      }
      if (code === DASH || code === UNDERSCORE) {
        const next = t.codePointAt(k + 1) ?? -1;
        if (next >= 0 && isAlnum(next)) {
          k++;
          continue;
        }
      }
      return k;
    }
  }

  /** A key at `i` (`@key`, `-@key`, `@{key}`): Pandoc's `citeKey True`. In prefixes, a `-` after `--` or `---` is a dash's. */
  private keyAt(i: number, mode: CitationMode): CitationKey | null {
    const { t } = this;
    if (t.charCodeAt(i) === AT) {
      let key = this.keys.get(i);
      if (key === undefined) {
        key = this.readKey(i);
        this.keys.set(i, key);
      }
      return key && key.mode !== mode ? { ...key, mode } : key;
    }
    // `-@key`: the dash must not be the last of a run that Pandoc reads as dashes (`--` and `---` from the left).
    let dashes = 0;
    for (let j = i; j >= 0 && t.charCodeAt(j) === DASH; j--) dashes++;
    if (dashes % 3 !== 1 || this.afterString(i)) return null;
    const key = this.keyAt(i + 1, 'normal');
    return key ? { ...key, mode: 'suppress-author', start: i } : null;
  }

  /** `@key` or `@{key}` at `i`, not after a string. */
  private readKey(i: number): CitationKey | null {
    const { t } = this;
    const mode: CitationMode = 'normal';
    if (this.inLiteral[i] || this.afterString(i)) return null;
    let j = i;
    if (this.atomEnd[j] > j) return null;
    j++;
    if (this.opaque(j)) return null;
    const first = t.codePointAt(j) ?? -1;
    if (first === LBRACE) {
      const end = this.bracedEnd(j);
      if (end < 0) return null;
      return { key: t.slice(j + 1, end - 1), mode, start: i, end, keyStart: j + 1, keyEnd: end - 1 };
    }
    if (first < 0 || !(isKeyChar(first) || first === STAR)) return null;
    let end = j + (first > 0xffff ? 2 : 1);
    for (;;) {
      if (this.opaque(end)) break;
      const code = t.codePointAt(end) ?? -1;
      if (code < 0) break;
      if (isKeyChar(code)) {
        end += code > 0xffff ? 2 : 1;
        continue;
      }
      if (!INTERNAL.has(code)) break;
      const next = t.codePointAt(end + 1) ?? -1;
      if (this.opaque(end + 1)) break;
      if (isKeyChar(next) || ((code === COLON || code === SLASH) && next === SLASH)) {
        end++;
        continue;
      }
      break;
    }
    return { key: t.slice(j, end), mode, start: i, end, keyStart: j, keyEnd: end };
  }

  /** Whether an atom a key cannot run into starts at `i` (any but an autolink literal, which Pandoc reads as text). */
  private opaque(i: number): boolean {
    return this.atomEnd[i] > i && !this.literalAt[i];
  }

  /** `{…}` at `i`: braces balanced, no white space (Pandoc's `charsInBalanced`). The offset after it, or -1. */
  private bracedEnd(i: number): number {
    if (!this.braces) this.matchBraces();
    return this.braces![i] || -1;
  }

  /** Every balanced `{…}` with no white space or atom inside, in one pass: white space closes nothing and ends every open brace. */
  private matchBraces(): void {
    const { t, n } = this;
    const braces = (this.braces = new Int32Array(n + 1));
    const open: number[] = [];
    for (let j = 0; j < n; j++) {
      if (this.atomEnd[j] > j) {
        open.length = 0;
        j = this.atomEnd[j] - 1;
        continue;
      }
      const c = t.charCodeAt(j);
      if (isSpace(c)) open.length = 0;
      else if (c === LBRACE) open.push(j);
      else if (c === RBRACE && open.length) braces[open.pop()!] = j + 1;
    }
  }

  /** Spaces, at most one line ending, spaces (Pandoc's `spnl`). */
  private spnl(i: number): number {
    const { t } = this;
    while (t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x09) i++;
    if (t.charCodeAt(i) === LF) {
      i++;
      while (t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x09) i++;
    }
    return i;
  }

  /**
   * A bracket at `i` that Pandoc reads whole inside a prefix or suffix: a
   * citation, or any balanced `[…]` but a note call (a link, a bracketed
   * span, or the literal text Pandoc's `referenceLink` falls back to), with
   * what makes it a link: `(destination)`, `[reference]` or `{attributes}`.
   * The offset after it, or -1 (then `[` is text).
   */
  private unitAt(i: number): number {
    const cite = this.isImage(i) ? null : this.bracketAt(i);
    if (cite) return cite.end;
    const close = this.match[i];
    const { t } = this;
    if (!close || t.charCodeAt(i + 1) === CARET) return -1;
    const next = t.charCodeAt(close + 1);
    if (next === LPAREN && this.atomEnd[close + 1] > close + 1) return this.atomEnd[close + 1];
    // `[text][ref]`; but `[text][@key]` is a shortcut reference followed by a citation.
    if (next === OPEN && this.match[close + 1] && t.charCodeAt(close + 2) !== CARET && !this.bracketAt(close + 1)) return this.match[close + 1] + 1;
    if (next === LBRACE) {
      const end = this.next.find('}', close + 2);
      const line = this.next.find('\n', close + 2);
      if (end > 0 && (line < 0 || end < line)) return end + 1;
    }
    return close + 1;
  }

  /** `![`: Pandoc reads an image there (or its text, when it has no destination), never a citation. */
  private isImage(i: number): boolean {
    const { t } = this;
    if (i === 0 || t.charCodeAt(i - 1) !== 0x21 || this.atomEndsAt[i]) return false;
    let slashes = 0;
    for (let j = i - 2; j >= 0 && t.charCodeAt(j) === BACKSLASH; j--) slashes++;
    return slashes % 2 === 0;
  }

  private isLinkLabel(raw: string): boolean {
    return raw.length <= 999 && this.linkLabels.has(normalizeIdentifier(raw));
  }

  /** Where a prefix starting at `i` ends: `]`, `;`, a key, or the end of the text (Pandoc's `prefix`). */
  private prefixEnd(i: number): number {
    return this.scan(i, true);
  }

  private suffixEnd(i: number): number {
    return this.scan(i, false);
  }

  /**
   * A prefix (stops at a key, `]` or `;`) or suffix (stops at `]` or `;`;
   * author-in-text citations inside it are read whole) from `i`. Returns the
   * stop's offset; its reason is in the memo. Every offset walked over gets
   * the same answer, so no offset is walked twice.
   */
  private scan(from: number, prefix: boolean): number {
    const stops = prefix ? this.prefixStop : this.suffixStop;
    const whys = prefix ? this.prefixWhy : this.suffixWhy;
    const { t, n } = this;
    // Offsets walked over, on one stack shared by nested scans (each pops its own): no array per scan.
    const walked = this.walked;
    const base = walked.length;
    let i = from;
    let stop = -1;
    let why = STOP_END;
    while (i < n) {
      if (stops[i]) {
        stop = stops[i] - 1;
        why = whys[i];
        break;
      }
      walked.push(i);
      const past = this.pastAtomOrEscape(i);
      if (past > i) {
        // A `<span>` is read whole, through its `</span>`.
        i = this.spanEnd.get(i) ?? past;
        continue;
      }
      const c = t.charCodeAt(i);
      if (c === STAR || c === UNDERSCORE) {
        const end = this.emphasisEnd.get(i);
        if (end != null) {
          i = end;
          continue;
        }
        while (t.charCodeAt(i + 1) === c) i++;
      }
      if (c === CLOSE || c === SEMI) {
        stop = i;
        why = c === CLOSE ? STOP_CLOSE : STOP_SEMI;
        break;
      }
      if (prefix && (c === AT || (c === DASH && t.charCodeAt(i + 1) === AT)) && this.keyAt(i, 'normal')) {
        stop = i;
        why = STOP_KEY;
        break;
      }
      if (c === OPEN) {
        const end = this.unitAt(i);
        if (end > i) {
          i = end;
          continue;
        }
      } else if (!prefix && c === AT) {
        const found = this.textualAt(i);
        if (found) {
          i = found.end;
          continue;
        }
      }
      i++;
    }
    if (stop < 0) stop = n;
    for (let k = base; k < walked.length; k++) {
      stops[walked[k]] = stop + 1;
      whys[walked[k]] = why;
    }
    walked.length = base;
    return stop;
  }

  private whyPrefix(i: number): number {
    return this.prefixStop[i] ? this.prefixWhy[i] : STOP_END;
  }

  /**
   * Citations separated by `;` from `i` up to a `]` (Pandoc's `citeList`,
   * each a `citation`: prefix, key, suffix). Null when one is not a citation.
   * Each citation is read once, whichever list reaches it: the list from a
   * position is memoised as its first key and the position of the rest.
   */
  private citeList(i: number): Parsed | null {
    const chain: Array<{ at: number; node: ListNode }> = [];
    let pos = i;
    let tail: ListNode | null | undefined;
    for (;;) {
      tail = this.lists.get(pos);
      if (tail !== undefined) break;
      const stop = this.prefixEnd(pos);
      const why = stop < this.n ? this.whyPrefix(pos) : STOP_END;
      let key: CitationKey | null = null;
      if (why === STOP_KEY) key = this.keyAt(stop, 'normal');
      else if (why === STOP_CLOSE) key = this.keyAt(stop + 1, 'normal');
      const end = key ? this.suffixEnd(key.end) : this.n;
      if (!key || end >= this.n) {
        tail = null;
        this.lists.set(pos, null);
        break;
      }
      if (this.t.charCodeAt(end) === CLOSE) {
        tail = { key, next: -1, close: end };
        this.lists.set(pos, tail);
        break;
      }
      const node: ListNode = { key, next: this.spnl(end + 1), close: -1 };
      chain.push({ at: pos, node });
      pos = node.next;
    }
    for (let k = chain.length - 1; k >= 0; k--) {
      const { at, node } = chain[k];
      if (tail) node.close = tail.close;
      tail = tail ? node : null;
      this.lists.set(at, tail);
    }
    const first = this.lists.get(i);
    if (!first) return null;
    const keys: CitationKey[] = [];
    for (let node: ListNode | null | undefined = first; node; node = node.next >= 0 ? this.lists.get(node.next) : null) keys.push(node.key);
    return { keys, close: first.close };
  }

  /** `[` at `i` as a citation (Pandoc's `normalCite`), memoised. */
  private bracketAt(i: number): Found | null {
    const known = this.brackets.get(i);
    if (known !== undefined) return known;
    if (this.depth >= MAX_DEPTH) return null;
    this.depth++;
    let found: Found | null = null;
    const list = this.citeList(this.spnl(i + 1));
    if (list) {
      const next = this.t.charCodeAt(list.close + 1);
      if (next !== LBRACE && next !== LPAREN && next !== OPEN) {
        found = { cluster: { start: i, end: list.close + 1, bracketed: true, keys: list.keys }, end: list.close + 1, open: i, close: list.close };
      }
    }
    this.depth--;
    this.brackets.set(i, found);
    return found;
  }

  /** `@key` at `i`, with what follows it: `[more citations]` or `[locator]` (Pandoc's `textualCite`), memoised. */
  private textualAt(i: number): Found | null {
    const known = this.textual.get(i);
    if (known !== undefined) return known;
    if (this.depth >= MAX_DEPTH) return null;
    this.depth++;
    let found: Found | null = null;
    const first = this.keyAt(i, 'author-in-text');
    if (first) {
      found = { cluster: { start: i, end: first.end, bracketed: false, keys: [first] }, end: first.end, open: -1, close: -1 };
      const b = this.spnl(first.end);
      if (this.t.charCodeAt(b) === OPEN) {
        const cite = this.bracketAt(b);
        const more = cite ? { keys: cite.cluster.keys, close: cite.close } : this.bareLocator(b);
        const close = more ? more.close : -1;
        // A bracket that is a defined reference link stays a link (Pandoc's fallback).
        if (more && !this.isLinkLabel(this.t.slice(b + 1, close))) {
          found = {
            cluster: { start: i, end: close + 1, bracketed: true, keys: [first, ...more.keys] },
            end: close + 1,
            open: b,
            close,
          };
        }
      }
    }
    this.depth--;
    this.textual.set(i, found);
    return found;
  }

  /** `[p. 3]` or `[p. 3; @other]` after `@key` (Pandoc's `bareloc`): the citations after the locator. */
  private bareLocator(b: number): { keys: CitationKey[]; close: number } | null {
    const { t } = this;
    if (t.charCodeAt(b + 1) === CARET) return null;
    const end = this.suffixEnd(b + 1);
    if (end >= this.n) return null;
    let keys: CitationKey[] = [];
    let close = end;
    if (t.charCodeAt(end) === SEMI) {
      const rest = this.citeList(this.spnl(end + 1));
      if (!rest) return null;
      keys = rest.keys;
      close = rest.close;
    }
    const next = t.charCodeAt(close + 1);
    if (next === OPEN || next === LPAREN) return null;
    return { keys, close };
  }
}
