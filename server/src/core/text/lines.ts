/*
 * Lines of a text: where each starts, which line holds an offset, where a
 * line's text ends. One place for what the parser, the rules, the fixes and
 * the front ends all need (offsets are UTF-16 code units, as in JavaScript
 * strings and LSP positions).
 */
import { partitionPoint } from './search';

/** Splits `src` into lines; returns the start offset of each line. */
export function computeLineStarts(src: string): Uint32Array {
  // Counted first, then filled: one exact typed array, where a growing array
  // of numbers would cost several times the text on a file of short lines.
  const crlf = src.indexOf('\r') >= 0;
  let count = 1;
  if (!crlf) {
    for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) count++;
  } else {
    for (let i = 0; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (c === 10) count++;
      else if (c === 13) {
        if (src.charCodeAt(i + 1) === 10) i++;
        count++;
      }
    }
  }
  const starts = new Uint32Array(count);
  let k = 1;
  if (!crlf) {
    for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) starts[k++] = i + 1;
    return starts;
  }
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 10) starts[k++] = i + 1;
    else if (c === 13) {
      if (src.charCodeAt(i + 1) === 10) i++;
      starts[k++] = i + 1;
    }
  }
  return starts;
}

/** The 0-based line holding `offset`: the last line start at or before it (binary search). */
export function lineOf(lineStarts: ArrayLike<number>, offset: number): number {
  return Math.max(0, partitionPoint(lineStarts.length, (i) => lineStarts[i] <= offset) - 1);
}

/** Where the text of line `n` ends: before its line ending (LF, CRLF or CR), or at the end of the text. */
export function lineEnd(text: string, lineStarts: ArrayLike<number>, n: number): number {
  if (n + 1 >= lineStarts.length) return text.length;
  let e = lineStarts[n + 1];
  if (e > 0 && text.charCodeAt(e - 1) === 10) e--;
  if (e > 0 && text.charCodeAt(e - 1) === 13) e--;
  return e;
}

/** 1-based line and column (UTF-16 code units, as LSP counts) of an offset. */
export function positionAt(lineStarts: ArrayLike<number>, offset: number): { line: number; column: number } {
  const line = lineOf(lineStarts, offset);
  return { line: line + 1, column: offset - lineStarts[line] + 1 };
}
