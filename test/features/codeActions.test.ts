import * as assert from 'assert';
import type { CodeAction, WorkspaceEdit } from 'vscode-languageserver-types';
import { applyEdits } from '../../server/src/core/fixes/edits';
import type { Analysis } from '../../server/src/features/analysis';
import { codeActions, insertMissingSectionsEdit } from '../../server/src/features/codeActions';
import { diagnostics } from '../../server/src/features/diagnostics';
import { analyse } from '../support/features';
import { joinLines, report } from '../support/helpers';

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

  it('rewrites an Id. and an Idem as well, and a light bulb that asks for every kind gets them', () => {
    const a = analyse(
      joinLines(
        'A claim[^1] and more[^2] and[^3] and[^4].',
        '',
        '[^1]: Smith v. Jones, 1 U.S. 1 (1990).',
        '[^2]: Id. at 5.',
        '[^3]: *Idem.*',
        '[^4]: Ib., p. 9.',
        '',
      ),
    );
    const rewriteOf = (line: number): string => {
      const range = { start: { line, character: 0 }, end: { line, character: 0 } };
      const all = codeActions(a, range, undefined, [], {});
      const rewrite = all.find((x) => x.kind === 'refactor.rewrite');
      assert.ok(rewrite, `a rewrite on line ${line}`);
      return apply(a, rewrite.edit).split('\n')[line];
    };
    assert.strictEqual(rewriteOf(3), '[^2]: Smith v. Jones, 1 U.S. 1 (1990) at 5.');
    const titleOn = (line: number): string | undefined =>
      codeActions(a, { start: { line, character: 0 }, end: { line, character: 0 } }, ['refactor.rewrite'], [], {})[0]?.title;
    assert.strictEqual(titleOn(3), 'Replace "Id." with the full citation of [^1]');
    assert.strictEqual(titleOn(4), 'Replace "Idem." with the full citation of [^1]');
    assert.strictEqual(rewriteOf(4), '[^3]: Smith v. Jones, 1 U.S. 1 (1990).');
    assert.strictEqual(rewriteOf(5), '[^4]: Smith v. Jones, 1 U.S. 1 (1990), p. 9.');
  });

  it('offers each fix of every problem on the line as a quick fix of its own', () => {
    const a = analyse(joinLines('A claim[^1].', '', '[^1]: One. https://e.org/1', '[^3]: Unused. http://example.org/unused(link is external)', ''));
    assert.deepStrictEqual(
      actionsAt(a, 3, ['quickfix'])
        .map((x) => x.title)
        .sort(),
      ['Remove "(link is external)"', 'Remove the unused footnote [^3]', 'Use https://'],
    );
  });

  it('inserting a missing section is the preferred fix when no heading resembles it', () => {
    const a = analyse(report('# Entry', '', '## What is it?', '', 'A claim.'));
    const [insert] = actionsAt(a, 5, ['quickfix']).filter((x) => x.title === 'Insert section "Why is it important?"');
    assert.strictEqual(insert.isPreferred, true);
  });

  it('inserts a missing section before the Notes heading, not under it', () => {
    const a = analyse(report('# Entry', '', '## What is it?', '', 'A claim[^1].', '', '## Notes', '', '[^1]: One. https://e.org/1', ''));
    const [insert] = actionsAt(a, 5, ['quickfix']).filter((x) => x.title === 'Insert section "Why is it important?"');
    const fixed = apply(a, insert.edit);
    assert.ok(fixed.includes(joinLines('A claim[^1].', '', '## Why is it important?', '', '_To be written._', '', '## Notes')), fixed);
    assert.deepStrictEqual(
      analyse(fixed).problems.filter((p) => p.rule === 'missing-section'),
      [],
    );
  });
});

describe('the insert-missing-sections command', () => {
  it('at a position, fills only the entry there', () => {
    const text = report('# R', '', '## A', '', '### Why is it important?', '', 'a', '', '## B', '', 'b', '');
    const a = analyse(text);
    const fixed = apply(a, insertMissingSectionsEdit(a, text.indexOf('## A')));
    assert.ok(fixed.includes(joinLines('## A', '', '### What is it?', '', '_To be written._', '', '### Why is it important?')), fixed);
    assert.ok(fixed.endsWith(joinLines('## B', '', 'b', '')), `entry B is left alone: ${fixed}`);
  });
});
