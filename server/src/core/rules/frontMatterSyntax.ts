import type { Rule } from './rule';

export const frontMatterSyntax: Rule = {
  code: 'front-matter-syntax',
  defaultSeverity: 'error',
  description: 'The front matter is not valid YAML.',
  needsTemplate: false,
  check({ model, report }) {
    for (const e of model.frontMatter?.errors ?? []) report({ message: `Front matter: ${e.message}`, start: e.start, end: e.end });
  },
};
