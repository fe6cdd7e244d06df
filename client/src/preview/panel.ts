/** The live report preview: a webview beside the editor, safe by construction. */
import * as path from 'path';
import * as vscode from 'vscode';
import type { ForesightConfig } from '../../../server/src/core/config/config';
import { PAGE_SCRIPT } from './pageScript';
import { previewDocument, renderReport, localPath } from './render';

export const PREVIEW_VIEW_TYPE = 'foresight.preview';

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
}

export class ReportPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private fromPreview = 0;
  readonly panel: vscode.WebviewPanel;

  constructor(
    private readonly document: vscode.TextDocument,
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
    this.panel.webview.html = this.page();
    this.disposables.push(
      this.panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('foresight.preview')) this.panel.webview.html = this.page();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document !== this.document || Date.now() - this.fromPreview < 300 || !e.visibleRanges.length) return;
        void this.panel.webview.postMessage({ type: 'scrollTo', line: e.visibleRanges[0].start.line });
      }),
      this.panel.webview.onDidReceiveMessage((m: { type: string; line?: number; href?: string; select?: boolean }) => this.onMessage(m)),
    );
  }

  private render(): { title: string; body: string } {
    const allowRemoteImages = vscode.workspace.getConfiguration('foresight.preview').get<boolean>('allowRemoteImages', false);
    const dir = path.dirname(this.document.uri.fsPath);
    return renderReport(this.document.getText(), {
      config: this.configFor(this.document.uri),
      allowRemoteImages,
      resolveImage: (src) => {
        const local = localPath(src);
        return local === undefined ? undefined : this.panel.webview.asWebviewUri(vscode.Uri.file(path.resolve(dir, local))).toString();
      },
    });
  }

  private page(): string {
    const allowRemoteImages = vscode.workspace.getConfiguration('foresight.preview').get<boolean>('allowRemoteImages', false);
    const { title, body } = this.render();
    return previewDocument({ nonce: nonce(), cspSource: this.panel.webview.cspSource, allowRemoteImages, title, body, script: PAGE_SCRIPT });
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const size = this.document.getText().length;
    this.timer = setTimeout(() => void this.panel.webview.postMessage({ type: 'update', html: this.render().body }), size > 500_000 ? 600 : 200);
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
