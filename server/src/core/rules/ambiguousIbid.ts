import { sourceUrls, type Note } from '../model';
import { reAnyTitle } from '../notes/classify';
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
 * One work (one title, no "; " between citations) given at several addresses of one site ("“Types of DAOs.” Harbour.io,
 * 2022. https://www.harbour.io/blog/daos, https://blog.harbour.io/daos"): the same article, so "Ibid." is not ambiguous
 * (docs/rules.md#ambiguous-ibid).
 */
function oneWorkOfOneSite(note: Note, urls: Set<string>): boolean {
  if (note.reading.title === undefined || /;\s/.test(note.prose) || (note.prose.match(reAnyTitle) ?? []).length !== 1) return false;
  const sites = new Set([...urls].map(siteOf));
  return sites.size === 1 && !sites.has(undefined);
}

/** A site by its host's last two labels, or three under a country's second level ("harbour.co.uk"); lower case. */
function siteOf(url: string): string | undefined {
  const host = /^[a-z][a-z\d+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(url)?.[1]?.toLowerCase();
  if (host === undefined) return undefined;
  const labels = host.split('.');
  const second = labels.length >= 3 && labels[labels.length - 1].length === 2 && labels[labels.length - 2].length <= 3;
  return labels.slice(second ? -3 : -2).join('.');
}
