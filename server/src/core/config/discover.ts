/** Finding `.foresight.yml` on disk: the nearest one above a file wins. */
import * as fs from 'fs';
import * as path from 'path';
import { defaultConfig, parseConfig, type LoadedConfig } from './config';

export const CONFIG_FILE_NAME = '.foresight.yml';

/** The nearest config path from `dir` up to `stopAt` (inclusive) or the filesystem root. */
export function findConfigFile(dir: string, stopAt?: string): string | undefined {
  let current = path.resolve(dir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
    if (current === stop) return undefined;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

export interface ConfigFile extends LoadedConfig {
  path?: string;
  text?: string;
  /** Set when the file could not be read. */
  readError?: string;
}

/** Loads a config file; a missing or unreadable file yields the defaults and a reason. */
export function loadConfigFile(file: string | undefined): ConfigFile {
  if (!file) return { config: defaultConfig(), problems: [] };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { config: { ...defaultConfig(), inScope: true }, problems: [], path: file, readError: (e as Error).message };
  }
  return { ...parseConfig(text), path: file, text };
}
