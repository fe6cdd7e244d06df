/**
 * Peak memory on a hostile shape (docs/reliability.md): the shape, built at
 * `size` and written to files, is read and checked in a fresh process
 * (peakRssChild.ts), whose peak RSS is compared with the bound of the
 * reliability issue, 10 × input + 100 MB. Files, not a string built in the
 * measured process: building one piece by piece leaves garbage no reader of a
 * file makes.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, dirname, join } from 'path';
import { HOSTILE_SHAPES } from './hostile';

export const MB = 1024 * 1024;

export interface PeakRss {
  /** Bytes of untrusted input read (report and config). */
  bytes: number;
  rss: number;
  bound: number;
}

/** A child script bundled by scripts/bundle.mjs into `out/`, which holds the tests and the bench at different depths. */
export function childScript(name: string): string {
  let dir = __dirname;
  while (basename(dir) !== 'out' && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'test/support', name);
}

export function peakRss(index: number, size: number): PeakRss {
  const shape = HOSTILE_SHAPES[index];
  const folder = mkdtempSync(join(tmpdir(), 'foresight-rss-'));
  try {
    writeFileSync(join(folder, 'report.md'), shape.build(size));
    writeFileSync(join(folder, 'config.yml'), shape.config ? shape.config(size) : '');
    const [bytes, rss] = execFileSync(process.execPath, [childScript('peakRssChild.js'), String(index), folder], { encoding: 'utf8' })
      .trim()
      .split(' ')
      .map(Number);
    return { bytes, rss, bound: 10 * bytes + 100 * MB };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
