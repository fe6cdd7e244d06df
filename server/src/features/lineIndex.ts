import type { Position, Range } from 'vscode-languageserver-types';
import { lineOf } from '../core/text/lines';

/** Offsets <-> LSP positions (0-based lines, UTF-16 columns), from the parser's line starts. */
export class LineIndex {
  constructor(
    private readonly lineStarts: ArrayLike<number>,
    private readonly text: string,
  ) {}

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = lineOf(this.lineStarts, o);
    return { line, character: o - this.lineStarts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length;
    // Past the end of its line, a position is at the end of the line, before its line break (as the LSP says).
    let end = next;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return Math.min(start + Math.max(0, position.character), end);
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}
