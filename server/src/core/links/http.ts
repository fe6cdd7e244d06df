/** One HTTP(S) request for the link check: headers only, a hard deadline, guarded addresses. */
import { ENGLISH, type MessageKey } from '../messages';
import type * as http from 'http';
import type * as httpsT from 'https';
import { guardedLookup, isPublicAddress, literalAddress } from './address';

export interface RequestOptions {
  timeoutMs: number;
  userAgent: string;
  /** Whether connecting to this IP address is allowed (default policy: public unicast only). */
  allowAddress: (address: string) => boolean;
}

export type Answer =
  | { status: number; location?: string; retryAfter?: string; private: boolean; /** A bot challenge page (`cf-mitigated: challenge`). */ challenge?: boolean }
  | { error: string; code: string; private: boolean };

const MESSAGES: Record<string, MessageKey> = {
  ENOTFOUND: 'link.dns',
  EAI_AGAIN: 'link.dns-failed',
  ECONNREFUSED: 'link.refused',
  ECONNRESET: 'link.reset',
  EPIPE: 'link.reset',
  ETIMEDOUT: 'link.timeout',
  EHOSTUNREACH: 'link.host-unreachable',
  ENETUNREACH: 'link.network-unreachable',
  ECONNABORTED: 'link.aborted',
  HPE_INVALID_CONSTANT: 'link.invalid-http',
};

/** A network error in English words (a result's `detail`; `linkDetail` says them again in the user's language). */
export function errorMessage(code: string, fallback: string): string {
  if (MESSAGES[code]) return ENGLISH.t(MESSAGES[code] as 'link.dns');
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i.test(code)) return ENGLISH.t('link.tls', { code });
  return fallback;
}

/** Sends `method` to `url` and resolves with the status line's facts as soon as the headers arrive; never rejects. */
export function requestOnce(url: URL, method: 'HEAD' | 'GET', options: RequestOptions): Promise<Answer> {
  return new Promise((resolve) => {
    let usedPrivate = false;
    const literal = literalAddress(url.hostname);
    if (literal) {
      if (!options.allowAddress(literal)) {
        resolve({ error: ENGLISH.t('link.non-public', { host: url.hostname }), code: 'EPRIVATE', private: true });
        return;
      }
      usedPrivate = !isPublicAddress(literal);
    }
    let settled = false;
    const finish = (a: Answer): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(a);
    };
    // Loaded on first use: a run that checks no links never needs them (BENCHMARKS.md, "Whole process").
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const transport: typeof http | typeof httpsT = url.protocol === 'https:' ? require('https') : require('http');
    let req: http.ClientRequest;
    try {
      req = transport.request(url, {
        method,
        agent: false,
        lookup: guardedLookup(options.allowAddress, () => (usedPrivate = true)) as never,
        headers: {
          'User-Agent': options.userAgent,
          Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
          'Accept-Language': 'en;q=0.9,*;q=0.5',
          'Accept-Encoding': 'identity',
        },
      });
    } catch (e) {
      resolve({ error: (e as Error).message, code: (e as NodeJS.ErrnoException).code ?? 'EINVAL', private: usedPrivate });
      return;
    }
    const timer = setTimeout(() => {
      finish({ error: ENGLISH.t('link.no-answer-within', { seconds: Math.round(options.timeoutMs / 100) / 10 }), code: 'ETIMEDOUT', private: usedPrivate });
      req.destroy();
    }, options.timeoutMs);
    req.on('response', (res) => {
      const location = res.headers.location;
      const retryAfter = res.headers['retry-after'];
      const challenge = String(res.headers['cf-mitigated'] ?? '').toLowerCase() === 'challenge' || undefined;
      finish({ status: res.statusCode ?? 0, location, retryAfter, private: usedPrivate, challenge });
      // Only the status matters: drop the body (a GET may be a large page).
      res.on('error', () => undefined);
      res.destroy();
      req.destroy();
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      const code = e.code ?? (e.message === 'socket hang up' ? 'ECONNRESET' : 'EUNKNOWN');
      finish({ error: errorMessage(code, e.message), code, private: usedPrivate || code === 'EPRIVATE' });
    });
    req.end();
  });
}
