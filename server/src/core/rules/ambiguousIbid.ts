import { sourceUrls, type Note } from '../model';
import { reAnyTitle, reSingleQuotedTitle } from '../notes/classify';
import type { Rule } from './rule';

export const ambiguousIbid: Rule = {
  code: 'ambiguous-ibid',
  defaultSeverity: 'warning',
  description: 'An "Ibid." note follows a note that cites more than one source URL.',
  needsTemplate: false,
  check({ model, messages, report }) {
    for (let i = 1; i < model.readingOrder.length; i++) {
      const note = model.readingOrder[i];
      const prev = model.readingOrder[i - 1];
      if (!note.isIbid || prev.isIbid) continue;
      const urls = new Set(sourceUrls(prev).map((u) => u.url));
      if (urls.size > 1 && !oneWorkOfOneSite(prev, urls)) {
        report({
          message: messages.t('ambiguous-ibid', { label: note.def.rawLabel, previous: prev.def.rawLabel, count: urls.size }),
          start: note.def.start,
          end: note.def.labelEnd,
        });
      }
    }
  },
};

/**
 * One work (one title, no "; " between citations) at several addresses that are one document (docs/rules.md#ambiguous-ibid):
 * its page on two hosts of one site ("https://www.harbour.io/blog/daos", "https://blog.harbour.io/blog/daos"), a page and
 * the site's home page, or pages within one document of one host ("…/details/tides/page/n6", "…/details/tides/page/n22").
 * A second page of a site ("…/tides" and "…/reply") is a second work, and "Ibid." is ambiguous.
 */
function oneWorkOfOneSite(note: Note, urls: Set<string>): boolean {
  const titles = (note.prose.match(reAnyTitle) ?? []).length + (note.prose.match(reSingleQuotedTitle) ?? []).length;
  if (note.reading.title === undefined || /;\s/.test(note.prose) || titles !== 1) return false;
  const places = [...urls].map(placeOf);
  if (places.some((p) => p === undefined)) return false;
  const known = places as Place[];
  if (new Set(known.map((p) => p.site)).size !== 1) return false;
  const pages = known.filter((p) => p.path.length > 0);
  return pages.every((a) => pages.every((b) => a === b || sameDocument(a, b)));
}

interface Place {
  host: string;
  site: string;
  path: string[];
  query: string;
}

/** Hosts whose names under them are the sites of different people ("reyes.github.io", "lund.github.io"). */
const SHARED_HOSTS = new Set([
  'github.io',
  'gitlab.io',
  'blogspot.com',
  'wordpress.com',
  'substack.com',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'herokuapp.com',
  'tumblr.com',
  'neocities.org',
]);

/** Where an address points: its host (without "www."), its site (see below) and its path's segments. */
function placeOf(url: string): Place | undefined {
  const m = /^[a-z][a-z\d+.-]*:\/\/(?:[^/?#@]*@)?([^/?#]+)([^?#]*)(\?[^#]*)?/i.exec(url);
  if (!m) return undefined;
  const host = m[1].toLowerCase().replace(/^www\./, '');
  const path = m[2].split('/').filter((s) => s !== '');
  return { host, site: siteOf(host), path, query: m[3] ?? '' };
}

/**
 * A site by its host's last two labels, or three under a country's second level ("harbour.co.uk") or under a host shared
 * by many sites ("reyes.github.io"); an address by number or with a port is its own site.
 */
function siteOf(host: string): string {
  if (/^[\d.]+(?::\d+)?$|^\[|:/.test(host)) return host;
  const labels = host.split('.');
  const two = labels.slice(-2).join('.');
  const second = labels.length >= 3 && labels[labels.length - 1].length === 2 && labels[labels.length - 2].length <= 3;
  return labels.slice(second || SHARED_HOSTS.has(two) ? -3 : -2).join('.');
}

/**
 * One page at two hosts of a site (the same last segment and query), or two pages of one document at one host: one
 * path inside the other, or the same but for the numbers after a page marker ("…/details/tides/page/n6", "…/page/n22").
 */
function sameDocument(a: Place, b: Place): boolean {
  if (a.query !== b.query) return false;
  if (a.host !== b.host) return a.path[a.path.length - 1] === b.path[b.path.length - 1];
  const n = Math.min(a.path.length, b.path.length);
  let common = 0;
  while (common < n && a.path[common] === b.path[common]) common++;
  if (common === n) return true;
  return a.path.length === b.path.length && a.path.every((seg, i) => seg === b.path[i] || (i > 0 && /^(?:page|pages|p|seite|s)$/i.test(a.path[i - 1])));
}
