/** What changes around the documents: their text, the settings, trust, folders and files on disk; and workspace symbols. */
import {
  DidChangeWorkspaceFoldersNotification,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
  type WorkspaceFoldersChangeEvent,
  type WorkspaceSymbolParams,
} from 'vscode-languageserver/node';
import { isConfigUri } from '../service';
import { isMkdocsConfig } from '../io/configFiles';
import type { Settings } from '../settings';
import { guard, type ServerContext } from './context';

/** Reads the `foresight` settings from a client that answers `workspace/configuration`. */
export async function loadSettings(ctx: ServerContext): Promise<void> {
  if (!ctx.client.configurationRequests) return;
  try {
    ctx.service.applySettings((await ctx.connection.workspace.getConfiguration('foresight')) as Partial<Settings> | null);
  } catch (e) {
    ctx.connection.console.warn(`Could not read settings: ${(e as Error).message}`);
  }
}

export function registerWorkspace(ctx: ServerContext): void {
  const { connection, documents, service, publisher } = ctx;
  const workspace = service.workspace;

  connection.onDidChangeConfiguration(
    guard(ctx, 'didChangeConfiguration', undefined, async (p: DidChangeConfigurationParams) => {
      if (ctx.client.configurationRequests) await loadSettings(ctx);
      else service.applySettings((p.settings as { foresight?: Partial<Settings> } | undefined)?.foresight);
      publisher.refreshAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard(ctx, 'didChangeWatchedFiles', undefined, (p: DidChangeWatchedFilesParams) => {
      workspace.invalidate(p.changes.map((c) => c.uri));
      // A bibliography a report reads changed: every report is checked again (docs/citations.md).
      const bibliographies = service.bibliographiesChanged(p.changes.map((c) => c.uri));
      if (bibliographies || p.changes.some((c) => isConfigUri(c.uri) || isMkdocsConfig(c.uri))) publisher.refreshAll();
      else if (!ctx.client.pull && service.settings.validateWorkspace) {
        for (const c of p.changes) {
          if (documents.get(c.uri) || !/\.md$/i.test(c.uri)) continue;
          void connection.sendDiagnostics({ uri: c.uri, diagnostics: workspace.readText(c.uri) === undefined ? [] : service.closedFileDiagnostics(c.uri) });
        }
      }
    }),
  );

  connection.onNotification(
    'foresight/didChangeWorkspaceTrust',
    guard(ctx, 'didChangeWorkspaceTrust', undefined, (p: { trusted?: boolean }) => {
      service.setTrusted(p?.trusted !== false);
      publisher.refreshAll();
    }),
  );

  connection.onNotification(
    DidChangeWorkspaceFoldersNotification.type,
    guard(ctx, 'didChangeWorkspaceFolders', undefined, (p: { event: WorkspaceFoldersChangeEvent }) => {
      workspace.updateFolders(
        p.event.added.map((f) => f.uri),
        p.event.removed.map((f) => f.uri),
      );
      publisher.refreshAll();
    }),
  );

  documents.onDidOpen((e) => publisher.schedule(e.document.uri));
  documents.onDidChangeContent((e) => {
    if (isConfigUri(e.document.uri)) {
      service.configTextChanged(e.document.uri, e.document.getText());
      for (const doc of documents.all()) if (doc.uri !== e.document.uri) publisher.schedule(doc.uri);
    }
    publisher.schedule(e.document.uri);
    // An open report whose version in another language this is: checked again against it.
    for (const reader of service.translationReaders(e.document.uri)) publisher.schedule(reader);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    publisher.closed(uri);
    service.closed(uri);
    if (isConfigUri(uri)) service.configTextChanged(uri, undefined);
    if (ctx.client.pull) return;
    // A closed report in the workspace keeps its diagnostics, now from the file on disk.
    const keep = service.settings.validateWorkspace && workspace.contains(uri) && workspace.readText(uri) !== undefined;
    void connection.sendDiagnostics({ uri, diagnostics: keep ? service.closedFileDiagnostics(uri) : [] });
  });

  connection.onWorkspaceSymbol(guard(ctx, 'workspaceSymbol', [], (p: WorkspaceSymbolParams) => service.workspaceSymbols(p.query)));
}
