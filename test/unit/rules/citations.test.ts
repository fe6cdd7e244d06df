import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../../server/src/cli';
import { check } from '../../../server/src/core/checker';
import { parseBibtex } from '../../../server/src/core/bib/bibtex';
import type { BibliographyLoader } from '../../../server/src/core/bib/scope';
import type { LinkResult } from '../../../server/src/core/links/result';
import { LanguageService } from '../../../server/src/service';
import { URI } from 'vscode-uri';
import { makeTempDir } from '../../support/tmp';

function tempDir(files: Record<string, string>): string {
  const dir = makeTempDir('foresight-cite-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const BIB =
  '@book{tavares2016, title = {Paradiplomacy}, publisher = {OUP}, year = {2016}}\n@report{horizons2022, title = {Disruptions}, url = {https://x.org}}\n';

async function lines(dir: string, ...args: string[]): Promise<string[]> {
  const r = await runCli(args.length ? args : ['.'], dir);
  return r.stdout.trim() ? r.stdout.trim().split('\n') : [];
}

describe('citation rules', () => {
  it('reports a key in no bibliography, with what was searched and the nearest keys as fixes', () => {
    const text = '---\nreferences:\n- id: tavares2016\n  title: Paradiplomacy\n---\n\nCities [@tavres2016, p. 3] and @horizons2022 and @fig-map.\n';
    const result = check(text);
    const found = result.problems.filter((p) => p.rule === 'undefined-citation');
    assert.deepStrictEqual(
      found.map((p) => [p.message, text.slice(p.start, p.end)]),
      [
        ['@tavres2016 is in no bibliography in scope (searched: the references in the front matter). Did you mean @tavares2016?', '@tavres2016'],
        ['@horizons2022 is in no bibliography in scope (searched: the references in the front matter).', '@horizons2022'],
      ],
      'the Quarto cross-reference @fig-map is not a key',
    );
    assert.deepStrictEqual(
      found[0].fixes!.map((f) => [f.title, f.edits[0].newText, text.slice(f.edits[0].start, f.edits[0].end)]),
      [['Change to @tavares2016', 'tavares2016', 'tavres2016']],
    );
  });

  it('checks nothing in a file with no bibliography in scope (@mentions are not citations)', () => {
    assert.deepStrictEqual(
      check('Thanks to @octocat and [@someone](https://github.com/someone).\n').problems.filter((p) => p.rule === 'undefined-citation'),
      [],
    );
  });

  it('reads the bibliography the front matter names, relative to the report, and reports one that is missing', async () => {
    const dir = tempDir({
      'refs/main.bib': BIB,
      'reports/a.md': '---\nbibliography: ../refs/main.bib\n---\n\nSee [@tavares2016] and [@nobody].\n',
      'reports/b.md': '---\nbibliography:\n  - ../refs/main.bib\n  - gone.bib\n---\n\nSee [@nobody].\n',
    });
    assert.deepStrictEqual(await lines(dir), [
      'reports/a.md:5:25 error undefined-citation @nobody is in no bibliography in scope (searched: main.bib).',
      'reports/b.md:4:5 error bibliography-not-found Bibliography gone.bib cannot be read: there is no such file.',
    ]);
  });

  it('takes the bibliography of .foresight.yml, else of _quarto.yml, for reports that name none', async () => {
    const dir = tempDir({
      'team/.foresight.yml': 'bibliography: shared.bib\n',
      'team/shared.bib': BIB,
      'team/sub/report.md': '# R\n\nAs [@horizons2022] and [@tavares2061].\n',
      'book/_quarto.yml': 'project:\n  type: book\nbibliography: [refs.json]\n',
      'book/refs.json': '[{"id": "acuto2013", "type": "book", "title": "Global Cities"}]',
      'book/chapters/one.qmd': '# One\n\nAs [@acuto2013] and [@acuto2031].\n',
    });
    assert.deepStrictEqual(await lines(dir), [
      'book/chapters/one.qmd:3:22 error undefined-citation @acuto2031 is in no bibliography in scope (searched: refs.json). Did you mean @acuto2013?',
      'team/sub/report.md:3:25 error undefined-citation @tavares2061 is in no bibliography in scope (searched: shared.bib). Did you mean @tavares2016?',
    ]);
  });

  it('reports syntax errors at the bibliography name, and a cited key defined twice at its citation, with the one Pandoc uses', async () => {
    const dir = tempDir({
      'r.md': '---\nbibliography: [refs.bib, more.bib]\n---\n\n[@a] [@c] [@d]\n',
      'refs.bib':
        '@book{a, title = {A}}\n@book{a, title = {Again}}\n@book{b, title = {B}\n year = {1}}\n@book{c, title = {C}}\n@book{d, title = {D}}\n@book{d, title = {D2}}\n',
      'more.bib': '@book{c, title = {C elsewhere}}\n',
    });
    assert.deepStrictEqual(await lines(dir), [
      'r.md:2:16 error bibliography-syntax Bibliography refs.bib has a problem Pandoc stops at: line 4: Expected "}" to close the entry "b", or a "," between fields.',
      'r.md:5:2 warning duplicate-reference @a is defined 2 times (refs.bib lines 1, 2): Pandoc uses the last, refs.bib line 2.',
      'r.md:5:7 warning duplicate-reference @c is defined 2 times (refs.bib line 5; more.bib line 1): Pandoc uses the last, more.bib line 1.',
      'r.md:5:12 warning duplicate-reference @d is defined 2 times (refs.bib lines 6, 7): Pandoc uses the last, refs.bib line 7.',
    ]);
  });

  it('reports the problems of a project bibliography only in the reports that cite something', async () => {
    const dir = tempDir({
      '.foresight.yml': 'bibliography: [gone.bib, refs.bib]\n',
      'refs.bib': '@book{a, title = {A}\n',
      'cites.md': '# C\n\nSee [@a].\n',
      'quiet.md': '# Q\n\nNo citations, and @fig-map is a cross-reference.\n',
    });
    assert.deepStrictEqual(await lines(dir), [
      'cites.md:1:1 error bibliography-not-found Bibliography gone.bib (named in .foresight.yml) cannot be read: there is no such file.',
      'cites.md:1:1 error bibliography-syntax Bibliography refs.bib (named in .foresight.yml) has a problem Pandoc stops at: line 2: The entry "a" is not closed: the file ends.',
    ]);
  });

  it('checks a report again when its bibliography changes on disk', () => {
    const dir = tempDir({ 'refs.bib': '@book{old, title = {Old}}\n', 'r.md': '---\nbibliography: refs.bib\n---\n\n[@new]\n' });
    const uri = URI.file(path.join(dir, 'r.md')).toString();
    const text = fs.readFileSync(path.join(dir, 'r.md'), 'utf8');
    const docs = new Map([[uri, { uri, version: 1, getText: () => text }]]);
    const service = new LanguageService(
      { get: (u) => docs.get(u), all: () => [...docs.values()] },
      { error: () => {}, warn: () => {}, linksChanged: () => {} },
    );
    const rules = (): string[] => service.diagnosticsFor(uri).map((d) => String(d.code));
    assert.deepStrictEqual(rules(), ['undefined-citation']);
    // A change no watcher was told of is not seen until one is; then every report is checked again.
    fs.writeFileSync(path.join(dir, 'refs.bib'), '@book{new, title = {New}}\n');
    const bibUri = URI.file(path.join(dir, 'refs.bib')).toString();
    assert.strictEqual(service.bibliographiesChanged([bibUri]), true);
    assert.deepStrictEqual(rules(), []);
    assert.strictEqual(service.bibliographiesChanged([URI.file(path.join(dir, 'package.json')).toString()]), false, 'unrelated files do not re-check');
    service.dispose();
  });

  /** A loader over one in-memory .bib, named `refs.bib`. */
  const loaderOf = (bib: string): BibliographyLoader => ({ defaults: [], load: (name) => ({ path: `/x/${name}`, bibliography: parseBibtex(bib) }) });
  const SOURCES =
    '@online{page, title = {A Page}}\n@misc{vague, title = {Something}}\n@book{book, title = {A Book}, publisher = {OUP}}\n@online{linked, title = {Linked}, url = {https://horizons.gc.ca/x}, doi = {10.1000/abc}}\n';

  it('reports a cited entry with no way to find its source once, at its first citation; a web page without its URL even outside reports', () => {
    const body = 'See [@page; @vague; @book; @linked] and again [@page].\n';
    const inReport = '---\ntemplate: signal\nbibliography: refs.bib\n---\n\n' + body;
    const outside = '---\nbibliography: refs.bib\n---\n\n' + body;
    const found = (text: string): string[][] =>
      check(text, { bibliographies: loaderOf(SOURCES) })
        .problems.filter((p) => p.rule === 'missing-source-url')
        .map((p) => [text.slice(p.start, p.end), p.message]);
    assert.deepStrictEqual(found(inReport), [
      ['@page', '@page (refs.bib, line 1) is a web page with no URL: add it to the entry.'],
      ['@vague', '@vague (refs.bib, line 2) has no URL, DOI or details to trace it by (a publisher, journal or book): add it to the entry.'],
    ]);
    assert.deepStrictEqual(found(outside), [['@page', '@page (refs.bib, line 1) is a web page with no URL: add it to the entry.']]);
  });

  it('checks the URL and DOI of cited entries with the link check, at the citation', () => {
    const text = '---\nbibliography: refs.bib\n---\n\nSee [@linked].\n';
    const gone = (url: string): LinkResult => ({ url, kind: 'gone', detail: 'HTTP 404' }) as LinkResult;
    const problems = check(text, { bibliographies: loaderOf(SOURCES), links: gone }).problems.filter((p) => p.rule === 'dead-link');
    assert.deepStrictEqual(
      problems.map((p) => [text.slice(p.start, p.end), p.message]),
      [
        ['@linked', 'Source gone: "https://horizons.gc.ca/x" answers HTTP 404.'],
        ['@linked', 'Source gone: DOI 10.1000/abc is not registered (doi.org answers HTTP 404).'],
      ],
    );
  });

  it('unused-reference: off by default; when on, reports uncited entries of references at their key and of a file in one finding', () => {
    const text = '---\nbibliography: refs.bib\nreferences:\n- id: own1\n- id: own2\nnocite: "@vague"\n---\n\n[@own1] and [@book].\n';
    const unused = (severity?: 'info'): string[][] =>
      check(text, { bibliographies: loaderOf(SOURCES), severities: severity ? { 'unused-reference': severity } : undefined })
        .problems.filter((p) => p.rule === 'unused-reference')
        .map((p) => [text.slice(p.start, p.end), p.message]);
    assert.deepStrictEqual(unused(), []);
    assert.deepStrictEqual(unused('info'), [
      ['refs.bib', '2 entries of refs.bib are never cited in this report: page, linked.'],
      ['own2', '"own2" in references is never cited in this report.'],
    ]);
    const all = text.replace('nocite: "@vague"', "nocite: '@*'");
    assert.deepStrictEqual(
      check(all, { bibliographies: loaderOf(SOURCES), severities: { 'unused-reference': 'info' } }).problems.filter((p) => p.rule === 'unused-reference'),
      [],
    );
  });

  it('takes a bookdown chapter’s bibliography from index.Rmd, and reads a front matter path as Pandoc does (Markdown escapes)', async () => {
    const dir = tempDir({
      'book/_bookdown.yml': 'book_filename: "b"\n',
      'book/index.Rmd': '---\ntitle: B\nbibliography: [refs_2020.bib]\n---\n\n# Preface\n',
      'book/refs_2020.bib': BIB,
      'book/02-methods.Rmd': '# Methods\n\nAs [@horizons2022] and [@horizons2021].\n',
      'solo/r.md': '---\nbibliography: refs\\_2020.bib\n---\n\n[@tavares2016] [@nope]\n',
      'solo/refs_2020.bib': BIB,
    });
    assert.deepStrictEqual(await lines(dir), [
      'book/02-methods.Rmd:3:25 error undefined-citation @horizons2021 is in no bibliography in scope (searched: refs_2020.bib). Did you mean @horizons2022?',
      'solo/r.md:5:17 error undefined-citation @nope is in no bibliography in scope (searched: refs_2020.bib).',
    ]);
  });

  it('counts a link written in howpublished, and a misc entry with its publisher and year, as sources', () => {
    const bib =
      '@misc{page, title = {P}, howpublished = {\\url{https://example.org/p}}}\n@misc{pub, title = {Q}, publisher = {OECD}, year = {2021}}\n@misc{soon, title = {R}, year = {forthcoming}}\n';
    const text = '---\ntemplate: signal\nbibliography: refs.bib\n---\n\n[@page; @pub; @soon]\n';
    assert.deepStrictEqual(
      check(text, { bibliographies: loaderOf(bib) }).problems.filter((p) => p.rule === 'missing-source-url'),
      [],
    );
  });

  it('reports an item of the front matter references that has no id, at the item', () => {
    const text = '---\nreferences:\n- id: a\n- title: No id here\n---\n\n[@a]\n';
    assert.deepStrictEqual(
      check(text)
        .problems.filter((p) => p.rule === 'bibliography-syntax')
        .map((p) => [p.message, text.slice(p.start, p.start + 7)]),
      [['references: This reference has no "id": it cannot be cited.', 'title: ']],
    );
  });
});
