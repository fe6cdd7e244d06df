import type { Rule } from './rule';

const KNOWN_SCHEMES = new Set(['http', 'https', 'mailto', 'ftp', 'ftps', 'tel', 'doi', 'urn', 'data', 'file', 'sftp']);

const cache = new Map<string, string | undefined>();

/** Why a URL is malformed, or undefined. Relative references are fine. (Cached: reports cite the same URLs again and again.) */
export function urlProblem(url: string): string | undefined {
  if (cache.has(url)) return cache.get(url);
  const problem = findUrlProblem(url);
  if (cache.size > 50000) cache.clear();
  cache.set(url, problem);
  return problem;
}

function findUrlProblem(url: string): string | undefined {
  if (/\s/.test(url)) return 'contains spaces (encode them as %20)';
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]+):/.exec(url);
  if (!m) return undefined;
  const scheme = m[1].toLowerCase();
  if (!KNOWN_SCHEMES.has(scheme)) return `has an unknown scheme "${m[1]}:"`;
  if (scheme === 'http' || scheme === 'https' || scheme === 'ftp' || scheme === 'ftps') {
    if (!/^[a-zA-Z]+:\/\//.test(url)) return `needs "//" after "${m[1]}:"`;
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      return 'is not a valid URL';
    }
    if (!host) return 'has no host';
    if (!host.includes('.') && host !== 'localhost' && !host.startsWith('[')) return `has an incomplete host "${host}"`;
  }
  if (scheme === 'mailto' && !/^mailto:[^@\s]+@[^@\s]+$/i.test(url)) return 'is not a valid e-mail address';
  return undefined;
}

// Scheme-like tokens in note text that no Markdown construct turned into a URL.
const reSuspect = /\b[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^\s<>]*|\bhttps?:\/?(?!\/)[^\s<>]*|\bhttps?\/\/[^\s<>]*/g;

export const invalidUrl: Rule = {
  code: 'invalid-url',
  defaultSeverity: 'error',
  description: 'A URL in a footnote, link or autolink is malformed (spaces, no host, unknown scheme).',
  needsTemplate: false,
  check({ model, report }) {
    for (const u of model.md.urls) {
      const problem = urlProblem(u.url);
      if (problem) report({ message: `URL "${u.url}" ${problem}.`, start: u.start, end: u.end });
    }
    const text = model.text;
    for (const note of model.notes) {
      for (const span of note.def.textSpans) {
        const line = text.slice(span.start, span.end);
        for (const m of line.matchAll(reSuspect)) {
          const start = span.start + (m.index as number);
          const end = start + m[0].replace(/[.,;:)\]]+$/, '').length;
          if (note.urls.some((u) => u.start < end && start < u.end)) continue;
          if (note.def.codeSpans.some((c) => c.start < end && start < c.end)) continue;
          const token = text.slice(start, end);
          report({ message: `"${token}" looks like a URL but ${urlProblem(token) ?? 'is not one'}.`, start, end });
        }
      }
    }
  },
};
