/** One directory walk for the CLI and the language server: sorted, safe against symlink loops. */
import * as fs from 'fs';
import * as path from 'path';

export interface WalkOptions {
  /** Which files to return. */
  accept(name: string): boolean;
  /** Reports a folder that could not be read. */
  onError?(dir: string, error: NodeJS.ErrnoException): void;
  /** Stop after this many files. */
  limit?: number;
}

/**
 * Files under `root` that `accept` takes, skipping `node_modules` and
 * dot-folders and following symbolic links once (a loop is walked once).
 */
export function walkFiles(root: string, options: WalkOptions): string[] {
  const out: string[] = [];
  const visited = new Set<string>();
  const limit = options.limit ?? Infinity;
  const walk = (dir: string): void => {
    if (out.length >= limit) return;
    let entries: fs.Dirent[];
    try {
      const real = fs.realpathSync(dir);
      if (visited.has(real)) return;
      visited.add(real);
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      options.onError?.(dir, e as NodeJS.ErrnoException);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const s = fs.statSync(full);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isFile && options.accept(entry.name)) {
        out.push(full);
        if (out.length >= limit) return;
      } else if (isDir && !entry.name.startsWith('.') && entry.name !== 'node_modules') walk(full);
    }
  };
  walk(root);
  return out;
}
