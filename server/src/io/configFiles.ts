/**
 * Finding and reading `.foresight.yml`: the nearest one above a file wins, up
 * to a stop folder (a workspace folder) or the filesystem root. One resolver
 * for the language server, the CLI and the extension, so that they can never
 * disagree about which configuration applies.
 */
import * as fs from 'fs';
import * as path from 'path';
import { defaultConfig, parseConfig, type LoadedConfig } from '../core/config/config';

export const CONFIG_FILE_NAME = '.foresight.yml';

/** An MkDocs site's config, which can turn admonitions on (docs/parser.md). */
export function isMkdocsConfig(uri: string): boolean {
  return /\/mkdocs\.ya?ml$/.test(uri);
}

export interface ConfigFile extends LoadedConfig {
  /** The file it came from; none when no `.foresight.yml` applies (the defaults). */
  path?: string;
  text?: string;
  /** Set when the file could not be read: the defaults apply, and the file is still in scope (a report). */
  readError?: string;
}

export class ConfigResolver {
  /** Folder (with its stop folder) -> the config path found from there, or null. */
  private readonly pathOfDir = new Map<string, string | null>();
  private readonly files = new Map<string, ConfigFile>();
  /** Open, unsaved config documents: their text wins over the file on disk. */
  private readonly openText = new Map<string, string>();

  /** Folder (with its stop folder) -> whether the nearest `mkdocs.yml` from there enables admonitions. */
  private readonly mkdocsOfDir = new Map<string, boolean>();
  /** A config file's configuration with admonitions on, made once. */
  private readonly withAdmonitions = new Map<ConfigFile, ConfigFile>();

  /**
   * The configuration for the file at `file`, searched from its folder up to `stopAt` (inclusive). Unless it says
   * whether to read admonitions, an `mkdocs.yml` above the file that enables them turns them on (docs/parser.md).
   */
  forFile(file: string, stopAt?: string): ConfigFile {
    const found = this.find(path.dirname(file), stopAt);
    const loaded = found ? this.load(found) : { config: defaultConfig(), problems: [] };
    if (loaded.config.markdown.admonitions !== undefined || !this.mkdocsAdmonitions(path.dirname(file), stopAt)) return loaded;
    let on = this.withAdmonitions.get(loaded);
    if (!on) {
      on = { ...loaded, config: { ...loaded.config, markdown: { ...loaded.config.markdown, admonitions: true } } };
      if (found) this.withAdmonitions.set(loaded, on);
    }
    return on;
  }

  /** Whether the nearest `mkdocs.yml` (or `.yaml`) from `dir` up to `stopAt` enables Python-Markdown's admonitions. */
  private mkdocsAdmonitions(dir: string, stopAt?: string): boolean {
    const stop = stopAt === undefined ? '' : path.resolve(stopAt);
    let current = path.resolve(dir);
    const visited: string[] = [];
    let on = false;
    for (;;) {
      const known = this.mkdocsOfDir.get(`${stop}\0${current}`);
      if (known !== undefined) {
        on = known;
        break;
      }
      visited.push(current);
      const file = ['mkdocs.yml', 'mkdocs.yaml'].map((name) => path.join(current, name)).find(isFile);
      if (file) {
        on = enablesAdmonitions(readText(file));
        break;
      }
      const parent = path.dirname(current);
      if (current === stop || parent === current) break;
      current = parent;
    }
    for (const d of visited) this.mkdocsOfDir.set(`${stop}\0${d}`, on);
    return on;
  }

  /** The nearest config path from `dir` up to `stopAt` (inclusive) or the filesystem root. */
  find(dir: string, stopAt?: string): string | undefined {
    const stop = stopAt === undefined ? '' : path.resolve(stopAt);
    let current = path.resolve(dir);
    const visited: string[] = [];
    let found: string | null = null;
    for (;;) {
      const known = this.pathOfDir.get(`${stop}\0${current}`);
      if (known !== undefined) {
        found = known;
        break;
      }
      visited.push(current);
      const candidate = path.join(current, CONFIG_FILE_NAME);
      if (this.openText.has(candidate) || isFile(candidate)) {
        found = candidate;
        break;
      }
      const parent = path.dirname(current);
      if (current === stop || parent === current) break;
      current = parent;
    }
    for (const d of visited) this.pathOfDir.set(`${stop}\0${d}`, found);
    return found ?? undefined;
  }

  /** The configuration in `file` (read once until `clear`). */
  load(file: string): ConfigFile {
    let loaded = this.files.get(file);
    if (!loaded) {
      loaded = readConfigFile(file, this.openText.get(file));
      this.files.set(file, loaded);
    }
    return loaded;
  }

  /** An open config document's text (or undefined when it is closed): it wins over the file on disk. */
  setOpenText(file: string, text: string | undefined): void {
    if (text === undefined) this.openText.delete(file);
    else this.openText.set(file, text);
    this.clear();
  }

  /** Forgets what was found and read (config files created, changed or deleted). */
  clear(): void {
    this.pathOfDir.clear();
    this.files.clear();
    this.mkdocsOfDir.clear();
    this.withAdmonitions.clear();
  }
}

function readConfigFile(file: string, openText: string | undefined): ConfigFile {
  let text = openText;
  if (text === undefined) {
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      return { config: { ...defaultConfig(), inScope: true }, problems: [], path: file, readError: (e as Error).message };
    }
  }
  return { ...parseConfig(text), path: file, text };
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Whether an `mkdocs.yml` lists the `admonition` or `pymdownx.details` extension under `markdown_extensions`, read
 * line by line (the file may hold Python tags that a YAML reader rejects): the list's items up to the next top-level key.
 */
export function enablesAdmonitions(mkdocs: string): boolean {
  let inList = false;
  for (const line of mkdocs.split(/\r?\n/)) {
    if (/^markdown_extensions\s*:/.test(line)) inList = true;
    else if (inList && /^[^\s#-]/.test(line)) inList = false;
    else if (inList && /^\s*-\s*['"]?(?:(?:markdown\.extensions\.)?admonition|pymdownx\.details)['"]?\s*(?::|$)/.test(line)) return true;
  }
  return false;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
