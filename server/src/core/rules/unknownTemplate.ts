import type { ReportModel } from '../model';
import { SectionMatcher } from '../templates/templates';
import type { Template } from '../types';
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

/** Edit distance (Levenshtein), stopping early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** The closest name within a small distance (2, or less for short names), if one is clearly closest. */
export function nearestName(value: string, names: readonly string[]): string | undefined {
  const v = value.toLowerCase();
  const max = Math.min(2, Math.floor(v.length / 3));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const name of names) {
    const d = editDistance(v, name.toLowerCase(), max);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

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
