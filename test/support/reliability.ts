/** Collects what the reliability tests tried, for docs/reliability.md (written by `npm run reliability-report`). */
import * as fs from 'fs';
import * as path from 'path';

const FILE = path.resolve(__dirname, '../../../test-results/reliability.json');

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
