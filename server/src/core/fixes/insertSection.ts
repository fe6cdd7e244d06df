import { ENGLISH, type Messages } from '../messages';
import type { Entry, ReportModel } from '../model';
import type { Fix, Template } from '../types';
import { blankLineBefore, eolOf } from './edits';
import { partitionPoint } from '../text/search';
import { flat } from '../text/flat';
import { sectionLabel } from '../templates/templates';

export const SECTION_PLACEHOLDER = '_To be written._';
/** The placeholder paragraph of an inserted section, per language. */
const PLACEHOLDERS: Record<string, string> = { en: SECTION_PLACEHOLDER, fr: '_À rédiger._' };

export function sectionPlaceholder(language: string): string {
  return PLACEHOLDERS[language] ?? SECTION_PLACEHOLDER;
}

/** The heading level sections of `entry` use. */
export function sectionLevel(entry: Entry): number {
  if (entry.sections.length) return entry.sections[0].heading.level;
  return entry.heading ? Math.min(entry.heading.level + 1, 6) : 2;
}

const orders = new WeakMap<Template, Map<string, number>>();

/** Each required section's position in its template. */
function sectionOrder(template: Template): Map<string, number> {
  let order = orders.get(template);
  if (!order) orders.set(template, (order = new Map(template.sections.map((s, i) => [s, i]))));
  return order;
}

/** Inserts each missing section where the template puts it, at the entry's section level (its title in the language of `messages`). */
export function insertMissingSectionsFix(model: ReportModel, entry: Entry, missing: string[], messages: Messages = ENGLISH): Fix {
  const template = model.template!;
  const eol = eolOf(model);
  const level = sectionLevel(entry);
  const byOffset = new Map<number, string[]>();
  const order = sectionOrder(template);
  // The entry's required sections by template position, to find "the next present one" by binary search.
  const present = entry.sections.filter((s) => s.required).sort((a, b) => a.index - b.index);
  for (const name of missing) {
    const index = order.get(name) ?? -1;
    const lo = partitionPoint(present.length, (k) => present[k].index <= index);
    const next = present[lo];
    const at = next ? next.heading.start : entry.end;
    const list = byOffset.get(at) ?? [];
    list.push(name);
    byOffset.set(at, list);
  }
  const label = (n: string): string => sectionLabel(template, n, model.language);
  const placeholder = sectionPlaceholder(model.language);
  const edits = [...byOffset].map(([at, names]) => {
    const block = names.map((n) => `${'#'.repeat(level)} ${label(n)}${eol}${eol}${placeholder}${eol}`).join(eol);
    const atEnd = at >= model.text.length;
    return { start: at, end: at, newText: (atEnd ? blankLineBefore(model.text, at, eol) : '') + block + (atEnd ? '' : eol) };
  });
  const title =
    missing.length === 1
      ? messages.t('fix.insert-section', { section: label(missing[0]) })
      : messages.t('fix.insert-all-sections', { sections: messages.quotedList(missing.map(label)) });
  return { title, edits, safe: false };
}

/**
 * One fix per missing section, each inserting that section where the template puts it: what
 * `insertMissingSectionsFix(model, entry, [name])` gives for each name, made in one pass (an entry missing
 * thousands of sections of a large template gets thousands of fixes; a pass each made most of a check's garbage).
 */
export function insertSectionFixes(model: ReportModel, entry: Entry, missing: readonly string[], messages: Messages = ENGLISH): Fix[] {
  const template = model.template!;
  const eol = eolOf(model);
  const hashes = '#'.repeat(sectionLevel(entry));
  const order = sectionOrder(template);
  const present = entry.sections.filter((s) => s.required).sort((a, b) => a.index - b.index);
  const placeholder = sectionPlaceholder(model.language);
  return missing.map((canonical) => {
    const name = sectionLabel(template, canonical, model.language);
    const index = order.get(canonical) ?? -1;
    const next = present[partitionPoint(present.length, (k) => present[k].index <= index)];
    const at = next ? next.heading.start : entry.end;
    const atEnd = at >= model.text.length;
    const block = `${hashes} ${name}${eol}${eol}${placeholder}${eol}`;
    const newText = (atEnd ? blankLineBefore(model.text, at, eol) : '') + block + (atEnd ? '' : eol);
    return { title: flat(messages.t('fix.insert-section', { section: name })), edits: [{ start: at, end: at, newText: flat(newText) }], safe: false };
  });
}
