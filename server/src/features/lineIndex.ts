import type { Position, Range } from 'vscode-languageserver-types';
import { lineOf } from '../core/text/lines';

/** Offsets <-> LSP positions (0-based lines, UTF-16 columns), from the parser's line starts. */
export class LineIndex {
  constructor(
    private readonly lineStarts: ArrayLike<number>,
    private readonly length: number,
  ) {}

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    const line = lineOf(this.lineStarts, o);
    return { line, character: o - this.lineStarts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.length;
    const start = this.lineStarts[position.line];
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.length;
    return Math.min(start + Math.max(0, position.character), next);
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}
