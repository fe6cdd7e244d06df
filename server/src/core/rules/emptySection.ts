import type { Rule } from './rule';

export const emptySection: Rule = {
  code: 'empty-section',
  defaultSeverity: 'warning',
  description: 'A template section has no content before the next heading of the same or a higher level.',
  needsTemplate: true,
  check({ model, messages, report }) {
    for (const entry of model.entries) {
      for (const section of entry.sections) {
        const raw = model.text.slice(section.heading.end, section.contentEnd);
        // Comments do not count as content; most sections have none, and need no copy without them.
        const body = raw.includes('<!--') ? raw.replace(/<!--[\s\S]*?-->/g, '') : raw;
        if (body.trim() === '') {
          report({ message: messages.t('empty-section', { section: section.heading.name }), start: section.heading.start, end: section.heading.end });
        }
      }
    }
  },
};
