import type { Rule } from './rule';

export const duplicateFootnote: Rule = {
  code: 'duplicate-footnote',
  defaultSeverity: 'error',
  description: 'A second definition of the same footnote label.',
  needsTemplate: false,
  check({ model, report }) {
    for (const notes of model.notesById.values()) {
      for (const note of notes.slice(1)) {
        report({
          message: `Footnote [^${note.def.rawLabel}] is defined again (first on line ${notes[0].def.line + 1}); GFM uses the first.`,
          start: note.def.start,
          end: note.def.labelEnd,
        });
      }
    }
  },
};
