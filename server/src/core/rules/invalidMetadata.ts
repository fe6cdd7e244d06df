import type { FrontMatterField } from '../model';
import { metadataProblem } from '../frontMatterFields';
import type { Rule } from './rule';

export { metadataProblem };

export const invalidMetadata: Rule = {
  code: 'invalid-metadata',
  defaultSeverity: 'warning',
  description: 'A known front matter field has the wrong type or format.',
  needsTemplate: false,
  check({ model, report }) {
    // A blog post's `status: Final` or `date: {created: …}` is its site's business, not a report's.
    if (!model.isReport) return;
    for (const field of model.frontMatter?.fields.values() ?? ([] as FrontMatterField[])) {
      if (field.key === 'template') continue; // unknown-template covers it
      const problem = metadataProblem(field.key, field.value);
      if (problem) report({ message: problem, start: field.valueStart, end: Math.max(field.valueEnd, field.valueStart) });
    }
  },
};
