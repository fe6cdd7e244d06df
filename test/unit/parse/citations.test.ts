import * as assert from 'assert';
import { MAX_CITATION_KEYS, parseMarkdown } from '../../../server/src/core/parse/markdown';
import { MAX_CITATION_LEAF, scanCitations } from '../../../server/src/core/parse/citations';
import { joinLines } from '../../support/helpers';

const SHORT = { normal: 'N', 'author-in-text': 'A', 'suppress-author': 'S' } as const;

/** Each citation cluster as `key:mode, key:mode` (N normal, A author in text, S suppress author). */
function cites(text: string): string[] {
  return parseMarkdown(text).citations.map((c) => c.keys.map((k) => `${k.key}:${SHORT[k.mode]}`).join(', '));
}

describe('parse: Pandoc citations', () => {
  it('reads a bracketed citation with prefixes, locators and several keys, each key at its offset', () => {
    const text = 'As shown [see @oecd2020, p. 12; also -@roe:1999, ch. 2].';
    const [cluster] = parseMarkdown(text).citations;
    assert.deepStrictEqual(
      cluster.keys.map((k) => [k.key, k.mode, text.slice(k.start, k.end), text.slice(k.keyStart, k.keyEnd)]),
      [
        ['oecd2020', 'normal', '@oecd2020', 'oecd2020'],
        ['roe:1999', 'suppress-author', '-@roe:1999', 'roe:1999'],
      ],
    );
    assert.strictEqual(text.slice(cluster.start, cluster.end), '[see @oecd2020, p. 12; also -@roe:1999, ch. 2]');
    assert.strictEqual(cluster.bracketed, true);
  });

  it('reads an author-in-text key, alone or with a locator or more citations in brackets after it', () => {
    assert.deepStrictEqual(cites('@doe2020 argues that'), ['doe2020:A']);
    assert.deepStrictEqual(cites('@doe2020 [p. 33] argues'), ['doe2020:A']);
    assert.deepStrictEqual(cites('@doe2020 [p. 33; @roe2019] argue'), ['doe2020:A, roe2019:N']);
    assert.deepStrictEqual(cites('@doe2020 [@roe2019] argue'), ['doe2020:A, roe2019:N']);
  });

  it('keeps internal punctuation in a key and leaves trailing punctuation out', () => {
    assert.deepStrictEqual(cites('See @smith-jones.2020. And @doe2020, and @roe:1999: and @a//b.'), [
      'smith-jones.2020:A',
      'doe2020:A',
      'roe:1999:A',
      'a//b:A',
    ]);
    assert.deepStrictEqual(cites("x @doe2020's view"), ['doe2020:A']);
    assert.deepStrictEqual(cites('x @doe--x'), ['doe:A']);
  });

  it('reads braced keys with spaces left out: `@{…}` holds any other character', () => {
    assert.deepStrictEqual(cites('x @{doi:10.1000/xyz.2} and [@{Smith, J.}] and @{a{b}c}.'), ['doi:10.1000/xyz.2:A', 'a{b}c:A']);
  });

  it('finds no citation in an e-mail address, code, a URL, a link destination or raw HTML', () => {
    assert.deepStrictEqual(
      cites(
        joinLines(
          'Write to jane@example.org or x.@doe2020, see `@doe2020` and <https://e.org/@doe2020>,',
          '[the page](https://e.org/@doe2020), https://e.org/@doe2020 and <a title="@doe2020">x</a>.',
          '',
          '    @doe2020 in an indented code block',
        ),
      ),
      [],
    );
  });

  it('lets a key run on into a URL, as Manubot writes them, but starts none inside a URL or e-mail address', () => {
    assert.deepStrictEqual(cites('x [@url:https://example.org/a; @doi:10.1/x] and @url:https://e.org/b says'), [
      'url:https://example.org/a:N, doi:10.1/x:N',
      'url:https://e.org/b:A',
    ]);
    assert.deepStrictEqual(cites('x @jane@fosstodon.org and https://e.org/@handle'), ['jane:A']);
  });

  it('reads an escaped `@` or `[` as text', () => {
    assert.deepStrictEqual(cites('x \\@doe2020 and \\[@roe2019]'), ['roe2019:A']);
    assert.deepStrictEqual(cites('x [@doe2020\\] y'), ['doe2020:A']);
  });

  it('finds citations inside emphasis, link text and spans, and Pandoc reads emphasis in a prefix whole', () => {
    assert.deepStrictEqual(cites('x *@doe2020* and **see @roe2019** and [see @ash2001](https://e.org)'), ['doe2020:A', 'roe2019:A', 'ash2001:A']);
    assert.deepStrictEqual(cites('x [*see* @doe2020] and [ *@roe2019* ]'), ['doe2020:N', 'roe2019:A']);
    assert.deepStrictEqual(cites('x [@doe2020, see <span>@roe2019</span>]'), ['doe2020:N', 'roe2019:A']);
  });

  it('gives the citations nested in a suffix after their cluster, as Pandoc orders them', () => {
    assert.deepStrictEqual(cites('x [@doe2020, compare @roe2019 [p. 3]; @ash2001]'), ['doe2020:N, ash2001:N', 'roe2019:A']);
  });

  it('is not a citation when a bracket is a link, a span, a note call or has a `;` before its key', () => {
    assert.deepStrictEqual(cites('x [@doe2020](https://e.org) y'), ['doe2020:A']);
    assert.deepStrictEqual(cites('x [@doe2020]{.class} y'), ['doe2020:A']);
    assert.deepStrictEqual(cites('x [see; @doe2020] y'), ['doe2020:A']);
    assert.deepStrictEqual(cites(joinLines('x[^1]', '', '[^1]: A note citing [-@doe2020].')), ['doe2020:S']);
  });

  it('reads no citation right after a word, but after another key or a word Pandoc does not read as one', () => {
    assert.deepStrictEqual(cites('word@doe2020 x.@doe2020 x..@doe2020 x...@doe2020'), ['doe2020:A']);
    assert.deepStrictEqual(cites('x @doe2020@roe2019'), ['doe2020:A', 'roe2019:A']);
    assert.deepStrictEqual(cites('x word@doe2020@roe2019'), ['roe2019:A']);
  });

  it('reads `-@key` as suppress-author only in brackets, and not after a dash', () => {
    assert.deepStrictEqual(cites('x -@doe2020 y [-@doe2020] y [x--@doe2020] y [x----@doe2020]'), ['doe2020:A', 'doe2020:S', 'doe2020:N', 'doe2020:S']);
  });

  it('reads a citation across a line break inside a paragraph, list item or block quote', () => {
    assert.deepStrictEqual(cites(joinLines('> See [@doe2020;', '> @roe2019].', '', '- x [@ash2001;', '  @kim2002]')), [
      'doe2020:N, roe2019:N',
      'ash2001:N, kim2002:N',
    ]);
  });

  it('gives offsets in the document for citations in nested blocks', () => {
    const text = joinLines('> - quoted item citing', '>   @doe2020 here');
    const key = parseMarkdown(text).citations[0].keys[0];
    assert.strictEqual(text.slice(key.start, key.end), '@doe2020');
  });

  it('stops at the budget of inline items, and says where', () => {
    const text = '[@a] '.repeat(10);
    const all = scanCitations(text, [], [], new Map());
    assert.strictEqual(all.clusters.length, 10);
    const cut = scanCitations(text, [], [], new Map(), 4);
    assert.strictEqual(cut.clusters.length, 4);
    assert.strictEqual(cut.stoppedAt, 20);
  });

  it('collects at most MAX_CITATION_KEYS keys per document, and reads and checks the rest of it all the same', () => {
    const text = '[@a] '.repeat(MAX_CITATION_KEYS + 5) + '\n\nB[^1].\n\n[^1]: A note.\n';
    const md = parseMarkdown(text);
    assert.strictEqual(md.citations.length, MAX_CITATION_KEYS);
    assert.strictEqual(md.citationsCutAt, 5 * MAX_CITATION_KEYS);
    assert.strictEqual(md.truncatedAt, undefined, 'the document itself is read whole');
    assert.deepStrictEqual(
      md.refs.map((r) => r.id),
      ['1'],
    );
  });

  it('does not search a paragraph longer than MAX_CITATION_LEAF (docs/parser.md)', () => {
    assert.deepStrictEqual(scanCitations('@a '.repeat(MAX_CITATION_LEAF / 3 + 1), [], [], new Map()).clusters, []);
    assert.strictEqual(scanCitations('@a '.repeat(1000), [], [], new Map()).clusters.length, 1000);
  });
});
