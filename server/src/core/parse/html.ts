/** HTML in Markdown, as micromark's html-flow and html-text constructs see it. */
import { isAsciiAlpha, isAsciiAlphanumeric, isLineEnding, isLineEndingOrSpace, isSpaceOrTab } from './chars';

const blockNames = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link ' +
    'main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead ' +
    'title tr track ul'
  ).split(' '),
);
const rawNames = new Set(['pre', 'script', 'style', 'textarea']);

/**
 * The kind (1-7) of HTML block that `line` (already stripped of indentation)
 * starts, or 0. Kind 7 cannot interrupt a paragraph.
 */
export function htmlBlockStart(line: string, interruptsParagraph: boolean): number {
  if (line.charCodeAt(0) !== 60 /* < */) return 0;
  const c1 = line.charCodeAt(1);
  if (c1 === 33 /* ! */) {
    if (line.startsWith('<!--')) return 2;
    if (line.startsWith('<![CDATA[')) return 5;
    if (isAsciiAlpha(line.charCodeAt(2))) return 4;
    return 0;
  }
  if (c1 === 63 /* ? */) return 3;
  const closing = c1 === 47; /* / */
  let i = closing ? 2 : 1;
  if (!isAsciiAlpha(line.charCodeAt(i))) return 0;
  const nameStart = i;
  while (i < line.length && (isAsciiAlphanumeric(line.charCodeAt(i)) || line.charCodeAt(i) === 45)) i++;
  const name = line.slice(nameStart, i).toLowerCase();
  const after = line.charCodeAt(i);
  const atBoundary = i >= line.length || isSpaceOrTab(after) || after === 62 || (after === 47 && line.charCodeAt(i + 1) === 62);
  if (!closing && rawNames.has(name) && (i >= line.length || isSpaceOrTab(after) || after === 62)) return 1;
  if (blockNames.has(name)) return atBoundary ? 6 : 0;
  if (interruptsParagraph) return 0;
  // Kind 7: one complete open or closing tag, then only whitespace.
  const end = closing ? closingTagEnd(line, 0, line.length, false) : openTagEnd(line, 0, line.length, false);
  if (end < 0) return 0;
  for (let j = end; j < line.length; j++) if (!isSpaceOrTab(line.charCodeAt(j))) return 0;
  return 7;
}

const endMarkers: Record<number, string> = { 2: '-->', 3: '?>', 4: '>', 5: ']]>' };
const openerLength: Record<number, number> = { 1: 1, 2: 2, 3: 2, 4: 2, 5: 9 };

/** Whether `text` (a line of an HTML block of `kind`) ends the block; `from` skips the opener. */
export function htmlBlockEnds(kind: number, text: string, isFirstLine: boolean): boolean {
  const from = isFirstLine ? (openerLength[kind] ?? 0) : 0;
  if (kind === 1) return /<\/(?:script|pre|style|textarea)>/i.test(from ? text.slice(from) : text);
  const marker = endMarkers[kind];
  return marker !== undefined && text.indexOf(marker, from) >= 0;
}

/**
 * End (exclusive) of inline HTML starting at `s[i] === '<'`, or -1.
 * Inline HTML may span line endings; a kind 7 block's tag may not.
 */
/**
 * Where `needle` next occurs at or after `from`, remembering the last answer:
 * a run of openers with no closer (`<!--<!--<!--…`) then costs one search in
 * all, not one search to the end of the text per opener.
 */
export class NextOccurrence {
  private readonly last = new Map<string, { from: number; at: number }>();

  constructor(private readonly s: string) {}

  find(needle: string, from: number): number {
    const known = this.last.get(needle);
    if (known && from >= known.from && (known.at < 0 || known.at >= from)) return known.at;
    const at = this.s.indexOf(needle, from);
    this.last.set(needle, { from, at });
    return at;
  }
}

export function inlineHtmlEnd(s: string, i: number, end: number, next?: NextOccurrence): number {
  const find = (needle: string, from: number): number => (next ? next.find(needle, from) : s.indexOf(needle, from));
  const c1 = s.charCodeAt(i + 1);
  if (c1 === 33 /* ! */) {
    const c2 = s.charCodeAt(i + 2);
    if (c2 === 45 /* - */) {
      if (s.charCodeAt(i + 3) !== 45) return -1;
      // `<!-->` and `<!--->` are comments; otherwise up to the first `-->`.
      if (s.charCodeAt(i + 4) === 62) return i + 5 <= end ? i + 5 : -1;
      if (s.charCodeAt(i + 4) === 45 && s.charCodeAt(i + 5) === 62) return i + 6 <= end ? i + 6 : -1;
      const close = find('-->', i + 4);
      return close >= 0 && close + 3 <= end ? close + 3 : -1;
    }
    if (c2 === 91 /* [ */) {
      if (s.slice(i + 2, i + 9) !== '[CDATA[') return -1;
      const close = find(']]>', i + 9);
      return close >= 0 && close + 3 <= end ? close + 3 : -1;
    }
    if (isAsciiAlpha(c2)) {
      const close = find('>', i + 3);
      return close >= 0 && close + 1 <= end ? close + 1 : -1;
    }
    return -1;
  }
  if (c1 === 63 /* ? */) {
    const close = find('?>', i + 2);
    return close >= 0 && close + 2 <= end ? close + 2 : -1;
  }
  if (c1 === 47 /* / */) return closingTagEnd(s, i, end, true);
  return openTagEnd(s, i, end, true);
}

function isWs(c: number, multiline: boolean): boolean {
  return multiline ? isLineEndingOrSpace(c) : isSpaceOrTab(c);
}

function closingTagEnd(s: string, i: number, end: number, multiline: boolean): number {
  let j = i + 2;
  if (j >= end || !isAsciiAlpha(s.charCodeAt(j))) return -1;
  while (j < end && (isAsciiAlphanumeric(s.charCodeAt(j)) || s.charCodeAt(j) === 45)) j++;
  while (j < end && isWs(s.charCodeAt(j), multiline)) j++;
  return j < end && s.charCodeAt(j) === 62 ? j + 1 : -1;
}

function openTagEnd(s: string, i: number, end: number, multiline: boolean): number {
  let j = i + 1;
  if (j >= end || !isAsciiAlpha(s.charCodeAt(j))) return -1;
  while (j < end && (isAsciiAlphanumeric(s.charCodeAt(j)) || s.charCodeAt(j) === 45)) j++;
  let c = j < end ? s.charCodeAt(j) : -1;
  if (!(c === 47 || c === 62 || (c >= 0 && isWs(c, multiline)))) return -1;
  // tagOpenBetween
  for (;;) {
    c = j < end ? s.charCodeAt(j) : -1;
    if (c === 47) return j + 1 < end && s.charCodeAt(j + 1) === 62 ? j + 2 : -1;
    if (c === 62) return j + 1;
    if (c >= 0 && isWs(c, multiline)) {
      j++;
      continue;
    }
    if (!(c === 58 || c === 95 || isAsciiAlpha(c))) return -1;
    // attribute name
    j++;
    while (j < end) {
      c = s.charCodeAt(j);
      if (c === 45 || c === 46 || c === 58 || c === 95 || isAsciiAlphanumeric(c)) j++;
      else break;
    }
    // attribute name after
    while (j < end && isWs(s.charCodeAt(j), multiline)) j++;
    if (j < end && s.charCodeAt(j) === 61 /* = */) {
      j++;
      while (j < end && isWs(s.charCodeAt(j), multiline)) j++;
      c = j < end ? s.charCodeAt(j) : -1;
      if (c < 0 || c === 60 || c === 61 || c === 62 || c === 96) return -1;
      if (c === 34 || c === 39) {
        const close = s.indexOf(String.fromCharCode(c), j + 1);
        if (close < 0 || close >= end) return -1;
        if (!multiline) {
          for (let k = j + 1; k < close; k++) if (isLineEnding(s.charCodeAt(k))) return -1;
        }
        j = close + 1;
        c = j < end ? s.charCodeAt(j) : -1;
        if (!(c === 47 || c === 62 || (c >= 0 && isWs(c, multiline)))) return -1;
      } else {
        while (j < end) {
          c = s.charCodeAt(j);
          if (c === 34 || c === 39 || c === 60 || c === 61 || c === 96) return -1;
          if (c === 47 || c === 62 || isWs(c, multiline)) break;
          j++;
        }
        if (j >= end) return -1;
      }
    }
  }
}
