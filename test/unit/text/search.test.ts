import * as assert from 'assert';
import * as fc from 'fast-check';
import { partitionPoint } from '../../../server/src/core/text/search';
import { lineOf } from '../../../server/src/core/text/lines';

describe('the one binary search', () => {
  it('partitionPoint counts the prefix where the test holds, as a linear scan would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (values, x) => {
        const sorted = [...values].sort((a, b) => a - b);
        const linear = sorted.filter((v) => v <= x).length;
        assert.strictEqual(
          partitionPoint(sorted.length, (i) => sorted[i] <= x),
          linear,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('lineOf is the last line start at or before an offset, line 0 at the least', () => {
    const starts = [0, 4, 4, 9];
    assert.deepStrictEqual(
      [0, 3, 4, 8, 9, 100].map((o) => lineOf(starts, o)),
      [0, 0, 2, 2, 3, 3],
    );
    assert.strictEqual(lineOf([], 5), 0);
  });
});
