/** Collects what the reliability tests tried, for the counts in docs/reliability.md. */
import * as fs from 'fs';
import * as path from 'path';
import { RESULTS_DIR } from './results';

const FILE = path.join(RESULTS_DIR, 'reliability.json');

export function recordReliability(what: string, inputs: number): void {
  let data: Record<string, number> = {};
  try {
    data = JSON.parse(fs.readFileSync(FILE, 'utf8'));
  } catch {
    // first entry
  }
  data[what] = (data[what] ?? 0) + inputs;
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.writeFileSync(FILE, JSON.stringify(data, null, 2));
}
