import * as assert from 'assert';
import type { CodeAction, WorkspaceEdit } from 'vscode-languageserver-types';
import { applyEdits } from '../../server/src/core/fixes/edits';
import type { Analysis } from '../../server/src/features/analysis';
import { codeActions } from '../../server/src/features/codeActions';
import { diagnostics } from '../../server/src/features/diagnostics';
import { analyse } from '../support/features';
import { joinLines } from '../support/helpers';

function apply(a: Analysis, edit: WorkspaceEdit | undefined): string {
  const edits = [...(edit?.documentChanges ?? []).flatMap((c) => ('edits' in c ? c.edits : [])), ...Object.values(edit?.changes ?? {}).flat()];
  assert.ok(edits.length > 0, 'the action edits the document');
  return applyEdits(
    a.model.text,
    edits.map((e) => ({ start: a.index.offsetAt(e.range.start), end: a.index.offsetAt(e.range.end), newText: e.newText })),
  );
}

function actionsAt(a: Analysis, line: number, only: string[]): CodeAction[] {
  const range = { start: { line, character: 0 }, end: { line, character: 200 } };
  return codeActions(
    a,
    range,
    only,
    diagnostics(a).filter((d) => d.range.start.line === line),
    {},
  );
}

describe('code actions', () => {
  it('a quick fix names the diagnostic it fixes and removes it', () => {
    const a = analyse(joinLines('A claim[^12].', ''));
    const [fix] = actionsAt(a, 0, ['quickfix']);
    assert.strictEqual(fix.title, 'Add a definition for [^12]');
    assert.deepStrictEqual(
      fix.diagnostics?.map((d) => d.code),
      ['undefined-footnote'],
    );
    const fixed = apply(a, fix.edit);
    assert.deepStrictEqual(
      analyse(fixed).problems.filter((p) => p.rule === 'undefined-footnote'),
      [],
    );
  });

  it('fix-all applies only the safe fixes: artifacts removed and notes renumbered, nothing else', () => {
    const a = analyse(joinLines('B[^2] a[^1] x (link is external).', '', '[^1]: One. https://e.org/1', '[^2]: Two. http://e.org/2', ''));
    const all = actionsAt(a, 0, ['source.fixAll.foresight']);
    assert.strictEqual(all.length, 1);
    assert.strictEqual(apply(a, all[0].edit), joinLines('B[^1] a[^2] x.', '', '[^1]: Two. http://e.org/2', '[^2]: One. https://e.org/1', ''));
  });

  it('rewrites an Ibid. as the full citation it stands for, keeping its locator', () => {
    const a = analyse(joinLines('A[^1] b[^2].', '', '[^1]: Tavares. https://e.org/t', '[^2]: Ibid., p. 4.', ''));
    const [rewrite] = actionsAt(a, 3, ['refactor.rewrite']);
    assert.strictEqual(rewrite.title, 'Replace "Ibid." with the full citation of [^1]');
    assert.strictEqual(apply(a, rewrite.edit), joinLines('A[^1] b[^2].', '', '[^1]: Tavares. https://e.org/t', '[^2]: Tavares. https://e.org/t, p. 4.', ''));
  });
});
