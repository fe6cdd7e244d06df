/** A real LSP client for protocol tests: spawns the bundled server over stdio. */
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = path.resolve(__dirname, '../../../dist/server.js');
/** The server with one rule made to fail (test/support/faultServer.ts). */
export const FAULT_SERVER = path.resolve(__dirname, '../../../out/test/support/faultServer.js');

export interface TestClient {
  connection: ProtocolConnection;
  child: ChildProcessWithoutNullStreams;
  diagnostics: Map<string, PublishDiagnosticsParams[]>;
  appliedEdits: unknown[];
  stderr: string[];
  logs: string[];
  /** How many workspace/diagnostic/refresh requests the server sent. */
  refreshes: { count: number };
  /** What the client answers to workspace/configuration (mutable). */
  settings: Record<string, unknown>;
  /** Resolves with the first publish for `uri` that satisfies `test`. */
  waitForDiagnostics(uri: string, test?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
}

export async function startClient(options: {
  rootUri?: string;
  pull?: boolean;
  settings?: Record<string, unknown>;
  env?: Record<string, string>;
  /** More initializationOptions (e.g. workspaceTrusted). */
  init?: Record<string, unknown>;
  /** Another server entry and its arguments (the fault-injection build of the tests). */
  server?: string[];
}): Promise<TestClient> {
  const child = spawn(process.execPath, [...(options.server ?? [SERVER]), '--stdio'], { stdio: 'pipe', env: { ...process.env, ...(options.env ?? {}) } });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  const waiters: Array<{ uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  const appliedEdits: unknown[] = [];
  const stderr: string[] = [];
  const logs: string[] = [];
  const refreshes = { count: 0 };
  child.stderr.on('data', (d) => stderr.push(String(d)));
  const settings = { enable: true, defaultTemplate: '', rules: {}, validateWorkspace: true, ...(options.settings ?? {}) };
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const list = diagnostics.get(p.uri) ?? [];
    list.push(p);
    diagnostics.set(p.uri, list);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.test(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => logs.push(p.message));
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => {
    refreshes.count++;
    return null;
  });
  connection.onRequest('workspace/applyEdit', (p: { edit: unknown }) => {
    appliedEdits.push(p.edit);
    return { applied: true };
  });
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'ws' }] : null,
    capabilities: {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, applyEdit: true, workspaceEdit: { documentChanges: true } },
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        rename: { prepareSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
    },
    initializationOptions: { settings, ...(options.init ?? {}) },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    child,
    diagnostics,
    appliedEdits,
    stderr,
    logs,
    settings,
    refreshes,
    waitForDiagnostics(uri, test = () => true, timeoutMs = 10000) {
      const existing = diagnostics.get(uri)?.find(test);
      if (existing) return Promise.resolve(existing);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ uri, test, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      child.kill();
    },
  };
}

export async function open(client: TestClient, uri: string, text: string, version = 1): Promise<void> {
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
}
