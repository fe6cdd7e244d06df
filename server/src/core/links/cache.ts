/**
 * The link results cache on disk, shared by the CLI and the language server:
 * `$XDG_CACHE_HOME/foresight-lint/links.json` (or the platform's cache folder).
 * Writes merge with what another process saved meanwhile and replace the file
 * atomically; a broken or unreadable cache is ignored, never fatal.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { LinkResult } from './result';

export const DEFAULT_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** Failures that may be passing (5xx, timeouts, rate limits) are trusted for at most an hour. */
export const TRANSIENT_MAX_AGE_MS = 60 * 60 * 1000;
const MAX_ENTRIES = 50000;

/**
 * Makes `dir` and its missing parents, one level at a time. Node's
 * `mkdirSync(dir, { recursive: true })` never returns under some special file
 * systems (a cache folder set to `/proc/x` by XDG_CACHE_HOME): here a parent
 * that cannot be made throws, and the caller reports it.
 */
function makeDirectory(dir: string): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !fs.existsSync(d); d = path.dirname(d)) {
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  for (let k = missing.length - 1; k >= 0; k--) {
    try {
      fs.mkdirSync(missing[k]);
    } catch (e) {
      // Made meanwhile by another process: fine.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'foresight-lint');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'foresight-lint', 'Cache');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'foresight-lint');
  return path.join(env.HOME || os.homedir(), '.cache', 'foresight-lint');
}

function isTransient(r: LinkResult): boolean {
  return r.kind === 'unreachable' || (r.kind === 'unverified' && r.status === 429);
}

function isResult(v: unknown): v is LinkResult {
  const r = v as LinkResult;
  return (
    !!r && typeof r === 'object' && typeof r.url === 'string' && typeof r.kind === 'string' && typeof r.checkedAt === 'number' && typeof r.detail === 'string'
  );
}

export class LinkCache {
  private entries = new Map<string, LinkResult>();
  private dirty = new Map<string, LinkResult>();
  readonly file: string;

  constructor(
    dir: string,
    readonly maxAgeMs = DEFAULT_MAX_AGE_MS,
  ) {
    this.file = path.join(dir, 'links.json');
    this.entries = readEntries(this.file);
  }

  /** A fresh result for `url`, if any; private-address results only when private addresses are allowed. */
  get(url: string, allowPrivate: boolean, now = Date.now()): LinkResult | undefined {
    const r = this.entries.get(url);
    if (!r || r.kind === 'blocked' || (r.private && !allowPrivate)) return undefined;
    const age = now - r.checkedAt;
    const maxAge = isTransient(r) ? Math.min(this.maxAgeMs, TRANSIENT_MAX_AGE_MS) : this.maxAgeMs;
    return age >= 0 && age < maxAge ? r : undefined;
  }

  set(result: LinkResult): void {
    if (result.kind === 'blocked') return;
    this.entries.set(result.url, result);
    this.dirty.set(result.url, result);
  }

  /** Saves new results (merged with the file as it is now). Returns an error message instead of throwing. */
  save(now = Date.now()): string | undefined {
    if (this.dirty.size === 0) return undefined;
    let tmp: string | undefined;
    try {
      const merged = readEntries(this.file);
      for (const [url, r] of this.dirty) {
        const old = merged.get(url);
        if (!old || old.checkedAt <= r.checkedAt) merged.set(url, r);
      }
      const keep = [...merged.values()].filter((r) => now - r.checkedAt < Math.max(this.maxAgeMs, DEFAULT_MAX_AGE_MS) * 7);
      keep.sort((a, b) => b.checkedAt - a.checkedAt);
      const entries: Record<string, LinkResult> = {};
      for (const r of keep.slice(0, MAX_ENTRIES)) entries[r.url] = r;
      makeDirectory(path.dirname(this.file));
      tmp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ version: 1, entries }));
      fs.renameSync(tmp, this.file);
      this.entries = new Map(Object.entries(entries));
      this.dirty.clear();
      return undefined;
    } catch (e) {
      // A cache path that is a folder, a full disk: no temporary file is left behind.
      if (tmp) fs.rmSync(tmp, { force: true });
      return `cannot write the link cache ${this.file}: ${(e as Error).message}`;
    }
  }
}

function readEntries(file: string): Map<string, LinkResult> {
  const out = new Map<string, LinkResult>();
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: number; entries?: Record<string, unknown> };
    if (data?.version !== 1 || !data.entries || typeof data.entries !== 'object') return out;
    for (const [url, r] of Object.entries(data.entries)) if (isResult(r) && r.url === url) out.set(url, r);
  } catch {
    // No cache yet, or a broken one: start empty.
  }
  return out;
}
