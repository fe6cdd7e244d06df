/** The files of the workspace folders: reports to check when closed, and `.foresight.yml` discovery. */
import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { defaultConfig, parseConfig, type LoadedConfig } from './core/config/config';
import { CONFIG_FILE_NAME } from './core/config/discover';
import { walkFiles } from './core/config/walk';

export interface WorkspaceFile {
  uri: string;
  path: string;
}

/** Reports beyond this many per workspace are not checked when closed. */
const MAX_FILES = 20000;

export class Workspace {
  private folders: string[] = [];
  private files: WorkspaceFile[] | undefined;
  private readonly configs = new Map<string, LoadedConfig | null>(); // config path -> parsed (null: none)
  private readonly configPathOfDir = new Map<string, string | null>();
  private readonly openConfigText = new Map<string, string>();

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

  /** Markdown files and config files in the workspace folders (cached until invalidated). */
  reportFiles(): WorkspaceFile[] {
    if (!this.files) {
      const out: WorkspaceFile[] = [];
      for (const folder of this.folders) {
        const found = walkFiles(folder, { accept: (name) => /\.md$/i.test(name) || name === CONFIG_FILE_NAME, limit: MAX_FILES - out.length });
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
    if (uris.length === 0 || uris.some((u) => /\.md$/i.test(u) || u.endsWith(CONFIG_FILE_NAME))) this.files = undefined;
    if (uris.length === 0 || uris.some((u) => u.endsWith(CONFIG_FILE_NAME))) this.clearConfigs();
  }

  clearConfigs(): void {
    this.configs.clear();
    this.configPathOfDir.clear();
  }

  /** An open config document's text wins over the file on disk. */
  setConfigText(uri: string, text: string | undefined): void {
    const p = URI.parse(uri).fsPath;
    if (text === undefined) this.openConfigText.delete(p);
    else this.openConfigText.set(p, text);
    this.clearConfigs();
  }

  /** The nearest `.foresight.yml` above the document, up to its workspace folder (or the filesystem root). */
  configFor(uri: string): LoadedConfig {
    // Files, and untitled documents that already have a path (a new report in a folder).
    if (!uri.startsWith('file:') && !uri.startsWith('untitled:/')) return { config: defaultConfig(), problems: [] };
    const file = URI.parse(uri).fsPath;
    const stop = this.folders.filter((f) => file.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0];
    let dir = path.dirname(file);
    const visited: string[] = [];
    let found: string | null = null;
    for (;;) {
      const known = this.configPathOfDir.get(dir);
      if (known !== undefined) {
        found = known;
        break;
      }
      visited.push(dir);
      const candidate = path.join(dir, CONFIG_FILE_NAME);
      if (this.openConfigText.has(candidate) || isFile(candidate)) {
        found = candidate;
        break;
      }
      const parent = path.dirname(dir);
      if (dir === stop || parent === dir) break;
      dir = parent;
    }
    for (const d of visited) this.configPathOfDir.set(d, found);
    if (!found) return { config: defaultConfig(), problems: [] };
    let loaded = this.configs.get(found);
    if (!loaded) {
      const text = this.openConfigText.get(found) ?? readFile(found);
      loaded = text === undefined ? { config: { ...defaultConfig(), inScope: true }, problems: [] } : parseConfig(text);
      this.configs.set(found, loaded);
    }
    return loaded;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function readFile(p: string): string | undefined {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
}
