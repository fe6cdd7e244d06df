import { ibidSource, sourceUrls, type Note } from '../model';
import type { Rule } from './rule';

const hasSource = (note: Note): boolean => sourceUrls(note).length > 0 || note.dois.length > 0;

export const missingSourceUrl: Rule = {
  code: 'missing-source-url',
  defaultSeverity: 'warning',
  description: 'A footnote cites no http(s) URL and no DOI.',
  needsTemplate: false,
  check({ model, config, report }) {
    for (const note of model.notes) {
      if (hasSource(note) || (note.text === '' && note.def.codeSpans.length === 0)) continue; // empty-footnote covers empty notes
      if (note.isIbid) {
        const source = ibidSource(model, note);
        if (!source || hasSource(source)) continue; // no antecedent: ibid-without-antecedent says so
      }
      if (config.sources.allowWithoutUrl.some((re) => re.test(note.text))) continue;
      report({
        message: note.isIbid
          ? `Footnote [^${note.def.rawLabel}] is "Ibid." of a note with no source URL.`
          : `Footnote [^${note.def.rawLabel}] cites no source URL or DOI.`,
        start: note.def.start,
        end: note.def.labelEnd,
      });
    }
  },
};
