/**
 * Inline scanning of one leaf block's text, limited to what the checker
 * needs: footnote calls, links and their destinations, autolinks and GFM
 * autolink literals, with code spans, inline HTML and escapes skipped
 * exactly as micromark skips them. Linear in the length of the text.
 */
import {
  codePointAt,
  isAsciiAlpha,
  isAsciiAlphanumeric,
  isAsciiControl,
  isAsciiPunctuation,
  isLineEndingOrSpace,
  isUnicodePunctuation,
  isUnicodeWhitespace,
  normalizeIdentifier,
} from './chars';
import type { Span } from './blocks';
import { inlineHtmlEnd, NextOccurrence } from './html';
import { isDefinableFootnoteId, scanFootnoteLabel, scanLinkLabel } from './labels';
import { scanDestination, scanTitle } from './linkDefinitions';
import { TwoBitMarks } from '../text/marks';

export interface InlineCall {
  /** Offsets in the scanned text: the whole `[^label]` and the raw label. */
  start: number;
  end: number;
  rawLabel: string;
  id: string;
}

/**
 * How a URL is written: an inline link or image destination, an autolink
 * `<…>`, a GFM autolink literal, a reference link or image (the URL of its
 * definition, at the link's text), or an `href`/`src` attribute of raw HTML.
 */
export type UrlKind = 'link' | 'image' | 'autolink' | 'literal' | 'reference' | 'html';

export interface InlineUrl {
  start: number;
  end: number;
  url: string;
  kind: UrlKind;
}

export interface InlineResult {
  calls: InlineCall[];
  urls: InlineUrl[];
  /** Ranges of code spans (for plain-text extraction). */
  code: Span[];
  /** Ranges of markup that is not prose: inline HTML (comments included), autolinks, link destinations and titles. */
  markup: Span[];
  /** How many `[^x]` were not calls only because `x` is not defined (they count toward `limit`: each is a finding to be). */
  rejected: number;
  /** Where scanning stopped because `limit` items were found (the rest of the text was not read). */
  stoppedAt?: number;
}

export interface InlineContext {
  /** Normalised labels of link reference definitions and their destinations. */
  linkLabels: ReadonlyMap<string, string>;
  /** Whether a footnote with this normalised label is defined. */
  isFootnoteDefined(id: string): boolean;
}

interface LabelStart {
  image: boolean;
  start: number;
  end: number;
  balanced: boolean;
  inactive: boolean;
}

type Mark = { kind: 'start'; label: LabelStart } | { kind: 'call' } | { kind: 'media' };
const CALL: Mark = { kind: 'call' };
const MEDIA: Mark = { kind: 'media' };

/**
 * At most this many `[` open at once in one paragraph; more are text. No text
 * nests brackets that deep, and each open one costs memory (docs/parser.md).
 */
const MAX_OPEN_LABELS = 1000;

const isGfmAtext = (c: number): boolean => c === 43 || c === 45 || c === 46 || c === 95 || isAsciiAlphanumeric(c);
const isWhitespace = (c: number): boolean => c >= 0 && (isLineEndingOrSpace(c) || isUnicodeWhitespace(c));
// micromark's asciiAtext, used by `<email>` autolinks.
const isAsciiAtext = (c: number): boolean =>
  (c >= 35 && c <= 39) || c === 42 || c === 43 || (c >= 45 && c <= 57) || c === 61 || c === 63 || (c >= 65 && c <= 90) || (c >= 94 && c <= 126);

/** Characters where an inline construct the checker cares about can start. */
const SPECIAL = /[\\`<![\]]/g;

/** The characters the scanner acts on. */
const BACKSLASH = 92;
const BACKTICK = 96;
const LESS_THAN = 60;
const BANG = 33;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const CARET = 94;
const SLASH = 47;

/**
 * Whether a construct the scanner reads can start in a leaf's `spans` of `src`: one of SPECIAL's characters, or
 * the start of an autolink literal (`@`, `://`, `www.`, as the scanner looks for them). Without one, scanInline
 * finds nothing, and a leaf of plain text (a heading, a paragraph with no link or note) is passed over without
 * its text being built or scanned. Each span is read on its own, as the joined text has `\n` between them.
 */
export function mayHoldInline(src: string, spans: readonly Span[]): boolean {
  // A slice is a view of the source, not a copy, and each test scans it natively, as the scanner's own first looks do
  // (a plain paragraph of half a million characters is read in a few passes; a loop of charCodeAt here was slower).
  for (const span of spans) {
    if (span.end <= span.start) continue;
    const t = src.slice(span.start, span.end);
    if (reSpecialChar.test(t) || t.indexOf('@') >= 0 || t.indexOf('://') >= 0 || reWww.test(t)) return true;
  }
  return false;
}
/** SPECIAL without its state (`g`), for `test` on a slice. */
const reSpecialChar = new RegExp(SPECIAL.source);
/** A `www.` autolink literal may start here (the scanner's own first look too). */
const reWww = /www\./i;

/** Whether `c` can start an autolink literal: an e-mail's first character, `h` of http(s), `w` of www. */
const maybeLiteralStart = (c: number): boolean => isGfmAtext(c) || c === 104 || c === 72 || c === 119 || c === 87;

/**
 * Scans one leaf's text. At most `limit` calls, URLs, code spans and markup
 * ranges are collected: past that the scan stops and says where (a document
 * has a budget of them, docs/parser.md).
 */
export function scanInline(t: string, ctx: InlineContext, limit = Infinity): InlineResult {
  return new InlineScanner(t, ctx).run(limit);
}

/**
 * One scan's state: what was found, the open brackets (micromark's label
 * starts), and the memos that keep every construct linear. Each method reads
 * one construct at offset `i` and returns where scanning goes on.
 */
class InlineScanner {
  private readonly n: number;
  private readonly calls: InlineCall[] = [];
  private readonly urls: InlineUrl[] = [];
  private readonly code: Span[] = [];
  private readonly markup: Span[] = [];
  private rejected = 0;
  private readonly labelStarts: LabelStart[] = [];
  /** Label starts below this index (not images) are inactive: a link formed after them. */
  private inactiveBelow = 0;
  /** Bare URLs found while a `[` was open, and those a link then took into its text. */
  private readonly pendingLiterals: number[] = [];
  private dropped: Set<number> | undefined;
  /** Only the latest mark matters (a `![` just before a `]` makes `![^x]` a call), so one is kept, not a list. */
  private lastMark: Mark | undefined;
  private unbalanced = 0;
  private backticks: BacktickRuns | undefined;
  private trailMemo: TwoBitMarks | undefined;
  private nextOccurrence: NextOccurrence | undefined;
  /** Which autolink literals can occur at all: most text has none, and then plain characters are skipped in one step. */
  private readonly maybeEmail: boolean;
  private readonly maybeProtocol: boolean;
  private readonly maybeWww: boolean;
  private readonly literals: boolean;
  private readonly trailOk = (j: number): boolean => trail(this.t, j, (this.trailMemo ??= new TwoBitMarks(this.t.length + 2)));

  constructor(
    private readonly t: string,
    private readonly ctx: InlineContext,
  ) {
    this.n = t.length;
    this.maybeEmail = t.indexOf('@') >= 0;
    this.maybeProtocol = t.indexOf('://') >= 0;
    this.maybeWww = this.maybeProtocol || reWww.test(t);
    this.literals = this.maybeEmail || this.maybeProtocol || this.maybeWww;
  }

  run(limit: number): InlineResult {
    const { t, n } = this;
    let stoppedAt: number | undefined;
    let i = 0;
    while (i < n) {
      if (this.calls.length + this.urls.length + this.code.length + this.markup.length + this.rejected >= limit) {
        stoppedAt = i;
        break;
      }
      const c = t.charCodeAt(i);
      switch (c) {
        case BACKSLASH: {
          const next = t.charCodeAt(i + 1);
          i += i + 1 < n && isAsciiPunctuation(next) ? 2 : 1;
          break;
        }
        case BACKTICK:
          i = this.codeSpan(i);
          break;
        case LESS_THAN:
          i = this.autolinkOrHtml(i);
          break;
        case BANG:
          i = t.charCodeAt(i + 1) === OPEN_BRACKET ? this.openLabel(i, true) : i + 1;
          break;
        case OPEN_BRACKET:
          i = this.openBracket(i);
          break;
        case CLOSE_BRACKET:
          i = this.closeBracket(i);
          break;
        default:
          if (!this.literals) {
            // `test`, not `exec`: the special character is one long, and no match array is made per run of text.
            SPECIAL.lastIndex = i + 1;
            i = SPECIAL.test(t) ? SPECIAL.lastIndex - 1 : n;
          } else i = maybeLiteralStart(c) ? this.literal(i, c) : i + 1;
      }
    }
    const { dropped, calls, code, markup, rejected } = this;
    const urls = dropped ? this.urls.filter((_, k) => !dropped.has(k)) : this.urls;
    // Two literals, not a spread: a spread result took a map of its own per leaf.
    return stoppedAt !== undefined ? { calls, urls, code, markup, rejected, stoppedAt } : { calls, urls, code, markup, rejected };
  }

  /** A run of backticks: a code span when a run of the same length closes it, else text. */
  private codeSpan(i: number): number {
    const { t } = this;
    let run = 1;
    while (t.charCodeAt(i + run) === BACKTICK) run++;
    const close = (this.backticks ??= new BacktickRuns(t)).closer(i + run, run);
    if (close < 0) return i + run;
    this.code.push({ start: i, end: close + run });
    return close + run;
  }

  /** `<`: an autolink, inline HTML (its URLs kept), or text. */
  private autolinkOrHtml(i: number): number {
    const { t } = this;
    const auto = autolinkEnd(t, i);
    if (auto > 0) {
      const url = t.slice(i + 1, auto - 1);
      this.urls.push({ start: i + 1, end: auto - 1, url: url.includes(':') ? url : 'mailto:' + url, kind: 'autolink' });
      this.markup.push({ start: i, end: auto });
      return auto;
    }
    const html = inlineHtmlEnd(t, i, this.n, (this.nextOccurrence ??= new NextOccurrence(t)));
    if (html <= 0) return i + 1;
    htmlUrls(t, i, html, this.urls);
    this.markup.push({ start: i, end: html });
    return html;
  }

  /** `[` or `![` opens a label (past MAX_OPEN_LABELS open ones, more are text, docs/parser.md). */
  private openLabel(i: number, image: boolean): number {
    const width = image ? 2 : 1;
    if (this.labelStarts.length >= MAX_OPEN_LABELS) return i + width;
    const ls: LabelStart = { image, start: i, end: i + width, balanced: false, inactive: false };
    this.labelStarts.push(ls);
    this.lastMark = { kind: 'start', label: ls };
    this.unbalanced++;
    return i + width;
  }

  /** `[`: a call to a defined note (`[^label]`), or a label start. */
  private openBracket(i: number): number {
    const { t } = this;
    if (t.charCodeAt(i + 1) === CARET) {
      const end = scanFootnoteLabel(t, i + 2, this.n);
      if (end > 0) {
        const rawLabel = t.slice(i + 2, end - 1);
        const id = normalizeIdentifier(rawLabel);
        if (this.ctx.isFootnoteDefined(id)) {
          this.calls.push({ start: i, end, rawLabel, id });
          this.lastMark = CALL;
          return end;
        }
        this.rejected++;
      }
    }
    return this.openLabel(i, false);
  }

  /** `]`: closes the innermost open label as a link or image when one can form, else as text; `![^label]` is a call. */
  private closeBracket(i: number): number {
    const { t, labelStarts, calls } = this;
    while (labelStarts.length > 0 && labelStarts[labelStarts.length - 1].balanced) labelStarts.pop();
    if (this.inactiveBelow > labelStarts.length) this.inactiveBelow = labelStarts.length;
    const ls = labelStarts[labelStarts.length - 1];
    if (ls && !ls.inactive && !(!ls.image && labelStarts.length - 1 < this.inactiveBelow)) {
      const end = resolveLabelEnd(t, i, ls, this.ctx.linkLabels, this.urls, this.markup);
      if (end > 0) {
        // Text in a link's label is the link's: bare URLs in it are not links of their own.
        const { pendingLiterals, urls } = this;
        while (pendingLiterals.length && urls[pendingLiterals[pendingLiterals.length - 1]].start > ls.start)
          (this.dropped ??= new Set()).add(pendingLiterals.pop() as number);
        labelStarts.pop();
        this.unbalanced--;
        // An image's label becomes its alt text: calls in it are not references.
        if (ls.image) while (calls.length > 0 && calls[calls.length - 1].start > ls.start) calls.pop();
        // A link inside makes every label start before it inactive (links do not nest): one mark, not a loop.
        this.inactiveBelow = ls.image ? Math.min(this.inactiveBelow, labelStarts.length) : labelStarts.length;
        this.lastMark = MEDIA;
        return end;
      }
    }
    if (ls) {
      ls.balanced = true;
      this.unbalanced--;
    }
    // `![^label]`: the `!` is text and `[^label]` a footnote call.
    const last = this.lastMark;
    // Only `![^label]` with a label a footnote can have (at most 999 characters) needs reading.
    if (last && last.kind === 'start' && last.label.image && last.label.balanced && t.charCodeAt(last.label.end) === CARET && i - last.label.end <= 1000) {
      const id = normalizeIdentifier(t.slice(last.label.end, i));
      if (id.charCodeAt(0) === CARET) {
        const label = id.slice(1);
        if (this.ctx.isFootnoteDefined(label)) {
          calls.push({ start: last.label.start + 1, end: i + 1, rawLabel: t.slice(last.label.end + 1, i), id: label });
          this.lastMark = CALL;
        } else if (isDefinableFootnoteId(label)) this.rejected++;
      }
    }
    return i + 1;
  }

  /** A character that may start an autolink literal (e-mail, http(s)://, www.). */
  private literal(i: number, c: number): number {
    const { t, urls } = this;
    const prev = i > 0 ? t.charCodeAt(i - 1) : -1;
    let end = -1;
    let prefix = '';
    if (this.maybeEmail && isGfmAtext(c) && !(prev === SLASH || isGfmAtext(prev))) {
      end = emailLiteralEnd(t, i);
      prefix = 'mailto:';
    }
    if (end < 0 && this.maybeProtocol && (c === 104 || c === 72) && !isAsciiAlpha(prev)) {
      end = protocolLiteralEnd(t, i, this.trailOk);
      prefix = '';
    }
    if (end < 0 && this.maybeWww && (c === 119 || c === 87) && previousWww(prev)) {
      end = wwwLiteralEnd(t, i, this.trailOk);
      prefix = 'http://';
    }
    if (end > 0 && this.unbalanced > 0) {
      // After an unmatched `[`, micromark makes no literal, but the GFM
      // syntax tree still links bare URLs in the text that stays text;
      // text nodes end at the next construct, so calls in it stay calls.
      const textEnd = textNodeEnd(t, i, end);
      if (textEnd > i) {
        this.pendingLiterals.push(urls.length);
        urls.push({ start: i, end: textEnd, url: prefix + t.slice(i, textEnd), kind: 'literal' });
      }
      return Math.max(i + 1, textEnd);
    }
    if (end > 0) {
      urls.push({ start: i, end, url: prefix + t.slice(i, end), kind: 'literal' });
      return end;
    }
    return i + 1;
  }
}

/**
 * The backtick runs of a text by length, found in one pass the first time a
 * code span is tried: a closer is then the next run of the same length,
 * so runs of every length (`` ` `` ``` `` ``` ``` …) stay linear.
 */
class BacktickRuns {
  private readonly byLength = new Map<number, number[]>();
  /** Per length, how far the search has got (openers are tried left to right). */
  private readonly cursor = new Map<number, number>();

  constructor(t: string) {
    let i = t.indexOf('`');
    while (i >= 0) {
      let run = 1;
      while (t.charCodeAt(i + run) === 96) run++;
      const list = this.byLength.get(run);
      if (list) list.push(i);
      else this.byLength.set(run, [i]);
      i = t.indexOf('`', i + run);
    }
  }

  /** The first run of exactly `run` backticks starting at or after `from`, or -1. */
  closer(from: number, run: number): number {
    const list = this.byLength.get(run);
    if (!list) return -1;
    let k = this.cursor.get(run) ?? 0;
    while (k < list.length && list[k] < from) k++;
    this.cursor.set(run, k);
    return k < list.length ? list[k] : -1;
  }
}

/** `<scheme:...>` or `<email>`; returns the offset after `>`, or -1. */
function autolinkEnd(t: string, i: number): number {
  let j = i + 1;
  const n = t.length;
  const c = t.charCodeAt(j);
  if (isAsciiAlpha(c)) {
    let k = j + 1;
    while (k < n && k - j < 32) {
      const d = t.charCodeAt(k);
      if (d === 43 || d === 45 || d === 46 || isAsciiAlphanumeric(d)) k++;
      else break;
    }
    if (t.charCodeAt(k) === 58 && k - j >= 2) {
      k++;
      while (k < n) {
        const d = t.charCodeAt(k);
        if (d === 62) return k + 1;
        if (d === 32 || d === 60 || isAsciiControl(d)) return -1;
        k++;
      }
      return -1;
    }
  }
  // Email
  while (j < n && isAsciiAtext(t.charCodeAt(j))) j++;
  if (j === i + 1 || t.charCodeAt(j) !== 64) return -1;
  j++;
  for (;;) {
    // a label: alphanumeric, dashes inside, at most 63
    if (!isAsciiAlphanumeric(t.charCodeAt(j))) return -1;
    let size = 0;
    let lastDash = false;
    while (j < n) {
      const d = t.charCodeAt(j);
      if ((isAsciiAlphanumeric(d) || d === 45) && size < 63) {
        lastDash = d === 45;
        size++;
        j++;
      } else break;
    }
    if (lastDash) return -1;
    const d = t.charCodeAt(j);
    if (d === 46) {
      j++;
      continue;
    }
    return d === 62 ? j + 1 : -1;
  }
}

/** micromark's link resolution at `]`. Returns the offset after the link, or -1. */
function resolveLabelEnd(t: string, i: number, ls: LabelStart, linkLabels: ReadonlyMap<string, string>, urls: InlineUrl[], markup: Span[]): number {
  // A reference label holds at most 999 characters (CommonMark): longer text needs no normalising.
  const ownLabel = i - ls.end <= 999 ? normalizeIdentifier(t.slice(ls.end, i)) : '';
  const j = i + 1;
  const next = t.charCodeAt(j);
  const kind = ls.image ? 'image' : 'link';
  if (next === 40) {
    const res = scanResource(t, j);
    if (res) {
      if (res.destEnd > res.destStart || res.angle) {
        urls.push({ start: res.destStart, end: res.destEnd, url: t.slice(res.destStart, res.destEnd), kind });
      }
      markup.push({ start: j, end: res.end }); // `(destination "title")`
      return res.end;
    }
    return linkLabels.has(ownLabel) ? referenceLink(ls.start, j, ownLabel, linkLabels, urls) : -1;
  }
  if (next === 91) {
    const full = scanLinkLabel(t, j, t.length);
    if (full > 0) {
      const label = normalizeIdentifier(t.slice(j + 1, full - 1));
      if (linkLabels.has(label)) return referenceLink(ls.start, full, label, linkLabels, urls);
    }
    if (!linkLabels.has(ownLabel)) return -1;
    return t.charCodeAt(j + 1) === 93 ? referenceLink(ls.start, j + 2, ownLabel, linkLabels, urls) : -1;
  }
  return linkLabels.has(ownLabel) ? referenceLink(ls.start, j, ownLabel, linkLabels, urls) : -1;
}

/** A full, collapsed or shortcut reference: its URL is its definition's, found at the link itself. */
function referenceLink(start: number, end: number, label: string, linkLabels: ReadonlyMap<string, string>, urls: InlineUrl[]): number {
  const url = linkLabels.get(label) as string;
  if (url) urls.push({ start, end, url, kind: 'reference' });
  return end;
}

/** Where the text node holding a bare URL ends: before the next construct, minus trailing punctuation. */
function textNodeEnd(t: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    const c = t.charCodeAt(j);
    if (c === 91 || c === 93 || c === 92 || c === 96 || c === 60 || c === 33 || c === 42 || c === 95 || c === 126) break;
    j++;
  }
  while (j > i && /[.,:;"')?!]/.test(t[j - 1])) j--;
  return j;
}

const reHtmlUrlAttribute = /\s(href|src)[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/** `href` and `src` attributes of an open tag at t[start..end) (an HTML link's target is a URL of the note). */
export function htmlUrls(t: string, start: number, end: number, urls: InlineUrl[], offset = 0): void {
  if (t.charCodeAt(start + 1) === 47 || t.charCodeAt(start + 1) === 33) return;
  const tag = t.slice(start, end);
  if (!/(?:href|src)/i.test(tag)) return;
  for (const m of tag.matchAll(reHtmlUrlAttribute)) {
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    const valueStart = start + (m.index as number) + m[0].length - value.length - (m[4] === undefined ? 1 : 0);
    if (value) urls.push({ start: offset + valueStart, end: offset + valueStart + value.length, url: decodeHtmlEntities(value), kind: 'html' });
  }
}

function decodeHtmlEntities(s: string): string {
  return s.includes('&')
    ? s
        .replace(/&amp;/g, '&')
        .replace(/&#0*38;/g, '&')
        .replace(/&quot;/g, '"')
    : s;
}

function skipWs(t: string, i: number): number {
  while (i < t.length && isLineEndingOrSpace(t.charCodeAt(i))) i++;
  return i;
}

/** `(destination "title")` at `t[i] === '('`. */
function scanResource(t: string, i: number): { end: number; destStart: number; destEnd: number; angle: boolean } | null {
  let j = skipWs(t, i + 1);
  if (t.charCodeAt(j) === 41) return { end: j + 1, destStart: j, destEnd: j, angle: false };
  const dest = scanDestination(t, j, t.length, 32);
  if (!dest) return null;
  const angle = t.charCodeAt(j) === 60;
  j = dest[2];
  const afterDest = j;
  j = skipWs(t, j);
  if (j > afterDest) {
    const c = t.charCodeAt(j);
    if (c === 34 || c === 39 || c === 40) {
      const titleEnd = scanTitle(t, j, t.length);
      if (titleEnd < 0) return null;
      j = skipWs(t, titleEnd);
    }
  }
  return t.charCodeAt(j) === 41 ? { end: j + 1, destStart: dest[0], destEnd: dest[1], angle } : null;
}

function previousWww(c: number): boolean {
  return c === -1 || c === 40 || c === 42 || c === 95 || c === 91 || c === 93 || c === 126 || isLineEndingOrSpace(c);
}

/**
 * The trail check of micromark-extension-gfm-autolink-literal: whether what
 * follows `j` is only trailing punctuation up to the end of the URL. A loop
 * (runs of `]` or `&amp;` chain forward) and a memo per position (two bits
 * each: 0 unknown, 1 yes, 2 no), so any run of punctuation stays linear.
 */
function trail(t: string, j: number, memo: TwoBitMarks): boolean {
  const n = t.length;
  // Runs walked, as [from, to] pairs: every position in them gets the answer, so no run is walked twice.
  // Most answers take one run: it is kept in two numbers, and a list is made only for more.
  const first = j;
  let firstEnd = -1;
  let more: number[] | undefined;
  let result: boolean | undefined;
  for (;;) {
    const from = j;
    // Skip simple trailing punctuation; the answer is the same from anywhere in the run.
    while (j < n && !memo.get(j)) {
      const c = t.charCodeAt(j);
      if (c === 33 || c === 34 || c === 39 || c === 41 || c === 42 || c === 44 || c === 46 || c === 58 || c === 59 || c === 63 || c === 95 || c === 126) j++;
      else break;
    }
    if (firstEnd < 0) firstEnd = j;
    else (more ??= []).push(from, j);
    if (memo.get(j)) {
      result = memo.get(j) === 1;
      break;
    }
    const c = j < n ? t.charCodeAt(j) : -1;
    if (c === 38) {
      let k = j + 1;
      if (!isAsciiAlpha(t.charCodeAt(k))) result = false;
      else {
        while (isAsciiAlpha(t.charCodeAt(k))) k++;
        if (t.charCodeAt(k) === 59) {
          j = k + 1; // the answer is the answer after the entity
          continue;
        }
        result = false;
      }
    } else if (c === 93) {
      const d = codePointAt(t, j + 1);
      if (d === -1 || d === 40 || d === 91 || isWhitespace(d)) result = true;
      else {
        j = j + 1;
        continue;
      }
    } else if (c === 60 || c === -1) result = true;
    else result = isWhitespace(codePointAt(t, j));
    break;
  }
  memo.fill(result ? 1 : 2, first, firstEnd + 1);
  if (more) for (let r = 0; r < more.length; r += 2) memo.fill(result ? 1 : 2, more[r], more[r + 1] + 1);
  return result;
}

/**
 * A host name has at most 253 characters: a longer run is no domain. (micromark
 * reads on; bounding the scan keeps runs such as `www._www._…` linear, where
 * every `www.` would otherwise scan to the end of the run.)
 */
const MAX_DOMAIN = 253;

function domainEnd(t: string, i: number, trailOk: (j: number) => boolean): number {
  let underscoreInLast = false;
  let underscoreInLastLast = false;
  let seen = false;
  let j = i;
  const limit = i + MAX_DOMAIN + 4; // the `www.` counts from i
  for (;;) {
    if (j > limit) return -1;
    const c = codePointAt(t, j);
    if (c === 46 || c === 95) {
      if (trailOk(j)) break;
      if (c === 95) underscoreInLast = true;
      else {
        underscoreInLastLast = underscoreInLast;
        underscoreInLast = false;
      }
      j++;
      continue;
    }
    if (c === -1 || isWhitespace(c) || (c !== 45 && isUnicodePunctuation(c))) break;
    seen = true;
    j += c > 0xffff ? 2 : 1;
  }
  return underscoreInLastLast || underscoreInLast || !seen ? -1 : j;
}

function pathEnd(t: string, j: number, trailOk: (j: number) => boolean): number {
  let open = 0;
  let close = 0;
  for (;;) {
    const c = codePointAt(t, j);
    if (c === 40) {
      open++;
      j++;
      continue;
    }
    if (c === 41 && close < open) {
      close++;
      j++;
      continue;
    }
    if (
      c === 33 ||
      c === 34 ||
      c === 38 ||
      c === 39 ||
      c === 41 ||
      c === 42 ||
      c === 44 ||
      c === 46 ||
      c === 58 ||
      c === 59 ||
      c === 60 ||
      c === 63 ||
      c === 93 ||
      c === 95 ||
      c === 126
    ) {
      if (trailOk(j)) return j;
      if (c === 41) close++;
      j++;
      continue;
    }
    if (c === -1 || isWhitespace(c)) return j;
    j += c > 0xffff ? 2 : 1;
  }
}

function protocolLiteralEnd(t: string, i: number, trailOk: (j: number) => boolean): number {
  // `http` or `https` in any case, then `:` (compared by character: no string is made per candidate).
  let j = i;
  const lower = (k: number): number => t.charCodeAt(k) | 0x20;
  if (lower(j) !== 104 || lower(j + 1) !== 116 || lower(j + 2) !== 116 || lower(j + 3) !== 112) return -1;
  j += 4;
  if (lower(j) === 115) j++;
  if (t.charCodeAt(j) !== 58) return -1;
  if (t.charCodeAt(j + 1) !== 47 || t.charCodeAt(j + 2) !== 47) return -1;
  j += 3;
  const c = codePointAt(t, j);
  if (c === -1 || isAsciiControl(c) || isWhitespace(c) || isUnicodePunctuation(c)) return -1;
  const d = domainEnd(t, j, trailOk);
  return d < 0 ? -1 : pathEnd(t, d, trailOk);
}

function wwwLiteralEnd(t: string, i: number, trailOk: (j: number) => boolean): number {
  for (let k = 0; k < 3; k++) {
    const c = t.charCodeAt(i + k);
    if (c !== 119 && c !== 87) return -1;
  }
  if (t.charCodeAt(i + 3) !== 46 || i + 4 >= t.length) return -1;
  const d = domainEnd(t, i, trailOk);
  return d < 0 ? -1 : pathEnd(t, d, trailOk);
}

function emailLiteralEnd(t: string, i: number): number {
  let j = i;
  while (isGfmAtext(t.charCodeAt(j))) j++;
  if (t.charCodeAt(j) !== 64) return -1;
  j++;
  let dot = false;
  let data = false;
  for (;;) {
    const c = t.charCodeAt(j);
    if (c === 46) {
      if (!isAsciiAlphanumeric(t.charCodeAt(j + 1))) break;
      dot = true;
      j++;
      continue;
    }
    if (c === 45 || c === 95 || isAsciiAlphanumeric(c)) {
      data = true;
      j++;
      continue;
    }
    break;
  }
  return data && dot && isAsciiAlpha(t.charCodeAt(j - 1)) ? j : -1;
}
