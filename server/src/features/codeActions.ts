/** Quick fixes from the rules, renumbering, Ibid. expansion and fix-all. */
import type { CodeAction, Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { fixAll, type CheckOptions } from '../core/checker';
import { renumberFootnotesFix } from '../core/fixes/footnotes';
import { insertMissingSectionsFix } from '../core/fixes/insertSection';
import { ibidSource, missingSections, type Entry } from '../core/model';
import { messagesIn } from '../core/messages';

/** The most sections the insert-missing-sections command adds at once (the first entries' first). */
const MAX_INSERTED = 10_000;
import type { Fix } from '../core/types';
import type { Analysis } from './analysis';
import type { LineIndex } from './lineIndex';
import { appendAll } from '../core/text/arrays';

export const FIX_ALL_KIND = 'source.fixAll.foresight';
export const RENUMBER_KIND = 'source.renumberFootnotes.foresight';

function toWorkspaceEdit(uri: string, version: number, edits: Fix['edits'], index: LineIndex): WorkspaceEdit {
  const textEdits: TextEdit[] = edits.map((e) => ({ range: index.range(e.start, e.end), newText: e.newText }));
  return { documentChanges: [{ textDocument: { uri, version }, edits: textEdits }] };
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']): boolean => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function codeActions(a: Analysis, range: Range, only: string[] | undefined, contextDiagnostics: Diagnostic[], options: CheckOptions): CodeAction[] {
  const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: CodeAction[] = [];
  const m = messagesIn(a.language);
  if (wants('quickfix')) {
    const seen = new Set<string>();
    for (const p of a.problems) {
      const pr = a.index.range(p.start, p.end);
      if (!overlaps(pr, range) || !p.fixes) continue;
      const diagnostic = contextDiagnostics.find(
        (d) => d.code === p.rule && d.range.start.line === pr.start.line && d.range.start.character === pr.start.character,
      );
      for (const fix of p.fixes) {
        const key = fix.title + JSON.stringify(fix.edits);
        if (seen.has(key)) continue;
        seen.add(key);
        actions.push({
          title: fix.title,
          kind: 'quickfix',
          diagnostics: diagnostic ? [diagnostic] : undefined,
          isPreferred: fix.preferred,
          edit: toWorkspaceEdit(a.uri, a.version, fix.edits, a.index),
        });
      }
    }
  }
  if (wants('refactor.rewrite')) {
    const offset = a.index.offsetAt(range.start);
    const note = a.model.notes.find((n) => n.isIbid && offset >= n.def.start && offset <= n.def.end);
    const source = note && ibidSource(a.model, note);
    // The short form as the classifier reads it (docs/rules.md, "How notes are read"): Ibid., Ibíd., Ibidem, Ib., Id., Idem.
    const ibidMatch = note && /^[*_]*(?:(?:ibidem|ibid|ibíd|idem|id)\b|ib\.)[*_]*\.?[*_]*/iu.exec(a.model.text.slice(note.def.contentStart, note.def.end));
    if (note && source && ibidMatch) {
      const text = a.model.text;
      const full = text.slice(source.def.contentStart, source.def.end).trimEnd();
      const rest = text.slice(note.def.contentStart + ibidMatch[0].length, note.def.end);
      const newText = /^\.?$/.test(rest.trim()) ? full : full.replace(/\.$/, '') + rest;
      actions.push({
        title: m.t('fix.expand-ibid', { form: ibidMatch[0].replace(/[*_]/g, ''), label: source.def.rawLabel }),
        kind: 'refactor.rewrite',
        edit: toWorkspaceEdit(a.uri, a.version, [{ start: note.def.contentStart, end: note.def.end, newText }], a.index),
      });
    }
  }
  if (wants(RENUMBER_KIND)) {
    const fix = renumberFootnotesFix(a.model, undefined, m);
    if (fix) actions.push({ title: fix.title, kind: RENUMBER_KIND, edit: toWorkspaceEdit(a.uri, a.version, fix.edits, a.index) });
  }
  if (only && only.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(o + '.')) && !only.includes('source')) {
    const edit = fixAllEdit(a, options);
    if (edit) actions.push({ title: m.t('fix.fix-all'), kind: FIX_ALL_KIND, edit });
  }
  return actions;
}

/** The safe fixes (as `--fix`), as one minimal edit. */
export function fixAllEdit(a: Analysis, options: CheckOptions): WorkspaceEdit | undefined {
  const before = a.model.text;
  const after = fixAll(before, options).text;
  if (after === before) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  return toWorkspaceEdit(a.uri, a.version, [{ start, end: endB, newText: after.slice(start, endA) }], a.index);
}

/** Inserts every missing section of the entry at `offset` (or of every entry when there is none there). */
export function insertMissingSectionsEdit(a: Analysis, offset?: number): WorkspaceEdit | undefined {
  const model = a.model;
  // Headings in the part not read (docs/parser.md, limits) are unknown: a section there would be added again.
  if (!model.template || model.md.truncatedAt !== undefined) return undefined;
  const entries: Entry[] = model.entries;
  const containing = offset === undefined ? undefined : entries.filter((e) => (e.heading ? e.heading.start : 0) <= offset && offset <= e.end).pop();
  const edits: Fix['edits'] = [];
  let inserted = 0;
  for (const entry of containing ? [containing] : entries) {
    if (entry.missingCount === 0) continue;
    // At most MAX_INSERTED sections in one edit: a huge template times thousands of entries would be an edit no editor takes.
    if ((inserted += entry.missingCount) > MAX_INSERTED) break;
    appendAll(edits, insertMissingSectionsFix(model, entry, missingSections(model.template, entry)).edits);
  }
  return edits.length ? toWorkspaceEdit(a.uri, a.version, edits, a.index) : undefined;
}

export function renumberEdit(a: Analysis): WorkspaceEdit | undefined {
  const fix = renumberFootnotesFix(a.model);
  return fix ? toWorkspaceEdit(a.uri, a.version, fix.edits, a.index) : undefined;
}
