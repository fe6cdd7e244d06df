/**
 * The language server's side of the opt-in link check: starts checks for the
 * URLs an open report cites, in the background, and says which URLs got their
 * results so those reports are checked again. Typing never waits for it.
 */
import { defaultCacheDir, DEFAULT_MAX_AGE_MS, LinkCache } from '../core/links/cache';
import { LinkChecker } from '../core/links/checker';
import type { LinkResult } from '../core/links/result';

export interface LinkServiceOptions {
  allowPrivate: boolean;
  /** Where links.json lives (default: the shared cache folder). */
  cacheDir?: string;
  maxAgeMs?: number;
  /** Neither read nor write the disk cache (the CLI's `--no-cache`). */
  noCache?: boolean;
}

/** What one awaited link run (`checkAll`) did, for its caller to say. */
export interface LinkRun {
  /** Distinct URLs checked. */
  urls: number;
  /** Results read from the disk cache, and HTTP requests made. */
  cached: number;
  requests: number;
  /** No cited site answered and several hosts failed to resolve: the machine seems offline. */
  offline: boolean;
  /** URLs whose network failure is hidden because the machine seems offline (0 when it is not). */
  hiddenOffline: number;
  /** Why the disk cache could not be written, if it could not. */
  saveProblem?: string;
}

export class LinkService {
  /** Made when first needed, so that nothing reads the disk cache until a link is looked up. */
  private current: LinkChecker | undefined;
  private cache: LinkCache | undefined;
  private options: LinkServiceOptions = { allowPrivate: false };
  private readonly waiting = new Map<string, Set<string>>(); // url -> documents waiting for it
  private arrived = new Set<string>();
  private flushTimer: NodeJS.Timeout | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  private generation = 0;

  constructor(
    /** Called (batched) with the documents whose links got results. */
    private readonly onResults: (uris: string[]) => void,
    private readonly log: (message: string) => void,
  ) {}

  private get checker(): LinkChecker {
    return (this.current ??= this.create());
  }

  configure(options: LinkServiceOptions): void {
    const same =
      options.allowPrivate === this.options.allowPrivate &&
      options.cacheDir === this.options.cacheDir &&
      options.maxAgeMs === this.options.maxAgeMs &&
      !!options.noCache === !!this.options.noCache;
    this.options = options;
    if (!same) {
      this.generation++; // results of the old checker still in flight are dropped
      this.waiting.clear();
      this.current = undefined;
    }
  }

  private create(): LinkChecker {
    if (this.options.noCache) {
      this.cache = undefined;
      return new LinkChecker({ allowPrivate: this.options.allowPrivate });
    }
    try {
      this.cache = new LinkCache(this.options.cacheDir ?? defaultCacheDir(), this.options.maxAgeMs ?? DEFAULT_MAX_AGE_MS);
    } catch (e) {
      this.log(`Link cache unavailable: ${(e as Error).message}`);
      this.cache = undefined;
    }
    return new LinkChecker({ allowPrivate: this.options.allowPrivate, cache: this.cache });
  }

  private warnedOffline = false;

  /** A known result (this session or the disk cache); never starts a request. Network failures are hidden while offline. */
  lookup = (url: string): LinkResult | undefined => {
    const r = this.checker.peek(url);
    if (r?.network && this.checker.offline) {
      if (!this.warnedOffline) {
        this.warnedOffline = true;
        this.log(
          'Link check: no cited site could be reached and several hosts failed to resolve; this machine seems offline or behind a proxy (not supported yet), so those links are not reported.',
        );
      }
      return undefined;
    }
    return r;
  };

  /** URLs being checked now, for one document or for all. */
  pending(uri?: string): number {
    if (uri === undefined) return this.waiting.size;
    let n = 0;
    for (const docs of this.waiting.values()) if (docs.has(uri)) n++;
    return n;
  }

  /** Starts checks for the URLs `uri` cites that have no result yet. */
  request(uri: string, urls: Iterable<string>): void {
    const generation = this.generation;
    const checker = this.checker;
    for (const url of urls) {
      if (checker.peek(url)) continue;
      const docs = this.waiting.get(url);
      if (docs) {
        docs.add(uri);
        continue;
      }
      this.waiting.set(url, new Set([uri]));
      checker.check(url).then(
        () => {
          if (generation !== this.generation) return;
          const waiting = this.waiting.get(url);
          this.waiting.delete(url);
          for (const d of waiting ?? []) this.arrived.add(d);
          this.scheduleFlush();
        },
        (e: Error) => {
          this.waiting.delete(url);
          this.log(`Link check of ${url} failed: ${e.message}`);
        },
      );
    }
  }

  /** Results are handed over in batches (every 300 ms at most) so a report with 200 links is re-checked a few times, not 200. */
  private scheduleFlush(): void {
    if (!this.flushTimer) {
      this.flushTimer = setTimeout(() => {
        this.flushTimer = undefined;
        const uris = [...this.arrived];
        this.arrived = new Set();
        if (uris.length) this.onResults(uris);
      }, 300);
    }
    if (!this.saveTimer) {
      this.saveTimer = setTimeout(() => {
        this.saveTimer = undefined;
        const problem = this.cache?.save();
        if (problem) this.log(problem);
      }, 2000);
    }
  }

  /** Checks these URLs again, whatever is cached (the Recheck Source Links command); in-flight checks are kept. */
  recheck(uri: string, urls: Iterable<string>): number {
    const list = [...urls].filter((u) => !this.waiting.has(u));
    this.checker.forget(list);
    this.request(uri, list);
    return list.length;
  }

  /**
   * Checks these URLs now and waits for every result (a command-line run: all files' links at once, each URL
   * once). The caller says what happened, the offline case included, so `lookup` no longer warns about it.
   */
  async checkAll(urls: Iterable<string>): Promise<LinkRun> {
    const list = [...new Set(urls)];
    const checker = this.checker;
    const cache = this.cache;
    await Promise.all(list.map((url) => checker.check(url)));
    if (checker === this.current) this.warnedOffline = true;
    const hiddenOffline = checker.offline ? list.filter((url) => checker.peek(url)?.network).length : 0;
    const saveProblem = cache?.save();
    const { cached, requests } = checker.stats;
    return { urls: list.length, cached, requests, offline: checker.offline, hiddenOffline, saveProblem };
  }

  /** Forgets this session's results and re-reads the disk cache (the Check Workspace command). */
  clear(): void {
    this.generation++;
    this.waiting.clear();
    this.current = undefined;
  }

  dispose(): void {
    clearTimeout(this.flushTimer);
    clearTimeout(this.saveTimer);
    this.cache?.save();
  }
}
