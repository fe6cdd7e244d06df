/** The files of the workspace folders: reports to check when closed, and `.foresight.yml` discovery. */
import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { defaultConfig } from './core/config/config';
import { CONFIG_FILE_NAME, ConfigResolver, isMkdocsConfig, type ConfigFile } from './io/configFiles';
import { isReportFileName } from './io/reportFiles';
import { walkFiles } from './io/walk';
import { ignoreMatcher } from './core/config/ignore';
import type { ForesightConfig } from './core/config/config';

export interface WorkspaceFile {
  uri: string;
  path: string;
}

/** Reports beyond this many per workspace are not checked when closed. */
const MAX_FILES = 20000;

export class Workspace {
  private folders: string[] = [];
  private files: WorkspaceFile[] | undefined;
  private readonly configs = new ConfigResolver();
  /** A config file that applies to every document instead of the nearest one (the CLI's `--config`). */
  private fixedConfig: string | undefined;
  /** No config file applies at all: the defaults (the CLI's `--no-config`). */
  private defaultsOnly = false;
  /** Each config's `ignore:` patterns, compiled once. */
  private readonly ignoreMatchers = new WeakMap<ForesightConfig, (relative: string) => boolean>();

  /** From now on no `.foresight.yml` applies: every document gets the defaults. */
  useDefaults(): void {
    this.defaultsOnly = true;
  }

  setFolders(uris: string[]): void {
    this.folders = uris.filter((u) => u.startsWith('file:')).map((u) => URI.parse(u).fsPath);
    this.files = undefined;
  }

  updateFolders(added: string[], removed: string[]): void {
    const removedPaths = new Set(removed.map((u) => URI.parse(u).fsPath));
    this.setFolders([...this.folders.filter((f) => !removedPaths.has(f)).map((f) => URI.file(f).toString()), ...added]);
  }

  contains(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const p = URI.parse(uri).fsPath;
    return this.folders.some((f) => p === f || p.startsWith(f + path.sep));
  }

  /** Reports (`.md`, `.markdown`, `.qmd`, `.Rmd`) and config files in the workspace folders (cached until invalidated). */
  reportFiles(): WorkspaceFile[] {
    if (!this.files) {
      const out: WorkspaceFile[] = [];
      for (const folder of this.folders) {
        const found = walkFiles(folder, { accept: (name) => isReportFileName(name) || name === CONFIG_FILE_NAME, limit: MAX_FILES - out.length });
        for (const file of found) out.push({ uri: URI.file(file).toString(), path: file });
      }
      this.files = out;
    }
    return this.files;
  }

  readText(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fs.readFileSync(URI.parse(uri).fsPath, 'utf8');
    } catch {
      return undefined;
    }
  }

  /** Files created, changed or deleted: the file list and any config they touch are read again. */
  invalidate(uris: string[]): void {
    if (uris.length === 0 || uris.some((u) => isReportFileName(u) || u.endsWith(CONFIG_FILE_NAME))) this.files = undefined;
    if (uris.length === 0 || uris.some((u) => u.endsWith(CONFIG_FILE_NAME) || isMkdocsConfig(u))) this.clearConfigs();
  }

  clearConfigs(): void {
    this.configs.clear();
  }

  /** An open config document's text wins over the file on disk. */
  setConfigText(uri: string, text: string | undefined): void {
    this.configs.setOpenText(URI.parse(uri).fsPath, text);
  }

  /** Every document uses the config in `file` from now on, wherever it is (undefined: the nearest one again). */
  useConfigFile(file: string | undefined): ConfigFile | undefined {
    this.fixedConfig = file === undefined ? undefined : path.resolve(file);
    return this.fixedConfig === undefined ? undefined : this.configs.load(this.fixedConfig);
  }

  /**
   * Whether the config that applies to the document ignores it (`ignore:`, relative to the config's folder): an
   * ignored file is not checked, by the CLI or in the editor (README, "Configuration").
   */
  isIgnored(uri: string): boolean {
    const loaded = this.configFor(uri);
    if (!loaded.path || loaded.config.ignore.length === 0 || !uri.startsWith('file:')) return false;
    let matches = this.ignoreMatchers.get(loaded.config);
    if (!matches) this.ignoreMatchers.set(loaded.config, (matches = ignoreMatcher(loaded.config.ignore)));
    return matches(path.relative(path.dirname(loaded.path), URI.parse(uri).fsPath));
  }

  /** The nearest `.foresight.yml` above the document, up to its workspace folder (or the filesystem root). */
  configFor(uri: string): ConfigFile {
    if (this.defaultsOnly) return { config: defaultConfig(), problems: [] };
    if (this.fixedConfig !== undefined) return this.configs.load(this.fixedConfig);
    // Files, and untitled documents that already have a path (a new report in a folder).
    if (!uri.startsWith('file:') && !uri.startsWith('untitled:/')) return { config: defaultConfig(), problems: [] };
    const file = URI.parse(uri).fsPath;
    const stop = this.folders.filter((f) => file.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0];
    return this.configs.forFile(file, stop);
  }
}
