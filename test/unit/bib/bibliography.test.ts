import * as assert from 'assert';
import { parseBibtex } from '../../../server/src/core/bib/bibtex';
import { parseCslJson, parseCslYaml } from '../../../server/src/core/bib/csl';

describe('bibliographies', () => {
  describe('BibTeX', () => {
    it('gives each entry its key, position and line, and reads @string macros and # joins', () => {
      const text =
        '% header\n@string{pub = {Policy Press}}\n\n@book{first2020,\n  title = {A Title},\n  publisher = pub # { Ltd}\n}\n@online{second, url = {https://example.org/x}}\n';
      const bib = parseBibtex(text);
      assert.deepStrictEqual(
        bib.entries.map((e) => [e.key, e.type, e.line, text.slice(e.keyStart, e.keyEnd), text.slice(e.start, e.start + 5)]),
        [
          ['first2020', 'book', 4, 'first2020', '@book'],
          ['second', 'webpage', 8, 'second', '@onli'],
        ],
      );
      assert.strictEqual(bib.entries[0].publisher, 'Policy Press Ltd');
      assert.strictEqual(bib.entries[1].url, 'https://example.org/x');
      assert.deepStrictEqual(bib.problems, []);
    });

    it('reports where Pandoc would stop, and still reads the entries around it', () => {
      const text =
        '@book{a, title = {One}}\n@book{b, title = {Two}\n  year = {2020}}\n@book{c, title = {Three}}\n@book(d, title = {Four})\n@book{e, title = {Five}}\n';
      const bib = parseBibtex(text);
      assert.deepStrictEqual(
        bib.problems.map((p) => p.line),
        [3, 5],
      );
      assert.match(bib.problems[0].message, /close the entry "b"/);
      assert.match(bib.problems[1].message, /only entries in braces/);
      assert.deepStrictEqual(
        bib.entries.map((e) => e.key),
        ['a', 'b', 'c', 'e'],
        'the broken entry keeps its key; the reader goes on at the next entry',
      );
    });

    it('keeps duplicates apart: the last is the one Pandoc uses', () => {
      const bib = parseBibtex('@book{x, title = {First}}\n@book{x, title = {Second}}\n');
      assert.strictEqual(bib.byKey.get('x')!.title, 'Second');
      assert.deepStrictEqual(
        bib.duplicates.map((d) => d.line),
        [1],
      );
    });

    it('puts English titles in sentence case as Pandoc does, keeping braced words, and leaves other languages alone', () => {
      const bib = parseBibtex(
        [
          '@article{en, title = {The Rise of {Urban} Diplomacy: A {NATO} Perspective}}',
          '@article{fr, title = {La Diplomatie des Villes}, langid = {french}}',
          '@article{short, title = {Study of Things}, langid = {en}}',
          '@article{latex, title = {\\emph{Cities} and ``Global Reach\'\' -- {\\"U}ber \\"Uber}}',
        ].join('\n'),
      );
      assert.deepStrictEqual(
        bib.entries.map((e) => e.title),
        ['The rise of Urban diplomacy: A NATO perspective', 'La Diplomatie des Villes', 'Study of Things', 'Cities and “global reach” – Über über'],
      );
    });

    it("takes fields from a cross-referenced book (its title becomes the chapter's book title)", () => {
      const bib = parseBibtex('@incollection{ch, title = {Chapter}, crossref = {bk}}\n@book{bk, title = {The Book}, doi = {10.1/bk}}\n');
      assert.strictEqual(bib.byKey.get('ch')!.doi, '10.1/bk');
      assert.strictEqual(bib.byKey.get('ch')!.title, 'Chapter');
      assert.strictEqual(bib.byKey.get('ch')!.container, 'The Book');
    });

    it('turns e-prints into links as Pandoc does', () => {
      const bib = parseBibtex('@article{a, eprint = {2101.00001}, archivePrefix = {arXiv}}\n');
      assert.strictEqual(bib.entries[0].url, 'https://arxiv.org/abs/2101.00001');
    });

    it('refuses a value that @string macros double past 1 MB, instead of running out of memory', () => {
      const lines = [
        '@string{s0 = "xx"}',
        ...Array.from({ length: 27 }, (_, i) => `@string{s${i + 1} = s${i} # s${i}}`),
        '@book{big, title = s27}',
        '@book{after, title = {Fine}}',
      ];
      const bib = parseBibtex(lines.join('\n'));
      assert.match(bib.problems[0].message, /longer than 1 MB/);
      assert.strictEqual(bib.byKey.get('after')!.title, 'Fine');
    });

    it('reads titles of thousands of nested accents and commands without exhausting the stack', () => {
      const bib = parseBibtex(`@book{deep, title = {${'\\"'.repeat(5000)}a ${'\\textbf'.repeat(5000)} b}}`);
      assert.strictEqual(typeof bib.entries[0].title, 'string');
    });

    it('reads % in a quoted value as a comment to the end of the line, as Pandoc does, and not in braces', () => {
      assert.match(parseBibtex('@book{p, title = "50% Off"}').problems[0].message, /reads "%" in it as a comment/);
      assert.deepStrictEqual(parseBibtex('@book{p, title = "50 %note\n Off"}').problems, [], 'a comment that ends before the closing quote');
      assert.deepStrictEqual(parseBibtex('@book{p, title = {50\\% Off}}').problems, []);
    });

    it('makes no reference of @xdata entries, which only lend their fields', () => {
      const bib = parseBibtex('@xdata{pub, publisher = {OUP}}\n@book{b, title = {B}, xdata = {pub}}\n');
      assert.deepStrictEqual([...bib.byKey.keys()], ['b']);
      assert.strictEqual(bib.byKey.get('b')!.publisher, 'OUP');
    });

    it('stays linear on hostile input (unclosed braces, many unmatched quotes)', () => {
      const text =
        `@book{k, title = {${'``'.repeat(50_000)}${'{'.repeat(10_000)}}\n` + Array.from({ length: 1000 }, (_, i) => `@book{j${i}, title = {x}}\n`).join('');
      const bib = parseBibtex(text);
      assert.strictEqual(bib.byKey.size, 1001);
      assert.ok(bib.entries[0].title !== undefined || bib.problems.length > 0);
    });
  });

  describe('CSL JSON and YAML', () => {
    it('reads CSL JSON items with the position of each id', () => {
      const text = '[\n  {"id": "a1", "type": "webpage", "title": "<i>Page</i>", "URL": "https://x.org"},\n  {"id": "b2", "type": "book"}\n]';
      const bib = parseCslJson(text);
      assert.deepStrictEqual(
        bib.entries.map((e) => [e.key, e.type, e.title, e.url, e.line, text.slice(e.keyStart, e.keyEnd)]),
        [
          ['a1', 'webpage', 'Page', 'https://x.org', 2, 'a1'],
          ['b2', 'book', undefined, undefined, 3, 'b2'],
        ],
      );
    });

    it('reads variables Zotero puts in note ("DOI: …") and lower-case url and doi, as Pandoc does', () => {
      const bib = parseCslJson(
        '[{"id": "z", "type": "book", "note": "Some remark\\nDOI: 10.1/zot\\nISBN: 978-0-19-046211-6"}, {"id": "l", "url": "https://x.org", "doi": "10.2/y"}]',
      );
      assert.deepStrictEqual(
        bib.entries.map((e) => [e.key, e.doi, e.url, e.identifiers]),
        [
          ['z', '10.1/zot', undefined, ['ISBN: 978-0-19-046211-6']],
          ['l', '10.2/y', 'https://x.org', []],
        ],
      );
    });

    it('reads CSL JSON that starts with a byte-order mark, as Pandoc does', () => {
      const bib = parseCslJson('\ufeff[{"id": "a", "type": "book"}]');
      assert.deepStrictEqual([bib.problems, bib.entries.map((e) => e.key)], [[], ['a']]);
    });

    it('reports invalid JSON and items without an id', () => {
      assert.ok(parseCslJson('[{"id": "a",}]').problems.length > 0);
      assert.match(parseCslJson('[{"title": "no id"}]').problems[0].message, /no "id"/);
    });

    it('reads CSL YAML references with positions, offset into a larger text', () => {
      const yaml = 'references:\n- id: smith2020\n  type: book\n  title: A Book\n- id: "quoted"\n  DOI: 10.1/x\n';
      const bib = parseCslYaml(yaml, 100);
      const padded = ' '.repeat(100) + yaml;
      assert.deepStrictEqual(
        bib.entries.map((e) => [e.key, padded.slice(e.keyStart, e.keyEnd), e.line]),
        [
          ['smith2020', 'smith2020', 2],
          ['quoted', 'quoted', 5],
        ],
      );
      assert.strictEqual(bib.entries[1].doi, '10.1/x');
    });
  });
});
