import type { Span } from './blocks';
import { lineOf } from '../text/lines';

/**
 * The text of a leaf block as one string (its lines joined with `\n`), with
 * the way back to document offsets.
 */
export class Content {
  readonly text: string;
  private readonly contentStarts: number[];
  private readonly spans: Span[];

  constructor(src: string, spans: Span[]) {
    this.spans = spans;
    if (spans.length === 1) {
      // Most leaves are one line (headings, table cells, short paragraphs): no joining.
      this.contentStarts = [0];
      this.text = src.slice(spans[0].start, spans[0].end);
      return;
    }
    this.contentStarts = new Array<number>(spans.length);
    let pos = 0;
    const parts: string[] = new Array<string>(spans.length);
    for (let k = 0; k < spans.length; k++) {
      this.contentStarts[k] = pos;
      parts[k] = src.slice(spans[k].start, spans[k].end);
      pos += parts[k].length + 1;
    }
    this.text = parts.join('\n');
  }

  /** Index of the span holding content offset `i`. */
  spanIndex(i: number): number {
    return lineOf(this.contentStarts, i);
  }

  /** Document offset of content offset `i`. */
  toSource(i: number): number {
    if (this.spans.length === 0) return 0;
    const k = this.spanIndex(i);
    return this.spans[k].start + Math.min(i - this.contentStarts[k], this.spans[k].end - this.spans[k].start);
  }

  /** The spans covering content offsets [from, to). */
  slice(from: number, to: number): Span[] {
    if (from >= to) return [];
    const out: Span[] = [];
    const first = this.spanIndex(from);
    const last = this.spanIndex(Math.max(from, to - 1));
    for (let k = first; k <= last; k++) {
      const cs = this.contentStarts[k];
      const s = Math.max(from, cs) - cs + this.spans[k].start;
      const e = Math.min(to, cs + (this.spans[k].end - this.spans[k].start)) - cs + this.spans[k].start;
      if (e >= s) out.push({ start: s, end: e });
    }
    return out;
  }
}
