/**
 * Peak memory on the hostile shapes (docs/reliability.md): each shape, built
 * at the given size (8 MB by default) and written to a file, is read and
 * checked in a fresh process, as the CLI reads a report (fix-all for the
 * link-artifact shape, as the growth test does), and its peak RSS is compared
 * with the bound 10 × input + 100 MB. Not a test: RSS depends on when the
 * garbage collector runs. `npm run bench:memory [-- size [name filter]]`.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { check, fixAll } from '../server/src/core/checker';
import { parseConfig } from '../server/src/core/config/config';
import { HOSTILE_SHAPES } from '../test/support/hostile';

const MB = 1024 * 1024;

function child(index: number, folder: string): void {
  const shape = HOSTILE_SHAPES[index];
  // Read from files, not built here: building a string piece by piece leaves garbage no reader of a file makes.
  const text = readFileSync(join(folder, 'report.md'), 'utf8');
  const configText = readFileSync(join(folder, 'config.yml'), 'utf8');
  const config = configText ? parseConfig(configText).config : undefined;
  if (shape.name.includes('artifact')) fixAll(text, { config });
  else check(text, { config });
  // The input is all the untrusted text read: the report and its config.
  process.stdout.write(`${Buffer.byteLength(text) + Buffer.byteLength(configText)} ${process.resourceUsage().maxRSS * 1024}\n`);
}

function main(): void {
  const [, , first, second, third] = process.argv;
  if (first === '--one') return child(Number(second), third);
  const size = Number(first ?? 8 * MB);
  const filter = second ?? '';
  let over = 0;
  const folder = mkdtempSync(join(tmpdir(), 'foresight-rss-'));
  HOSTILE_SHAPES.forEach((shape, index) => {
    if (!shape.name.includes(filter)) return;
    writeFileSync(join(folder, 'report.md'), shape.build(size));
    writeFileSync(join(folder, 'config.yml'), shape.config ? shape.config(size) : '');
    const [bytes, rss] = execFileSync(process.execPath, [__filename, '--one', String(index), folder], { encoding: 'utf8' })
      .trim()
      .split(' ')
      .map(Number);
    const bound = 10 * bytes + 100 * MB;
    if (rss > bound) over++;
    process.stdout.write(
      `${rss > bound ? 'OVER' : 'ok  '}  ${(rss / MB).toFixed(0).padStart(4)} MB of ${(bound / MB).toFixed(0).padStart(4)}  (${(bytes / MB).toFixed(1)} MB input)  ${shape.name}\n`,
    );
  });
  rmSync(folder, { recursive: true, force: true });
  process.stdout.write(`${over} shape(s) over the bound\n`);
}

main();
