import * as assert from 'assert';
import type { Position, WorkspaceEdit } from 'vscode-languageserver-types';
import { renderReport } from '../../server/src/features/render';
import { check, fixAll } from '../../server/src/core/checker';
import { applyEdits } from '../../server/src/core/fixes/edits';
import { normalizeIdentifier } from '../../server/src/core/parse/chars';
import type { Analysis } from '../../server/src/features/analysis';
import { codeActions, fixAllEdit, insertMissingSectionsEdit, renumberEdit } from '../../server/src/features/codeActions';
import { completion } from '../../server/src/features/completion';
import { diagnostics } from '../../server/src/features/diagnostics';
import { foldingRanges } from '../../server/src/features/folding';
import { hover } from '../../server/src/features/hover';
import { documentLinks } from '../../server/src/features/links';
import { definition, documentHighlights, prepareRename, references, rename, RenameError } from '../../server/src/features/navigation';
import { reportStatus } from '../../server/src/features/status';
import { documentSymbols } from '../../server/src/features/symbols';
import { analyse } from '../support/features';
import { generateDocument, rng } from '../support/generate';
import { HOSTILE_SHAPES } from '../support/hostile';
import { recordReliability } from '../support/reliability';

/**
 * The whole pipeline on generated documents: parse, rules, every fix, every
 * editor feature, rename, renumbering and the preview's renderer. Nothing may
 * throw, every edit must change exactly the bytes it means to (line endings
 * included), and each document has a budget of CPU time and heap.
 */
/** FUZZ_DOCUMENTS and FUZZ_SEED explore further; the suite runs the same 400 every time. */
const DOCUMENTS = Number(process.env.FUZZ_DOCUMENTS ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const CPU_MS_PER_DOCUMENT = 5000;
const HEAP_MB_PER_DOCUMENT = 256;

interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

function offsetEdits(a: Analysis, edit: WorkspaceEdit | null | undefined): OffsetEdit[] {
  const out: OffsetEdit[] = [];
  for (const change of edit?.documentChanges ?? []) {
    if (!('edits' in change)) continue;
    for (const e of change.edits) out.push({ start: a.index.offsetAt(e.range.start), end: a.index.offsetAt(e.range.end), newText: e.newText });
  }
  for (const edits of Object.values(edit?.changes ?? {})) {
    for (const e of edits) out.push({ start: a.index.offsetAt(e.range.start), end: a.index.offsetAt(e.range.end), newText: e.newText });
  }
  return out;
}

/** Line-ending style: every `\n` after a `\r` (CRLF), none (LF), or mixed. */
function endings(text: string): 'crlf' | 'lf' | 'mixed' | 'none' {
  const lf = (text.match(/\n/g) ?? []).length;
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r/g) ?? []).length;
  if (lf === 0 && cr === 0) return 'none';
  if (crlf === lf && crlf === cr) return 'crlf';
  if (cr === 0) return 'lf';
  return 'mixed';
}

/** Applies edits after checking they lie inside the text, do not overlap, and keep a uniform line-ending style. */
function applyChecked(text: string, edits: OffsetEdit[], what: string): string {
  const sorted = [...edits].sort((x, y) => x.start - y.start || x.end - y.end);
  let pos = 0;
  for (const e of sorted) {
    assert.ok(e.start >= 0 && e.end >= e.start && e.end <= text.length, `${what}: edit ${e.start}-${e.end} outside 0-${text.length}`);
    assert.ok(e.start >= pos, `${what}: overlapping edits at ${e.start}`);
    pos = e.end;
  }
  const after = applyEdits(text, sorted);
  // Every byte outside the edits is where it was: rebuild the text from the untouched pieces and the new texts.
  let rebuilt = '';
  let at = 0;
  for (const e of sorted) {
    rebuilt += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  assert.strictEqual(after, rebuilt + text.slice(at), `${what}: bytes outside the edits changed`);
  const style = endings(text);
  if (style === 'crlf' || style === 'lf')
    assert.ok(endings(after) === style || endings(after) === 'none', `${what}: a ${style} document got ${endings(after)} line endings`);
  return after;
}

/**
 * Definition bodies (what follows each label), every `[^label]` in them
 * masked, sorted: renumbering and renaming change labels only, never the
 * rest of a note's text.
 */
function noteBodies(text: string): string[] {
  const md = check(text).model.md;
  // No `[` inside a label: the pattern stays linear on `[^[^[^…`.
  return md.defs.map((d) => text.slice(d.labelEnd, d.end).replace(/\[\^(?:\\.|[^\]\\\s[])*\]/g, '[^]')).sort();
}

/** Where a label of a citation or a definition stands (between `[^` and `]`). */
function labelRanges(text: string): Set<string> {
  const md = check(text).model.md;
  const out = new Set<string>();
  for (const r of [...md.refs, ...md.undefinedRefs]) out.add(`${r.start + 2}-${r.end - 1}`);
  for (const d of md.defs) out.add(`${d.start + 2}-${d.labelEnd - 1}`);
  return out;
}

function exercise(text: string, r: () => number): { fixes: number; renames: number } {
  const a = analyse(text);
  let fixes = 0;
  let renames = 0;
  const position = (): Position => a.index.positionAt(Math.floor(r() * (text.length + 1)));

  // Every quick fix a rule offers, alone.
  for (const p of a.problems) {
    assert.ok(p.start >= 0 && p.end >= p.start && p.end <= text.length, `${p.rule}: range outside the document`);
    for (const fix of p.fixes ?? []) {
      const after = applyChecked(text, fix.edits, `${p.rule} fix "${fix.title}"`);
      check(after);
      fixes++;
    }
  }
  // The editor's edits: code actions over the whole text, fix-all, renumbering, missing sections.
  const all = { start: a.index.positionAt(0), end: a.index.positionAt(text.length) };
  for (const action of codeActions(a, all, undefined, diagnostics(a), {})) {
    if (action.edit) applyChecked(text, offsetEdits(a, action.edit), `code action "${action.title}"`);
  }
  const fixAllText = applyChecked(text, offsetEdits(a, fixAllEdit(a, {})), 'fix all');
  check(fixAllText);
  const renumber = offsetEdits(a, renumberEdit(a));
  const labels = labelRanges(text);
  // Each edit rewrites one label where it stands, or moves the block of definitions whole.
  for (const e of renumber) if (!/^\[\^/.test(e.newText)) assert.ok(labels.has(`${e.start}-${e.end}`), `renumber edits ${e.start}-${e.end}, which is no label`);
  const renumbered = applyChecked(text, renumber, 'renumber');
  assert.deepStrictEqual(noteBodies(renumbered), noteBodies(text), 'renumbering changed the text of a note');
  applyChecked(text, offsetEdits(a, insertMissingSectionsEdit(a)), 'insert missing sections');
  check(fixAll(text).text);

  // Hover, completion and navigation at every label and at random places.
  const places: Position[] = [...a.model.md.refs, ...a.model.md.defs].map((x) => a.index.positionAt(x.start + 2));
  for (let k = 0; k < 8; k++) places.push(position());
  for (const at of places) {
    hover(a, at);
    completion(a, at);
    definition(a, at);
    references(a, at, true);
    documentHighlights(a, at);
    prepareRename(a, at);
  }
  // Rename each label to a fresh one: only label bytes change, and every note keeps its text and its citations.
  const ids = [...new Set(a.model.md.defs.map((d) => d.id))].slice(0, 6);
  for (const [k, id] of ids.entries()) {
    const def = a.model.md.defs.find((d) => d.id === id)!;
    let edit: WorkspaceEdit | null;
    try {
      edit = rename(a, a.index.positionAt(def.start + 2), `renamed${k}`);
    } catch (e) {
      if (e instanceof RenameError) continue;
      throw e;
    }
    const edits = offsetEdits(a, edit);
    for (const e of edits) assert.strictEqual(normalizeIdentifier(text.slice(e.start, e.end)), id, 'a rename edit covers more than the label');
    const after = applyChecked(text, edits, `rename [^${def.rawLabel}]`);
    assert.deepStrictEqual(noteBodies(after), noteBodies(text), 'renaming changed the text of a note');
    const before = check(text).model.md;
    const now = check(after).model.md;
    assert.strictEqual(now.refs.length, before.refs.length, 'renaming lost or gained a citation');
    renames++;
  }

  documentSymbols(a);
  foldingRanges(a);
  documentLinks(a);
  reportStatus(a);
  renderReport(text);
  return { fixes, renames };
}

describe('the whole pipeline on generated documents (fuzz)', function () {
  this.timeout(600000);

  it(`${DOCUMENTS} documents: no throw, no byte changed outside an edit, within ${CPU_MS_PER_DOCUMENT / 1000} s of CPU and ${HEAP_MB_PER_DOCUMENT} MB of heap each`, () => {
    const r = rng(SEED);
    let fixes = 0;
    let renames = 0;
    for (let k = 0; k < DOCUMENTS; k++) {
      let text = generateDocument(r, 30);
      if (k % 4 === 1) text = text.replace(/\r?\n/g, '\r\n');
      if (k % 6 === 2) text = '---\ntemplate: force-of-change\ntitle: T\n---\n# Entry\n\n## What is it\n\n' + text;
      if (k % 9 === 3) text += '\n' + HOSTILE_SHAPES[k % HOSTILE_SHAPES.length].build(3000);
      const cpu = process.cpuUsage();
      const heap = process.memoryUsage().heapUsed;
      try {
        const done = exercise(text, r);
        fixes += done.fixes;
        renames += done.renames;
      } catch (e) {
        throw new Error(`document ${k} (${JSON.stringify(text.slice(0, 300))}…): ${(e as Error).message}`);
      }
      const used = process.cpuUsage(cpu);
      const ms = (used.user + used.system) / 1000;
      assert.ok(ms <= CPU_MS_PER_DOCUMENT, `document ${k} took ${ms.toFixed(0)} ms of CPU`);
      const grew = (process.memoryUsage().heapUsed - heap) / 1048576;
      assert.ok(grew <= HEAP_MB_PER_DOCUMENT, `document ${k} grew the heap by ${grew.toFixed(0)} MB`);
    }
    assert.ok(fixes > 100 && renames > 100, `the documents exercise fixes (${fixes}) and renames (${renames})`);
    recordReliability(
      'pipeline: generated documents through parse, rules, every fix, hover, completion, navigation, rename, renumber, symbols and render',
      DOCUMENTS,
    );
    recordReliability('pipeline: quick fixes applied with the no-data-loss check', fixes);
    recordReliability('pipeline: renames applied with the no-data-loss check', renames);
  });
});
