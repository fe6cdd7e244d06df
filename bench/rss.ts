/** Checks one report in a fresh process and prints its peak RSS in bytes (for the benchmark). */
import * as fs from 'fs';
import { check } from '../server/src/core/checker';

export function run(file: string): void {
  const text = fs.readFileSync(file, 'utf8');
  check(text);
  process.stdout.write(String(process.resourceUsage().maxRSS * 1024) + '\n');
}
