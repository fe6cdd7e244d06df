import { linkDetail, linkFinding, type LinkResult } from '../links/result';
import { linkTargets, type LinkTarget } from '../links/targets';
import type { Messages } from '../messages';
import type { Fix } from '../types';
import type { Rule } from './rule';

/**
 * Reports the link check's results for the report's sources. The check itself
 * (network, cache) runs outside the pure core; this rule only reads its
 * results through `ctx.links`, and reports nothing when checking is off or a
 * result has not arrived yet.
 */
export const deadLink: Rule = {
  code: 'dead-link',
  defaultSeverity: 'warning',
  description: 'A source URL or DOI no longer answers (opt-in link check).',
  needsTemplate: false,
  check({ model, config, links, citations, messages, report }) {
    if (!links) return;
    for (const target of linkTargets(model, config.links.exclude, citations)) {
      const result: LinkResult | undefined = links(target.fetchUrl);
      if (!result) continue;
      // What to report and its fix are linkFinding's to decide (links/result.ts); the words are said here.
      const finding = linkFinding(target, result);
      if (finding) {
        const fixes = finding.fixes?.map((fix) => sayFix(fix, messages));
        report({ message: linkMessage(target, result, messages), start: target.start, end: target.end, fixes, severity: finding.severity });
      }
    }
  },
};

/** A URL in a message: long ones cut to 120 characters. */
const show = (url: string): string => (url.length > 120 ? url.slice(0, 117) + '…' : url);

/** What a link check's result says of a target, in the words of `messages` (as linkFinding words it in English). */
export function linkMessage(target: LinkTarget, result: LinkResult, messages: Messages): string {
  const what = target.doi ? messages.t('dead-link.doi', { doi: target.doi }) : messages.t('dead-link.url', { url: show(target.written) });
  const redirected = result.finalUrl && result.finalUrl !== result.url;
  const said = linkDetail(result, messages);
  const detail = redirected ? messages.t('dead-link.redirected', { detail: said, url: show(result.finalUrl!) }) : said;
  switch (result.kind) {
    case 'ok':
      return '';
    case 'gone':
      return target.doi && !result.finalUrl
        ? messages.t('dead-link.gone-doi', { doi: target.doi, detail: said })
        : messages.t('dead-link.gone', { what, detail });
    case 'unreachable':
      return messages.t('dead-link.unreachable', { what, detail: result.retried ? messages.t('dead-link.retried', { detail }) : detail });
    case 'unverified':
      return messages.t('dead-link.unverified', { what, detail });
    case 'blocked':
      return messages.t('dead-link.blocked', { what, detail: said });
    case 'moved': {
      const to = result.movedTo ?? result.finalUrl ?? result.url;
      const replacement = to + (target.fragment && !to.includes('#') ? target.fragment : '');
      return messages.t('dead-link.moved', { what, url: show(replacement) });
    }
  }
}

/** The fix of a moved source (its one edit writes the new address), titled in the words of `messages`. */
function sayFix(fix: Fix, messages: Messages): Fix {
  return { ...fix, title: messages.t('fix.replace-url', { url: show(fix.edits[0].newText) }) };
}
