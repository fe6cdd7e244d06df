/** The live report preview: a webview beside the editor, safe by construction. */
import * as path from 'path';
import * as vscode from 'vscode';
import type { ForesightConfig } from '../../../server/src/core/config/config';
import { PAGE_SCRIPT } from './pageScript';
import { mapLocalImages, previewDocument, renderReport, localPath, type RenderedReport } from '../../../server/src/features/render';

/** The server's rendering of an open report (`foresight/render`), or null when it has no analysis of it. */
export type RemoteRender = (uri: string, allowRemoteImages: boolean) => Promise<RenderedReport | null>;

export const PREVIEW_VIEW_TYPE = 'foresight.preview';

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
}

/** `foresight.preview.allowRemoteImages`, read afresh (the page is rebuilt when it changes). */
function remoteImagesAllowed(): boolean {
  return vscode.workspace.getConfiguration('foresight.preview').get<boolean>('allowRemoteImages', false);
}

export class ReportPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private fromPreview = 0;
  /** Renderings are asked in turn: a page or an update that arrives after a later one was asked is dropped. */
  private pageTurn = 0;
  private updateTurn = 0;
  readonly panel: vscode.WebviewPanel;

  constructor(
    private readonly document: vscode.TextDocument,
    private readonly remote: RemoteRender,
    private readonly configFor: (uri: vscode.Uri) => ForesightConfig,
    onDispose: () => void,
  ) {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const roots = [vscode.Uri.file(path.dirname(document.uri.fsPath)), ...(folder ? [folder.uri] : [])];
    this.panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      `Preview ${path.basename(document.fileName)}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: true,
        enableFindWidget: true,
        localResourceRoots: roots,
      },
    );
    void this.showPage();
    this.disposables.push(
      this.panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('foresight.preview')) void this.showPage();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document !== this.document || Date.now() - this.fromPreview < 300 || !e.visibleRanges.length) return;
        void this.panel.webview.postMessage({ type: 'scrollTo', line: e.visibleRanges[0].start.line });
      }),
      this.panel.webview.onDidReceiveMessage((m: { type: string; line?: number; href?: string; select?: boolean }) => this.onMessage(m)),
    );
  }

  /**
   * The report rendered by the language server from its analysis (no second
   * check here); rendered here only when the server has none (a report over
   * the live-check limit, or one whose check failed).
   */
  private async render(allowRemoteImages = remoteImagesAllowed()): Promise<{ title: string; body: string }> {
    const dir = path.dirname(this.document.uri.fsPath);
    const webviewSrc = (local: string): string => this.panel.webview.asWebviewUri(vscode.Uri.file(path.resolve(dir, local))).toString();
    const remote = await this.remote(this.document.uri.toString(), allowRemoteImages).catch(() => null);
    if (remote) return { title: remote.title, body: mapLocalImages(remote.body, webviewSrc) };
    return renderReport(this.document.getText(), {
      config: this.configFor(this.document.uri),
      allowRemoteImages,
      // The marks in VS Code's display language, as the server words them (README, "Messages in your language").
      locale: vscode.env.language,
      resolveImage: (src) => {
        const local = localPath(src);
        return local === undefined ? undefined : webviewSrc(local);
      },
    });
  }

  /** The whole page (the first time, or when the preview settings change). */
  private async showPage(): Promise<void> {
    const turn = ++this.pageTurn;
    const version = this.document.version;
    const allowRemoteImages = remoteImagesAllowed();
    const { title, body } = await this.render(allowRemoteImages);
    if (turn !== this.pageTurn) return;
    this.panel.webview.html = previewDocument({ nonce: nonce(), cspSource: this.panel.webview.cspSource, allowRemoteImages, title, body, script: PAGE_SCRIPT });
    // Edited while the page was rendered (an update sent before the page was there is lost): bring it up to date.
    if (this.document.version !== version) this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const size = this.document.getText().length;
    this.timer = setTimeout(
      () =>
        void (async () => {
          const turn = ++this.updateTurn;
          const { body } = await this.render();
          if (turn === this.updateTurn) void this.panel.webview.postMessage({ type: 'update', html: body });
        })(),
      size > 500_000 ? 600 : 200,
    );
  }

  private async onMessage(m: { type: string; line?: number; href?: string; select?: boolean }): Promise<void> {
    if (m.type === 'revealLine' && typeof m.line === 'number') {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
      if (!editor) return;
      this.fromPreview = Date.now();
      const range = new vscode.Range(m.line, 0, m.line, 0);
      editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
      if (m.select) editor.selection = new vscode.Selection(range.start, range.start);
    } else if (m.type === 'openLink' && m.href) {
      if (/^(https?|mailto):/i.test(m.href)) {
        await vscode.env.openExternal(vscode.Uri.parse(m.href));
      } else {
        const local = localPath(m.href.split('#')[0]);
        if (local === undefined) return;
        const target = vscode.Uri.file(path.resolve(path.dirname(this.document.uri.fsPath), local));
        await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.One });
      }
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
