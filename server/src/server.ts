/**
 * The Foresight language server: wires an LSP connection to the language
 * service (service.ts), which holds the documents' analyses and answers for
 * the features. Here: capabilities and the client's ways at `initialize`;
 * each family of requests is registered by its own file in `handlers/`
 * (diagnostics, one document's features, the workspace, commands, the preview).
 * Runs over stdio (`foresight-language-server --stdio`) or node IPC.
 */
import { VERSION } from './version';
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { FramingGuard } from './io/framing';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from './io/configFiles';
import { FIX_ALL_KIND, RENUMBER_KIND } from './features/codeActions';
import { LanguageService } from './service';
import type { Settings } from './settings';
import { COMMANDS, registerCommands } from './handlers/commands';
import type { ServerContext } from './handlers/context';
import { Publisher, registerPullDiagnostics } from './handlers/diagnostics';
import { registerDocumentFeatures } from './handlers/documentFeatures';
import { registerPreview } from './handlers/preview';
import { loadSettings, registerWorkspace } from './handlers/workspace';
import { REPORT_GLOB } from './io/reportFiles';
import { BIBLIOGRAPHY_GLOB, QUARTO_PROJECT_FILE } from './io/bibliographies';

export { COMMANDS } from './handlers/commands';

/** What the client says in `initializationOptions` besides settings. */
interface InitOptions {
  settings?: Partial<Settings>;
  /** VS Code's workspace trust; clients without the notion are trusted (checking links stays opt-in there). */
  workspaceTrusted?: boolean;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const client = { pull: false, configurationRequests: false, dynamicWatchers: false };
  const service = new LanguageService(documents, {
    error: (message) => connection.console.error(message),
    warn: (message) => connection.console.warn(message),
    linksChanged: (uris) => {
      if (client.pull) void connection.languages.diagnostics.refresh();
      else for (const uri of uris) if (documents.get(uri)) publisher.schedule(uri); // link results come after startup: publisher exists
    },
  });
  const publisher = new Publisher({ connection, documents, service, client });
  const ctx: ServerContext = { connection, documents, service, client, publisher, shutDown: false };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    client.pull = !!caps.textDocument?.diagnostic;
    client.configurationRequests = !!caps.workspace?.configuration;
    client.dynamicWatchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const init = (params.initializationOptions ?? {}) as InitOptions;
    service.applySettings(init.settings);
    service.setTrusted(init.workspaceTrusted !== false);
    // The editor's display language (VS Code sends it, `fr` for French): findings and fix titles are in it when it is French.
    service.setLocale(params.locale ?? undefined);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    service.workspace.setFolders(folders);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        completionProvider: { triggerCharacters: ['^', '#', ' ', ':', '@'], resolveProvider: false },
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
        diagnosticProvider: client.pull ? { identifier: 'foresight', interFileDependencies: false, workspaceDiagnostics: true } : undefined,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'foresight-language-server', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    await loadSettings(ctx);
    if (client.dynamicWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: `**/${CONFIG_FILE_NAME}` },
          { globPattern: '**/mkdocs.{yml,yaml}' },
          { globPattern: REPORT_GLOB },
          { globPattern: BIBLIOGRAPHY_GLOB },
          { globPattern: `**/${QUARTO_PROJECT_FILE}` },
        ],
      });
    }
    if (client.configurationRequests) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'foresight' });
    try {
      if (!client.pull) ctx.publisher.publishWorkspace();
    } catch (e) {
      connection.console.error(`Checking the workspace failed: ${(e as Error).stack ?? e}`);
    }
  });

  registerWorkspace(ctx);
  registerPullDiagnostics(ctx);
  registerDocumentFeatures(ctx);
  registerCommands(ctx);
  registerPreview(ctx);

  connection.onShutdown(() => {
    ctx.shutDown = true;
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
