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
  check({ model, config, messages, report }) {
    const field = model.templateField;
    if (!field) return;
    const at = { start: field.valueStart, end: field.valueEnd };
    if (typeof field.value !== 'string' || !field.value.trim()) {
      if (model.isReport) report({ message: messages.t('unknown-template.empty'), ...at });
      return;
    }
    const value = field.value.trim();
    if (config.templates.has(value)) return;
    const near = nearestName(value, [...config.templates.keys()]);
    const byHeadings = near ? undefined : templateOfHeadings(model, [...config.templates.values()]);
    const suggestion = near ?? byHeadings?.name;
    if (!model.isReport && !suggestion) return;
    const fixes = suggestion
      ? [{ title: messages.t('fix.use-template', { template: suggestion }), edits: [{ ...at, newText: suggestion }], safe: false, preferred: true }]
      : [];
    const more = near
      ? messages.t('unknown-template.did-you-mean', { template: near })
      : byHeadings
        ? messages.t('unknown-template.by-headings', { headings: messages.quotedList(byHeadings.matched), template: byHeadings.name })
        : messages.t('unknown-template.known', { templates: [...config.templates.keys()].join(', ') });
    report({ message: `${messages.t('unknown-template', { template: value })} ${more}`, ...at, fixes });
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
