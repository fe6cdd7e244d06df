import * as assert from 'assert';
import { HOSTILE_SHAPES } from '../support/hostile';
import { MB, peakRss } from '../support/peakRss';
import { recordReliability } from '../support/reliability';

/**
 * Bounded memory: every hostile shape at 8 MB is read and checked in a fresh
 * process (fix-all for the link-artifact shape), and its peak RSS stays within
 * 10 × the input + 100 MB (docs/reliability.md). RSS depends on when the
 * garbage collector runs, not on the clock; the margin under the bound is
 * listed by `npm run bench:memory`.
 */
describe('peak memory on hostile shapes (8 MB each, a process each)', function () {
  this.timeout(120000);
  HOSTILE_SHAPES.forEach((shape, index) => {
    it(shape.name, () => {
      const { bytes, rss, bound } = peakRss(index, 8 * MB);
      recordReliability(`memory: ${shape.name}`, 1);
      assert.ok(rss <= bound, `${(rss / MB).toFixed(0)} MB peak RSS for ${(bytes / MB).toFixed(1)} MB of input: over ${(bound / MB).toFixed(0)} MB`);
    });
  });
});
