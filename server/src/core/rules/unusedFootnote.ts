import { removeDefinitionFix } from '../fixes/footnotes';
import { strayCalls } from '../model';
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
    // A call on a line GFM shows as code, a number typed in HTML (`<sup>31</sup>`), a call a bare address runs on
    // into, or one written inside an HTML block, cites the note as its author sees it: removing the note would lose it. The finding says where the call
    // is, and how to make it one.
    const stray = strayCalls(model);
    for (const note of unused) {
      const code = stray.code.get(note.id);
      const html = code === undefined ? stray.html.get(note.id) : undefined;
      const address = code === undefined && html === undefined ? stray.address.get(note.id) : undefined;
      const block = code === undefined && html === undefined && address === undefined ? stray.block.get(note.id) : undefined;
      if (code !== undefined || html !== undefined || address !== undefined || block !== undefined) {
        const key =
          code !== undefined
            ? 'unused-footnote.in-code'
            : html !== undefined
              ? 'unused-footnote.in-html'
              : address !== undefined
                ? 'unused-footnote.in-address'
                : 'unused-footnote.in-html-block';
        report({
          message: messages.t(key, {
            label: note.def.rawLabel,
            line: lineOf(model.md.lineStarts, (code ?? html ?? address ?? block) as number) + 1,
          }),
          start: note.def.start,
          end: note.def.labelEnd,
          fixes: [],
        });
        continue;
      }
      // Calls written in a fenced block or a code span, code on purpose: the note is unused, and the finding says where
      // those calls are, so that the author sees why.
      const shown = stray.shown.get(note.id);
      report({
        message:
          shown === undefined
            ? messages.t('unused-footnote', { label: note.def.rawLabel })
            : messages.t('unused-footnote.in-shown-code', { label: note.def.rawLabel, line: lineOf(model.md.lineStarts, shown) + 1 }),
        start: note.def.start,
        end: note.def.labelEnd,
        fixes: [removeDefinitionFix(model, note, messages)],
      });
    }
  },
};
