import { ENGLISH, type Messages } from '../messages';
import type { Note, ReportModel } from '../model';
import type { Fix, TextEdit } from '../types';
import { applyEdits, blankLineBefore, eolOf, lineStartAt, nextLineStart } from './edits';

export const DEFINITION_STUB = 'TODO: Author. "Title." Publication. Date. https://';

const lastDefinitions = new WeakMap<ReportModel, Note | undefined>();

/** The definition that ends last (once per model: a report may lack thousands of definitions). */
function lastDefinition(model: ReportModel): Note | undefined {
  if (!lastDefinitions.has(model))
    lastDefinitions.set(
      model,
      model.notes.reduce<Note | undefined>((a, n) => (!a || n.def.end > a.def.end ? n : a), undefined),
    );
  return lastDefinitions.get(model);
}

/** Adds `[^label]: ...` after the last definition, or at the end of the report (its title in the language of `messages`). */
export function addDefinitionStubFix(model: ReportModel, rawLabel: string, messages: Messages = ENGLISH): Fix {
  const eol = eolOf(model);
  const lastDef = lastDefinition(model);
  const line = `[^${rawLabel}]: ${DEFINITION_STUB}`;
  if (lastDef && lineStartAt(model.text, lastDef.def.start) === lastDef.def.start) {
    const at = nextLineStart(model.text, lastDef.def.end);
    const needsEol = at === model.text.length && !/[\r\n]$/.test(model.text);
    return {
      title: messages.t('fix.add-definition', { label: rawLabel }),
      edits: [{ start: at, end: at, newText: (needsEol ? eol : '') + line + eol }],
      safe: false,
      preferred: true,
    };
  }
  const at = model.text.length;
  return {
    title: messages.t('fix.add-definition', { label: rawLabel }),
    edits: [{ start: at, end: at, newText: blankLineBefore(model.text, at, eol) + line + eol }],
    safe: false,
    preferred: true,
  };
}

/** Removes a definition: its whole lines when it stands alone on them, else just its text. */
export function removeDefinitionFix(model: ReportModel, note: Note, messages: Messages = ENGLISH): Fix {
  return { title: messages.t('fix.remove-definition', { label: note.def.rawLabel }), edits: [removeDefinitionEdit(model, note)], safe: false, preferred: true };
}

function removeDefinitionEdit(model: ReportModel, note: Note): TextEdit {
  const text = model.text;
  const lineStart = lineStartAt(text, note.def.start);
  const alone = /^[ \t]*$/.test(text.slice(lineStart, note.def.start));
  return alone ? { start: lineStart, end: nextLineStart(text, note.def.end), newText: '' } : { start: note.def.start, end: note.def.end, newText: '' };
}

/**
 * Cites `first` where `note` was cited, and removes `note`: a note that repeats another word for word (a bare
 * link given twice) becomes a second reference to the first, as GFM allows (docs/rules.md#duplicate-source).
 */
export function citeAgainFix(model: ReportModel, note: Note, first: Note, messages: Messages = ENGLISH): Fix {
  const refs = model.refsById.get(note.id) ?? [];
  const edits: TextEdit[] = refs.map((r) => ({ start: r.start, end: r.end, newText: `[^${first.def.rawLabel}]` }));
  edits.push(removeDefinitionEdit(model, note));
  return { title: messages.t('fix.cite-again', { label: first.def.rawLabel }), edits, safe: false };
}

/**
 * Where a report's numbering starts: its lowest number, cited, defined or
 * cited without a definition (a chapter may continue at 31; a [^1] written
 * but never cited still starts it), else 1. Renumbering keeps it, so it is stable.
 */
export function firstFootnoteNumber(model: ReportModel): number {
  let first = Infinity;
  for (const id of model.refsById.keys()) if (/^\d{1,9}$/.test(id)) first = Math.min(first, parseInt(id, 10));
  for (const id of model.notesById.keys()) if (/^\d{1,9}$/.test(id)) first = Math.min(first, parseInt(id, 10));
  for (const ref of model.md.undefinedRefs) if (/^\d{1,9}$/.test(ref.id)) first = Math.min(first, parseInt(ref.id, 10));
  return first === Infinity ? 1 : first;
}

/**
 * Renumbers notes first, first + 1, ... (1, 2, 3 by default) in reading order (unreferenced ones after; a
 * reference to an undefined number takes the number of its place, as its note will when it is written, and one to
 * an undefined name is left as written),
 * rewriting every reference and definition label, and sorts the definitions
 * when they stand together as one block. Undefined when nothing changes.
 */
export function renumberFootnotesFix(model: ReportModel, first = firstFootnoteNumber(model), messages: Messages = ENGLISH): Fix | undefined {
  // Labels in the part not read (docs/parser.md, limits) are unknown: renumbering would break their notes.
  if (model.md.truncatedAt !== undefined) return undefined;
  // Every label cited, defined or not, in reading order: each gets a number of its own, so an undefined [^5] never
  // ends up pointing at a note renumbered to 5, and the numbers rise in the text. An undefined label that names
  // rather than numbers ([^editor]) is left as written, for the note its author will write under that name.
  const newLabel = new Map<string, string>();
  const next = (): string => String(first + newLabel.size);
  const allRefs = [...model.md.refs, ...model.md.undefinedRefs].sort((a, b) => a.start - b.start);
  const defined = new Set(model.notesById.keys());
  for (const ref of allRefs) if (!newLabel.has(ref.id) && (defined.has(ref.id) || /^\d{1,9}$/.test(ref.id))) newLabel.set(ref.id, next());
  const unreferenced = [...model.notes].sort((a, b) => a.def.start - b.def.start).filter((n) => !newLabel.has(n.id));
  for (const note of unreferenced) if (!newLabel.has(note.id)) newLabel.set(note.id, next());

  const text = model.text;
  const defs = [...model.notes].sort((a, b) => a.def.start - b.def.start);
  const run = definitionRun(text, defs);
  const order = (n: Note): number => parseInt(newLabel.get(n.id) as string, 10);
  const sorted = run ? [...run.notes].sort((a, b) => order(a) - order(b) || a.def.start - b.def.start) : undefined;
  const reorder = !!(run && sorted && sorted.some((n, i) => n !== run.notes[i]));
  const inRun = (offset: number): boolean => reorder && !!run && offset >= run.start && offset < run.end;

  // Labels are rewritten where they stand; inside a run of definitions being sorted,
  // they are rewritten in the moved text instead, so that no two edits overlap.
  const labelEdits: TextEdit[] = [];
  for (const ref of allRefs) {
    const label = newLabel.get(ref.id);
    if (label !== undefined && label !== ref.rawLabel) labelEdits.push({ start: ref.start + 2, end: ref.end - 1, newText: label });
  }
  for (const note of defs) {
    const label = newLabel.get(note.id) as string;
    if (label !== note.def.rawLabel) labelEdits.push({ start: note.def.start + 2, end: note.def.labelEnd - 1, newText: label });
  }
  const edits = labelEdits.filter((e) => !inRun(e.start));
  if (reorder && run && sorted) {
    // Each definition moves whole (its bytes kept) into the next slot; the gaps between slots stay as they are.
    const inside = labelEdits.filter((e) => inRun(e.start)).sort((a, b) => a.start - b.start);
    let k = 0;
    const chunkOf = new Map<Note, string>();
    for (const n of run.notes) {
      const mine: TextEdit[] = [];
      const end = run.ends.get(n) as number;
      for (; k < inside.length && inside[k].start < end; k++) {
        mine.push({ start: inside[k].start - n.def.start, end: inside[k].end - n.def.start, newText: inside[k].newText });
      }
      chunkOf.set(n, applyEdits(text.slice(n.def.start, end), mine));
    }
    const parts: string[] = [];
    sorted.forEach((n, i) => {
      parts.push(chunkOf.get(n) as string);
      if (i < run.gaps.length) parts.push(run.gaps[i]);
    });
    edits.push({ start: run.start, end: run.end, newText: parts.join('') });
  }
  if (edits.length === 0) return undefined;
  return { title: messages.t('fix.renumber'), edits, safe: true };
}

/**
 * The definitions, when they stand at the start of lines one after another
 * with only blank lines between (and none inside another). Each one's extent
 * runs to the end of its last line, trailing spaces included, so that moving
 * it moves every byte that was its own.
 */
function definitionRun(text: string, defs: Note[]): { notes: Note[]; ends: Map<Note, number>; start: number; end: number; gaps: string[] } | undefined {
  if (defs.length < 2) return undefined;
  const gaps: string[] = [];
  const ends = new Map<Note, number>();
  for (let i = 0; i < defs.length; i++) {
    const d = defs[i].def;
    if (lineStartAt(text, d.start) !== d.start) return undefined;
    let end = d.end;
    while (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9) end++;
    ends.set(defs[i], end);
    if (i + 1 < defs.length) {
      const next = defs[i + 1].def.start;
      if (next < end) return undefined; // a note inside another
      const gap = text.slice(end, next);
      if (gap.trim() !== '') return undefined;
      gaps.push(gap);
    }
  }
  const end = ends.get(defs[defs.length - 1]) as number;
  // A line right after the run would continue whichever note came last as a lazy line once the notes
  // are sorted (GFM): then the notes are relabelled where they stand, not moved.
  if (!blankOrEndAfter(text, end)) return undefined;
  return { notes: defs, ends, start: defs[0].def.start, end, gaps };
}

/** Whether the text at `at` (the end of a line) is the end of the text, or a line break followed by a blank line or the end. */
function blankOrEndAfter(text: string, at: number): boolean {
  if (at >= text.length) return true;
  let i = at;
  if (text.charCodeAt(i) === 13) i++;
  if (text.charCodeAt(i) === 10 && (i === at || text.charCodeAt(i - 1) === 13)) i++;
  if (i === at) return false; // not at a line end
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i >= text.length || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}
