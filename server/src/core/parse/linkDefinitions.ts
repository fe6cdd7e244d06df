/** Link reference definitions (`[label]: destination "title"`) at the start of a paragraph. */
import type { LinkDefinitionSpan, Span } from './blocks';
import { isAsciiControl, isLineEnding, isLineEndingOrSpace, isSpaceOrTab, normalizeIdentifier } from './chars';
import { Content } from './content';
import { scanLinkLabel } from './labels';

/** Skips spaces, tabs and line endings. */
function skipWhitespace(s: string, i: number): number {
  while (i < s.length && isLineEndingOrSpace(s.charCodeAt(i))) i++;
  return i;
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpaceOrTab(s.charCodeAt(i))) i++;
  return i;
}

/**
 * A link destination at `i` (micromark's factoryDestination): `<...>` or a
 * raw destination with balanced parentheses. Returns [start, end) of the
 * destination text and the offset after it, or null.
 */
export function scanDestination(s: string, i: number, end: number, balanceMax = Infinity): [number, number, number] | null {
  if (s.charCodeAt(i) === 60) {
    let j = i + 1;
    while (j < end) {
      const c = s.charCodeAt(j);
      if (c === 62) return [i + 1, j, j + 1];
      if (c === 60 || isLineEnding(c)) return null;
      j += c === 92 && (s.charCodeAt(j + 1) === 60 || s.charCodeAt(j + 1) === 62 || s.charCodeAt(j + 1) === 92) ? 2 : 1;
    }
    return null;
  }
  let j = i;
  let balance = 0;
  while (j < end) {
    const c = s.charCodeAt(j);
    if (c === 40) {
      if (balance >= balanceMax) return null;
      balance++;
    } else if (c === 41) {
      if (balance === 0) break;
      balance--;
    } else if (c === 32 || isAsciiControl(c)) break;
    j += c === 92 && (s.charCodeAt(j + 1) === 40 || s.charCodeAt(j + 1) === 41 || s.charCodeAt(j + 1) === 92) ? 2 : 1;
  }
  if (j === i || balance !== 0) return null;
  return [i, j, j];
}

/** A link title at `i` (`"..."`, `'...'` or `(...)`); returns the offset after it, or -1. */
export function scanTitle(s: string, i: number, end: number): number {
  const open = s.charCodeAt(i);
  const close = open === 40 ? 41 : open;
  if (open !== 34 && open !== 39 && open !== 40) return -1;
  let j = i + 1;
  let lineStart = true;
  while (j < end) {
    const c = s.charCodeAt(j);
    if (c === close) return j + 1;
    if (isLineEnding(c)) {
      // A blank line ends the paragraph, so it cannot be inside a title.
      lineStart = true;
      j++;
      continue;
    }
    if (lineStart && !isSpaceOrTab(c)) lineStart = false;
    j += c === 92 && j + 1 < end && (s.charCodeAt(j + 1) === close || s.charCodeAt(j + 1) === 92) ? 2 : 1;
  }
  return -1;
}

function endsLine(s: string, i: number): boolean {
  i = skipSpaces(s, i);
  return i >= s.length || isLineEnding(s.charCodeAt(i));
}

/** One definition at `i`; returns its parts and the offset after its line, or null. */
function scanDefinition(s: string, i: number): { labelEnd: number; dest: [number, number]; end: number } | null {
  const labelEnd = scanLinkLabel(s, i, s.length);
  if (labelEnd < 0 || s.charCodeAt(labelEnd) !== 58) return null;
  const destStart = skipWhitespace(s, labelEnd + 1);
  const dest = scanDestination(s, destStart, s.length);
  if (!dest) return null;
  let after = dest[2];
  // An optional title, separated by whitespace, then nothing else on its line.
  const titleStart = skipWhitespace(s, after);
  if (titleStart > after && titleStart < s.length) {
    const titleEnd = scanTitle(s, titleStart, s.length);
    if (titleEnd > 0 && endsLine(s, titleEnd)) {
      after = titleEnd;
      return { labelEnd, dest: [dest[0], dest[1]], end: lineEnd(s, after) };
    }
  }
  if (!endsLine(s, after)) return null;
  return { labelEnd, dest: [dest[0], dest[1]], end: lineEnd(s, after) };
}

function lineEnd(s: string, i: number): number {
  while (i < s.length && !isLineEnding(s.charCodeAt(i))) i++;
  return i;
}

export function parseLinkDefinitions(src: string, lines: Span[], max = Infinity): { definitions: LinkDefinitionSpan[]; rest: Span[]; stoppedAt?: number } {
  const content = new Content(src, lines);
  const s = content.text;
  const definitions: LinkDefinitionSpan[] = [];
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === 91) {
    const d = scanDefinition(s, i);
    if (!d) break;
    if (definitions.length >= max) {
      // One definition more than the budget (docs/parser.md, limits): the rest of the paragraph is not read at all.
      return { definitions, rest: [], stoppedAt: content.toSource(i) };
    }
    definitions.push({
      label: normalizeIdentifier(s.slice(i + 1, d.labelEnd - 1)),
      start: content.toSource(i),
      end: content.toSource(d.end),
      destination: s.slice(d.dest[0], d.dest[1]),
      destinationStart: content.toSource(d.dest[0]),
      destinationEnd: content.toSource(d.dest[1]),
    });
    i = d.end + 1; // past the line ending
  }
  if (definitions.length === 0) return { definitions, rest: lines };
  // Remaining lines (the definitions always end at a line end).
  const k = i >= s.length ? lines.length : content.spanIndex(i);
  return { definitions, rest: lines.slice(k) };
}
