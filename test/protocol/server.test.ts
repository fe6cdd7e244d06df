import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import {
  ResponseError,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentHighlight,
  type DocumentLink,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type Location,
  type SymbolInformation,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { check } from '../../server/src/core/checker';
import { LineIndex } from '../../server/src/features/lineIndex';
import { parseConfig } from '../../server/src/core/config/config';
import { exportHtml, renderReport } from '../../server/src/features/render';
import { open, startClient, type TestClient } from '../support/lspClient';
import { makeTempDir } from '../support/tmp';

/*
 * The wiring of the server: each request or notification reaches the language service and its answer comes back
 * in the protocol's shape. What the answers say is tested in process, in test/features/ (hover, completion,
 * navigation, outline, code actions, diagnostics, the workspace) and test/unit/.
 */

const REPORT = [
  '---',
  'title: Para-diplomacy',
  'template: force-of-change',
  '---',
  '',
  '# Para-diplomacy',
  '',
  '## What is it?',
  '',
  'São Paulo signs agreements.[^1] The U.S. followed.[^2] Others too.[^12]',
  '',
  '## Notes',
  '',
  '[^1]: Tavares, R. "Foreign Policy Goes Local." https://www.foreignaffairs.com/articles/140091',
  '[^2]: Ibid.',
  '[^3]: Unused. http://example.org/unused(link is external)',
  '',
].join('\n');

const codes = (d: Diagnostic[]): string[] => d.map((x) => `${x.range.start.line + 1}:${x.range.start.character + 1} ${x.code}`).sort();

function cliCodes(text: string): string[] {
  const r = check(text);
  const index = new LineIndex(r.model.md.lineStarts, text);
  return r.problems.map((p) => `${index.positionAt(p.start).line + 1}:${index.positionAt(p.start).character + 1} ${p.rule}`).sort();
}

describe('language server over stdio (protocol)', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  let uri: string;

  beforeEach(async () => {
    dir = makeTempDir('foresight-ls-');
    fs.writeFileSync(path.join(dir, 'closed.md'), 'Closed report.[^9]\n');
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.writeFileSync(path.join(dir, 'node_modules', 'skip.md'), 'Skipped.[^9]\n');
    uri = URI.file(path.join(dir, 'report.md')).toString();
    fs.writeFileSync(path.join(dir, 'report.md'), REPORT);
    client = await startClient({ rootUri: URI.file(dir).toString() });
  });
  afterEach(async () => {
    await client.stop();
  });

  it('pushes the diagnostics of a document when it opens, for the version opened', async () => {
    await open(client, uri, REPORT);
    const p = await client.waitForDiagnostics(uri, (x) => x.version === 1);
    assert.deepStrictEqual(codes(p.diagnostics), cliCodes(REPORT));
  });

  it('publishes diagnostics for closed reports in the workspace (not node_modules)', async () => {
    const closed = URI.file(path.join(dir, 'closed.md')).toString();
    const p = await client.waitForDiagnostics(closed);
    assert.deepStrictEqual(codes(p.diagnostics), ['1:15 undefined-footnote']);
    assert.strictEqual(client.diagnostics.has(URI.file(path.join(dir, 'node_modules', 'skip.md')).toString()), false);
  });

  it('ends a storm of 200 rapid edits with diagnostics that match the final text, nothing stale after', async () => {
    await open(client, uri, 'Start.\n');
    let text = 'Start.\n';
    for (let v = 2; v <= 201; v++) {
      const insert = v % 10 === 0 ? `[^${v}]` : 'x';
      const line = text.split('\n').length - 1;
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: insert }],
      });
      const lines = text.split('\n');
      lines[line] = insert + lines[line];
      text = lines.join('\n');
    }
    const last = await client.waitForDiagnostics(uri, (x) => x.version === 201);
    assert.deepStrictEqual(codes(last.diagnostics), cliCodes(text));
    assert.strictEqual(last.diagnostics.length, 20);
    await new Promise((r) => setTimeout(r, 500));
    const all = client.diagnostics.get(uri)!;
    assert.strictEqual(all[all.length - 1].version, 201, 'the last publish is for the final version');
    assert.ok(all.length < 50, `debounced: ${all.length} publishes for 201 versions`);
  });

  it('re-checks open reports when .foresight.yml changes, and reports problems in the config itself', async () => {
    const plain = '# T\n\n## What is it?\n\nx\n';
    const other = URI.file(path.join(dir, 'plain.md')).toString();
    await open(client, other, plain);
    await client.waitForDiagnostics(other, (x) => x.diagnostics.length === 0);
    const configPath = path.join(dir, '.foresight.yml');
    fs.writeFileSync(configPath, 'template: force-of-change\nrules:\n  nope: error\n');
    const configUri = URI.file(configPath).toString();
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
    // The config is broken, so defaults apply: still no section check.
    const c = await client.waitForDiagnostics(configUri, (x) => x.diagnostics.length > 0);
    assert.deepStrictEqual(codes(c.diagnostics), ['3:3 config']);
    fs.writeFileSync(configPath, 'template: force-of-change\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const p = await client.waitForDiagnostics(other, (x) => x.diagnostics.some((d) => d.code === 'missing-section'));
    assert.deepStrictEqual(codes(p.diagnostics), ['1:1 missing-metadata', '1:1 missing-section']);
  });

  it('re-checks open pages when an mkdocs.yml that turns admonitions on appears', async () => {
    const site = path.join(dir, 'site');
    fs.mkdirSync(path.join(site, 'docs'), { recursive: true });
    const page = URI.file(path.join(site, 'docs', 'page.md')).toString();
    await open(client, page, '!!! note "Case"\n\n    A survey.[^1]\n\n[^1]: Harbour Board, *Tides* (Toronto: Lakeview Press, 2019).\n');
    const unused = (x: { diagnostics: Array<{ code?: unknown }> }): boolean => x.diagnostics.some((d) => d.code === 'unused-footnote');
    await client.waitForDiagnostics(page, unused);
    const mkdocs = path.join(site, 'mkdocs.yml');
    fs.writeFileSync(mkdocs, 'site_name: Harbour\nmarkdown_extensions:\n  - admonition\n  - footnotes\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: URI.file(mkdocs).toString(), type: 1 }] });
    await client.waitForDiagnostics(page, (x) => !unused(x));
  });

  it('re-checks open reports when the settings change (severities, default template)', async () => {
    const other = URI.file(path.join(dir, 'settings.md')).toString();
    await open(client, other, '# T\n\n## What is it?\n\nx[^1]\n');
    await client.waitForDiagnostics(other, (x) => codes(x.diagnostics).join() === '5:2 undefined-footnote');
    client.settings.rules = { 'undefined-footnote': 'off' };
    client.settings.defaultTemplate = 'force-of-change';
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const p = await client.waitForDiagnostics(other, (x) => !x.diagnostics.some((d) => d.code === 'undefined-footnote'));
    assert.deepStrictEqual(codes(p.diagnostics), ['1:1 missing-metadata', '1:1 missing-section']);
  });

  it('renders the preview and the exported page from its analysis, local images for the extension to map', async () => {
    const text = REPORT + '\n![A chart](<img/chart one.png>)\n';
    await open(client, uri, text);
    const preview = (await client.connection.sendRequest('foresight/render', { uri, allowRemoteImages: false })) as { title: string; body: string };
    const config = parseConfig('').config;
    assert.deepStrictEqual(preview.title, renderReport(text, { config }).title);
    assert.match(preview.body, /<img src="foresight-local:img%2Fchart%20one\.png" alt="A chart">/);
    const page = (await client.connection.sendRequest('foresight/render', { uri, page: true })) as { html: string };
    assert.strictEqual(page.html, exportHtml(text, { config }));
    const closed = URI.file(path.join(dir, 'closed.md')).toString();
    assert.strictEqual(await client.connection.sendRequest('foresight/render', { uri: closed }), null, 'not open: the extension renders it');
  });

  it('answers requests for unknown documents and out-of-range positions with empty results', async () => {
    const unknown = URI.file(path.join(dir, 'never-opened.md')).toString();
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }],
      ['textDocument/completion', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }],
      ['textDocument/documentSymbol', { textDocument: { uri: unknown } }],
      ['textDocument/definition', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }],
    ] as const) {
      const r = await client.connection.sendRequest(method, params);
      assert.ok(r === null || (Array.isArray(r) && r.length === 0), method);
    }
    await open(client, uri, REPORT);
    const far = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 9999, character: 9999 } });
    assert.strictEqual(far, null);
  });
});

/** Where `needle` starts in `text` (plus `delta` characters), as an LSP position. */
function positionIn(text: string, needle: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function editsFor(edit: WorkspaceEdit, uri: string): TextDocumentEdit['edits'] {
  const change = edit.documentChanges?.[0] as TextDocumentEdit;
  assert.strictEqual(change.textDocument.uri, uri);
  return change.edits;
}

/** One server and one open report for requests that change nothing on the server: each `it` is one request. */
describe('language server over stdio: one request each, answered in the protocol’s shape', function () {
  this.timeout(30000);
  const TEXT = [
    '---',
    'title: R',
    'template: force-of-change',
    '---',
    '# R',
    '',
    '## A',
    '',
    '### What is it?',
    '',
    'A claim[^1] and another.[^2] New [^',
    '',
    '[^1]: Tavares, R. "Foreign Policy Goes Local." https://e.org/t',
    '[^2]: Ibid., p. 4 (link is external).',
    '',
  ].join('\n');
  let dir: string;
  let client: TestClient;
  let uri: string;
  const request = <R>(method: string, params: Record<string, unknown>): Promise<R> =>
    client.connection.sendRequest(method, { textDocument: { uri }, ...params }) as Promise<R>;
  const at = (needle: string, delta = 0): { line: number; character: number } => positionIn(TEXT, needle, delta);

  before(async () => {
    dir = makeTempDir('foresight-requests-');
    uri = URI.file(path.join(dir, 'report.md')).toString();
    client = await startClient({ rootUri: URI.file(dir).toString() });
    await open(client, uri, TEXT);
  });
  after(async () => {
    await client.stop();
  });

  it('textDocument/hover: a Hover in Markdown on a reference, with the note', async () => {
    const h = await request<Hover>('textDocument/hover', { position: at('[^2]', 2) });
    const contents = h.contents as { kind: string; value: string };
    assert.strictEqual(contents.kind, 'markdown');
    assert.match(contents.value, /^Ibid\., p\. 4 /);
    assert.deepStrictEqual(h.range, { start: at('[^2]'), end: at('[^2]', 4) });
  });

  it('textDocument/completion: CompletionItems after [^', async () => {
    const items = await request<CompletionItem[]>('textDocument/completion', { position: at('New [^', 6) });
    assert.ok(Array.isArray(items) && items.some((i) => i.label === '1' && i.textEdit), JSON.stringify(items));
  });

  it('textDocument/definition: the Location of the note', async () => {
    const defs = await request<Location[]>('textDocument/definition', { position: at('[^1]', 2) });
    assert.deepStrictEqual(
      defs.map((d) => [d.uri, d.range.start]),
      [[uri, at('[^1]:')]],
    );
  });

  it('textDocument/references: Locations, with the declaration when the client asks for it', async () => {
    const refs = await request<Location[]>('textDocument/references', { position: at('[^1]:', 2), context: { includeDeclaration: true } });
    assert.deepStrictEqual(
      refs.map((r) => [r.uri, r.range.start]),
      [
        [uri, at('[^1]')],
        [uri, at('[^1]:')],
      ],
    );
  });

  it('textDocument/documentHighlight: DocumentHighlights', async () => {
    const hl = await request<DocumentHighlight[]>('textDocument/documentHighlight', { position: at('[^1]', 2) });
    assert.deepStrictEqual(
      hl.map((h) => h.range.start),
      [at('[^1]'), at('[^1]:')],
    );
  });

  it('textDocument/prepareRename: the range and placeholder of the label', async () => {
    const prep = await request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', { position: at('[^1]', 2) });
    assert.deepStrictEqual(prep, { range: { start: at('[^1]', 2), end: at('[^1]', 3) }, placeholder: '1' });
  });

  it('textDocument/rename: a WorkspaceEdit of this version of the document', async () => {
    const edit = await request<WorkspaceEdit>('textDocument/rename', { position: at('[^1]', 2), newName: 'tavares' });
    assert.strictEqual((edit.documentChanges?.[0] as TextDocumentEdit).textDocument.version, 1);
    assert.deepStrictEqual(
      editsFor(edit, uri).map((e) => e.newText),
      ['tavares', 'tavares'],
    );
  });

  it('textDocument/rename: a refused name comes back as a ResponseError (RequestFailed) with the reason', async () => {
    await assert.rejects(
      request('textDocument/rename', { position: at('[^1]', 2), newName: 'two words' }),
      (e: unknown) => e instanceof ResponseError && e.code === -32803 && /not a valid footnote label/.test(e.message),
    );
  });

  it('textDocument/documentSymbol: hierarchical DocumentSymbols', async () => {
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', {});
    assert.deepStrictEqual(
      symbols.map((s) => [s.name, s.children?.map((c) => c.name)]),
      [
        ['R', ['A']],
        ['Notes', ['[^1]', '[^2]']],
      ],
    );
  });

  it('textDocument/foldingRange: FoldingRanges', async () => {
    const folds = await request<FoldingRange[]>('textDocument/foldingRange', {});
    assert.ok(
      folds.some((f) => f.startLine === 0 && f.endLine === 3),
      JSON.stringify(folds),
    );
  });

  it('textDocument/documentLink: DocumentLinks to the URLs notes cite', async () => {
    const links = await request<DocumentLink[]>('textDocument/documentLink', {});
    assert.deepStrictEqual(
      links.map((l) => [l.target, l.range.start]),
      [['https://e.org/t', at('https://e.org/t')]],
    );
  });

  it('textDocument/codeAction: only the kinds asked for, naming the diagnostics the client sent, with a WorkspaceEdit', async () => {
    // The Ibid. note's line has a quick fix (its artifact) and a rewrite (to the full citation): only the quick fix is asked for.
    const { diagnostics } = await client.waitForDiagnostics(uri);
    const artifact = diagnostics.find((d) => d.code === 'link-artifact')!;
    const line = at('[^2]:').line;
    const actions = await request<CodeAction[]>('textDocument/codeAction', {
      range: { start: { line, character: 0 }, end: { line, character: 80 } },
      context: { diagnostics: [artifact], only: ['quickfix'] },
    });
    assert.deepStrictEqual(
      actions.map((a) => [a.kind, a.diagnostics]),
      [['quickfix', [artifact]]],
    );
    assert.ok(editsFor(actions[0].edit!, uri).length > 0);
  });

  it('foresight/status: the summary of an open report', async () => {
    const status = (await client.connection.sendRequest('foresight/status', { uri })) as { text: string; notes: number; errors: number };
    assert.strictEqual(status.notes, 2);
    assert.strictEqual(typeof status.text, 'string');
    assert.strictEqual(typeof status.errors, 'number');
  });

  it('workspace/executeCommand renumberFootnotes: its edit goes to the client by workspace/applyEdit', async () => {
    const other = URI.file(path.join(dir, 'renumber.md')).toString();
    await open(client, other, 'B[^2] a[^1].\n\n[^1]: One. https://e.org/1\n[^2]: Two. https://e.org/2\n');
    const before = client.appliedEdits.length;
    const r = await client.connection.sendRequest('workspace/executeCommand', { command: 'foresight.server.renumberFootnotes', arguments: [{ uri: other }] });
    assert.deepStrictEqual(r, { applied: true });
    assert.strictEqual(client.appliedEdits.length, before + 1);
    assert.ok(editsFor(client.appliedEdits[before] as WorkspaceEdit, other).length > 0);
  });

  it('workspace/executeCommand insertMissingSections: for the entry at the position sent, by workspace/applyEdit', async () => {
    const other = URI.file(path.join(dir, 'insert.md')).toString();
    const text = '---\ntitle: R\ntemplate: force-of-change\n---\n# R\n\n## A\n\n### Why is it important?\n\nb\n\n## B\n\nx\n';
    await open(client, other, text);
    const before = client.appliedEdits.length;
    await client.connection.sendRequest('workspace/executeCommand', {
      command: 'foresight.server.insertMissingSections',
      arguments: [{ uri: other, position: positionIn(text, '## A') }],
    });
    assert.strictEqual(client.appliedEdits.length, before + 1);
    const lines = editsFor(client.appliedEdits[before] as WorkspaceEdit, other).map((e) => e.range.start.line);
    assert.ok(lines.length > 0 && lines.every((l) => l < positionIn(text, '## B').line), `only entry A: ${lines}`);
  });

  it('workspace/symbol: SymbolInformation for entries of closed reports, read again after foresight/checkWorkspace', async () => {
    fs.writeFileSync(path.join(dir, 'multi.md'), '---\ntemplate: force-of-change\ntitle: M\n---\n# M\n\n## Water stress\n\n### What is it?\n\nx\n');
    await client.connection.sendRequest('foresight/checkWorkspace', {});
    const symbols = (await client.connection.sendRequest('workspace/symbol', { query: 'water' })) as SymbolInformation[];
    assert.deepStrictEqual(
      symbols.map((s) => [s.name, path.basename(URI.parse(s.location.uri).fsPath)]),
      [['Water stress', 'multi.md']],
    );
  });
});

describe('language server with pull diagnostics (LSP 3.17)', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = makeTempDir('foresight-pull-');
    fs.writeFileSync(path.join(dir, 'closed.md'), 'Closed.[^9]\n');
    client = await startClient({ rootUri: URI.file(dir).toString(), pull: true });
  });
  after(async () => {
    await client.stop();
  });

  it('answers textDocument/diagnostic with a full report, and pushes nothing', async () => {
    const uri = URI.file(path.join(dir, 'open.md')).toString();
    await open(client, uri, 'Open.[^1]\n');
    const doc = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string; items: Diagnostic[] };
    assert.strictEqual(doc.kind, 'full');
    assert.deepStrictEqual(codes(doc.items), ['1:6 undefined-footnote']);
    await new Promise((r) => setTimeout(r, 300));
    assert.strictEqual(client.diagnostics.size, 0);
  });

  it('answers workspace/diagnostic with the closed reports', async () => {
    const ws = (await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as {
      items: Array<{ uri: string; kind: string; items: Diagnostic[] }>;
    };
    assert.deepStrictEqual(
      ws.items.map((i) => [path.basename(URI.parse(i.uri).fsPath), i.kind, codes(i.items)]),
      [['closed.md', 'full', ['1:8 undefined-footnote']]],
    );
  });
});

/** Citation keys over the protocol: the handlers route them to the citation features, and footnotes still work. */
describe('language server over stdio: Pandoc citation keys', function () {
  this.timeout(30000);
  const TEXT = '---\nbibliography: refs.bib\n---\n\nCities act abroad [@tavares2016, p. 3] and [@\n';
  let dir: string;
  let client: TestClient;
  let uri: string;
  const request = <R>(method: string, params: Record<string, unknown>): Promise<R> =>
    client.connection.sendRequest(method, { textDocument: { uri }, ...params }) as Promise<R>;

  before(async () => {
    dir = makeTempDir('foresight-cite-protocol-');
    fs.writeFileSync(path.join(dir, 'refs.bib'), '@book{tavares2016, title = {Paradiplomacy}, author = {Tavares, Rodrigo}, year = {2016}}\n');
    uri = URI.file(path.join(dir, 'report.md')).toString();
    client = await startClient({ rootUri: URI.file(dir).toString() });
    await open(client, uri, TEXT);
  });
  after(async () => {
    await client.stop();
  });

  it('textDocument/completion after [@: a CompletionList of the keys in scope', async () => {
    const list = await request<{ isIncomplete: boolean; items: CompletionItem[] }>('textDocument/completion', { position: positionIn(TEXT, 'and [@', 6) });
    assert.deepStrictEqual(
      list.items.map((i) => [i.label, i.detail]),
      [['tavares2016', 'Tavares, 2016 · refs.bib']],
    );
  });

  it('textDocument/definition and references on a key: the entry in refs.bib, and the citation', async () => {
    const bib = URI.file(path.join(dir, 'refs.bib')).toString();
    const defs = await request<Location[]>('textDocument/definition', { position: positionIn(TEXT, 'tavares2016') });
    assert.deepStrictEqual(defs, [{ uri: bib, range: { start: { line: 0, character: 6 }, end: { line: 0, character: 17 } } }]);
    const refs = await request<Location[]>('textDocument/references', { position: positionIn(TEXT, 'tavares2016'), context: { includeDeclaration: true } });
    assert.deepStrictEqual(
      refs.map((l) => [l.uri === bib ? 'refs.bib' : 'report.md', l.range.start.line, l.range.start.character]),
      [
        ['refs.bib', 0, 6],
        ['report.md', 4, 19],
      ],
    );
  });

  it('textDocument/rename on a key: a WorkspaceEdit for the bibliography and the report', async () => {
    const edit = await request<WorkspaceEdit>('textDocument/rename', { position: positionIn(TEXT, 'tavares2016'), newName: 'tavares2016a' });
    assert.deepStrictEqual(
      Object.keys(edit.changes ?? {}).map((u) => path.basename(URI.parse(u).fsPath)),
      ['refs.bib', 'report.md'],
    );
  });
});
