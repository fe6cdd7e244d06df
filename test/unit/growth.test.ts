import * as assert from 'assert';
import { check, fixAll } from '../../server/src/core/checker';
import { parseConfig } from '../../server/src/core/config/config';
import { HOSTILE_SHAPES, type HostileShape } from '../support/hostile';
import { recordReliability } from '../support/reliability';

/**
 * Linear everywhere: every hostile shape is checked at two sizes, eight times
 * apart, and the larger may cost at most 3 times its share of CPU time (a
 * quadratic path costs 8 times more than linear at that ratio). The time is
 * this process's CPU time, the best of three runs, compared with itself
 * moments before, so a busy machine slows both sizes alike; a larger run under
 * FLOOR_MS proves nothing either way and passes. Absolute speed is the
 * benchmark's business (npm run bench).
 */
const RATIO = 8;
const ALLOWED = RATIO * 3;
const FLOOR_MS = 150;

function cpuMs(run: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

function runner(shape: HostileShape, size: number): () => void {
  const text = shape.build(size);
  const config = shape.config ? parseConfig(shape.config(size)).config : undefined;
  // Removing link artifacts is the fix; the others are checks.
  const other = shape.translation?.(size);
  const translation = other === undefined ? undefined : () => ({ name: 'x.fr.md', fileName: 'x.fr.md', text: other });
  return shape.name.includes('artifact') ? () => fixAll(text, { config }) : () => check(text, { config, fileName: 'x.md', translation });
}

describe('growth on hostile shapes (CPU time, two sizes)', function () {
  this.timeout(300000);
  for (const shape of HOSTILE_SHAPES) {
    it(shape.name, () => {
      // A config past 128 KB is refused unread, so its shape grows below that.
      const small = shape.config ? 8 * 1024 : 64 * 1024;
      const large = small * RATIO;
      runner(shape, 4096)(); // warm the code paths up
      const a = cpuMs(runner(shape, small));
      const b = cpuMs(runner(shape, large));
      recordReliability(`growth: ${shape.name}`, 2);
      if (b < FLOOR_MS) return;
      assert.ok(
        b <= Math.max(a, 1) * ALLOWED,
        `${large} characters took ${b.toFixed(0)} ms, ${small} took ${a.toFixed(0)} ms: ${(b / Math.max(a, 1)).toFixed(1)}× for ${RATIO}× the input`,
      );
    });
  }
});
