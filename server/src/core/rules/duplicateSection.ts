import type { Rule } from './rule';

export const duplicateSection: Rule = {
  code: 'duplicate-section',
  defaultSeverity: 'warning',
  description: 'The same template section appears twice in one entry.',
  needsTemplate: true,
  check({ model, messages, report }) {
    for (const entry of model.entries) {
      // One section cannot repeat: no map for it (a report of many one-section entries made one each).
      if (entry.sections.length < 2) continue;
      const seen = new Map<string, number>();
      for (const section of entry.sections) {
        const first = seen.get(section.canonical);
        if (first !== undefined) {
          report({
            message: messages.t('duplicate-section', { section: section.canonical, line: first + 1 }),
            start: section.heading.start,
            end: section.heading.end,
          });
        } else seen.set(section.canonical, section.heading.line);
      }
    }
  },
};
