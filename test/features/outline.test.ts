import * as assert from 'assert';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { foldingRanges } from '../../server/src/features/folding';
import { documentLinks } from '../../server/src/features/links';
import { reportStatus } from '../../server/src/features/status';
import { documentSymbols } from '../../server/src/features/symbols';
import { analyse } from '../support/features';
import { joinLines, report } from '../support/helpers';

const ENTRY = report(
  '# R',
  '',
  '## A',
  '',
  '### What is it?',
  '',
  'x[^1]',
  '',
  '### Why is it important?',
  '',
  'y',
  '',
  '[^1]: S.',
  '    More. https://e.org/s',
);
const tree = (s: DocumentSymbol): unknown => ({ [s.name]: (s.children ?? []).map(tree) });

describe('outline, folding and links', () => {
  it('the outline is the title, its entries with their sections, then the notes', () => {
    assert.deepStrictEqual(documentSymbols(analyse(ENTRY)).map(tree), [
      { R: [{ A: [{ 'What is it?': [] }, { 'Why is it important?': [] }] }] },
      { Notes: [{ '[^1]': [] }] },
    ]);
  });

  it('a heading’s range holds its subheadings’, even a last one with trailing spaces or no text', () => {
    const within = (outer: DocumentSymbol, inner: DocumentSymbol): boolean => {
      const before = (p: { line: number; character: number }, q: { line: number; character: number }): boolean =>
        p.line < q.line || (p.line === q.line && p.character <= q.character);
      return before(outer.range.start, inner.range.start) && before(inner.range.end, outer.range.end);
    };
    for (const text of ['# A\n\n## B ', '# A\n\n## B\n\n### ', '# A\n\n## B\n\n### C  \n']) {
      const check = (s: DocumentSymbol): void => {
        for (const child of s.children ?? []) {
          assert.ok(within(s, child), `${JSON.stringify(text)}: ${s.name} ${JSON.stringify(s.range)} holds ${child.name} ${JSON.stringify(child.range)}`);
          check(child);
        }
      };
      const [top] = documentSymbols(analyse(text));
      assert.strictEqual(top.children?.length, 1);
      check(top);
    }
  });

  it('folds the front matter, each entry to its last line, and notes of several lines', () => {
    const folds = foldingRanges(analyse(ENTRY)).map((f) => `${f.startLine}-${f.endLine}`);
    assert.ok(folds.includes('0-3'), `front matter: ${folds}`);
    assert.ok(folds.includes('7-18'), `the entry, from its heading (line 8): ${folds}`);
    assert.ok(folds.includes('17-18'), `the two-line note: ${folds}`);
  });

  it('links each URL a note cites', () => {
    assert.deepStrictEqual(
      documentLinks(analyse(ENTRY)).map((l) => l.target),
      ['https://e.org/s'],
    );
  });
});

describe('the status bar summary', () => {
  it('names the template, counts sections present of those required, notes, and notes without a source', () => {
    const text = report(
      '# R',
      '',
      '## A',
      '',
      '### What is it?',
      '',
      'x[^1] y[^2]',
      '',
      '[^1]: S. https://e.org/s',
      '[^2]: Ortiz, L. "Cities Abroad." *The Globe and Mail*. 2 May 2014.',
    );
    const status = reportStatus(analyse(text));
    assert.strictEqual(status.text, 'force-of-change · 1/2 sections · 2 notes · 1 without source');
    assert.strictEqual(status.notesWithoutSource, 1);
  });

  it('without a template, only counts notes', () => {
    const status = reportStatus(analyse(joinLines('A[^1].', '', '[^1]: Castell, M. *Borders*. Toronto: Lakeview Press, 2019.')));
    assert.strictEqual(status.text, '1 note');
    assert.strictEqual(status.template, undefined);
  });

  it('counts the errors and warnings of the report', () => {
    const text = report('# R', '', '## What is it?', '', 'x[^1] y[^9]', '', '[^1]: S. http://e.org/s (link is external)');
    const status = reportStatus(analyse(text));
    assert.deepStrictEqual([status.errors, status.warnings], [2, 1]);
  });
});
