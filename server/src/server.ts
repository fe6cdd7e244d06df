/**
 * The Foresight language server: wires LSP requests to the pure features.
 * Runs over stdio (`foresight-language-server --stdio`) or node IPC.
 */
import { VERSION } from './version';
import { NoteReadings } from './core/notes/classify';
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
  type SymbolInformation,
  type WorkspaceDocumentDiagnosticReport,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { FramingGuard } from './io/framing';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, severityOf, type CheckOptions, type CheckResult } from './core/checker';
import { CheckStopped } from './core/stop';
import { parseConfig } from './core/config/config';
import { CONFIG_FILE_NAME } from './io/configFiles';
import { linkTargets } from './core/links/targets';
import { computeLineStarts } from './core/text/lines';
import type { SeveritySetting } from './core/types';
import { withIndex, type Analysis } from './features/analysis';
import { codeActions, FIX_ALL_KIND, insertMissingSectionsEdit, RENUMBER_KIND, renumberEdit } from './features/codeActions';
import { completion } from './features/completion';
import { diagnostics, noticeDiagnostic, toDiagnostic } from './features/diagnostics';
import { foldingRanges } from './features/folding';
import { hover } from './features/hover';
import { LineIndex } from './features/lineIndex';
import { LinkService } from './features/linkService';
import { documentLinks } from './features/links';
import { definition, documentHighlights, prepareRename, references, rename, RenameError } from './features/navigation';
import { reportStatus } from './features/status';
import { documentSymbols, entrySymbols } from './features/symbols';
import { Workspace } from './workspace';
import { appendAll } from './core/text/arrays';

export interface Settings {
  enable: boolean;
  defaultTemplate: string;
  rules: Record<string, SeveritySetting>;
  validateWorkspace: boolean;
  /** Documents larger than this (in bytes) are not checked as you type. */
  maxLiveSize: number;
  /** Check that source URLs answer (opt-in; never in an untrusted workspace). */
  checkLinks: boolean;
  links: { allowPrivateAddresses: boolean };
  /** Seconds one document's check may take before it is stopped and reported alone. */
  checkTimeout: number;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  defaultTemplate: '',
  rules: {},
  validateWorkspace: true,
  maxLiveSize: 5 * 1024 * 1024,
  checkLinks: false,
  links: { allowPrivateAddresses: false },
  checkTimeout: 15,
};

/** What the client says in `initializationOptions` besides settings. */
interface InitOptions {
  settings?: Partial<Settings>;
  /** VS Code's workspace trust; clients without the notion are trusted (checking links stays opt-in there). */
  workspaceTrusted?: boolean;
}

function normaliseSettings(s: Partial<Settings> | null | undefined): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, ...(s ?? {}) };
  if (typeof out.maxLiveSize !== 'number' || out.maxLiveSize <= 0) out.maxLiveSize = DEFAULT_SETTINGS.maxLiveSize;
  out.checkLinks = out.checkLinks === true;
  if (typeof out.checkTimeout !== 'number' || !(out.checkTimeout >= 0)) out.checkTimeout = DEFAULT_SETTINGS.checkTimeout;
  out.links = { allowPrivateAddresses: (s?.links as Settings['links'] | undefined)?.allowPrivateAddresses === true };
  return out;
}

export const COMMANDS = {
  renumber: 'foresight.server.renumberFootnotes',
  insertMissingSections: 'foresight.server.insertMissingSections',
  recheckLinks: 'foresight.server.recheckLinks',
};

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace();
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let pullDiagnostics = false;
  let configurationRequests = false;
  let dynamicWatchers = false;
  const cache = new Map<string, Analysis>();
  let shutDown = false;
  /** Documents whose check failed or ran past its deadline, at that version: reported alone, never a crash. */
  const failures = new Map<string, { version: number; message: string }>();
  const loggedFailures = new Set<string>();

  /**
   * One document's check, isolated: past CHECK_DEADLINE_MS it stops, and an
   * error is logged once per document; either way only that document is told.
   */
  const checkIsolated = (uri: string, text: string, options: CheckOptions): CheckResult | { failure: string } => {
    const until = Date.now() + settings.checkTimeout * 1000;
    try {
      return check(text, { ...options, shouldStop: () => Date.now() > until });
    } catch (e) {
      if (e instanceof CheckStopped) {
        return {
          failure: `Checking this report took longer than ${settings.checkTimeout} s (foresight.checkTimeout) and was stopped: run foresight-lint on it instead.`,
        };
      }
      if (!loggedFailures.has(uri)) {
        loggedFailures.add(uri);
        connection.console.error(`Checking ${uri} failed: ${(e as Error).stack ?? e}`);
      }
      return { failure: `This report could not be checked (${(e as Error).message}); the other reports are checked as usual.` };
    }
  };
  const timers = new Map<string, NodeJS.Timeout>();
  const reportedRuleErrors = new Set<string>();
  const pushedWorkspaceUris = new Set<string>();
  let workspaceTrusted = true;
  const links = new LinkService(
    (uris) => {
      for (const uri of uris) cache.delete(uri);
      if (pullDiagnostics) void connection.languages.diagnostics.refresh();
      else for (const uri of uris) if (documents.get(uri)) schedule(uri);
    },
    (message) => connection.console.warn(message),
  );

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

  // Notes read on earlier checks, across documents: a keystroke re-reads only the notes it changed.
  const readings = new NoteReadings();
  const optionsFor = (uri: string): CheckOptions => {
    const { config } = workspace.configFor(uri);
    const options: CheckOptions = {
      config,
      templateOverride: settings.defaultTemplate && !config.template ? settings.defaultTemplate : undefined,
      severities: settings.rules,
      readings,
    };
    if (workspaceTrusted && (settings.checkLinks || config.links.check) && severityOf('dead-link', 'warning', options) !== 'off') {
      options.links = links.lookup;
    }
    return options;
  };

  /** The analysis of an open document at its current version (cached), or undefined when it is not open or too large. */
  const analyse = (uri: string): Analysis | undefined => {
    const doc = documents.get(uri);
    if (!doc || !settings.enable || isConfigUri(uri)) return undefined;
    const cached = cache.get(uri);
    if (cached && cached.version === doc.version) return cached;
    const text = doc.getText();
    if (text.length > settings.maxLiveSize) return undefined;
    const failed = failures.get(uri);
    if (failed && failed.version === doc.version) return undefined;
    const options = optionsFor(uri);
    const checked = checkIsolated(uri, text, options);
    if ('failure' in checked) {
      failures.set(uri, { version: doc.version, message: checked.failure });
      return undefined;
    }
    failures.delete(uri);
    const result = withIndex(uri, doc.version, checked, options.config!, options.links);
    // Open reports start checks for their links in the background; the results re-check the report.
    if (options.links) links.request(uri, new Set(linkTargets(result.model, options.config!.links.exclude).map((t) => t.fetchUrl)));
    for (const r of result.ruleErrors) {
      if (reportedRuleErrors.has(r.rule)) continue;
      reportedRuleErrors.add(r.rule);
      connection.console.error(`Rule ${r.rule} failed (other rules still ran): ${r.error.stack ?? r.error.message}`);
    }
    cache.set(uri, result);
    return result;
  };

  const diagnosticsFor = (uri: string): Diagnostic[] => {
    if (!settings.enable) return [];
    if (isConfigUri(uri)) {
      const doc = documents.get(uri);
      const text = doc ? doc.getText() : workspace.readText(uri);
      if (text === undefined) return [];
      const { problems } = parseConfig(text);
      const index = new LineIndex(computeLineStarts(text), text.length);
      return problems.map((p) => toDiagnostic(p, index));
    }
    const doc = documents.get(uri);
    if (doc && doc.getText().length > settings.maxLiveSize) {
      return [
        noticeDiagnostic(
          `This report is ${(doc.getText().length / 1048576).toFixed(1)} MB, over the live-check limit of ${(settings.maxLiveSize / 1048576).toFixed(0)} MB: run foresight-lint on it instead.`,
        ),
      ];
    }
    const a = analyse(uri);
    const failed = failures.get(uri);
    if (!a && failed && doc && failed.version === doc.version) return [noticeDiagnostic(failed.message)];
    return a ? diagnostics(a) : [];
  };

  const publish = (uri: string): void => {
    if (pullDiagnostics) return;
    const doc = documents.get(uri);
    void connection.sendDiagnostics({ uri, version: doc?.version, diagnostics: diagnosticsFor(uri) });
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
    let count = 0;
    if (!settings.validateWorkspace || !settings.enable) return 0;
    for (const file of workspace.reportFiles()) {
      if (documents.get(file.uri)) continue;
      const diagnostics = workspaceFileDiagnostics(file.uri);
      count++;
      if (!pullDiagnostics) {
        void connection.sendDiagnostics({ uri: file.uri, diagnostics });
        pushedWorkspaceUris.add(file.uri);
      }
    }
    return count;
  };

  /**
   * Results for closed reports, reused while the file holds the same text (workspace diagnostics, pulled again
   * and again, and workspace symbols). Compared by text, so a change no event told of is still seen; emptied
   * when the configuration, settings or trust change. Failures and files over 1 MB are not kept, and at most
   * 16 MB of text (with its models) is kept in all.
   */
  const closedResults = new Map<string, { text: string; result: CheckResult }>();
  let closedBytes = 0;
  const forgetClosed = (): void => {
    closedResults.clear();
    closedBytes = 0;
  };
  const checkClosed = (uri: string, text: string): CheckResult | { failure: string } => {
    const kept = closedResults.get(uri);
    if (kept && kept.text === text) return kept.result;
    const result = checkIsolated(uri, text, optionsFor(uri));
    if (kept) {
      closedResults.delete(uri);
      closedBytes -= kept.text.length;
    }
    if ('failure' in result || text.length > 1024 * 1024) return result;
    if (closedBytes + text.length > 16 * 1024 * 1024) forgetClosed();
    closedResults.set(uri, { text, result });
    closedBytes += text.length;
    return result;
  };

  const workspaceFileDiagnostics = (uri: string): Diagnostic[] => {
    if (isConfigUri(uri)) return diagnosticsFor(uri);
    const text = workspace.readText(uri);
    if (text === undefined || text.length > closedFileLimit()) return [];
    const result = checkClosed(uri, text);
    if ('failure' in result) return [noticeDiagnostic(result.failure)];
    const index = new LineIndex(result.model.md.lineStarts, text.length);
    const out = result.problems.map((p) => toDiagnostic(p, index));
    if (result.notice) out.unshift(noticeDiagnostic(result.notice));
    return out;
  };

  const refreshAll = (): void => {
    cache.clear();
    forgetClosed();
    workspace.clearConfigs();
    if (pullDiagnostics) {
      void connection.languages.diagnostics.refresh();
      return;
    }
    for (const doc of documents.all()) publish(doc.uri);
    if (!settings.enable) for (const uri of pushedWorkspaceUris) void connection.sendDiagnostics({ uri, diagnostics: [] });
    publishWorkspace();
  };

  /**
   * Closed reports are checked up to four times the live limit (20 MB by default), by every loop over them
   * (workspace diagnostics pushed or pulled, workspace symbols): a report is either in or out everywhere.
   */
  const closedFileLimit = (): number => settings.maxLiveSize * 4;

  /** The one place settings change: normalised, and passed on to the link service. */
  const applySettings = (s: Partial<Settings> | null | undefined): void => {
    settings = normaliseSettings(s);
    links.configure({ allowPrivate: settings.links.allowPrivateAddresses });
  };

  const loadSettings = async (): Promise<void> => {
    if (!configurationRequests) return;
    try {
      applySettings((await connection.workspace.getConfiguration('foresight')) as Partial<Settings> | null);
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
    applySettings(init.settings);
    workspaceTrusted = init.workspaceTrusted !== false;
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
        applySettings((p.settings as { foresight?: Partial<Settings> } | undefined)?.foresight);
      }
      refreshAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', undefined, (p: DidChangeWatchedFilesParams) => {
      workspace.invalidate(p.changes.map((c) => c.uri));
      if (p.changes.some((c) => isConfigUri(c.uri))) refreshAll();
      else if (!pullDiagnostics && settings.validateWorkspace) {
        for (const c of p.changes) {
          if (documents.get(c.uri) || !/\.md$/i.test(c.uri)) continue;
          void connection.sendDiagnostics({ uri: c.uri, diagnostics: workspace.readText(c.uri) === undefined ? [] : workspaceFileDiagnostics(c.uri) });
        }
      }
    }),
  );

  connection.onNotification(
    'foresight/didChangeWorkspaceTrust',
    guard('didChangeWorkspaceTrust', undefined, (p: { trusted?: boolean }) => {
      workspaceTrusted = p?.trusted !== false;
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
      workspace.setConfigText(e.document.uri, e.document.getText());
      cache.clear();
      forgetClosed();
      for (const doc of documents.all()) if (doc.uri !== e.document.uri) schedule(doc.uri);
    }
    schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    lastRun.delete(e.document.uri);
    cache.delete(e.document.uri);
    failures.delete(e.document.uri);
    if (isConfigUri(e.document.uri)) {
      workspace.setConfigText(e.document.uri, undefined);
      forgetClosed();
    }
    if (pullDiagnostics) return;
    const keep = settings.validateWorkspace && workspace.contains(e.document.uri) && workspace.readText(e.document.uri) !== undefined;
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: keep ? workspaceFileDiagnostics(e.document.uri) : [] });
  });

  connection.languages.diagnostics.on(
    guard('diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] }, (p: DocumentDiagnosticParams) => ({
      kind: DocumentDiagnosticReportKind.Full,
      items: documents.get(p.textDocument.uri) ? diagnosticsFor(p.textDocument.uri) : workspaceFileDiagnostics(p.textDocument.uri),
    })),
  );
  connection.languages.diagnostics.onWorkspace(
    guard('workspaceDiagnostic', { items: [] as WorkspaceDocumentDiagnosticReport[] }, async (_: unknown, token?: CancellationToken) => {
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      if (settings.validateWorkspace && settings.enable) {
        for (const file of workspace.reportFiles()) {
          if (documents.get(file.uri)) continue;
          // Between files the server reads its messages again: edits and cancellation are seen.
          await new Promise((resolve) => setImmediate(resolve));
          if (token?.isCancellationRequested) break;
          items.push({ uri: file.uri, version: null, kind: DocumentDiagnosticReportKind.Full, items: workspaceFileDiagnostics(file.uri) });
        }
      }
      return { items };
    }),
  );

  /** A request about one document: its analysis (or the fallback when it is not open), with the protocol's own parameter type. */
  const onDoc =
    <P extends { textDocument: TextDocumentIdentifier }, R>(name: string, fallback: R, fn: (a: Analysis, p: P) => R) =>
    (params: P, token?: CancellationToken): Promise<R> =>
      guard(name, fallback, (p: P) => {
        const a = analyse(p.textDocument.uri);
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
    onDoc('codeAction', [], (a, p: CodeActionParams) => codeActions(a, p.range, p.context.only, p.context.diagnostics, optionsFor(a.uri))),
  );
  connection.onWorkspaceSymbol(
    guard('workspaceSymbol', [], (p: WorkspaceSymbolParams) => {
      const out: SymbolInformation[] = [];
      for (const doc of documents.all()) {
        const a = analyse(doc.uri);
        if (a) appendAll(out, entrySymbols(a, p.query));
      }
      for (const file of workspace.reportFiles()) {
        if (documents.get(file.uri)) continue;
        const text = workspace.readText(file.uri);
        if (text === undefined || text.length > closedFileLimit()) continue;
        const result = checkClosed(file.uri, text);
        if (!('failure' in result)) appendAll(out, entrySymbols(withIndex(file.uri, 0, result, optionsFor(file.uri).config!), p.query));
      }
      return out;
    }),
  );
  connection.onExecuteCommand(
    guard('executeCommand', null, async (p: ExecuteCommandParams) => {
      const [arg] = (p.arguments ?? []) as Array<{ uri: string; position?: { line: number; character: number } }>;
      const a = arg && analyse(arg.uri);
      if (!a) return null;
      if (p.command === COMMANDS.recheckLinks) {
        if (!a.links) return { rechecking: 0, reason: workspaceTrusted ? 'off' : 'untrusted' };
        const urls = new Set(linkTargets(a.model, a.config.links.exclude).map((t) => t.fetchUrl));
        const rechecking = links.recheck(a.uri, urls);
        cache.delete(a.uri);
        schedule(a.uri); // the old results disappear until the new ones arrive
        if (pullDiagnostics) void connection.languages.diagnostics.refresh();
        return { rechecking };
      }
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
    guard('status', null, (p: { uri: string }) => {
      const a = analyse(p.uri);
      return a ? { ...reportStatus(a), linksPending: optionsFor(p.uri).links ? links.pending(p.uri) : 0 } : null;
    }),
  );
  connection.onRequest(
    'foresight/checkWorkspace',
    guard('checkWorkspace', { files: 0 }, () => {
      workspace.invalidate([]);
      cache.clear();
      links.clear();
      const files = pullDiagnostics ? workspace.reportFiles().length : publishWorkspace();
      if (pullDiagnostics) void connection.languages.diagnostics.refresh();
      else for (const doc of documents.all()) publish(doc.uri);
      return { files: files + documents.all().length };
    }),
  );

  connection.onShutdown(() => {
    shutDown = true;
    links.dispose();
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

function isConfigUri(uri: string): boolean {
  return uri.endsWith('/' + CONFIG_FILE_NAME);
}
