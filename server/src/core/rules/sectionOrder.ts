import { moveSectionFix } from '../fixes/moveSection';
import type { Rule } from './rule';

export const sectionOrder: Rule = {
  code: 'section-order',
  defaultSeverity: 'warning',
  description: 'Required sections are present but not in template order.',
  needsTemplate: true,
  check({ model, readEnd, messages, report }) {
    for (const entry of model.entries) {
      const section = entry.misplaced;
      // Moving a section of an entry that runs into the part not read could move text not read.
      if (!section || entry.end > readEnd) continue;
      const expectedAfter = model.template!.sections[section.index - 1];
      report({
        message: expectedAfter
          ? messages.t('section-order.after', { section: section.heading.name, template: model.template!.name, after: expectedAfter })
          : messages.t('section-order.first', { section: section.heading.name, template: model.template!.name }),
        start: section.heading.start,
        end: section.heading.end,
        fixes: moveSectionFix(model, entry, section, messages),
      });
    }
  },
};
