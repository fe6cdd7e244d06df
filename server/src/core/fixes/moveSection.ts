import { ENGLISH, type Messages } from '../messages';
import type { Entry, ReportModel, Section } from '../model';
import type { Fix } from '../types';
import { eolOf } from './edits';

/** Moves `section` (heading and content) before the first section the template puts after it (its title in the language of `messages`). */
export function moveSectionFix(model: ReportModel, entry: Entry, section: Section, messages: Messages = ENGLISH): Fix[] {
  const target = entry.sections.find((s) => s.required && s.index > section.index && s.heading.start < section.heading.start);
  if (!target) return [];
  const eol = eolOf(model);
  let block = model.text.slice(section.heading.start, section.contentEnd);
  if (!block.endsWith(eol)) block += eol;
  if (!block.endsWith(eol + eol)) block += eol;
  return [
    {
      title: messages.t('fix.move-section', { section: section.heading.name, target: target.heading.name }),
      edits: [
        { start: target.heading.start, end: target.heading.start, newText: block },
        { start: section.heading.start, end: section.contentEnd, newText: '' },
      ],
      safe: false,
      preferred: true,
    },
  ];
}
