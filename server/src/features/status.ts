/** The summary the status bar shows for the active report. */
import type { Analysis } from './analysis';

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
  const parts: string[] = [];
  if (model.template) parts.push(model.template.name, `${present}/${required} sections`);
  parts.push(`${model.notes.length} note${model.notes.length === 1 ? '' : 's'}`);
  if (withoutSource) parts.push(`${withoutSource} without source`);
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
