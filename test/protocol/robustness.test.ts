import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { FAULT_SERVER, open, SERVER, startClient } from '../support/lspClient';
import { recordReliability } from '../support/reliability';
import { makeTempDir } from '../support/tmp';

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/**
 * Speaks raw JSON-RPC to a fresh server and resolves once it has answered every
 * request id in `awaited` (or has exited); returns every message it sent and
 * whether it was still running then. Waits for the answers, never for time.
 */
async function raw(chunks: string[], awaited: number[]): Promise<{ messages: Array<Record<string, unknown>>; alive: boolean }> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  let buffer = Buffer.alloc(0);
  const messages: Array<Record<string, unknown>> = [];
  const answered = (): boolean => awaited.every((id) => messages.some((m) => m.id === id && ('result' in m || 'error' in m)));
  await new Promise<void>((resolve) => {
    child.on('exit', () => resolve());
    child.stdout.on('data', (d: Buffer) => {
      buffer = Buffer.concat([buffer, d]);
      for (;;) {
        const head = buffer.indexOf('\r\n\r\n');
        if (head < 0) break;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString('ascii'))?.[1]);
        if (buffer.length < head + 4 + length) break;
        messages.push(JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString('utf8')) as Record<string, unknown>);
        buffer = buffer.subarray(head + 4 + length);
      }
      if (answered()) resolve();
    });
    for (const c of chunks) child.stdin.write(c);
  });
  const alive = child.exitCode === null;
  child.kill();
  return { messages, alive };
}

/** Spawns a server, writes `chunks`, and resolves when it exits (with its code and stderr). */
function untilExit(chunks: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  child.stdout.resume();
  for (const c of chunks) child.stdin.write(c);
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

const init = frame(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));

describe('language server robustness', function () {
  this.timeout(60000);

  it('survives malformed JSON-RPC and keeps answering', async () => {
    const { messages, alive } = await raw(
      [
        init,
        frame('{this is not json'),
        frame(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: 'not an object' })),
        frame(JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'shutdown' })),
      ],
      [1, 3],
    );
    assert.ok(alive, 'the server is still running');
    assert.ok(
      messages.some((m) => m.id === 1 && m.result),
      'initialize answered',
    );
    assert.ok(
      messages.some((m) => m.id === 3 && 'result' in m),
      'a request after the garbage is answered',
    );
    recordReliability('server: malformed JSON-RPC messages', 2);
  });

  it('answers unknown methods with MethodNotFound', async () => {
    const { messages, alive } = await raw([init, frame(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'foresight/noSuchThing', params: {} }))], [1, 7]);
    assert.ok(alive);
    const answer = messages.find((m) => m.id === 7) as { error?: { code: number } };
    assert.strictEqual(answer.error?.code, -32601);
    recordReliability('server: unknown methods', 1);
  });

  it('gives a 20 MB document one info diagnostic instead of freezing, and a 1000-edit storm ends on the final text', async () => {
    const dir = makeTempDir('foresight-big-');
    const client = await startClient({ rootUri: URI.file(dir).toString() });
    try {
      const big = URI.file(path.join(dir, 'big.md')).toString();
      await open(client, big, 'A line of a very long report.[^1]\n'.repeat(600000));
      const p = await client.waitForDiagnostics(big, (x) => x.version === 1, 20000);
      assert.strictEqual(p.diagnostics.length, 1);
      assert.strictEqual(p.diagnostics[0].severity, 3);
      assert.match(p.diagnostics[0].message, /over the live-check limit/);
      // The server still answers quickly afterwards.
      const small = URI.file(path.join(dir, 'small.md')).toString();
      await open(client, small, 'S.\n');
      let text = 'S.\n';
      for (let v = 2; v <= 1001; v++) {
        const insert = v % 50 === 0 ? '[^u]' : 'y';
        await client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri: small, version: v },
          contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: insert }],
        });
        text = insert + text;
      }
      const last = await client.waitForDiagnostics(small, (x) => x.version === 1001, 20000);
      assert.strictEqual(last.diagnostics.length, (text.match(/\[\^u\]/g) ?? []).length);
      recordReliability('server: a 20 MB document', 1);
      recordReliability('server: edits in one storm', 1000);
    } finally {
      await client.stop();
    }
  });

  it('logs a rule that throws once, and still publishes what the other rules find', async () => {
    const dir = makeTempDir('foresight-fault-');
    const client = await startClient({ rootUri: URI.file(dir).toString(), server: [FAULT_SERVER, '--fault=link-artifact'] });
    try {
      const uri = URI.file(path.join(dir, 'r.md')).toString();
      await open(client, uri, 'A[^1] (link is external).\n');
      const first = await client.waitForDiagnostics(uri, (x) => x.version === 1);
      assert.deepStrictEqual(
        first.diagnostics.map((d) => d.code),
        ['undefined-footnote'],
      );
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: 'B[^2] (link is external).\n' }],
      });
      await client.waitForDiagnostics(uri, (x) => x.version === 2);
      const logged = client.logs.filter((l) => l.includes('Rule link-artifact failed'));
      assert.strictEqual(logged.length, 1, client.logs.join('\n'));
      assert.match(logged[0], /injected fault in link-artifact/);
      recordReliability('server: a rule that throws on every check', 2);
    } finally {
      await client.stop();
    }
  });

  it('a catastrophic pattern in .foresight.yml cannot stall the server, in Restricted Mode too', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foresight-redos-'));
    fs.writeFileSync(path.join(dir, '.foresight.yml'), 'sources:\n  allowWithoutUrl: ["^(a+)+$"]\nlinks:\n  check: true\n  exclude: ["^(a|a)+$"]\n');
    const client = await startClient({ rootUri: URI.file(dir).toString(), init: { workspaceTrusted: false } });
    try {
      const uri = URI.file(path.join(dir, 'r.md')).toString();
      // Tavares-style note of 40 'a' and a '!': exponential for a backtracking engine.
      await open(client, uri, `Claim[^1] and[^2].\n\n[^1]: ${'a'.repeat(40)}!\n`);
      const p = await client.waitForDiagnostics(uri, (x) => x.version === 1);
      assert.deepStrictEqual(
        p.diagnostics.map((d) => d.code),
        ['undefined-footnote'],
      );
      const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 6 } });
      assert.ok(hover, 'the server still answers requests');
      recordReliability('server: catastrophic config patterns', 2);
    } finally {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a report past foresight.checkTimeout is stopped and reported alone; the server keeps answering', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foresight-deadline-'));
    fs.writeFileSync(path.join(dir, 'closed.md'), 'Closed[^1].\n');
    const client = await startClient({ rootUri: URI.file(dir).toString(), settings: { checkTimeout: 0 } });
    try {
      const closed = URI.file(path.join(dir, 'closed.md')).toString();
      const stopped = await client.waitForDiagnostics(closed);
      assert.match(stopped.diagnostics[0].message, /took longer than 0 s \(foresight\.checkTimeout\) and was stopped/);
      const uri = URI.file(path.join(dir, 'open.md')).toString();
      await open(client, uri, 'A[^1].\n');
      const p = await client.waitForDiagnostics(uri, (x) => x.version === 1);
      assert.strictEqual(p.diagnostics.length, 1);
      assert.match(p.diagnostics[0].message, /was stopped/);
      // Lift the limit: the same report is checked as usual.
      client.settings.checkTimeout = 15;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'B[^2].\n' }] });
      const again = await client.waitForDiagnostics(uri, (x) => x.version === 2 && x.diagnostics.some((d) => d.code === 'undefined-footnote'));
      assert.deepStrictEqual(
        again.diagnostics.map((d) => d.code),
        ['undefined-footnote'],
      );
      recordReliability('server: a report past its deadline', 2);
    } finally {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits, saying why, on a Content-Length that is not a number or a body over the limit, instead of hanging or buffering', async () => {
    const bad = await untilExit([init, 'Content-Length: ten\r\n\r\n{}']);
    assert.strictEqual(bad.code, 1);
    assert.match(bad.stderr, /Content-Length that is not a number \("ten"\); exiting so that the client can restart the server/);
    const huge = await untilExit([init, `Content-Length: ${2 * 1024 ** 3}\r\n\r\n{"jsonrpc":"2.0"`]);
    assert.strictEqual(huge.code, 1);
    assert.match(huge.stderr, /2048 MB is over the 256 MB limit/);
    recordReliability('server: broken framing and a declared 2 GB body', 2);
  });

  it('refuses requests after shutdown, as the protocol says', async () => {
    const client = await startClient({});
    try {
      await client.connection.sendRequest('shutdown');
      await assert.rejects(
        client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } }),
        (e: { code?: number }) => e.code === -32600,
      );
    } finally {
      client.child.kill();
    }
  });
});
