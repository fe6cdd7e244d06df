import type { Span } from './blocks';
import { lineOf } from '../text/lines';
import { partitionPoint } from '../text/search';

/**
 * The text of a leaf block as one string (its lines joined with `\n`), with
 * the way back to document offsets.
 */
export class Content {
  readonly text: string;
  /** Where each span starts in `text`; undefined when `text` is one run of the source (then offsets map by adding the first start). */
  private readonly contentStarts: number[] | undefined;
  private readonly spans: Span[];

  constructor(src: string, spans: Span[]) {
    this.spans = spans;
    if (spans.length === 0) {
      this.contentStarts = [];
      this.text = '';
      return;
    }
    // Most leaves are lines that follow each other in the source, split by a bare `\n` (no container
    // prefix, no indentation or `\r` left out): their text is one slice of the source, and nothing is copied.
    let contiguous = true;
    for (let k = 1; k < spans.length && contiguous; k++) contiguous = spans[k].start === spans[k - 1].end + 1 && src.charCodeAt(spans[k - 1].end) === 10;
    if (contiguous) {
      this.contentStarts = undefined;
      this.text = src.slice(spans[0].start, spans[spans.length - 1].end);
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
    if (this.contentStarts) return lineOf(this.contentStarts, i);
    const at = this.spans[0].start + i;
    return Math.max(0, partitionPoint(this.spans.length, (k) => this.spans[k].start <= at) - 1);
  }

  /** Where span `k` starts in `text`. */
  private startOf(k: number): number {
    return this.contentStarts ? this.contentStarts[k] : this.spans[k].start - this.spans[0].start;
  }

  /** Document offset of content offset `i`. */
  toSource(i: number): number {
    if (this.spans.length === 0) return 0;
    if (!this.contentStarts) return this.spans[0].start + Math.min(i, this.text.length);
    const k = this.spanIndex(i);
    return this.spans[k].start + Math.min(i - this.contentStarts[k], this.spans[k].end - this.spans[k].start);
  }

  /** The spans covering content offsets [from, to). */
  slice(from: number, to: number): Span[] {
    if (from >= to || this.spans.length === 0) return [];
    const out: Span[] = [];
    const first = this.spanIndex(from);
    const last = this.spanIndex(Math.max(from, to - 1));
    for (let k = first; k <= last; k++) {
      const cs = this.startOf(k);
      const s = Math.max(from, cs) - cs + this.spans[k].start;
      const e = Math.min(to, cs + (this.spans[k].end - this.spans[k].start)) - cs + this.spans[k].start;
      if (e >= s) out.push({ start: s, end: e });
    }
    return out;
  }
}
