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

let lastText = '';
let lastEol = '\n';

/** The document's line ending style (remembered for the last text: fixes ask once per problem). */
export function eolOf(text: string): string {
  if (text !== lastText) {
    const i = text.indexOf('\n');
    lastEol = i > 0 && text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
    lastText = text;
  }
  return lastEol;
}

/** Text to put before an insertion at the end of `text` so that it starts after a blank line. */
export function blankLineBefore(text: string, at: number, eol: string): string {
  if (at === 0) return '';
  const before = text.slice(Math.max(0, at - 2 * eol.length), at);
  if (before.endsWith(eol + eol)) return '';
  if (before.endsWith(eol)) return eol;
  return eol + eol;
}
