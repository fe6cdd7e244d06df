/**
 * Run by growth.test.ts in a fresh process, with the flags it gives: builds one
 * hostile shape at two sizes and prints the CPU time each check takes, the best
 * of three, the two sizes measured in turn.
 */
import { check, fixAll } from '../../server/src/core/checker';
import { parseConfig } from '../../server/src/core/config/config';
import { HOSTILE_SHAPES, type HostileShape } from './hostile';

function runner(shape: HostileShape, size: number): () => void {
  const text = shape.build(size);
  const config = shape.config ? parseConfig(shape.config(size)).config : undefined;
  // Removing link artifacts is the fix; the others are checks.
  const other = shape.translation?.(size);
  const translation = other === undefined ? undefined : () => ({ name: 'x.fr.md', fileName: 'x.fr.md', text: other });
  return shape.name.includes('artifact') ? () => fixAll(text, { config }) : () => check(text, { config, fileName: 'x.md', translation });
}

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const [, , index, small, large] = process.argv;
const shape = HOSTILE_SHAPES[Number(index)];
runner(shape, 4096)(); // warm the code paths up
const runs = [runner(shape, Number(small)), runner(shape, Number(large))];
const best = [Infinity, Infinity];
for (let k = 0; k < 3; k++) for (let i = 0; i < 2; i++) best[i] = Math.min(best[i], cpuMs(runs[i]));
process.stdout.write(`${best[0]} ${best[1]}\n`);
