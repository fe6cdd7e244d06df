import { sourceUrls } from '../model';
import type { Rule } from './rule';

export function normalizeUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/[/#]+$/, '').toLowerCase();
}

export const duplicateSource: Rule = {
  code: 'duplicate-source',
  defaultSeverity: 'info',
  description: 'Two different full notes cite the same URL (a short note or "Ibid." would do).',
  needsTemplate: false,
  check({ model, report }) {
    const firstCiter = new Map<string, string>();
    const notes = [...model.notes].sort((a, b) => a.def.start - b.def.start);
    for (const note of notes) {
      if (note.isIbid) continue;
      for (const url of new Set(sourceUrls(note).map((u) => normalizeUrl(u.url)))) {
        const first = firstCiter.get(url);
        if (first === undefined) firstCiter.set(url, note.def.rawLabel);
        else if (first !== note.def.rawLabel) {
          report({
            message: `Footnote [^${note.def.rawLabel}] cites the same source as [^${first}]: consider a short note or "Ibid.".`,
            start: note.def.start,
            end: note.def.labelEnd,
          });
        }
      }
    }
  },
};
