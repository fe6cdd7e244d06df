import { moveSectionFix } from '../fixes/moveSection';
import type { Rule } from './rule';

export const sectionOrder: Rule = {
  code: 'section-order',
  defaultSeverity: 'warning',
  description: 'Required sections are present but not in template order.',
  needsTemplate: true,
  check({ model, report }) {
    for (const entry of model.entries) {
      const seen = new Set<string>();
      let highest = -1;
      for (const section of entry.sections) {
        if (!section.required || seen.has(section.canonical)) continue;
        seen.add(section.canonical);
        if (section.index < highest) {
          const expectedAfter = model.template!.sections[section.index - 1];
          report({
            message: `Section "${section.heading.name}" is out of order: the template ${model.template!.name} puts it ${
              expectedAfter ? `after "${expectedAfter}"` : 'first'
            }.`,
            start: section.heading.start,
            end: section.heading.end,
            fixes: moveSectionFix(model, entry, section),
          });
          break;
        }
        highest = section.index;
      }
    }
  },
};
