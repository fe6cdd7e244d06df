import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { runCli } from '../../server/src/cli';
import { startLinkServer, type LinkServer } from '../support/linkServer';
import { open, startClient, type TestClient } from '../support/lspClient';

const deadLinks = (d: Diagnostic[]): string[] =>
  d.filter((x) => x.code === 'dead-link').map((x) => `${x.range.start.line + 1}:${x.severity} ${x.message.split(':')[0]}`);

describe('language server: opt-in link check (protocol)', function () {
  this.timeout(40000);
  let server: LinkServer;
  let dir: string;
  let uri: string;
  let text: string;
  let client: TestClient | undefined;
  const env = (): Record<string, string> => ({ XDG_CACHE_HOME: path.join(dir, 'cache') });
  const linkSettings = { checkLinks: true, links: { allowPrivateAddresses: true }, rules: { 'insecure-url': 'off' } };

  before(async () => {
    server = await startLinkServer([1]);
  });
  after(async () => server.close());
  beforeEach(() => {
    server.reset();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fl-ls-links-'));
    uri = URI.file(path.join(dir, 'report.md')).toString();
    text = [
      'Gone[^1] slow[^2] moved[^3].',
      '',
      `[^1]: ${server.url('/gone404')}`,
      `[^2]: ${server.url('/slow?ms=2500')}`,
      `[^3]: [Page](${server.url('/moved')})`,
      '',
    ].join('\n');
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes at once without link results, then again as they arrive; typing is never held up by a slow site', async () => {
    client = await startClient({ rootUri: URI.file(dir).toString(), settings: linkSettings, env: env() });
    await open(client, uri, text);
    const first = await client.waitForDiagnostics(uri);
    assert.deepStrictEqual(deadLinks(first.diagnostics), []);
    const arrived = await client.waitForDiagnostics(uri, (p) => deadLinks(p.diagnostics).length === 2);
    assert.deepStrictEqual(deadLinks(arrived.diagnostics), ['3:2 Source gone', '5:3 Source moved permanently']);
    // The slow site has not answered yet; an edit is still checked at once.
    const slowAskedAt = server.log.find((r) => r.path.startsWith('/slow'))!.at;
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'X' }],
    });
    const edited = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.ok(Date.now() - slowAskedAt < 2500, 'the edit was checked before the slow site answered');
    assert.deepStrictEqual(deadLinks(edited.diagnostics), ['3:2 Source gone', '5:3 Source moved permanently']);
    const status = (await client.connection.sendRequest('foresight/status', { uri })) as { linksPending: number };
    assert.strictEqual(status.linksPending, 1);
    // Pending counts are per report: another open report with settled links shows none.
    const other = URI.file(path.join(dir, 'other.md')).toString();
    await open(client, other, `Other[^1].\n\n[^1]: ${server.url('/ok')}\n`);
    await client.waitForDiagnostics(other);
    // Its one link settles: wait for that state (however busy the machine), not for a time.
    const pendingOf = async (u: string): Promise<number> =>
      ((await client!.connection.sendRequest('foresight/status', { uri: u })) as { linksPending: number }).linksPending;
    while ((await pendingOf(other)) !== 0) await new Promise((r) => setTimeout(r, 50));
    // When the slow site answers (200), the report is published again, unchanged, and nothing is pending.
    const done = await client.waitForDiagnostics(uri, (p) => p.version === 2 && Date.now() - slowAskedAt >= 2500);
    assert.deepStrictEqual(deadLinks(done.diagnostics), ['3:2 Source gone', '5:3 Source moved permanently']);
    assert.strictEqual(((await client.connection.sendRequest('foresight/status', { uri })) as { linksPending: number }).linksPending, 0);
  });

  it('the light bulb offers the new address of a moved source and the edit changes only that URL', async () => {
    client = await startClient({ rootUri: URI.file(dir).toString(), settings: linkSettings, env: env() });
    await open(client, uri, text);
    const p = await client.waitForDiagnostics(uri, (x) => deadLinks(x.diagnostics).length >= 2);
    const moved = p.diagnostics.find((d) => d.code === 'dead-link' && /moved/.test(d.message))!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: moved.range,
      context: { diagnostics: [moved], only: ['quickfix'] },
    })) as CodeAction[];
    const fix = actions.find((a) => /^Replace with/.test(a.title))!;
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    const edits = (fix.edit!.changes?.[uri] ?? (fix.edit!.documentChanges![0] as { edits: TextEdit[] }).edits) as TextEdit[];
    assert.deepStrictEqual(
      edits.map((e) => e.newText),
      [server.url('/ok')],
    );
    assert.deepStrictEqual(edits[0].range, moved.range);
  });

  it('hovering a note reference shows what the link check found', async () => {
    client = await startClient({ rootUri: URI.file(dir).toString(), settings: linkSettings, env: env() });
    await open(client, uri, text);
    const hoverAt = async (character: number): Promise<string> =>
      (
        (await client!.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character } })) as {
          contents: { value: string };
        }
      ).contents.value;
    assert.match(await hoverAt(6), /Source: <[^>]*gone404> · _checking…_/);
    await client.waitForDiagnostics(uri, (p) => deadLinks(p.diagnostics).length === 2);
    assert.match(
      await hoverAt(6),
      /Source: <[^>]*gone404> · ✗ 404 Not Found \(checked just now\) · \[archived copies\]\(https:\/\/web\.archive\.org\/web\/\*\/http:\/\/127\.0\.0\.1:\d+\/gone404\)/,
    );
    assert.match(await hoverAt(25), /Source: <[^>]*\/moved> · ↪ moved to <[^>]*\/ok>/);
  });

  it('Recheck Source Links asks the sites again, past the cache: a page that came back loses its warning', async () => {
    client = await startClient({ rootUri: URI.file(dir).toString(), settings: linkSettings, env: env() });
    const t = `Back[^1].\n\n[^1]: ${server.url('/comes-back')}\n`;
    await open(client, uri, t);
    await client.waitForDiagnostics(uri, (p) => deadLinks(p.diagnostics).length === 1);
    const r = (await client.connection.sendRequest('workspace/executeCommand', { command: 'foresight.server.recheckLinks', arguments: [{ uri }] })) as {
      rechecking: number;
    };
    assert.strictEqual(r.rechecking, 1);
    await client.waitForDiagnostics(uri, (p) => deadLinks(p.diagnostics).length === 0 && server.log.filter((x) => x.path === '/comes-back').length === 3);
    // A second server (new session, same disk cache) sees the new result without asking.
    await client.stop();
    client = await startClient({ rootUri: URI.file(dir).toString(), settings: linkSettings, env: env() });
    await open(client, uri, t);
    await client.waitForDiagnostics(uri);
    await new Promise((res) => setTimeout(res, 500));
    assert.strictEqual(server.log.filter((x) => x.path === '/comes-back').length, 3);
    assert.ok(client.diagnostics.get(uri)!.every((p) => deadLinks(p.diagnostics).length === 0));
  });

  it('Recheck Source Links says why it cannot: off, or an untrusted workspace', async () => {
    client = await startClient({ rootUri: URI.file(dir).toString(), settings: {}, env: env(), init: { workspaceTrusted: false } });
    await open(client, uri, text);
    await client.waitForDiagnostics(uri);
    const untrusted = await client.connection.sendRequest('workspace/executeCommand', { command: 'foresight.server.recheckLinks', arguments: [{ uri }] });
    assert.deepStrictEqual(untrusted, { rechecking: 0, reason: 'untrusted' });
    await client.connection.sendNotification('foresight/didChangeWorkspaceTrust', { trusted: true });
    const off = await client.connection.sendRequest('workspace/executeCommand', { command: 'foresight.server.recheckLinks', arguments: [{ uri }] });
    assert.deepStrictEqual(off, { rechecking: 0, reason: 'off' });
    assert.strictEqual(server.log.length, 0);
  });

  it('never checks in an untrusted workspace, and starts when trust is granted', async () => {
    client = await startClient({ rootUri: URI.file(dir).toString(), settings: linkSettings, env: env(), init: { workspaceTrusted: false } });
    await open(client, uri, text);
    await client.waitForDiagnostics(uri);
    await new Promise((r) => setTimeout(r, 800));
    assert.strictEqual(server.log.length, 0);
    assert.ok([...client.diagnostics.get(uri)!].every((p) => deadLinks(p.diagnostics).length === 0));
    await client.connection.sendNotification('foresight/didChangeWorkspaceTrust', { trusted: true });
    await client.waitForDiagnostics(uri, (p) => deadLinks(p.diagnostics).length === 2);
  });

  it('is off by default: no setting, no config, no request; the hover still names each source, a DOI through its resolver', async () => {
    client = await startClient({ rootUri: URI.file(dir).toString(), settings: { links: { allowPrivateAddresses: true } }, env: env() });
    const withDoi = text.replace('Gone[^1]', 'Gone[^1] doi[^4]') + '[^4]: Smith, doi:10.1000/xyz.\n';
    await open(client, uri, withDoi);
    await client.waitForDiagnostics(uri);
    await new Promise((r) => setTimeout(r, 800));
    assert.strictEqual(server.log.length, 0);
    const hover = (
      (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 13 } })) as {
        contents: { value: string };
      }
    ).contents.value;
    assert.strictEqual(hover, 'Smith, doi:10.1000/xyz.\n\n_Citation_\n\nDOI: [10.1000/xyz](https://doi.org/10.1000/xyz)');
  });

  it('turning foresight.checkLinks on checks the open report', async () => {
    client = await startClient({ rootUri: URI.file(dir).toString(), settings: { links: { allowPrivateAddresses: true } }, env: env() });
    await open(client, uri, text);
    await client.waitForDiagnostics(uri);
    assert.strictEqual(server.log.length, 0);
    Object.assign(client.settings, { checkLinks: true });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitForDiagnostics(uri, (p) => deadLinks(p.diagnostics).some((d) => /Source gone/.test(d)));
    assert.ok(server.log.some((r) => r.path === '/gone404'));
  });

  it('links: {check: true} in .foresight.yml turns it on; private addresses stay refused unless the setting allows them', async () => {
    fs.writeFileSync(path.join(dir, '.foresight.yml'), 'links: {check: true}\n');
    client = await startClient({ rootUri: URI.file(dir).toString(), settings: {}, env: env() });
    await open(client, uri, text);
    const p = await client.waitForDiagnostics(uri, (x) => deadLinks(x.diagnostics).length === 3);
    assert.deepStrictEqual(deadLinks(p.diagnostics), ['3:4 Not checked', '4:4 Not checked', '5:4 Not checked']);
    assert.strictEqual(server.log.length, 0);
  });

  it('pull mode: asks the client to refresh when results arrive; results are shared with the CLI through the disk cache', async () => {
    client = await startClient({ rootUri: URI.file(dir).toString(), settings: linkSettings, env: env(), pull: true });
    await open(client, uri, text.replace(/\[\^2\][^\n]*slow[^\n]*\n/, '').replace(' slow[^2]', ''));
    const pull = async (): Promise<Diagnostic[]> =>
      ((await client!.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] }).items;
    assert.deepStrictEqual(deadLinks(await pull()), []);
    const t0 = Date.now();
    while (client.refreshes.count === 0 && Date.now() - t0 < 10000) await new Promise((r) => setTimeout(r, 50));
    assert.ok(client.refreshes.count > 0, 'workspace/diagnostic/refresh was sent');
    assert.deepStrictEqual(deadLinks(await pull()), ['3:2 Source gone', '4:3 Source moved permanently']);
    await client.stop();
    client = undefined;
    // The server saved its results; the CLI reuses them without a request.
    const requests = server.log.length;
    fs.writeFileSync(path.join(dir, 'report.md'), text.replace(/\[\^2\][^\n]*slow[^\n]*\n/, '').replace(' slow[^2]', ''));
    const r = await runCli(['--check-links', '--allow-private-addresses', 'report.md'], dir, { ...process.env, ...env() });
    assert.match(r.stderr, /checked 2 source links \(2 from the cache, 0 HTTP requests\)/);
    assert.strictEqual(server.log.length, requests);
  });
});
