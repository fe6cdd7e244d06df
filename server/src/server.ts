/**
 * The Foresight language server: wires an LSP connection to the language
 * service (service.ts), which holds the documents' analyses and answers for
 * the features. Here: capabilities, push or pull diagnostics, the throttle
 * between an edit and its diagnostics, commands that apply edits.
 * Runs over stdio (`foresight-language-server --stdio`) or node IPC.
 */
import { VERSION } from './version';
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  DocumentDiagnosticReportKind,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeActionParams,
  type CompletionParams,
  type Connection,
  type DefinitionParams,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
  type DocumentDiagnosticParams,
  type DocumentHighlightParams,
  type DocumentLinkParams,
  type DocumentSymbolParams,
  type ExecuteCommandParams,
  type FoldingRangeParams,
  type HoverParams,
  type PrepareRenameParams,
  type ReferenceParams,
  type RenameParams,
  type TextDocumentIdentifier,
  type WorkspaceFoldersChangeEvent,
  type WorkspaceSymbolParams,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceDocumentDiagnosticReport,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { FramingGuard } from './io/framing';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from './io/configFiles';
import type { Analysis } from './features/analysis';
import { codeActions, FIX_ALL_KIND, insertMissingSectionsEdit, RENUMBER_KIND, renumberEdit } from './features/codeActions';
import { completion } from './features/completion';
import { foldingRanges } from './features/folding';
import { hover } from './features/hover';
import { documentLinks } from './features/links';
import { definition, documentHighlights, prepareRename, references, rename, RenameError } from './features/navigation';
import { documentSymbols } from './features/symbols';
import { isConfigUri, LanguageService } from './service';
import type { Settings } from './settings';

/** What the client says in `initializationOptions` besides settings. */
interface InitOptions {
  settings?: Partial<Settings>;
  /** VS Code's workspace trust; clients without the notion are trusted (checking links stays opt-in there). */
  workspaceTrusted?: boolean;
}

export const COMMANDS = {
  renumber: 'foresight.server.renumberFootnotes',
  insertMissingSections: 'foresight.server.insertMissingSections',
  recheckLinks: 'foresight.server.recheckLinks',
};

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let pullDiagnostics = false;
  let configurationRequests = false;
  let dynamicWatchers = false;
  let shutDown = false;
  const timers = new Map<string, NodeJS.Timeout>();
  const pushedWorkspaceUris = new Set<string>();
  const service = new LanguageService(documents, {
    error: (message) => connection.console.error(message),
    warn: (message) => connection.console.warn(message),
    linksChanged: (uris) => {
      if (pullDiagnostics) void connection.languages.diagnostics.refresh();
      else for (const uri of uris) if (documents.get(uri)) schedule(uri);
    },
  });
  const workspace = service.workspace;
  const settings = (): Settings => service.settings;

  /** Runs a handler; a failure is logged and answered with `fallback`, never a crashed server. */
  const guard =
    <P, R>(name: string, fallback: R, fn: (p: P, token?: CancellationToken) => R | Promise<R>) =>
    async (p: P, token?: CancellationToken): Promise<R> => {
      // After `shutdown` the protocol allows only `exit`: requests are refused, notifications ignored.
      if (shutDown) {
        if (token) throw new ResponseError(-32600, 'The server is shutting down.');
        return fallback;
      }
      try {
        return await fn(p, token);
      } catch (e) {
        if (e instanceof RenameError) throw new ResponseError(-32803, e.message);
        connection.console.error(`${name} failed: ${(e as Error).stack ?? e}`);
        return fallback;
      }
    };

  const publish = (uri: string): void => {
    if (pullDiagnostics) return;
    const doc = documents.get(uri);
    void connection.sendDiagnostics({ uri, version: doc?.version, diagnostics: service.diagnosticsFor(uri) });
  };

  /**
   * Throttled on both edges: the first edit after a quiet spell is checked at
   * once (a keystroke shows within a blink); edits that follow within the
   * interval are coalesced into one trailing run. Each run checks the latest
   * version, so nothing stale is ever published.
   */
  const lastRun = new Map<string, { at: number; took: number }>();
  const schedule = (uri: string): void => {
    if (timers.has(uri)) return; // a pending run will see this version
    const last = lastRun.get(uri);
    const interval = Math.max(50, last?.took ?? 0);
    const delay = last ? Math.max(0, last.at + interval - Date.now()) : 0;
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        const start = Date.now();
        try {
          publish(uri);
        } catch (e) {
          connection.console.error(`diagnostics failed for ${uri}: ${(e as Error).stack}`);
        }
        lastRun.set(uri, { at: Date.now(), took: Date.now() - start });
      }, delay),
    );
  };

  const publishWorkspace = (): number => {
    const uris = service.closedReports();
    for (const uri of uris) {
      const diagnostics = service.closedFileDiagnostics(uri);
      if (!pullDiagnostics) {
        void connection.sendDiagnostics({ uri, diagnostics });
        pushedWorkspaceUris.add(uri);
      }
    }
    return uris.length;
  };

  const refreshAll = (): void => {
    service.reset();
    if (pullDiagnostics) {
      void connection.languages.diagnostics.refresh();
      return;
    }
    for (const doc of documents.all()) publish(doc.uri);
    if (!settings().enable) for (const uri of pushedWorkspaceUris) void connection.sendDiagnostics({ uri, diagnostics: [] });
    publishWorkspace();
  };

  const loadSettings = async (): Promise<void> => {
    if (!configurationRequests) return;
    try {
      service.applySettings((await connection.workspace.getConfiguration('foresight')) as Partial<Settings> | null);
    } catch (e) {
      connection.console.warn(`Could not read settings: ${(e as Error).message}`);
    }
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    configurationRequests = !!caps.workspace?.configuration;
    dynamicWatchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const init = (params.initializationOptions ?? {}) as InitOptions;
    service.applySettings(init.settings);
    service.setTrusted(init.workspaceTrusted !== false);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspace.setFolders(folders);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        completionProvider: { triggerCharacters: ['^', '#', ' ', ':'], resolveProvider: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: { label: 'Foresight' },
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite', FIX_ALL_KIND, RENUMBER_KIND] },
        executeCommandProvider: { commands: [COMMANDS.renumber, COMMANDS.insertMissingSections, COMMANDS.recheckLinks] },
        diagnosticProvider: pullDiagnostics ? { identifier: 'foresight', interFileDependencies: false, workspaceDiagnostics: true } : undefined,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'foresight-language-server', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    await loadSettings();
    if (dynamicWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.md' }],
      });
    }
    if (configurationRequests) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'foresight' });
    try {
      if (!pullDiagnostics) publishWorkspace();
    } catch (e) {
      connection.console.error(`Checking the workspace failed: ${(e as Error).stack ?? e}`);
    }
  });

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', undefined, async (p: DidChangeConfigurationParams) => {
      if (configurationRequests) await loadSettings();
      else {
        service.applySettings((p.settings as { foresight?: Partial<Settings> } | undefined)?.foresight);
      }
      refreshAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', undefined, (p: DidChangeWatchedFilesParams) => {
      workspace.invalidate(p.changes.map((c) => c.uri));
      if (p.changes.some((c) => isConfigUri(c.uri))) refreshAll();
      else if (!pullDiagnostics && settings().validateWorkspace) {
        for (const c of p.changes) {
          if (documents.get(c.uri) || !/\.md$/i.test(c.uri)) continue;
          void connection.sendDiagnostics({ uri: c.uri, diagnostics: workspace.readText(c.uri) === undefined ? [] : service.closedFileDiagnostics(c.uri) });
        }
      }
    }),
  );

  connection.onNotification(
    'foresight/didChangeWorkspaceTrust',
    guard('didChangeWorkspaceTrust', undefined, (p: { trusted?: boolean }) => {
      service.setTrusted(p?.trusted !== false);
      refreshAll();
    }),
  );

  connection.onNotification(
    DidChangeWorkspaceFoldersNotification.type,
    guard('didChangeWorkspaceFolders', undefined, (p: { event: WorkspaceFoldersChangeEvent }) => {
      workspace.updateFolders(
        p.event.added.map((f) => f.uri),
        p.event.removed.map((f) => f.uri),
      );
      refreshAll();
    }),
  );

  documents.onDidOpen((e) => schedule(e.document.uri));
  documents.onDidChangeContent((e) => {
    if (isConfigUri(e.document.uri)) {
      service.configTextChanged(e.document.uri, e.document.getText());
      for (const doc of documents.all()) if (doc.uri !== e.document.uri) schedule(doc.uri);
    }
    schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    lastRun.delete(e.document.uri);
    service.closed(e.document.uri);
    if (isConfigUri(e.document.uri)) service.configTextChanged(e.document.uri, undefined);
    if (pullDiagnostics) return;
    const keep = settings().validateWorkspace && workspace.contains(e.document.uri) && workspace.readText(e.document.uri) !== undefined;
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: keep ? service.closedFileDiagnostics(e.document.uri) : [] });
  });

  connection.languages.diagnostics.on(
    guard('diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] }, (p: DocumentDiagnosticParams) => ({
      kind: DocumentDiagnosticReportKind.Full,
      items: documents.get(p.textDocument.uri) ? service.diagnosticsFor(p.textDocument.uri) : service.closedFileDiagnostics(p.textDocument.uri),
    })),
  );
  connection.languages.diagnostics.onWorkspace(
    guard('workspaceDiagnostic', { items: [] as WorkspaceDocumentDiagnosticReport[] }, async (_: unknown, token?: CancellationToken) => {
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      for (const uri of service.closedReports()) {
        // Between files the server reads its messages again: edits and cancellation are seen.
        await new Promise((resolve) => setImmediate(resolve));
        if (token?.isCancellationRequested) break;
        // A report opened meanwhile is the document diagnostics' now.
        if (documents.get(uri)) continue;
        items.push({ uri, version: null, kind: DocumentDiagnosticReportKind.Full, items: service.closedFileDiagnostics(uri) });
      }
      return { items };
    }),
  );

  /** A request about one document: its analysis (or the fallback when it is not open), with the protocol's own parameter type. */
  const onDoc =
    <P extends { textDocument: TextDocumentIdentifier }, R>(name: string, fallback: R, fn: (a: Analysis, p: P) => R) =>
    (params: P, token?: CancellationToken): Promise<R> =>
      guard(name, fallback, (p: P) => {
        const a = service.analyse(p.textDocument.uri);
        return a ? fn(a, p) : fallback;
      })(params, token);

  connection.onCompletion(onDoc('completion', [], (a, p: CompletionParams) => completion(a, p.position)));
  connection.onHover(onDoc('hover', null, (a, p: HoverParams) => hover(a, p.position)));
  connection.onDefinition(onDoc('definition', [], (a, p: DefinitionParams) => definition(a, p.position)));
  connection.onReferences(onDoc('references', [], (a, p: ReferenceParams) => references(a, p.position, p.context.includeDeclaration)));
  connection.onDocumentHighlight(onDoc('documentHighlight', [], (a, p: DocumentHighlightParams) => documentHighlights(a, p.position)));
  connection.onPrepareRename(onDoc('prepareRename', null, (a, p: PrepareRenameParams) => prepareRename(a, p.position)));
  connection.onRenameRequest(onDoc('rename', null, (a, p: RenameParams) => rename(a, p.position, p.newName)));
  connection.onDocumentSymbol(onDoc('documentSymbol', [], (a, _p: DocumentSymbolParams) => documentSymbols(a)));
  connection.onFoldingRanges(onDoc('foldingRange', [], (a, _p: FoldingRangeParams) => foldingRanges(a)));
  connection.onDocumentLinks(onDoc('documentLink', [], (a, _p: DocumentLinkParams) => documentLinks(a)));
  connection.onCodeAction(
    onDoc('codeAction', [], (a, p: CodeActionParams) => codeActions(a, p.range, p.context.only, p.context.diagnostics, service.optionsFor(a.uri))),
  );
  connection.onWorkspaceSymbol(guard('workspaceSymbol', [], (p: WorkspaceSymbolParams) => service.workspaceSymbols(p.query)));
  connection.onExecuteCommand(
    guard('executeCommand', null, async (p: ExecuteCommandParams) => {
      const [arg] = (p.arguments ?? []) as Array<{ uri: string; position?: { line: number; character: number } }>;
      if (!arg) return null;
      if (p.command === COMMANDS.recheckLinks) {
        const answer = service.recheckLinks(arg.uri);
        if (answer && !('reason' in answer)) {
          schedule(arg.uri); // the old results disappear until the new ones arrive
          if (pullDiagnostics) void connection.languages.diagnostics.refresh();
        }
        return answer;
      }
      const a = service.analyse(arg.uri);
      if (!a) return null;
      const edit =
        p.command === COMMANDS.renumber
          ? renumberEdit(a)
          : p.command === COMMANDS.insertMissingSections
            ? insertMissingSectionsEdit(a, arg.position ? a.index.offsetAt(arg.position) : undefined)
            : undefined;
      if (!edit) return { applied: false };
      const result = await connection.workspace.applyEdit(edit);
      return { applied: result.applied };
    }),
  );
  connection.onRequest(
    'foresight/status',
    guard('status', null, (p: { uri: string }) => service.status(p.uri)),
  );
  connection.onRequest(
    'foresight/checkWorkspace',
    guard('checkWorkspace', { files: 0 }, () => {
      service.clearAll();
      const files = pullDiagnostics ? workspace.reportFiles().length : publishWorkspace();
      if (pullDiagnostics) void connection.languages.diagnostics.refresh();
      else for (const doc of documents.all()) publish(doc.uri);
      return { files: files + documents.all().length };
    }),
  );

  connection.onShutdown(() => {
    shutDown = true;
    service.dispose();
  });
  documents.listen(connection);
  connection.listen();
}

/** What one message may hold: a 20 MB report, escaped as JSON, and room to spare. */
const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

/**
 * The connection over stdio (the default) with the framing guard in front of
 * the protocol reader; other transports (--node-ipc, --socket) as the library makes them.
 */
export function createStdioConnection(): Connection {
  const args = process.argv.slice(2);
  if (args.some((a) => a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) return createConnection(ProposedFeatures.all);
  const guard = new FramingGuard(MAX_MESSAGE_BYTES, (message) => {
    process.stderr.write(`foresight-language-server: ${message}; exiting so that the client can restart the server.\n`);
    process.exit(1);
  });
  process.stdin.pipe(guard);
  return createConnection(ProposedFeatures.all, new StreamMessageReader(guard), new StreamMessageWriter(process.stdout));
}
