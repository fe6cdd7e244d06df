import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, Hover, Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { check } from '../../server/src/core/checker';
import { LineIndex } from '../../server/src/features/lineIndex';
import { computeLineStarts } from '../../server/src/core/text/lines';
import { parseConfig } from '../../server/src/core/config/config';
import { exportHtml, renderReport } from '../../server/src/features/render';
import { open, startClient, type TestClient } from '../support/lspClient';
import { makeTempDir } from '../support/tmp';

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

/** Applies LSP text edits to a text. */
function applyTextEdits(text: string, edits: TextEdit[]): string {
  const index = new LineIndex(computeLineStarts(text), text.length);
  const sorted = [...edits].sort((a, b) => index.offsetAt(b.range.start) - index.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, index.offsetAt(e.range.start)) + e.newText + out.slice(index.offsetAt(e.range.end));
  return out;
}

function editsOf(edit: WorkspaceEdit | undefined): TextEdit[] {
  const change = edit?.documentChanges?.[0] as { edits: TextEdit[] } | undefined;
  return change ? change.edits : [];
}

const codes = (d: Diagnostic[]): string[] => d.map((x) => `${x.range.start.line + 1}:${x.range.start.character + 1} ${x.code}`).sort();

function cliCodes(text: string): string[] {
  const r = check(text);
  const index = new LineIndex(r.model.md.lineStarts, text.length);
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

  it('publishes the same diagnostics as the CLI on open, with codes, source and doc links', async () => {
    await open(client, uri, REPORT);
    const p = await client.waitForDiagnostics(uri, (x) => x.version === 1);
    assert.deepStrictEqual(codes(p.diagnostics), cliCodes(REPORT));
    assert.ok(codes(p.diagnostics).includes('10:67 undefined-footnote'));
    const d = p.diagnostics.find((x) => x.code === 'missing-section')!;
    assert.strictEqual(d.source, 'foresight');
    assert.strictEqual(d.severity, 1);
    assert.match(d.codeDescription!.href, /docs\/rules\.md#missing-section$/);
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

  it('offers quick fixes from the rules; applying one removes its problem', async () => {
    await open(client, uri, REPORT);
    const p = await client.waitForDiagnostics(uri);
    const missing = p.diagnostics.find((d) => d.code === 'missing-section')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: missing.range,
      context: { diagnostics: [missing], only: ['quickfix'] },
    })) as CodeAction[];
    const insert = actions.find((a) => a.title === 'Insert section "Why is it important?"')!;
    assert.ok(insert.isPreferred);
    assert.deepStrictEqual(insert.diagnostics, [missing]);
    const fixed = applyTextEdits(REPORT, editsOf(insert.edit));
    assert.ok(!cliCodes(fixed).some((c) => c.endsWith('missing-section')));
    assert.ok(fixed.includes('## Why is it important?\n\n_To be written._\n\n## Notes'));

    const titles = async (line: number): Promise<string[]> =>
      (
        (await client.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line, character: 0 }, end: { line, character: 80 } },
          context: { diagnostics: [], only: ['quickfix'] },
        })) as CodeAction[]
      ).map((a) => a.title);
    assert.deepStrictEqual(await titles(9), ['Add a definition for [^12]']);
    assert.deepStrictEqual((await titles(15)).sort(), ['Remove "(link is external)"', 'Remove the unused footnote [^3]', 'Use https://']);
  });

  it('offers fix-all (safe fixes only), renumbering and Ibid. expansion', async () => {
    const text = 'B[^2] a[^1] x (link is external).\n\n[^1]: One. https://e.org/1\n[^2]: Two. http://e.org/2\n';
    await open(client, uri, text);
    const all = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.foresight'] },
    })) as CodeAction[];
    assert.strictEqual(all.length, 1);
    assert.strictEqual(applyTextEdits(text, editsOf(all[0].edit)), 'B[^1] a[^2] x.\n\n[^1]: Two. http://e.org/2\n[^2]: One. https://e.org/1\n');

    const ibid = 'A[^1] b[^2].\n\n[^1]: Tavares. https://e.org/t\n[^2]: Ibid., p. 4.\n';
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: ibid }] });
    const rewrite = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 3, character: 7 }, end: { line: 3, character: 7 } },
      context: { diagnostics: [], only: ['refactor.rewrite'] },
    })) as CodeAction[];
    assert.strictEqual(rewrite[0].title, 'Replace "Ibid." with the full citation of [^1]');
    assert.strictEqual(
      applyTextEdits(ibid, editsOf(rewrite[0].edit)),
      'A[^1] b[^2].\n\n[^1]: Tavares. https://e.org/t\n[^2]: Tavares. https://e.org/t, p. 4.\n',
    );
  });

  it('completes footnote labels after [^ (next free number first, then existing notes)', async () => {
    const text = 'A[^1] b[^note].\n\nNew [^\n\n[^1]: One. https://e.org/1\n[^note]: Named. https://e.org/n\n';
    await open(client, uri, text);
    const items = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 2, character: 6 },
    })) as CompletionItem[];
    assert.deepStrictEqual(
      items.map((i) => i.label),
      ['2', '1', 'note'],
    );
    assert.strictEqual(items[0].preselect, true);
    assert.strictEqual((items[1].textEdit as TextEdit).newText, '1]');
    assert.strictEqual(items[1].detail, 'One. https://e.org/1');
  });

  it('completes missing sections first, at the level the entry needs, and front matter keys and values', async () => {
    const text = '---\ntitle: T\ntemplate: force-of-change\n---\n# Report\n\n## Entry\n\n### What is it?\n\nx\n\n#\n';
    await open(client, uri, text);
    const items = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 12, character: 1 },
    })) as CompletionItem[];
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.strictEqual(sorted[0].label, 'Why is it important?');
    assert.strictEqual((sorted[0].textEdit as TextEdit).newText, '### Why is it important?');
    const values = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 2, character: 10 },
    })) as CompletionItem[];
    assert.deepStrictEqual(
      values.map((v) => v.label),
      ['force-of-change', 'signal', 'trend', 'scenario-set', 'horizon-scan', 'disruption'],
    );
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'st\n' }],
    });
    const keys = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 1, character: 2 },
    })) as CompletionItem[];
    assert.ok(keys.some((k) => k.label === 'status'));
    assert.ok(!keys.some((k) => k.label === 'title'), 'keys already present are not offered');
  });

  it('hovers a reference with its note and source, following Ibid. chains; a definition with its citation count; a section with its purpose', async () => {
    await open(client, uri, REPORT);
    const onRef = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 9, character: 50 } })) as Hover;
    const value = (onRef.contents as { value: string }).value;
    assert.match(value, /^Ibid\./);
    assert.match(value, /Refers to \[\^1\]/);
    assert.match(value, /Source: <https:\/\/www\.foreignaffairs\.com\/articles\/140091>/);
    const onDef = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 13, character: 2 } })) as Hover;
    assert.match((onDef.contents as { value: string }).value, /cited once \(first on line 10\)/);
    const onSection = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 4 } })) as Hover;
    assert.match((onSection.contents as { value: string }).value, /Required section of the force-of-change template/);
  });

  it('goes to definition, finds references and highlights, and renames labels safely', async () => {
    const text = 'A[^a] b[^A] c[^b].\n\n[^a]: One. https://e.org/1\n[^b]: Two. https://e.org/2\n';
    await open(client, uri, text);
    const defs = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 9 } })) as Location[];
    assert.deepStrictEqual(
      defs.map((d) => d.range.start),
      [{ line: 2, character: 0 }],
    );
    const refs = (await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri },
      position: { line: 2, character: 2 },
      context: { includeDeclaration: false },
    })) as Location[];
    assert.deepStrictEqual(
      refs.map((r) => r.range.start.character),
      [1, 7],
    );
    const hl = (await client.connection.sendRequest('textDocument/documentHighlight', {
      textDocument: { uri },
      position: { line: 0, character: 3 },
    })) as unknown[];
    assert.strictEqual(hl.length, 3);
    const prep = (await client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position: { line: 0, character: 3 } })) as {
      placeholder: string;
    };
    assert.strictEqual(prep.placeholder, 'a');
    const edit = (await client.connection.sendRequest('textDocument/rename', {
      textDocument: { uri },
      position: { line: 0, character: 3 },
      newName: 'tavares',
    })) as WorkspaceEdit;
    assert.strictEqual(applyTextEdits(text, editsOf(edit)), 'A[^tavares] b[^tavares] c[^b].\n\n[^tavares]: One. https://e.org/1\n[^b]: Two. https://e.org/2\n');
    await assert.rejects(
      client.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position: { line: 0, character: 3 }, newName: 'two words' }),
      /not a valid footnote label/,
    );
    await assert.rejects(
      client.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position: { line: 0, character: 3 }, newName: 'B' }),
      /already exists/,
    );
  });

  it('gives an outline (title, entries, sections, notes), folding ranges and links to note URLs', async () => {
    const text =
      '---\ntitle: R\ntemplate: force-of-change\n---\n# R\n\n## A\n\n### What is it?\n\nx[^1]\n\n### Why is it important?\n\ny\n\n[^1]: S.\n    More. https://e.org/s\n';
    await open(client, uri, text);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    const tree = (s: DocumentSymbol): unknown => ({ [s.name]: (s.children ?? []).map(tree) });
    assert.deepStrictEqual(symbols.map(tree), [{ R: [{ A: [{ 'What is it?': [] }, { 'Why is it important?': [] }] }] }, { Notes: [{ '[^1]': [] }] }]);
    const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as Array<{
      startLine: number;
      endLine: number;
    }>;
    assert.ok(
      folds.some((f) => f.startLine === 0 && f.endLine === 3),
      'front matter folds',
    );
    assert.ok(
      folds.some((f) => f.startLine === 6 && f.endLine === 17),
      'the entry folds to its last line',
    );
    assert.ok(
      folds.some((f) => f.startLine === 16 && f.endLine === 17),
      'a two-line note folds',
    );
    const links = (await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } })) as Array<{ target: string }>;
    assert.deepStrictEqual(
      links.map((l) => l.target),
      ['https://e.org/s'],
    );
  });

  it('finds entries across reports with workspace symbols', async () => {
    fs.writeFileSync(path.join(dir, 'multi.md'), '---\ntemplate: force-of-change\ntitle: M\n---\n# M\n\n## Water stress\n\n### What is it?\n\nx\n');
    await client.connection.sendRequest('foresight/checkWorkspace', {});
    const symbols = (await client.connection.sendRequest('workspace/symbol', { query: 'water' })) as Array<{ name: string; location: Location }>;
    assert.deepStrictEqual(
      symbols.map((s) => s.name),
      ['Water stress'],
    );
  });

  it('runs the renumber and insert-missing-sections commands through workspace/applyEdit', async () => {
    await open(client, uri, 'B[^2] a[^1].\n\n[^1]: One. https://e.org/1\n[^2]: Two. https://e.org/2\n');
    await client.connection.sendRequest('workspace/executeCommand', { command: 'foresight.server.renumberFootnotes', arguments: [{ uri }] });
    assert.strictEqual(client.appliedEdits.length, 1);
    const status = (await client.connection.sendRequest('foresight/status', { uri })) as { text: string };
    assert.strictEqual(status.text, '2 notes');
    const report = '---\ntitle: R\ntemplate: force-of-change\n---\n# R\n\n## A\n\n### Why is it important?\n\nb\n\n## B\n\nx\n';
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: report }] });
    await client.connection.sendRequest('workspace/executeCommand', {
      command: 'foresight.server.insertMissingSections',
      arguments: [{ uri, position: { line: 7, character: 0 } }],
    });
    const edit = client.appliedEdits[1] as WorkspaceEdit;
    const fixed = applyTextEdits(report, editsOf(edit));
    assert.ok(fixed.includes('## A\n\n### What is it?\n\n_To be written._\n\n### Why is it important?'), fixed);
    assert.ok(!fixed.includes('## B\n\nx\n\n###'), 'only the entry at the cursor');
  });

  it('summarises the report for the status bar', async () => {
    await open(client, uri, REPORT);
    const status = (await client.connection.sendRequest('foresight/status', { uri })) as { text: string; errors: number };
    assert.strictEqual(status.text, 'force-of-change · 1/2 sections · 3 notes');
    assert.strictEqual(status.errors, 2);
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

describe('language server with pull diagnostics (LSP 3.17)', function () {
  this.timeout(30000);
  it('answers textDocument/diagnostic and workspace/diagnostic, and pushes nothing', async () => {
    const dir = makeTempDir('foresight-pull-');
    fs.writeFileSync(path.join(dir, 'closed.md'), 'Closed.[^9]\n');
    const client = await startClient({ rootUri: URI.file(dir).toString(), pull: true });
    try {
      const uri = URI.file(path.join(dir, 'open.md')).toString();
      await open(client, uri, 'Open.[^1]\n');
      const doc = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string; items: Diagnostic[] };
      assert.strictEqual(doc.kind, 'full');
      assert.deepStrictEqual(codes(doc.items), ['1:6 undefined-footnote']);
      const ws = (await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as {
        items: Array<{ uri: string; items: Diagnostic[] }>;
      };
      assert.deepStrictEqual(
        ws.items.map((i) => [path.basename(URI.parse(i.uri).fsPath), codes(i.items)]),
        [['closed.md', ['1:8 undefined-footnote']]],
      );
      await new Promise((r) => setTimeout(r, 300));
      assert.strictEqual(client.diagnostics.size, 0);
      // Asked again: the same answer; and a closed file changed on disk with no event is read again.
      const again = async (): Promise<unknown> =>
        (
          (await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as { items: Array<{ uri: string; items: Diagnostic[] }> }
        ).items.map((i) => [path.basename(URI.parse(i.uri).fsPath), codes(i.items)]);
      assert.deepStrictEqual(await again(), [['closed.md', ['1:8 undefined-footnote']]]);
      fs.writeFileSync(path.join(dir, 'closed.md'), 'Closed, longer.[^9] and[^8]\n');
      assert.deepStrictEqual(await again(), [['closed.md', ['1:16 undefined-footnote', '1:24 undefined-footnote']]]);
    } finally {
      await client.stop();
    }
  });
});
