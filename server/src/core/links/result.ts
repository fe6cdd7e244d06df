/** The outcome of checking one URL, and how it reads as a problem. Pure. */
import type { Fix, Severity } from '../types';
import type { LinkTarget } from './targets';
import { readEnglish, type MessageKey, type Messages } from '../messages';

/** The link check's details, as its English words are made (checker.ts, http.ts, address.ts). */
const DETAILS: ReadonlyArray<MessageKey> = [
  'link.dns',
  'link.dns-failed',
  'link.refused',
  'link.reset',
  'link.timeout',
  'link.host-unreachable',
  'link.network-unreachable',
  'link.aborted',
  'link.invalid-http',
  'link.tls',
  'link.non-public',
  'link.resolves-non-public',
  'link.no-answer-within',
  'link.slow-host',
  'link.out-of-time',
  'link.redirects-private',
  'link.is-private',
  'link.challenge',
  'link.too-many-redirects',
  'link.invalid-redirect',
  'link.non-web-redirect',
  'link.loop',
  'link.home-page',
  'link.server-error',
  'link.rate-limited',
  'link.refused-page',
  'link.unexpected',
];

/**
 * A result's `detail` in the words of `messages`. Results keep English words (they are cached on disk and shared by
 * every editor of the machine); they are read back by the catalogue's English entries and said again. The HTTP
 * status ("404 Not Found") and words not read back (a system's own error text) are kept as they are.
 */
export function linkDetail(result: Pick<LinkResult, 'detail'>, messages: Messages): string {
  return sayDetail(result.detail, messages, 0);
}

function sayDetail(detail: string, messages: Messages, depth: number): string {
  if (messages.language === 'en') return detail;
  for (const key of DETAILS) {
    const params = readEnglish(key, detail);
    if (!params) continue;
    // A detail may hold another (a private address's own account): said again too, one level deep.
    if (params.error !== undefined && depth === 0) params.error = sayDetail(params.error, messages, 1);
    return messages.dynamic(key, params);
  }
  return detail;
}

export type LinkKind =
  /** Answers 2xx (after temporary redirects, if any). */
  | 'ok'
  /** Every redirect up to `movedTo` was permanent (301/308), and the end answers 2xx. */
  | 'moved'
  /** 404 or 410. */
  | 'gone'
  /** 5xx, DNS failure, refused or reset connection, timeout, TLS failure, redirect loop (passing failures after one retry). */
  | 'unreachable'
  /** 401, 403, 429 and other 4xx: the site would not let a checker see the page. */
  | 'unverified'
  /** Not fetched: the host is a private/loopback/link-local address and those are not allowed. */
  | 'blocked';

export interface LinkResult {
  /** The URL fetched (no fragment). */
  url: string;
  kind: LinkKind;
  /** The last HTTP status, when there was one. */
  status?: number;
  /** Human words for what happened: "404 Not Found", "host not found (DNS)". */
  detail: string;
  /** Where the redirects ended, when there were any. */
  finalUrl?: string;
  /** For `moved`: the last URL reached by permanent redirects only. */
  movedTo?: string;
  /** Epoch milliseconds. */
  checkedAt: number;
  /** The host resolved to a private address (allowed): cached results are only reused when that is allowed again. */
  private?: boolean;
  /** Failed before any server answered: the name did not resolve or the network had no route. Never cached. */
  network?: boolean;
  /** The failure was seen twice: the request was tried again after a pause. */
  retried?: boolean;
  /** Not asked at all (the run's time budget was used up). Never cached. */
  skipped?: boolean;
}

export interface LinkFinding {
  severity: Severity;
  message: string;
  fixes?: Fix[];
}

const show = (url: string): string => (url.length > 120 ? url.slice(0, 117) + '…' : url);

/** The problem to report for a target, if any. `ok` results report nothing. */
export function linkFinding(target: LinkTarget, result: LinkResult): LinkFinding | undefined {
  const what = target.doi ? `DOI ${target.doi}` : `"${show(target.written)}"`;
  const via = result.finalUrl && result.finalUrl !== result.url ? ` (redirected to "${show(result.finalUrl)}")` : '';
  switch (result.kind) {
    case 'ok':
      return undefined;
    case 'gone':
      return {
        severity: 'warning',
        message:
          target.doi && !result.finalUrl
            ? `Source gone: DOI ${target.doi} is not registered (doi.org answers ${result.detail}).`
            : `Source gone: ${what} answers ${result.detail}${via}.`,
      };
    case 'unreachable':
      return { severity: 'warning', message: `Source unreachable: ${what}: ${result.detail}${via}${result.retried ? ' (after one retry)' : ''}.` };
    case 'unverified':
      return {
        severity: 'hint',
        message: `Could not verify ${what}: ${result.detail}${via}. Sites often turn checkers away; open it in a browser.`,
      };
    case 'blocked':
      return { severity: 'hint', message: `Not checked: ${what} ${result.detail}.` };
    case 'moved': {
      const to = result.movedTo ?? result.finalUrl ?? result.url;
      const replacement = to + (target.fragment && !to.includes('#') ? target.fragment : '');
      const fixes: Fix[] =
        target.replaceable && !target.doi && safeReplacement(target.syntax, replacement)
          ? [
              {
                title: `Replace with "${show(replacement)}"`,
                edits: [{ start: target.start, end: target.end, newText: replacement }],
                safe: false,
                preferred: true,
              },
            ]
          : [];
      return { severity: 'info', message: `Source moved permanently: ${what} redirects to "${show(replacement)}"; cite the new address.`, fixes };
    }
  }
}

/**
 * Whether `url` can be written where the old URL was without changing how the
 * Markdown parses: no whitespace, angle brackets, backslashes, entities or
 * unbalanced parentheses; a bare (literal) URL must also end where GFM ends it.
 */
export function safeReplacement(syntax: LinkTarget['syntax'], url: string): boolean {
  if (!/^https?:\/\/[^\s<>\\`]+$/i.test(url) || /&#?\w+;/.test(url)) return false;
  if (syntax === 'autolink') return true;
  let depth = 0;
  for (const c of url) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  if (depth !== 0) return false;
  if (syntax === 'literal') {
    // GFM links a bare URL only with a plain domain, and ends it before trailing punctuation.
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      return false;
    }
    return /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/i.test(host) && /[\w/=#-]$/.test(url) && !/[*_~[\]"']/.test(url);
  }
  return syntax === 'link' || syntax === 'image' || syntax === 'definition';
}
