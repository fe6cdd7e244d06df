import type { Rule } from './rule';

export const missingMetadata: Rule = {
  code: 'missing-metadata',
  defaultSeverity: 'warning',
  description: 'A front matter field the template requires is missing (or there is no front matter).',
  needsTemplate: true,
  check({ model, messages, report }) {
    const fm = model.frontMatter;
    if (fm && fm.errors.length) return; // front-matter-syntax says why
    for (const field of model.template!.metadata) {
      const value = fm?.fields.get(field)?.value;
      if (value === undefined || value === null || value === '') {
        report({
          message: fm
            ? messages.t('missing-metadata.field', { field, template: model.template!.name })
            : messages.t('missing-metadata.none', { fields: messages.quotedList(model.template!.metadata), template: model.template!.name }),
          start: fm ? fm.start : 0,
          end: fm ? fm.start + 3 : 0,
        });
        if (!fm) return;
      }
    }
  },
};
