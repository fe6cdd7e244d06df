/**
 * Run by peakRss.ts in a fresh process: reads one hostile shape's report and
 * config from a folder, as the CLI reads a report, checks it (fix-all for the
 * link-artifact shape) and prints the input's size and the peak RSS.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { check, fixAll } from '../../server/src/core/checker';
import { parseConfig } from '../../server/src/core/config/config';
import { HOSTILE_SHAPES } from './hostile';

const [, , index, folder] = process.argv;
const shape = HOSTILE_SHAPES[Number(index)];
const text = readFileSync(join(folder, 'report.md'), 'utf8');
const configText = readFileSync(join(folder, 'config.yml'), 'utf8');
const config = configText ? parseConfig(configText).config : undefined;
if (shape.name.includes('artifact')) fixAll(text, { config });
else check(text, { config });
// The input is all the untrusted text read: the report and its config.
process.stdout.write(`${Buffer.byteLength(text) + Buffer.byteLength(configText)} ${process.resourceUsage().maxRSS * 1024}\n`);
