import { removeDefinitionFix } from '../fixes/footnotes';
import type { Rule } from './rule';

export const unusedFootnote: Rule = {
  code: 'unused-footnote',
  defaultSeverity: 'warning',
  description: 'A footnote definition is never referenced.',
  needsTemplate: false,
  check({ model, messages, report }) {
    for (const note of model.notes) {
      if (model.refsById.has(note.id)) continue;
      report({
        message: messages.t('unused-footnote', { label: note.def.rawLabel }),
        start: note.def.start,
        end: note.def.labelEnd,
        fixes: [removeDefinitionFix(model, note, messages)],
      });
    }
  },
};
