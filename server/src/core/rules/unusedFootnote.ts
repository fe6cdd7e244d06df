import { removeDefinitionFix } from '../fixes/footnotes';
import { citedInIndentedCode } from '../model';
import { lineOf } from '../text/lines';
import type { Rule } from './rule';

export const unusedFootnote: Rule = {
  code: 'unused-footnote',
  defaultSeverity: 'warning',
  description: 'A footnote definition is never referenced.',
  needsTemplate: false,
  check({ model, messages, report }) {
    const unused = model.notes.filter((note) => !model.refsById.has(note.id));
    if (unused.length === 0) return;
    // A call on a line indented four spaces is code to GFM: the note is cited as its author sees it, so removing the
    // note would lose it. The finding says where the call is, and how to make it one.
    const inCode = citedInIndentedCode(model, new Set(unused.map((note) => note.id)));
    for (const note of unused) {
      const call = inCode.get(note.id);
      if (call !== undefined) {
        report({
          message: messages.t('unused-footnote.in-code', { label: note.def.rawLabel, line: lineOf(model.md.lineStarts, call) + 1 }),
          start: note.def.start,
          end: note.def.labelEnd,
          fixes: [],
        });
        continue;
      }
      report({
        message: messages.t('unused-footnote', { label: note.def.rawLabel }),
        start: note.def.start,
        end: note.def.labelEnd,
        fixes: [removeDefinitionFix(model, note, messages)],
      });
    }
  },
};
