/** Editor features on Pandoc citation keys: completion, hover, definition, references and rename across reports. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CompletionList, MarkupContent } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import { parseBibtex } from '../../server/src/core/bib/bibtex';
import type { BibliographyLoader } from '../../server/src/core/bib/scope';
import { completeAt } from '../../server/src/features/completion';
import { citationDefinition, MAX_KEY_ITEMS } from '../../server/src/features/citations';
import { hover } from '../../server/src/features/hover';
import { RenameError } from '../../server/src/features/navigation';
import { LanguageService, type OpenDocument } from '../../server/src/service';
import { analyse, positionOf } from '../support/features';
import { makeTempDir } from '../support/tmp';

const BIB = [
  '@book{tavares2016, title = {Paradiplomacy: Cities and States as Global Players}, author = {Tavares, Rodrigo}, publisher = {Oxford University Press}, year = {2016}}',
  '@report{horizons2022, title = {Disruptions on the Horizon}, author = {{Policy Horizons Canada}}, year = {2022}, url = {https://horizons.gc.ca/x}}',
  '@article{acuto2013, title = {City Leadership in Global Governance}, author = {Acuto, Michele}, journal = {Global Governance}, year = {2013}, doi = {10.1163/19426720-01903008}}',
].join('\n');

const loader = (bib: string): BibliographyLoader => ({ defaults: [], load: (name) => ({ path: `/lib/${name}`, bibliography: parseBibtex(bib) }) });
const DOC = '---\nbibliography: refs.bib\n---\n\nCities act abroad [@tav';

describe('citation keys in the editor', () => {
  it('completes keys after "[@" with author, year and title, filtered by what is typed', () => {
    const a = analyse(DOC, { bibliographies: loader(BIB) });
    const list = completeAt(a, a.index.positionAt(DOC.length)) as CompletionList;
    assert.deepStrictEqual(
      list.items.map((i) => [i.label, i.detail]),
      [['tavares2016', 'Tavares, 2016 · refs.bib']],
    );
    assert.strictEqual(list.isIncomplete, false);
    assert.strictEqual(
      (list.items[0].documentation as MarkupContent).value,
      'Tavares (2016). *Paradiplomacy: Cities and states as global players*. Oxford University Press.',
    );
    const edit = list.items[0].textEdit as { range: { start: { character: number } }; newText: string };
    assert.strictEqual(edit.newText, 'tavares2016');
    assert.strictEqual(edit.range.start.character, 'Cities act abroad [@'.length);
  });

  it('offers every key after a bare "@", and none in a report without bibliographies', () => {
    const text = '---\nbibliography: refs.bib\n---\n\nAs @';
    const a = analyse(text, { bibliographies: loader(BIB) });
    assert.deepStrictEqual(((completeAt(a, a.index.positionAt(text.length)) as CompletionList).items.map((i) => i.label) as string[]).sort(), [
      'acuto2013',
      'horizons2022',
      'tavares2016',
    ]);
    const plain = analyse('Thanks @');
    assert.deepStrictEqual(completeAt(plain, plain.index.positionAt(8)), []);
  });

  it('caps a large library at MAX_KEY_ITEMS and says the list is incomplete', () => {
    const big = Array.from({ length: MAX_KEY_ITEMS + 50 }, (_, i) => `@book{k${i}, title = {T${i}}}`).join('\n');
    const text = '---\nbibliography: refs.bib\n---\n\n[@';
    const a = analyse(text, { bibliographies: loader(big) });
    const list = completeAt(a, a.index.positionAt(text.length)) as CompletionList;
    assert.strictEqual(list.items.length, MAX_KEY_ITEMS);
    assert.strictEqual(list.isIncomplete, true);
  });

  it('hovers a key with its entry, link and location; an unknown key says what was searched', () => {
    const text = '---\nbibliography: refs.bib\n---\n\nSee [@acuto2013, p. 4] and [@nobody].\n';
    const a = analyse(text, { bibliographies: loader(BIB) });
    const h = hover(a, positionOf(a, '@acuto2013', 3))!;
    assert.strictEqual(
      (h.contents as MarkupContent).value,
      'Acuto (2013). “City leadership in global governance”. *Global Governance*.\n\nDOI: [10.1163/19426720-01903008](https://doi.org/10.1163/19426720-01903008)\n\n_refs.bib, line 3_ · article-journal',
    );
    assert.strictEqual(
      (hover(a, positionOf(a, '@nobody', 1))!.contents as MarkupContent).value,
      '`@nobody` is in no bibliography in scope (searched: refs.bib).',
    );
  });

  it('goes to the entry in the bibliography file', () => {
    const text = '---\nbibliography: refs.bib\n---\n\nSee [@horizons2022].\n';
    const a = analyse(text, { bibliographies: loader(BIB) });
    assert.deepStrictEqual(citationDefinition(a, positionOf(a, 'horizons2022')), [
      { uri: 'file:///lib/refs.bib', range: { start: { line: 1, character: 8 }, end: { line: 1, character: 20 } } },
    ]);
  });

  it('finds and renames a key in its bibliography and in every report citing that entry, open or closed', () => {
    const dir = makeTempDir('foresight-cite-features-');
    fs.writeFileSync(path.join(dir, 'refs.bib'), BIB + '\n');
    fs.writeFileSync(path.join(dir, 'other.md'), '---\nbibliography: refs.bib\n---\n\nAgain @tavares2016 [see @tavares2016, p. 2].\n');
    fs.writeFileSync(path.join(dir, 'own.md'), '---\nreferences:\n- id: tavares2016\n  title: Not the same entry\n---\n\n[@tavares2016]\n');
    const uri = URI.file(path.join(dir, 'a.md')).toString();
    const text = '---\nbibliography: refs.bib\n---\n\nCities [@tavares2016].\n';
    const docs = new Map<string, OpenDocument>([[uri, { uri, version: 1, getText: () => text }]]);
    const service = new LanguageService(
      { get: (u) => docs.get(u), all: () => [...docs.values()] },
      { error: () => {}, warn: () => {}, linksChanged: () => {} },
    );
    service.workspace.setFolders([URI.file(dir).toString()]);
    const at = { line: 4, character: 10 };
    const refs = service.citationReferences(uri, at, true)!;
    const show = (u: string): string => path.basename(URI.parse(u).fsPath);
    assert.deepStrictEqual(
      refs.map((l) => `${show(l.uri)}:${l.range.start.line}:${l.range.start.character}`),
      ['refs.bib:0:6', 'a.md:4:8', 'other.md:4:6', 'other.md:4:24'],
      'own.md cites its own references entry of that name, not this one',
    );
    const edit = service.citationRename(uri, at, 'tavares2016a')!;
    const changed = Object.entries(edit.changes!).map(([u, edits]) => [
      show(u),
      edits.map((e) => `${e.range.start.line}:${e.range.start.character}-${e.range.end.character}=${e.newText}`),
    ]);
    assert.deepStrictEqual(changed, [
      ['refs.bib', ['0:6-17=tavares2016a']],
      ['a.md', ['4:9-20=tavares2016a']],
      ['other.md', ['4:7-18=tavares2016a', '4:25-36=tavares2016a']],
    ]);
    assert.throws(() => service.citationRename(uri, at, 'acuto2013'), RenameError);
    assert.throws(() => service.citationRename(uri, at, 'has space'), RenameError);
    assert.throws(() => service.citationRename(uri, at, 'a#b'), /cannot be a BibTeX key/);
    service.dispose();
  });
});
