/** Go to definition, references, highlights and rename for footnote labels. */
import { messagesIn } from '../core/messages';
import type { DocumentHighlight, Location, Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { normalizeIdentifier } from '../core/parse/chars';
import { scanFootnoteLabel } from '../core/parse/labels';
import { labelAt, type Analysis } from './analysis';

interface Occurrence {
  start: number;
  end: number;
  labelStart: number;
  labelEnd: number;
  definition: boolean;
}

function occurrences(a: Analysis, id: string): Occurrence[] {
  const md = a.model.md;
  const out: Occurrence[] = [];
  for (const r of [...md.refs, ...md.undefinedRefs])
    if (r.id === id) out.push({ start: r.start, end: r.end, labelStart: r.start + 2, labelEnd: r.end - 1, definition: false });
  for (const d of md.defs) if (d.id === id) out.push({ start: d.start, end: d.labelEnd, labelStart: d.start + 2, labelEnd: d.labelEnd - 1, definition: true });
  return out.sort((x, y) => x.start - y.start);
}

export function definition(a: Analysis, position: Position): Location[] {
  const at = labelAt(a, a.index.offsetAt(position));
  if (!at) return [];
  return a.model.md.defs.filter((d) => d.id === at.id).map((d) => ({ uri: a.uri, range: a.index.range(d.start, d.end) }));
}

export function references(a: Analysis, position: Position, includeDeclaration: boolean): Location[] {
  const at = labelAt(a, a.index.offsetAt(position));
  if (!at) return [];
  return occurrences(a, at.id)
    .filter((o) => includeDeclaration || !o.definition)
    .map((o) => ({ uri: a.uri, range: a.index.range(o.start, o.end) }));
}

export function documentHighlights(a: Analysis, position: Position): DocumentHighlight[] {
  const at = labelAt(a, a.index.offsetAt(position));
  if (!at) return [];
  return occurrences(a, at.id).map((o) => ({ range: a.index.range(o.start, o.end), kind: o.definition ? 3 : 2 }));
}

export function prepareRename(a: Analysis, position: Position): { range: Range; placeholder: string } | null {
  const at = labelAt(a, a.index.offsetAt(position));
  if (!at) return null;
  return { range: a.index.range(at.labelStart, at.labelEnd), placeholder: at.rawLabel };
}

export class RenameError extends Error {}

/** Renames a label everywhere; rejects labels GFM would not accept or that another note already uses. */
export function rename(a: Analysis, position: Position, newName: string): WorkspaceEdit | null {
  const at = labelAt(a, a.index.offsetAt(position));
  if (!at) return null;
  const m = messagesIn(a.language);
  if (a.model.md.truncatedAt !== undefined) {
    // Uses of the label in the part not read (docs/parser.md, limits) would keep the old one.
    const cut = a.model.md.truncatedAt;
    throw new RenameError(cut ? m.t('rename.lines-read', { line: cut }) : m.t('rename.not-read'));
  }
  const label = newName.startsWith('^') ? newName.slice(1) : newName;
  if (scanFootnoteLabel(label + ']', 0, label.length + 1) !== label.length + 1) {
    throw new RenameError(m.t('rename.invalid-label', { name: newName }));
  }
  const newId = normalizeIdentifier(label);
  // Nor a label an undefined reference already claims: renaming onto it would quietly point that claim at this note.
  if (newId !== at.id && (a.model.notesById.has(newId) || a.model.refsById.has(newId) || a.model.md.undefinedRefs.some((r) => r.id === newId))) {
    const used = a.model.notesById.has(newId) || a.model.refsById.has(newId);
    throw new RenameError(m.t(used ? 'rename.label-exists' : 'rename.label-exists-undefined', { label }));
  }
  const edits = occurrences(a, at.id).map((o) => ({ range: a.index.range(o.labelStart, o.labelEnd), newText: label }));
  return { documentChanges: [{ textDocument: { uri: a.uri, version: a.version }, edits }] };
}
