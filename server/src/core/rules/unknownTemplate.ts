import type { ReportModel } from '../model';
import { SectionMatcher } from '../templates/templates';
import type { Template } from '../types';
import { nearestName } from '../text/distance';
import type { Rule } from './rule';

/**
 * `template:` names no template. Site generators use the same key for page
 * layouts (`template: post`), so outside reports this fires only when the
 * value is a near miss of a template's name, or when the file's headings are
 * a template's sections (docs/rules.md#unknown-template).
 */
export const unknownTemplate: Rule = {
  code: 'unknown-template',
  defaultSeverity: 'error',
  description: 'The front matter names a template that is neither built in nor in the config.',
  needsTemplate: false,
  check({ model, config, report }) {
    const field = model.templateField;
    if (!field) return;
    const at = { start: field.valueStart, end: field.valueEnd };
    if (typeof field.value !== 'string' || !field.value.trim()) {
      if (model.isReport) report({ message: '`template` must name a template.', ...at });
      return;
    }
    const value = field.value.trim();
    if (config.templates.has(value)) return;
    const near = nearestName(value, [...config.templates.keys()]);
    const byHeadings = near ? undefined : templateOfHeadings(model, [...config.templates.values()]);
    const suggestion = near ?? byHeadings?.name;
    if (!model.isReport && !suggestion) return;
    const fixes = suggestion ? [{ title: `Use the template "${suggestion}"`, edits: [{ ...at, newText: suggestion }], safe: false, preferred: true }] : [];
    let message = `Unknown template "${value}".`;
    if (near) message += ` Did you mean "${near}"?`;
    else if (byHeadings) message += ` Its headings (${byHeadings.matched.map((h) => `"${h}"`).join(', ')}) are sections of the template "${byHeadings.name}".`;
    else message += ` Known templates: ${[...config.templates.keys()].join(', ')}.`;
    report({ message, ...at, fixes });
  },
};

/** A template at least two of whose required sections are the file's headings. */
function templateOfHeadings(model: ReportModel, templates: readonly Template[]): { name: string; matched: string[] } | undefined {
  let best: { name: string; matched: string[] } | undefined;
  for (const t of templates) {
    const matcher = new SectionMatcher(t);
    const matched = new Set<string>();
    for (const h of model.headings) {
      const m = matcher.match(h.name);
      if (m?.required) matched.add(m.canonical);
    }
    const need = Math.min(2, t.sections.length);
    if (matched.size >= need && (!best || matched.size > best.matched.length)) best = { name: t.name, matched: [...matched] };
  }
  return best;
}
