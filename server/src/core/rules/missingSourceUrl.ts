import type { Rule } from './rule';

export const missingSourceUrl: Rule = {
  code: 'missing-source-url',
  defaultSeverity: 'warning',
  description: 'A citation gives no way to find its source: an online source without its link, or no link and no details to trace it by.',
  needsTemplate: false,
  check({ model, report }) {
    // The model reads every note once and applies the policy (sources.require, allowWithoutUrl):
    // commentary, cross-references, short citations and traceable offline sources are never reported.
    for (const note of model.notes) {
      if (!note.missingSource) continue;
      report({ message: `Footnote [^${note.def.rawLabel}] ${note.missingSource}.`, start: note.def.start, end: note.def.labelEnd });
    }
  },
};
