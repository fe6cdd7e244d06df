import * as assert from 'assert';
import * as fc from 'fast-check';
import { BitMarks, TwoBitMarks } from '../../../server/src/core/text/marks';

/** Operations on marks over a text of `length` offsets: ranges within it (an empty range too). */
const operations = (length: number, values: number) =>
  fc.array(
    fc
      .tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: values }))
      .map(([a, b, v]) => ({ from: Math.min(a, b), to: Math.max(a, b), v })),
    { maxLength: 40 },
  );

describe('packed marks over a text', () => {
  it('BitMarks answers as an array of booleans would', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }).chain((length) => fc.tuple(fc.constant(length), operations(length, 1))),
        ([length, ops]) => {
          const marks = new BitMarks(length);
          const plain = new Array<boolean>(length + 1).fill(false);
          for (const { from, to, v } of ops) {
            if (v) {
              marks.fill(from, to);
              plain.fill(true, from, to);
            } else assert.strictEqual(marks.any(from, to), plain.slice(from, to).includes(true), `any(${from}, ${to})`);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('TwoBitMarks keeps a value from 0 to 3 per offset as an array of numbers would', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }).chain((length) => fc.tuple(fc.constant(length), operations(length, 3))),
        ([length, ops]) => {
          const marks = new TwoBitMarks(length);
          const plain = new Array<number>(length + 1).fill(0);
          for (const { from, to, v } of ops) {
            marks.fill(v, from, to);
            plain.fill(v, from, to);
          }
          for (let k = 0; k <= length; k++) assert.strictEqual(marks.get(k), plain[k], `offset ${k}`);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
