import * as assert from 'assert';
import type { Span } from '../../../server/src/core/parse/blocks';
import { Content } from '../../../server/src/core/parse/content';
import { rng } from '../../support/generate';

/** The plain reading of a leaf's content: every line sliced and joined with `\n`, offsets found by walking the lines. */
class Joined {
  readonly text: string;
  private readonly starts: number[] = [];
  constructor(
    src: string,
    private readonly spans: Span[],
  ) {
    let pos = 0;
    for (const s of spans) {
      this.starts.push(pos);
      pos += s.end - s.start + 1;
    }
    this.text = spans.map((s) => src.slice(s.start, s.end)).join('\n');
  }
  spanIndex(i: number): number {
    let k = 0;
    while (k + 1 < this.starts.length && this.starts[k + 1] <= i) k++;
    return k;
  }
  toSource(i: number): number {
    if (this.spans.length === 0) return 0;
    const k = this.spanIndex(i);
    return this.spans[k].start + Math.min(i - this.starts[k], this.spans[k].end - this.spans[k].start);
  }
  slice(from: number, to: number): Span[] {
    const out: Span[] = [];
    for (let i = from; i < to; i++) {
      const k = this.spanIndex(i);
      const at = this.spans[k].start + (i - this.starts[k]);
      if (at >= this.spans[k].end) continue; // the line break between two lines
      const last = out[out.length - 1];
      if (last && last.end === at && this.spanIndex(i - 1) === k) last.end = at + 1;
      else out.push({ start: at, end: at + 1 });
    }
    return out;
  }
}

/** Lines of a paragraph as the block parser gives them: plain, inside a block quote, with leading spaces left out, with CRLF or CR line endings. */
function leaf(r: () => number): { src: string; spans: Span[] } {
  const kind = Math.floor(r() * 5);
  let src = '';
  const spans: Span[] = [];
  const count = 1 + Math.floor(r() * 6);
  for (let k = 0; k < count; k++) {
    if (kind === 1) src += '> ';
    if (kind === 2 && k > 0) src += '   ';
    const start = src.length;
    const words = ['a', 'bc', 'd e', '', '[x]', 'é'];
    const n = Math.floor(r() * 4);
    for (let w = 0; w < n; w++) src += words[Math.floor(r() * words.length)];
    spans.push({ start, end: src.length });
    src += kind === 3 ? '\r\n' : kind === 4 ? '\r' : '\n';
  }
  return { src, spans };
}

describe('parse: a leaf block content', () => {
  it('reads and maps back every offset exactly as joining its lines would (lines that follow each other in the source are one slice)', () => {
    const r = rng(7);
    let contiguous = 0;
    for (let round = 0; round < 2000; round++) {
      const { src, spans } = leaf(r);
      const content = new Content(src, spans);
      const joined = new Joined(src, spans);
      assert.strictEqual(content.text, joined.text);
      if (spans.every((s, k) => k === 0 || (s.start === spans[k - 1].end + 1 && src[s.start - 1] === '\n'))) contiguous++;
      for (let i = 0; i <= content.text.length + 1; i++) {
        assert.strictEqual(content.toSource(i), joined.toSource(i), `toSource(${i}) of ${JSON.stringify(src)}`);
        if (i < content.text.length) assert.strictEqual(content.spanIndex(i), joined.spanIndex(i), `spanIndex(${i})`);
      }
      for (let from = 0; from < content.text.length; from++) {
        const to = Math.min(content.text.length, from + 1 + Math.floor(r() * 8));
        const nonEmpty = content.slice(from, to).filter((s) => s.end > s.start);
        assert.deepStrictEqual(nonEmpty, joined.slice(from, to), `slice(${from}, ${to}) of ${JSON.stringify(src)}`);
      }
    }
    assert.ok(contiguous > 300 && contiguous < 1500, `both kinds of leaf are tried (${contiguous} one slice)`);
  });

  it('of no lines is empty and maps to 0', () => {
    const content = new Content('abc', []);
    assert.strictEqual(content.text, '');
    assert.strictEqual(content.toSource(0), 0);
    assert.deepStrictEqual(content.slice(0, 1), []);
  });
});
