import type { Rule } from './rule';

export const emptyFootnote: Rule = {
  code: 'empty-footnote',
  defaultSeverity: 'error',
  description: 'A footnote definition has no text.',
  needsTemplate: false,
  check({ model, report }) {
    for (const note of model.notes) {
      if (note.text === '' && note.def.codeSpans.length === 0) {
        report({ message: `Footnote [^${note.def.rawLabel}] is empty.`, start: note.def.start, end: note.def.labelEnd });
      }
    }
  },
};
