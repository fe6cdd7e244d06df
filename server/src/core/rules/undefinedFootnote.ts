import { addDefinitionStubFix } from '../fixes/footnotes';
import type { Rule } from './rule';

export const undefinedFootnote: Rule = {
  code: 'undefined-footnote',
  defaultSeverity: 'error',
  description: 'A footnote reference has no definition.',
  needsTemplate: false,
  check({ model, report }) {
    for (const ref of model.md.undefinedRefs) {
      report({
        message: `Footnote [^${ref.rawLabel}] has no definition.`,
        start: ref.start,
        end: ref.end,
        fixes: [addDefinitionStubFix(model, ref.rawLabel)],
      });
    }
  },
};
