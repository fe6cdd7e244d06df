/** The summary the status bar shows for the active report. */
import type { Analysis } from './analysis';
import { messagesIn } from '../core/messages';

export interface ReportStatus {
  template?: string;
  sectionsPresent: number;
  sectionsRequired: number;
  notes: number;
  notesWithoutSource: number;
  errors: number;
  warnings: number;
  text: string;
}

export function reportStatus(a: Analysis): ReportStatus {
  const model = a.model;
  let required = 0;
  let present = 0;
  if (model.template) {
    for (const e of model.entries) {
      required += model.template.sections.length;
      present += model.template.sections.length - e.missingCount;
    }
  }
  // The notes missing-source-url reports (one per source; never an aside, a short form or a traceable book).
  const withoutSource = model.notes.filter((n) => n.missingSource).length;
  const m = messagesIn(a.language);
  const parts: string[] = [];
  if (model.template) parts.push(model.template.name, m.t('status.sections', { present, required }));
  parts.push(m.plural('status.notes', model.notes.length, {}));
  if (withoutSource) parts.push(m.t('status.without-source', { count: withoutSource }));
  return {
    template: model.template?.name,
    sectionsPresent: present,
    sectionsRequired: required,
    notes: model.notes.length,
    notesWithoutSource: withoutSource,
    errors: a.problems.filter((p) => p.severity === 'error').length,
    warnings: a.problems.filter((p) => p.severity === 'warning').length,
    text: parts.join(' · '),
  };
}
