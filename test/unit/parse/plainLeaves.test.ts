import * as assert from 'assert';
import { mayHoldInline, scanInline, type InlineContext } from '../../../server/src/core/parse/inline';
import type { Span } from '../../../server/src/core/parse/blocks';

/** Every line of `src` as a span, as a leaf's lines are. */
function lines(src: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const line of src.split('\n')) {
    spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}

const everyNoteDefined: InlineContext = { linkLabels: new Map([['x', 'https://e.org']]), isFootnoteDefined: () => true };

/** A fixed-seed generator (xorshift): the same strings on every run. */
function generator(seed: number): () => number {
  let s = seed;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

describe('parse: leaves of plain text are passed over', () => {
  it('sees where a construct or an autolink literal can start, on one line at a time', () => {
    for (const text of ['a [^1]', 'see `x`', '<b>', '![i]', 'x]', 'a\\*', 'a@b.org', 'https://e.org', 'ftp://x', 'www.e.org', 'WwW.e.org'])
      assert.strictEqual(mayHoldInline(text, lines(text)), true, text);
    for (const text of ['Plain words.', 'A heading: part 2', 'ww.e.org', 'a:/b', 'w\nww.e.org', 'a:\n//b', 'Text. 50% *em* _u_ ~s~ (a) {b} #3'])
      assert.strictEqual(mayHoldInline(text, lines(text)), false, text);
  });

  it('agrees with the scanner: where no construct can start, it finds nothing (2,000 generated leaves)', () => {
    const next = generator(20261201);
    const alphabet = ['a', 'w', 'W', '.', ':', '/', '@', '[', ']', '^', '!', '`', '<', '>', '\\', ' ', '\n', '*', 'x', 'h', 't', 'p', 's', '1'];
    let plain = 0;
    for (let k = 0; k < 2000; k++) {
      let text = '';
      const length = 1 + Math.floor(next() * 24);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * (next() < 0.7 ? 5 : alphabet.length))];
      if (mayHoldInline(text, lines(text))) continue;
      plain++;
      const found = scanInline(text, everyNoteDefined);
      assert.deepStrictEqual(
        [found.calls.length, found.urls.length, found.code.length, found.markup.length, found.rejected],
        [0, 0, 0, 0, 0],
        JSON.stringify(text),
      );
    }
    // The generator reaches both sides: a test of nothing would pass too.
    assert.ok(plain > 200, `${plain} plain leaves`);
  });
});
