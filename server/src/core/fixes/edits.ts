import type { TextEdit } from '../types';

/** Applies non-overlapping edits (any order) to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    out.push(text.slice(pos, e.start), e.newText);
    pos = e.end;
  }
  out.push(text.slice(pos));
  return out.join('');
}

/** Offset of the start of the line holding `offset`. */
export function lineStartAt(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

/** Offset just after the line ending of the line holding `offset` (or the end of the text). */
export function nextLineStart(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  if (text.charCodeAt(i) === 13) i++;
  if (text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) !== 10) i++;
  return i;
}

/**
 * The document's line ending, from its first line break (`\n` when it has
 * none): what a fix writes, so that CRLF and CR files keep their style. Read
 * from the line index the parser already built, so that asking once per
 * problem costs nothing even when the first line is megabytes long.
 */
export function eolOf(doc: { text: string; md: { lineStarts: ArrayLike<number> } }): string {
  const starts = doc.md.lineStarts;
  if (starts.length < 2) return '\n';
  const after = starts[1];
  if (doc.text.charCodeAt(after - 1) === 13) return '\r';
  return doc.text.charCodeAt(after - 2) === 13 ? '\r\n' : '\n';
}

/** Text to put before an insertion at the end of `text` so that it starts after a blank line. */
export function blankLineBefore(text: string, at: number, eol: string): string {
  if (at === 0) return '';
  const before = text.slice(Math.max(0, at - 2 * eol.length), at);
  if (before.endsWith(eol + eol)) return '';
  if (before.endsWith(eol)) return eol;
  return eol + eol;
}
