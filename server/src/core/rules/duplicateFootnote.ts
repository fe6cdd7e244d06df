import type { Rule } from './rule';

export const duplicateFootnote: Rule = {
  code: 'duplicate-footnote',
  defaultSeverity: 'error',
  description: 'A second definition of the same footnote label.',
  needsTemplate: false,
  check({ model, messages, report }) {
    for (const notes of model.notesById.values()) {
      for (const note of notes.slice(1)) {
        report({
          message: messages.t('duplicate-footnote', { label: note.def.rawLabel, line: notes[0].def.line + 1 }),
          start: note.def.start,
          end: note.def.labelEnd,
        });
      }
    }
  },
};
