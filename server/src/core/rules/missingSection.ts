import { insertMissingSectionsFix, insertSectionFixes } from '../fixes/insertSection';
import type { Messages } from '../messages';
import { BACK_MATTER, missingSections, type Entry, type Heading, type ReportModel } from '../model';
import { normalizeSectionName, sectionLabel } from '../templates/templates';
import { editDistance } from '../text/distance';
import type { Fix } from '../types';
import type { Rule } from './rule';
import { partitionPoint } from '../text/search';

export const missingSection: Rule = {
  code: 'missing-section',
  defaultSeverity: 'error',
  description: 'An entry lacks a required section of its template.',
  needsTemplate: true,
  check({ model, readEnd, messages, report }) {
    const template = model.template!;
    for (const entry of model.entries) {
      // An entry that runs into the part not read (docs/parser.md, limits) may have its sections there.
      if (entry.missingCount === 0 || entry.end > readEnd) continue;
      const missing = missingSections(template, entry);
      const at = entry.heading ? { start: entry.heading.start, end: entry.heading.end } : { start: 0, end: 0 };
      const near = nearMisses(model, entry, missing);
      const insertAll = missing.length > 1 ? insertMissingSectionsFix(model, entry, missing, messages) : undefined;
      const inserts = insertSectionFixes(model, entry, missing, messages);
      for (let i = 0; i < missing.length; i++) {
        const section = missing[i];
        const label = sectionLabel(template, section, model.language);
        const heading = near.get(section);
        const insert = inserts[i];
        insert.preferred = !heading;
        const fixes: Fix[] = heading ? [renameHeadingFix(heading, label, messages), insert] : [insert];
        if (insertAll) fixes.push(insertAll);
        const message = entry.heading
          ? messages.t('missing-section.entry', { entry: entry.heading.name, section: label, template: template.name })
          : messages.t('missing-section.report', { section: label, template: template.name });
        report({
          message: heading ? `${message} ${messages.t('missing-section.did-you-mean', { heading: heading.name })}` : message,
          ...at,
          fixes,
        });
      }
    }
  },
};

/** Whether a heading reads as a section's name written differently ("What it is" for "What is it?"). */
function isClose(heading: string, name: string): boolean {
  const a = normalizeSectionName(heading);
  const b = normalizeSectionName(name);
  if (a === b) return true;
  const words = (s: string): string =>
    s
      .split(/[\s'’-]+/)
      .sort()
      .join(' ');
  if (words(a) === words(b)) return true;
  const limit = Math.max(1, Math.floor(Math.max(a.length, b.length) * 0.25));
  return editDistance(a, b, limit) <= limit;
}

/** For each missing section, a heading of the entry that is not a section but is close to its name or an alias. */
function nearMisses(model: ReportModel, entry: Entry, missing: string[]): Map<string, Heading> {
  const template = model.template!;
  const from = entry.heading ? entry.heading.end : 0;
  const level = entry.heading ? entry.heading.level : 0;
  const sectionStarts = new Set(entry.sections.map((s) => s.heading.start));
  // The entry's headings by binary search: entries do not overlap, so all entries together look at each heading once.
  const headings = model.headings;
  const lo = partitionPoint(headings.length, (k) => headings[k].start < from);
  const candidates: Heading[] = [];
  for (let k = lo; k < headings.length && headings[k].start < entry.end; k++) {
    const h = headings[k];
    // A heading of hundreds of characters is no section name written differently: not compared (each comparison sorts its words).
    if (h.level > level && h.name.length <= 300 && !sectionStarts.has(h.start) && !BACK_MATTER.has(normalizeSectionName(h.name))) candidates.push(h);
  }
  const out = new Map<string, Heading>();
  const used = new Set<Heading>();
  // A suggestion is a courtesy: past a fixed number of comparisons (a template of thousands of sections), none is made.
  let budget = 2000;
  for (const section of missing) {
    const names = [section, ...(template.aliases[section] ?? [])];
    if ((budget -= names.length * candidates.length) < 0) break;
    const h = candidates.find((c) => !used.has(c) && names.some((n) => isClose(c.name, n)));
    if (h) {
      out.set(section, h);
      used.add(h);
    }
  }
  return out;
}

function renameHeadingFix(heading: Heading, section: string, messages: Messages): Fix {
  return {
    title: messages.t('fix.rename-heading', { heading: heading.name, section }),
    edits: [{ start: heading.textStart, end: heading.textEnd, newText: section }],
    safe: false,
    preferred: true,
  };
}
