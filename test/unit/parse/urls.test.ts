import * as assert from 'assert';
import { parseMarkdown } from '../../../server/src/core/parse/markdown';
import { joinLines } from '../../support/helpers';

/** `kind url @ text` of every URL the scanner finds. */
function urls(text: string): string[] {
  return parseMarkdown(text).urls.map((u) => `${u.kind} ${u.url} @ ${text.slice(u.start, u.end)}`);
}

describe('parse: URLs', () => {
  it('resolves full, collapsed and shortcut reference links through their definitions, at the link', () => {
    const text = joinLines('[the report][r], [R][] and [r].', '', '[r]: https://e.org/r');
    assert.deepStrictEqual(urls(text), [
      'reference https://e.org/r @ [the report][r]',
      'reference https://e.org/r @ [R][]',
      'reference https://e.org/r @ [r]',
      'definition https://e.org/r @ https://e.org/r',
    ]);
  });

  it('a reference to an undefined label is no link', () => {
    assert.deepStrictEqual(urls('[the report][nowhere]'), []);
  });

  it('reads href and src of raw HTML, inline and in HTML blocks, without the quotes', () => {
    assert.deepStrictEqual(urls('See <a href="https://e.org/a?x=1&amp;y=2">A</a> and <img src=\'/i.png\'>.'), [
      'html https://e.org/a?x=1&y=2 @ https://e.org/a?x=1&amp;y=2',
      'html /i.png @ /i.png',
    ]);
    assert.deepStrictEqual(urls(joinLines('<div>', '<a class="x" href = "https://e.org/b">B</a>', '</div>')), ['html https://e.org/b @ https://e.org/b']);
    assert.deepStrictEqual(urls('<!-- <a href="https://e.org/c"> -->'), []);
  });

  it('links a bare URL after an unmatched [, as the GFM syntax tree does, and keeps a call glued to it', () => {
    assert.deepStrictEqual(urls('[ see https://e.org/x.'), ['literal https://e.org/x @ https://e.org/x']);
    const md = parseMarkdown(joinLines('[ see https://e.org/x[^1]', '', '[^1]: n'));
    assert.deepStrictEqual(
      md.refs.map((r) => r.id),
      ['1'],
    );
    assert.deepStrictEqual(
      md.urls.map((u) => u.url),
      ['https://e.org/x'],
    );
  });

  it('a bare URL inside a link label belongs to the link', () => {
    assert.deepStrictEqual(urls('[https://e.org/shown](https://e.org/target)'), ['link https://e.org/target @ https://e.org/target']);
    assert.deepStrictEqual(urls(joinLines('[https://e.org/shown][r]', '', '[r]: https://e.org/r')), [
      'reference https://e.org/r @ [https://e.org/shown][r]',
      'definition https://e.org/r @ https://e.org/r',
    ]);
  });

  it('keeps angle-bracket destinations with spaces whole', () => {
    assert.deepStrictEqual(urls('![](</img/a b.png>)'), ['image /img/a b.png @ /img/a b.png']);
  });
});
