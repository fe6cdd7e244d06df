import type { Messages } from '../messages';
import type { ReportModel } from '../model';
import type { MdFootnoteDef } from '../parse/markdown';
import type { Fix } from '../types';
import type { Rule } from './rule';

export const emptyFootnote: Rule = {
  code: 'empty-footnote',
  defaultSeverity: 'error',
  description: 'A footnote definition has no content (no text, code, list or table).',
  needsTemplate: false,
  check({ model, messages, report }) {
    for (const note of model.notes) {
      if (note.def.blocks > 0) continue;
      const orphan = orphanedText(model, note.def, messages);
      // An empty definition nobody cites renders nothing at all: unused-footnote reports it (docs/rules.md#empty-footnote).
      if (!orphan && !model.refsById.has(note.id)) continue;
      const label = note.def.rawLabel;
      report({
        message: !orphan
          ? messages.t('empty-footnote', { label })
          : orphan.indent === 0
            ? messages.t('empty-footnote.orphan', { label })
            : messages.t('empty-footnote.under-indented', { label, indent: orphan.indent, more: 4 - orphan.indent }),
        start: note.def.start,
        end: note.def.labelEnd,
        fixes: orphan ? [orphan.fix] : undefined,
      });
    }
  },
};

/** Block starts that are not a paragraph's text: such a line after `[^x]:` is not the note's lost text. */
const reOtherBlock = /^(?:\[\^[^\]]*\]:|\[[^\]]+\]:|#{1,6}(?:\s|$)|>|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|```|~~~|<|\||(?:[-*_][ \t]*){3,}$|=+[ \t]*$)/;

/**
 * When `[^x]:` stands alone and the paragraph right after it (after at most
 * one blank line) is indented less than 4 spaces, that paragraph is the
 * note's text left outside it: the fix indents each of its lines by the
 * spaces its first line lacks (4 in all).
 */
function orphanedText(model: ReportModel, def: MdFootnoteDef, messages: Messages): { fix: Fix; indent: number } | undefined {
  const text = model.text;
  const starts = model.md.lineStarts;
  const lineText = (n: number): string => {
    const s = starts[n];
    let e = n + 1 < starts.length ? starts[n + 1] : text.length;
    while (e > s && (text.charCodeAt(e - 1) === 10 || text.charCodeAt(e - 1) === 13)) e--;
    return text.slice(s, e);
  };
  if (text.slice(def.labelEnd + 1, lineEndOf(text, def.labelEnd)).trim() !== '') return undefined;
  let n = def.line + 1;
  if (n < starts.length && lineText(n).trim() === '') n++;
  if (n >= starts.length) return undefined;
  const first = lineText(n);
  const indent = /^ */.exec(first)![0].length;
  if (first.trim() === '' || indent >= 4 || first.includes('\t') || reOtherBlock.test(first.trimStart())) return undefined;
  const edits: Fix['edits'] = [];
  for (let k = n; k < starts.length && lineText(k).trim() !== ''; k++) {
    if (k > n && reOtherBlock.test(lineText(k).trimStart())) break;
    edits.push({ start: starts[k], end: starts[k], newText: ' '.repeat(4 - indent) });
  }
  return { fix: { title: messages.t('fix.indent-note', { label: def.rawLabel }), edits, safe: false, preferred: true }, indent };
}

function lineEndOf(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}
