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

/** Which of Python-Markdown's blocks an MkDocs site turns on: `!!!` admonitions, `???` details. */
type MkdocsBlocks = { admonitions: boolean; details: boolean };
const NO_BLOCKS: MkdocsBlocks = { admonitions: false, details: false };

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

  /** Folder (with its stop folder) -> the blocks the nearest `mkdocs.yml` from there turns on. */
  private readonly mkdocsOfDir = new Map<string, MkdocsBlocks>();
  /** A config file's configuration with an mkdocs.yml's blocks on, made once for each kind. */
  private readonly withBlocks = new Map<ConfigFile, Map<string, ConfigFile>>();

  /**
   * The configuration for the file at `file`, searched from its folder up to `stopAt` (inclusive). Unless it says
   * whether to read admonitions, an `mkdocs.yml` above the file that enables them turns them on (docs/parser.md).
   */
  forFile(file: string, stopAt?: string): ConfigFile {
    const found = this.find(path.dirname(file), stopAt);
    const loaded = found ? this.load(found) : { config: defaultConfig(), problems: [] };
    if (loaded.config.markdown.admonitions !== undefined) return loaded;
    const blocks = this.mkdocsBlocks(path.dirname(file), stopAt);
    if (!blocks.admonitions && !blocks.details) return loaded;
    const kind = `${blocks.admonitions}${blocks.details}`;
    let variants = this.withBlocks.get(loaded);
    let on = variants?.get(kind);
    if (!on) {
      on = { ...loaded, config: { ...loaded.config, markdown: { ...blocks } } };
      if (found) this.withBlocks.set(loaded, (variants ??= new Map()).set(kind, on));
    }
    return on;
  }

  /** The blocks the nearest `mkdocs.yml` (or `.yaml`) from `dir` up to `stopAt` turns on. */
  private mkdocsBlocks(dir: string, stopAt?: string): MkdocsBlocks {
    const probe = (folder: string): MkdocsBlocks | undefined => {
      const file = ['mkdocs.yml', 'mkdocs.yaml'].map((name) => path.join(folder, name)).find(isFile);
      return file ? mkdocsExtensions(readText(file)) : undefined;
    };
    return walkUp(this.mkdocsOfDir, dir, stopAt, probe, NO_BLOCKS);
  }

  /** The nearest config path from `dir` up to `stopAt` (inclusive) or the filesystem root. */
  find(dir: string, stopAt?: string): string | undefined {
    const probe = (folder: string): string | undefined => {
      const candidate = path.join(folder, CONFIG_FILE_NAME);
      return this.openText.has(candidate) || isFile(candidate) ? candidate : undefined;
    };
    return walkUp<string | null>(this.pathOfDir, dir, stopAt, probe, null) ?? undefined;
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
    this.withBlocks.clear();
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

/**
 * From `dir` up to `stopAt` (inclusive) or the filesystem root, the first answer `probe` gives for a folder, else
 * `none`. Every folder passed remembers the answer in `cache` (keyed with the stop folder), so a folder is probed once.
 */
function walkUp<T>(cache: Map<string, T>, dir: string, stopAt: string | undefined, probe: (folder: string) => T | undefined, none: T): T {
  const stop = stopAt === undefined ? '' : path.resolve(stopAt);
  let current = path.resolve(dir);
  const visited: string[] = [];
  let found = none;
  for (;;) {
    const known = cache.get(`${stop}\0${current}`);
    if (known !== undefined) {
      found = known;
      break;
    }
    visited.push(current);
    const answer = probe(current);
    if (answer !== undefined) {
      found = answer;
      break;
    }
    const parent = path.dirname(current);
    if (current === stop || parent === current) break;
    current = parent;
  }
  for (const d of visited) cache.set(`${stop}\0${d}`, found);
  return found;
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Which of Python-Markdown's `admonition` and pymdownx's `details` extensions an `mkdocs.yml` lists under
 * `markdown_extensions` (`- admonition`, `- markdown.extensions.admonition:`, or `[admonition, toc]`). Read line by
 * line, not as YAML: the file may hold Python tags a YAML reader rejects. Only the list's own items count, not the
 * options nested under one of them; extensions inherited through `INHERIT:` are not followed.
 */
export function mkdocsExtensions(mkdocs: string): { admonitions: boolean; details: boolean } {
  const found = { admonitions: false, details: false };
  const note = (name: string): void => {
    const bare = name
      .trim()
      .replace(/^['"]|['"]?:?$/g, '')
      .replace(/^markdown\.extensions\./, '');
    if (bare === 'admonition') found.admonitions = true;
    if (bare === 'pymdownx.details') found.details = true;
  };
  let inList = false;
  let itemIndent = -1;
  let flow: string | undefined;
  for (const line of mkdocs.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    if (flow !== undefined) {
      flow += ' ' + line;
    } else {
      const key = /^markdown_extensions\s*:\s*(.*)$/.exec(line);
      if (key) {
        if (key[1].startsWith('[')) flow = key[1];
        else {
          inList = true;
          itemIndent = -1;
        }
      } else if (inList && /^[^\s#-]/.test(line)) inList = false;
      else if (inList) {
        const item = /^(\s*)-\s+(\S[^#]*)/.exec(line);
        if (item && (itemIndent === -1 || item[1].length === itemIndent)) {
          itemIndent = item[1].length;
          note(item[2]);
        }
      }
    }
    if (flow !== undefined && flow.includes(']')) {
      for (const name of flow.slice(1, flow.indexOf(']')).split(',')) note(name);
      flow = undefined;
    }
  }
  return found;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
