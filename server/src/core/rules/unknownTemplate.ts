import type { Rule } from './rule';

export const unknownTemplate: Rule = {
  code: 'unknown-template',
  defaultSeverity: 'error',
  description: 'The front matter names a template that is neither built in nor in the config.',
  needsTemplate: false,
  check({ model, config, report }) {
    const field = model.templateField;
    if (!field) return;
    if (typeof field.value !== 'string' || !field.value.trim()) {
      report({ message: '`template` must name a template.', start: field.valueStart, end: field.valueEnd });
      return;
    }
    if (!config.templates.has(field.value.trim())) {
      report({
        message: `Unknown template "${field.value.trim()}". Known templates: ${[...config.templates.keys()].join(', ')}.`,
        start: field.valueStart,
        end: field.valueEnd,
      });
    }
  },
};
