import * as assert from 'assert';
import { HOSTILE_SHAPES } from '../support/hostile';
import { MB, peakRss } from '../support/peakRss';
import { recordReliability } from '../support/reliability';

/**
 * Bounded memory: every hostile shape at 8 MB is read and checked in a fresh
 * process (fix-all for the link-artifact shape), and its peak RSS stays within
 * 10 × the input + 100 MB (docs/reliability.md). RSS depends on when the
 * garbage collector runs, not on the clock, and that varies: the same run of
 * one shape measured 156 to 167 MB, and 186 once in eight. So a shape over the
 * bound is measured again, at most three times in all, and the lowest counts:
 * a real regression is over every time. `npm run bench:memory` lists margins.
 */
describe('peak memory on hostile shapes (8 MB each, a process each)', function () {
  this.timeout(360000);
  HOSTILE_SHAPES.forEach((shape, index) => {
    it(shape.name, () => {
      const runs: number[] = [];
      let measured = peakRss(index, 8 * MB);
      runs.push(measured.rss);
      while (measured.rss > measured.bound && runs.length < 3) {
        measured = peakRss(index, 8 * MB);
        runs.push(measured.rss);
      }
      recordReliability(`memory: ${shape.name}`, runs.length);
      const { bytes, bound } = measured;
      const lowest = Math.min(...runs);
      assert.ok(
        lowest <= bound,
        `${runs.map((r) => (r / MB).toFixed(0)).join(', ')} MB peak RSS in ${runs.length} runs for ${(bytes / MB).toFixed(1)} MB of input: over ${(bound / MB).toFixed(0)} MB`,
      );
    });
  });
});
