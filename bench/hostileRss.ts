/**
 * Peak memory on the hostile shapes (docs/reliability.md), each measured as
 * test/support/peakRss.ts does, listed with its bound (10 × input + 100 MB).
 * The suite holds the bound at 8 MB (test/unit/memory.test.ts); this lists
 * the numbers, at any size. `npm run bench:memory [-- size [name filter]]`.
 */
import { HOSTILE_SHAPES } from '../test/support/hostile';
import { MB, peakRss } from '../test/support/peakRss';

function main(): void {
  const [, , first, second] = process.argv;
  const size = Number(first ?? 8 * MB);
  const filter = second ?? '';
  let over = 0;
  HOSTILE_SHAPES.forEach((shape, index) => {
    if (!shape.name.includes(filter)) return;
    const { bytes, rss, bound } = peakRss(index, size);
    if (rss > bound) over++;
    process.stdout.write(
      `${rss > bound ? 'OVER' : 'ok  '}  ${(rss / MB).toFixed(0).padStart(4)} MB of ${(bound / MB).toFixed(0).padStart(4)}  (${(bytes / MB).toFixed(1)} MB input)  ${shape.name}\n`,
    );
  });
  process.stdout.write(`${over} shape(s) over the bound\n`);
}

main();
