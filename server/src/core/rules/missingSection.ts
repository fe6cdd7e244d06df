import { insertMissingSectionsFix } from '../fixes/insertSection';
import type { Rule } from './rule';

export const missingSection: Rule = {
  code: 'missing-section',
  defaultSeverity: 'error',
  description: 'An entry lacks a required section of its template.',
  needsTemplate: true,
  check({ model, report }) {
    const template = model.template!;
    for (const entry of model.entries) {
      const present = new Set(entry.sections.map((s) => s.canonical));
      const missing = template.sections.filter((s) => !present.has(s));
      const name = entry.heading ? `"${entry.heading.name}"` : 'The report';
      const at = entry.heading ? { start: entry.heading.start, end: entry.heading.end } : { start: 0, end: 0 };
      for (const section of missing) {
        report({
          message: `${entry.heading ? 'Entry ' : ''}${name} is missing the section "${section}" (template ${template.name}).`,
          ...at,
          fixes: [
            { ...insertMissingSectionsFix(model, entry, [section]), preferred: true },
            ...(missing.length > 1 ? [insertMissingSectionsFix(model, entry, missing)] : []),
          ],
        });
      }
    }
  },
};
