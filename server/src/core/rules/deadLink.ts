import { linkFinding, type LinkResult } from '../links/result';
import { linkTargets } from '../links/targets';
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
  check({ model, config, links, citations, report }) {
    if (!links) return;
    for (const target of linkTargets(model, config.links.exclude, citations)) {
      const result: LinkResult | undefined = links(target.fetchUrl);
      if (!result) continue;
      const finding = linkFinding(target, result);
      if (finding) report({ message: finding.message, start: target.start, end: target.end, fixes: finding.fixes, severity: finding.severity });
    }
  },
};
