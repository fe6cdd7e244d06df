/**
 * Checks that URLs answer, the way careful link checkers do: HEAD first and
 * GET when HEAD is turned down, redirects followed by hand (at most 5, loops
 * caught), one retry with backoff for passing failures, Retry-After honoured,
 * 2 requests per host and 8 in all, a 10 s deadline, an honest User-Agent,
 * and a results cache shared with the other front end.
 */
import { VERSION } from '../../version';
import { ENGLISH } from '../messages';
import { realClock, sleep, type Clock } from './clock';
import { isPublicAddress, limitKey } from './address';
import { LinkCache } from './cache';
import { requestOnce, type Answer, type RequestOptions } from './http';
import { Limiter } from './limiter';
import type { LinkKind, LinkResult } from './result';

export const USER_AGENT = `Mozilla/5.0 (compatible; foresight-lint/${VERSION}; +https://github.com/foresight-lint/foresight-lint) source-link check`;

export interface LinkCheckOptions {
  timeoutMs?: number;
  maxRedirects?: number;
  perHost?: number;
  total?: number;
  /** Backoff before the one retry (jittered up to +50%). */
  retryDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the link is reported as unverified. */
  maxRetryAfterMs?: number;
  allowPrivate?: boolean;
  /**
   * The whole run's time budget from its first request: past it, links not yet
   * asked are reported as not checked (a tar-pit host cannot hold a run hostage).
   */
  budgetMs?: number;
  /** A finer address policy than allowPrivate (tests: allow one loopback address, refuse another). */
  allowAddress?: (address: string) => boolean;
  userAgent?: string;
  cache?: LinkCache;
  /** Waits and pauses go through this clock (tests bring one they control). */
  clock?: Clock;
}

const DEFAULTS = { timeoutMs: 10000, maxRedirects: 5, perHost: 2, total: 8, retryDelayMs: 1000, maxRetryAfterMs: 30000, budgetMs: 300000 };

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export const statusText = (status: number): string => `${status}${STATUS_TEXT[status] ? ' ' + STATUS_TEXT[status] : ''}`;

/** Failures that say more about this machine's network than about the site. */
const NETWORK_ERRORS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

const RETRIED_ERRORS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED']);

/** Seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export interface LinkCheckStats {
  /** HTTP requests sent. */
  requests: number;
  /** URLs answered from the disk cache. */
  cached: number;
  /** URLs checked over the network. */
  checked: number;
}

export class LinkChecker {
  private readonly options: Required<Omit<LinkCheckOptions, 'cache' | 'allowAddress'>> & { cache?: LinkCache; allowAddress?: (address: string) => boolean };
  private readonly clock: Clock;
  private readonly inFlight = new Map<string, Promise<LinkResult>>();
  private readonly done = new Map<string, LinkResult>();
  /** URLs whose cached result must not be used (asked to re-check). */
  private readonly stale = new Set<string>();
  readonly limiter: Limiter;
  readonly stats: LinkCheckStats = { requests: 0, cached: 0, checked: 0 };
  private readonly networkFailedHosts = new Set<string>();
  private readonly answeredHosts = new Set<string>();
  /** Hosts (by address) that timed out in this run: not retried, and after two timeouts not asked again. */
  private readonly timeouts = new Map<string, number>();
  /** Host name -> address, resolved once per run, so that names sharing a server share its limit. */
  private readonly addresses = new Map<string, Promise<string>>();
  private budgetEnds: number | undefined;

  constructor(options: LinkCheckOptions = {}) {
    this.options = { ...DEFAULTS, allowPrivate: false, userAgent: USER_AGENT, clock: realClock, ...stripUndefined(options) };
    this.clock = this.options.clock;
    this.limiter = new Limiter(this.options.perHost, this.options.total, this.clock);
  }

  /**
   * No site has answered and at least 3 different hosts failed to resolve or route: this machine is
   * probably offline or behind a proxy, and those failures say nothing about the sources.
   */
  get offline(): boolean {
    return this.answeredHosts.size === 0 && this.networkFailedHosts.size >= 3;
  }

  get allowPrivate(): boolean {
    return this.options.allowPrivate;
  }

  /** A result known without the network (this run or the disk cache), if any. */
  peek(url: string): LinkResult | undefined {
    const known = this.done.get(url);
    if (known) return known;
    if (this.stale.has(url)) return undefined;
    const cached = this.options.cache?.get(url, this.options.allowPrivate);
    if (cached) {
      this.done.set(url, cached);
      this.stats.cached++;
    }
    return cached;
  }

  /** Checks a URL (fetch form: absolute http(s), no fragment); concurrent calls for one URL share one check. */
  check(url: string): Promise<LinkResult> {
    const known = this.peek(url);
    if (known) return Promise.resolve(known);
    // A new run of checks (nothing in flight) gets a new time budget.
    if (this.inFlight.size === 0) this.budgetEnds = undefined;
    let pending = this.inFlight.get(url);
    if (!pending) {
      pending = this.run(url).then((r) => {
        this.inFlight.delete(url);
        this.stale.delete(url);
        this.done.set(url, r);
        if (!r.network && !r.skipped) this.options.cache?.set(r);
        this.stats.checked++;
        return r;
      });
      this.inFlight.set(url, pending);
    }
    return pending;
  }

  /** Forgets this run's results (the disk cache stays). */
  clear(): void {
    this.done.clear();
  }

  /** Forgets what is known about these URLs, the disk cache included, so the next check asks the site again. */
  forget(urls: Iterable<string>): void {
    for (const url of urls) {
      this.done.delete(url);
      this.stale.add(url);
    }
  }

  private async run(url: string): Promise<LinkResult> {
    const start = new URL(url);
    const visited = new Set<string>([start.href]);
    let current = start;
    let movedTo: string | undefined;
    let onlyPermanent = true;
    let usedPrivate = false;
    const result = (kind: LinkKind, detail: string, status?: number): LinkResult =>
      stripUndefined({
        url,
        kind: kind === 'ok' && movedTo ? 'moved' : kind,
        status,
        detail,
        finalUrl: current.href !== start.href ? current.href : undefined,
        movedTo: kind === 'ok' ? movedTo : undefined,
        checkedAt: Date.now(),
        private: usedPrivate || undefined,
      }) as LinkResult;
    let retried = false;
    const failed = (kind: LinkKind, detail: string, status?: number): LinkResult => ({
      ...result(kind, detail, status),
      ...(retried ? { retried: true } : {}),
    });
    for (let hop = 0; ; hop++) {
      const { answer, again } = await this.fetchWithRetry(current);
      retried ||= again;
      usedPrivate ||= answer.private;
      if ('error' in answer) {
        if (answer.code === 'EBUDGET') return { ...result('unverified', ENGLISH.t('link.out-of-time')), skipped: true };
        if (answer.code === 'ESLOWHOST') return result('unreachable', answer.error);
        if (answer.code === 'EPRIVATE') return result('blocked', ENGLISH.t(hop ? 'link.redirects-private' : 'link.is-private', { error: answer.error }));
        if (NETWORK_ERRORS.has(answer.code)) {
          this.networkFailedHosts.add(current.hostname);
          return { ...failed('unreachable', answer.error), network: true };
        }
        return failed('unreachable', answer.error);
      }
      this.answeredHosts.add(current.hostname);
      const { status } = answer;
      // A bot challenge says nothing about the page: never "gone" or "unreachable" because of one.
      if (answer.challenge && status >= 400) return result('unverified', ENGLISH.t('link.challenge', { status: statusText(status) }), status);
      if (status >= 300 && status < 400 && answer.location) {
        if (hop >= this.options.maxRedirects) return result('unreachable', ENGLISH.t('link.too-many-redirects', { count: this.options.maxRedirects }), status);
        let next: URL;
        try {
          next = new URL(answer.location, current);
        } catch {
          return result('unreachable', ENGLISH.t('link.invalid-redirect', { url: answer.location }), status);
        }
        next.hash = '';
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
          return result('unreachable', ENGLISH.t('link.non-web-redirect', { url: next.href }), status);
        if (visited.has(next.href)) {
          current = next;
          return result('unreachable', ENGLISH.t('link.loop'), status);
        }
        visited.add(next.href);
        if (status === 301 || status === 308) {
          if (onlyPermanent) movedTo = next.href;
        } else onlyPermanent = false;
        current = next;
        continue;
      }
      if (status >= 200 && status < 300) {
        // A deep link sent to the site's home page is usually a page that is gone.
        if (current.href !== start.href && current.pathname === '/' && !current.search && start.pathname.replace(/\/(index\.\w+)?$/i, '') !== '') {
          movedTo = undefined;
          return result('unverified', ENGLISH.t('link.home-page'), status);
        }
        return result('ok', statusText(status), status);
      }
      if (status === 404 || status === 410) return result('gone', statusText(status), status);
      if (status >= 500) return failed('unreachable', ENGLISH.t('link.server-error', { status: statusText(status) }), status);
      if (status === 429) return result('unverified', ENGLISH.t('link.rate-limited', { status: statusText(status) }), status);
      if (status >= 400) return result('unverified', ENGLISH.t('link.refused-page', { status: statusText(status) }), status);
      return result('unverified', ENGLISH.t('link.unexpected', { status }), status);
    }
  }

  /** One hop: HEAD (GET if HEAD is turned down), and one more try after a backoff for passing failures. */
  private async fetchWithRetry(url: URL): Promise<{ answer: Answer; again: boolean }> {
    const host = await this.hostKey(url.hostname);
    const answer = await this.fetchOnce(url, host);
    const retryAfter = 'status' in answer ? parseRetryAfter(answer.retryAfter) : undefined;
    // A host that already timed out once in this run gets no second chance per URL.
    const passing =
      'error' in answer
        ? RETRIED_ERRORS.has(answer.code) && !(answer.code === 'ETIMEDOUT' && (this.timeouts.get(host) ?? 0) > 1)
        : !answer.challenge && (answer.status >= 500 || (answer.status === 429 && retryAfter !== undefined));
    // The host asked for a pause: no request of ours goes there before it ends (capped).
    if (retryAfter !== undefined) this.limiter.pause(host, this.clock.now() + Math.min(retryAfter, this.options.maxRetryAfterMs));
    if (!passing) return { answer, again: false };
    if (retryAfter !== undefined && retryAfter > this.options.maxRetryAfterMs) return { answer, again: false };
    const backoff = this.options.retryDelayMs * (1 + Math.random() * 0.5);
    const wait = Math.max(backoff, retryAfter ?? 0);
    await sleep(this.clock, wait);
    const second = await this.fetchOnce(url, host);
    // No time left for the retry: the first answer is what is known.
    if ('error' in second && (second.code === 'EBUDGET' || second.code === 'ESLOWHOST')) return { answer, again: false };
    return { answer: second, again: true };
  }

  /**
   * What the limits count by: the host's address (ten names for one server
   * share its two slots), or the name when it does not resolve here.
   */
  private hostKey(hostname: string): Promise<string> {
    let key = this.addresses.get(hostname);
    if (!key) this.addresses.set(hostname, (key = limitKey(hostname)));
    return key;
  }

  private async fetchOnce(url: URL, host: string): Promise<Answer> {
    this.budgetEnds ??= this.clock.now() + this.options.budgetMs;
    if ((this.timeouts.get(host) ?? 0) >= 2) return { error: ENGLISH.t('link.slow-host', { host: url.hostname }), code: 'ESLOWHOST', private: false };
    if (this.clock.now() >= this.budgetEnds) return { error: 'the run is out of time', code: 'EBUDGET', private: false };
    const release = await this.limiter.acquire(host);
    try {
      const left = this.budgetEnds - this.clock.now();
      if (left <= 0) return { error: 'the run is out of time', code: 'EBUDGET', private: false };
      const allowAddress = this.options.allowAddress ?? (this.options.allowPrivate ? () => true : isPublicAddress);
      const options: RequestOptions = { timeoutMs: Math.min(this.options.timeoutMs, left), userAgent: this.options.userAgent, allowAddress };
      this.stats.requests++;
      const head = await requestOnce(url, 'HEAD', options);
      if ('error' in head && head.code === 'ETIMEDOUT') this.timeouts.set(host, (this.timeouts.get(host) ?? 0) + 1);
      // Many servers mishandle HEAD (405, 501, 403, 404...): ask with GET before believing a failure.
      if ('status' in head && head.status >= 400 && head.status !== 429) {
        this.stats.requests++;
        const get = await requestOnce(url, 'GET', options);
        return { ...get, private: get.private || head.private };
      }
      return head;
    } finally {
      release();
    }
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
