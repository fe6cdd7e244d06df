import * as assert from 'assert';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { applyEdits } from '../../server/src/core/fixes/edits';
import type { Analysis } from '../../server/src/features/analysis';
import { definition, documentHighlights, prepareRename, references, rename, RenameError } from '../../server/src/features/navigation';
import { joinLines } from '../support/helpers';
import { analyse, positionOf } from '../support/features';

/** Two notes, `[^a]` cited twice (once as `[^A]`: labels match whatever their case). */
const NOTES = joinLines('A[^a] b[^A] c[^b].', '', '[^a]: One. https://e.org/1', '[^b]: Two. https://e.org/2', '');

function apply(a: Analysis, edit: WorkspaceEdit | null): string {
  const edits = (edit?.documentChanges ?? []).flatMap((c) => ('edits' in c ? c.edits : []));
  return applyEdits(
    a.model.text,
    edits.map((e) => ({ start: a.index.offsetAt(e.range.start), end: a.index.offsetAt(e.range.end), newText: e.newText })),
  );
}

describe('go to definition, references and highlights', () => {
  it('goes from a reference to its definition, whatever the case of the label', () => {
    const a = analyse(NOTES);
    assert.deepStrictEqual(
      definition(a, positionOf(a, '[^A]', 2)).map((l) => l.range),
      [{ start: { line: 2, character: 0 }, end: { line: 2, character: 26 } }],
    );
  });

  it('finds the references of a note from its definition, and the definition too only when asked', () => {
    const a = analyse(NOTES);
    const at = positionOf(a, '[^a]:', 2);
    assert.deepStrictEqual(
      references(a, at, false).map((l) => `${l.range.start.line}:${l.range.start.character}`),
      ['0:1', '0:7'],
    );
    assert.deepStrictEqual(
      references(a, at, true).map((l) => `${l.range.start.line}:${l.range.start.character}`),
      ['0:1', '0:7', '2:0'],
    );
  });

  it('highlights every use of a label: references as reads, the definition as a write', () => {
    const a = analyse(NOTES);
    assert.deepStrictEqual(
      documentHighlights(a, positionOf(a, '[^a]', 2)).map((h) => `${h.range.start.line}:${h.range.start.character} ${h.kind}`),
      ['0:1 2', '0:7 2', '2:0 3'],
    );
  });
});

describe('rename a note label', () => {
  it('prepares a rename over the label alone, with the label as written as placeholder', () => {
    const a = analyse(NOTES);
    assert.deepStrictEqual(prepareRename(a, positionOf(a, '[^A]', 2)), {
      range: { start: { line: 0, character: 9 }, end: { line: 0, character: 10 } },
      placeholder: 'A',
    });
  });

  it('renames every reference and the definition', () => {
    const a = analyse(joinLines('A[^a] b[^A].', '', '[^a]: One. https://e.org/1'));
    const edit = rename(a, positionOf(a, '[^a]', 2), 'source');
    const edits = (edit!.documentChanges![0] as { edits: Array<{ newText: string }> }).edits;
    assert.deepStrictEqual(
      edits.map((e) => e.newText),
      ['source', 'source', 'source'],
    );
  });

  it('refuses a label another note or an undefined reference already claims', () => {
    const a = analyse(joinLines('A[^a] b[^b] c[^u].', '', '[^a]: One. https://e.org/1', '[^b]: Two. https://e.org/2'));
    assert.throws(
      () => rename(a, positionOf(a, '[^a]', 2), 'b'),
      (e: Error) => e instanceof RenameError && /already exists\.$/.test(e.message),
    );
    assert.throws(
      () => rename(a, positionOf(a, '[^a]', 2), 'u'),
      (e: Error) => e instanceof RenameError && /already exists \(cited, with no definition\)\./.test(e.message),
    );
  });

  it('refuses labels GFM would not accept', () => {
    const a = analyse(joinLines('A[^a].', '', '[^a]: One.'));
    assert.throws(() => rename(a, positionOf(a, '[^a]', 2), 'two words'), RenameError);
  });

  it('changes only the labels: brackets, text and other notes stay as they were', () => {
    const a = analyse(NOTES);
    assert.strictEqual(
      apply(a, rename(a, positionOf(a, '[^a]', 2), 'tavares')),
      joinLines('A[^tavares] b[^tavares] c[^b].', '', '[^tavares]: One. https://e.org/1', '[^b]: Two. https://e.org/2', ''),
    );
  });

  it('refuses a label that differs from another note only in case', () => {
    const a = analyse(NOTES);
    assert.throws(
      () => rename(a, positionOf(a, '[^a]', 2), 'B'),
      (e: Error) => e instanceof RenameError && /^Footnote \[\^B\] already exists\.$/.test(e.message),
    );
  });
});
