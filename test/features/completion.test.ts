import * as assert from 'assert';
import type { TextEdit } from 'vscode-languageserver-types';
import { completion } from '../../server/src/features/completion';
import { analyse, positionOf } from '../support/features';
import { joinLines, report } from '../support/helpers';

const labels = (text: string, needle: string, delta: number): string[] => {
  const a = analyse(text);
  return completion(a, positionOf(a, needle, delta)).map((i) => i.label);
};

describe('completion of note labels after [^', () => {
  it('offers the next free number first, preselected, then the notes in reading order', () => {
    const text = joinLines('A[^1] b[^note].', '', 'New [^', '', '[^1]: One. https://e.org/1', '[^note]: Named. https://e.org/n');
    const a = analyse(text);
    const items = completion(a, positionOf(a, 'New [^', 6));
    assert.deepStrictEqual(
      items.map((i) => i.label),
      ['2', '1', 'note'],
    );
    assert.strictEqual(items[0].preselect, true);
    assert.strictEqual((items[1].textEdit as TextEdit).newText, '1]');
    assert.strictEqual(items[1].detail, 'One. https://e.org/1');
  });

  it('does not add a second ] when one is already there', () => {
    const text = joinLines('A[^1] and [^].', '', '[^1]: One.');
    const a = analyse(text);
    const items = completion(a, positionOf(a, 'and [^', 6));
    assert.deepStrictEqual(
      items.map((i) => (i.textEdit as TextEdit).newText),
      ['2', '1'],
    );
  });

  it('at the start of a line, offers the cited labels that have no note yet first, as definitions', () => {
    const text = joinLines('A[^1] b[^missing].', '', '[^1]: One.', '[^');
    const a = analyse(text);
    const items = completion(a, positionOf(a, '\n[^', 3));
    assert.strictEqual(items[0].label, 'missing');
    assert.strictEqual((items[0].textEdit as TextEdit).newText, 'missing]: ');
    assert.strictEqual(items[0].detail, 'Referenced, not yet defined');
  });

  it('the next number follows the highest note number, cited or not, whatever the gaps', () => {
    const text = joinLines('A[^3] b[^40] c[^x7].', '', 'New [^', '', '[^3]: Three.', '[^12]: Twelve, never cited.', '[^40]: Forty.');
    assert.strictEqual(labels(text, 'New [^', 6)[0], '41');
  });

  it('offers nothing inside code', () => {
    assert.deepStrictEqual(labels(joinLines('A[^1].', '', '```', '[^', '```', '', '[^1]: One.'), '```\n[^', 6), []);
  });
});

describe('completion of sections and front matter', () => {
  it("offers the entry's missing sections first, at the level the entry needs", () => {
    const text = report('# Report', '', '## Entry', '', '### What is it?', '', 'x', '', '#');
    const a = analyse(text);
    const items = completion(a, a.index.positionAt(text.lastIndexOf('#') + 1));
    const sorted = [...items].sort((x, y) => x.sortText!.localeCompare(y.sortText!));
    assert.strictEqual(sorted[0].label, 'Why is it important?');
    assert.strictEqual((sorted[0].textEdit as TextEdit).newText, '### Why is it important?');
    assert.match(sorted[0].detail!, /^Missing section/);
  });

  it('offers no sections in a file without a template', () => {
    const text = joinLines('# Notes', '', '#');
    const a = analyse(text);
    assert.deepStrictEqual(completion(a, a.index.positionAt(text.lastIndexOf('#') + 1)), []);
  });

  it('offers the templates as values of template:, and only the keys not yet written', () => {
    const text = joinLines('---', 'title: T', 'template: ', 'st', '---', '# Report');
    const a = analyse(text);
    const values = completion(a, positionOf(a, 'template: ', 10)).map((i) => i.label);
    assert.deepStrictEqual(values, ['force-of-change', 'signal', 'trend', 'scenario-set', 'horizon-scan', 'disruption']);
    const keys = completion(a, positionOf(a, '\nst', 3)).map((i) => i.label);
    assert.ok(keys.includes('status'));
    assert.ok(!keys.includes('title') && !keys.includes('template'), 'keys already present are not offered');
  });
});
