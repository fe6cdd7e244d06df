/** Diagnostics: pushed after edits (throttled) and for closed reports, or pulled by the client, per document and for the workspace. */
import {
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { guard, type ServerContext } from './context';

export class Publisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastRun = new Map<string, { at: number; took: number }>();
  /** Closed reports this server pushed diagnostics for: cleared when the extension is turned off. */
  private readonly pushedWorkspaceUris = new Set<string>();

  constructor(private readonly ctx: Pick<ServerContext, 'connection' | 'documents' | 'service' | 'client'>) {}

  /** Pushes an open document's diagnostics (nothing in pull mode: the client asks). */
  publish(uri: string): void {
    const { ctx } = this;
    if (ctx.client.pull) return;
    const doc = ctx.documents.get(uri);
    void ctx.connection.sendDiagnostics({ uri, version: doc?.version, diagnostics: ctx.service.diagnosticsFor(uri) });
  }

  /**
   * Throttled on both edges: the first edit after a quiet spell is checked at
   * once (a keystroke shows within a blink); edits that follow within the
   * interval are coalesced into one trailing run. Each run checks the latest
   * version, so nothing stale is ever published.
   */
  schedule(uri: string): void {
    if (this.timers.has(uri)) return; // a pending run will see this version
    const last = this.lastRun.get(uri);
    const interval = Math.max(50, last?.took ?? 0);
    const delay = last ? Math.max(0, last.at + interval - Date.now()) : 0;
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        const start = Date.now();
        try {
          this.publish(uri);
        } catch (e) {
          this.ctx.connection.console.error(`diagnostics failed for ${uri}: ${(e as Error).stack}`);
        }
        this.lastRun.set(uri, { at: Date.now(), took: Date.now() - start });
      }, delay),
    );
  }

  /** A document closed: its pending run and its pace go. */
  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.lastRun.delete(uri);
  }

  /** Checks every closed report and pushes its diagnostics (nothing in pull mode: the client asks). */
  publishWorkspace(): void {
    const { ctx } = this;
    if (ctx.client.pull) return;
    for (const uri of ctx.service.closedReports()) {
      void ctx.connection.sendDiagnostics({ uri, diagnostics: ctx.service.closedFileDiagnostics(uri) });
      this.pushedWorkspaceUris.add(uri);
    }
  }

  /** Everything derived is dropped and every document's diagnostics renewed (settings, trust, folders or a config changed). */
  refreshAll(): void {
    const { ctx } = this;
    ctx.service.reset();
    if (ctx.client.pull) {
      void ctx.connection.languages.diagnostics.refresh();
      return;
    }
    for (const doc of ctx.documents.all()) this.publish(doc.uri);
    if (!ctx.service.settings.enable) for (const uri of this.pushedWorkspaceUris) void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.publishWorkspace();
  }
}

/** The pull requests (LSP 3.17): one document, or every closed report. */
export function registerPullDiagnostics(ctx: ServerContext): void {
  const { connection, documents, service } = ctx;
  connection.languages.diagnostics.on(
    guard(ctx, 'diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] }, (p: DocumentDiagnosticParams) => ({
      kind: DocumentDiagnosticReportKind.Full,
      items: documents.get(p.textDocument.uri) ? service.diagnosticsFor(p.textDocument.uri) : service.closedFileDiagnostics(p.textDocument.uri),
    })),
  );
  connection.languages.diagnostics.onWorkspace(
    guard(ctx, 'workspaceDiagnostic', { items: [] as WorkspaceDocumentDiagnosticReport[] }, async (_: unknown, token?: CancellationToken) => {
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      for (const uri of service.workspaceReports()) {
        // Whether it is open is asked at its turn: a report opened or closed meanwhile is counted as it is now.
        if (documents.get(uri)) continue;
        // Between files the server reads its messages again: edits and cancellation are seen.
        await new Promise((resolve) => setImmediate(resolve));
        if (token?.isCancellationRequested) break;
        items.push({ uri, version: null, kind: DocumentDiagnosticReportKind.Full, items: service.closedFileDiagnostics(uri) });
      }
      return { items };
    }),
  );
}
