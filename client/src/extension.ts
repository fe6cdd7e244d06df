/**
 * The Foresight Lint extension: starts the bundled language server, adds the
 * commands and the status bar summary. Wiring only.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type MarkdownIt from 'markdown-it';
import { defaultConfig, type ForesightConfig } from '../../server/src/core/config/config';
import { ConfigResolver } from '../../server/src/io/configFiles';
import { reportSkeleton } from '../../server/src/core/templates/skeleton';
import { ReportPreview, type RemoteRender } from './preview/panel';
import { exportHtml, foresightPlugin, type RenderedReport } from '../../server/src/features/render';

interface ReportStatus {
  template?: string;
  text: string;
  errors: number;
  warnings: number;
  /** Source links still being checked. */
  linksPending?: number;
}

let client: LanguageClient | undefined;

/** The `.foresight.yml` that applies to a document (for the preview and new reports). */
function configFor(uri: vscode.Uri): ForesightConfig {
  const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
  // A file's own folder; for other schemes, the workspace folder. Read afresh each time: it is asked rarely (preview, new report).
  const file = uri.scheme === 'file' || uri.scheme === 'untitled' ? uri.fsPath : folder ? path.join(folder.uri.fsPath, 'x.md') : undefined;
  return file ? new ConfigResolver().forFile(file, folder?.uri.fsPath).config : defaultConfig();
}

export async function activate(context: vscode.ExtensionContext): Promise<{ extendMarkdownIt(md: MarkdownIt): MarkdownIt }> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', pattern: '**/.foresight.yml' },
    ],
    synchronize: { configurationSection: 'foresight' },
    // Link checking reaches the network: the server does it only in a trusted workspace.
    initializationOptions: { settings: vscode.workspace.getConfiguration('foresight'), workspaceTrusted: vscode.workspace.isTrusted },
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
  client = new LanguageClient('foresight', 'Foresight Lint', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('foresight/didChangeWorkspaceTrust', { trusted: true })),
  );

  const status = vscode.window.createStatusBarItem('foresight.status', vscode.StatusBarAlignment.Left, 100);
  status.name = 'Foresight report';
  status.command = 'foresight.showProblems';
  context.subscriptions.push(status);

  const updateStatus = async (): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    if (!client || !editor || editor.document.languageId !== 'markdown') {
      status.hide();
      return;
    }
    try {
      const uri = editor.document.uri.toString();
      const s = await client.sendRequest<ReportStatus | null>('foresight/status', { uri });
      if (vscode.window.activeTextEditor?.document.uri.toString() !== uri) {
        scheduleStatus(); // another report became active meanwhile: never show this one's summary for it
        return;
      }
      if (!s) {
        status.hide();
        return;
      }
      const icon = s.errors ? '$(error)' : s.warnings ? '$(warning)' : '$(check)';
      status.text = `${icon} ${s.text}${s.linksPending ? ` · $(sync~spin) checking ${s.linksPending} link${s.linksPending === 1 ? '' : 's'}` : ''}`;
      status.tooltip = `Foresight: ${s.errors} errors, ${s.warnings} warnings. Click to see only this report's problems (click again for all).`;
      status.show();
      // Link results may arrive without changing any diagnostic: look again until none is pending.
      if (s.linksPending) {
        clearTimeout(statusTimer);
        statusTimer = setTimeout(() => void updateStatus(), 1000);
      }
    } catch {
      status.hide();
    }
  };
  let statusTimer: NodeJS.Timeout | undefined;
  const scheduleStatus = (): void => {
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => void updateStatus(), 250);
  };

  const activeUri = (): { uri: string; position: vscode.Position } | undefined => {
    const editor = vscode.window.activeTextEditor;
    return editor && editor.document.languageId === 'markdown' ? { uri: editor.document.uri.toString(), position: editor.selection.active } : undefined;
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(scheduleStatus),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) scheduleStatus();
    }),
    vscode.languages.onDidChangeDiagnostics(scheduleStatus),
    vscode.commands.registerCommand('foresight.checkWorkspace', async () => {
      const r = await client?.sendRequest<{ files: number }>('foresight/checkWorkspace', {});
      void vscode.window.setStatusBarMessage(`Foresight: checked ${r?.files ?? 0} reports`, 4000);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
    vscode.commands.registerCommand('foresight.renumberFootnotes', async () => {
      const at = activeUri();
      if (at) await client?.sendRequest('workspace/executeCommand', { command: 'foresight.server.renumberFootnotes', arguments: [at] });
    }),
    vscode.commands.registerCommand('foresight.insertMissingSections', async () => {
      const at = activeUri();
      if (at) await client?.sendRequest('workspace/executeCommand', { command: 'foresight.server.insertMissingSections', arguments: [at] });
    }),
    vscode.commands.registerCommand('foresight.recheckLinks', async () => {
      const at = activeUri();
      if (!at) return;
      const r = await client?.sendRequest<{ rechecking: number; reason?: string } | null>('workspace/executeCommand', {
        command: 'foresight.server.recheckLinks',
        arguments: [at],
      });
      if (r?.reason === 'untrusted')
        void vscode.window.showInformationMessage('Foresight: source links are not checked in Restricted Mode. Trust this folder to check them.');
      else if (r?.reason === 'off') {
        const choice = await vscode.window.showInformationMessage('Foresight: link checking is off.', 'Turn On (foresight.checkLinks)');
        if (choice) await vscode.workspace.getConfiguration('foresight').update('checkLinks', true, vscode.ConfigurationTarget.Global);
      } else if (r) void vscode.window.setStatusBarMessage(`Foresight: checking ${r.rechecking} source link${r.rechecking === 1 ? '' : 's'} again`, 4000);
    }),
    vscode.commands.registerCommand('foresight.showProblems', async () => {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      // "Show Active File Only" in the Problems filter: a toggle, so a second click shows all again.
      await vscode.commands.executeCommand('workbench.actions.workbench.panel.markers.view.toggleActiveFile').then(undefined, () => undefined);
    }),
  );
  const previews = new Map<string, ReportPreview>();
  const renderRemote: RemoteRender = async (uri, allowRemoteImages) =>
    (await client?.sendRequest<RenderedReport | null>('foresight/render', { uri, allowRemoteImages })) ?? null;
  context.subscriptions.push(
    vscode.commands.registerCommand('foresight.openPreviewToSide', () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'markdown') {
        void vscode.window.showInformationMessage('Open a Markdown report to preview it.');
        return;
      }
      const key = editor.document.uri.toString();
      const existing = previews.get(key);
      if (existing) {
        existing.panel.reveal(vscode.ViewColumn.Beside, true);
        return;
      }
      previews.set(key, new ReportPreview(editor.document, renderRemote, configFor, () => previews.delete(key)));
    }),
    vscode.commands.registerCommand('foresight.exportHtml', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'markdown') return;
      const doc = editor.document;
      const target = await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.file(doc.isUntitled ? 'report.html' : doc.fileName.replace(/\.md$/i, '') + '.html'),
        filters: { HTML: ['html'] },
      });
      if (!target) return;
      const allowRemoteImages = vscode.workspace.getConfiguration('foresight.preview').get<boolean>('allowRemoteImages', false);
      // The server's rendering of its analysis; this one's only when the server has none (a report over the live limit).
      const remote = await client
        ?.sendRequest<{ html: string } | null>('foresight/render', { uri: doc.uri.toString(), allowRemoteImages, page: true })
        .catch(() => null);
      const html = remote ? remote.html : exportHtml(doc.getText(), { config: configFor(doc.uri), allowRemoteImages });
      await vscode.workspace.fs.writeFile(target, Buffer.from(html));
      void vscode.window.showInformationMessage(`Exported ${path.basename(target.fsPath)}`);
    }),
    vscode.commands.registerCommand('foresight.newReport', async (templateName?: string) => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      const base = folder ? vscode.Uri.joinPath(folder.uri, 'new-report.md') : vscode.Uri.file(path.join(process.cwd(), 'new-report.md'));
      const config = configFor(base);
      let name = typeof templateName === 'string' ? templateName : undefined;
      if (!name) {
        const picked = await vscode.window.showQuickPick(
          [...config.templates.values()].map((t) => ({ label: t.name, description: t.sections.join(' · '), detail: t.description })),
          { title: 'Foresight: New Report', placeHolder: 'Choose a report template' },
        );
        name = picked?.label;
      }
      const template = name ? config.templates.get(name) : undefined;
      if (!template) return;
      let file = base.fsPath;
      for (let i = 2; fs.existsSync(file); i++) file = base.fsPath.replace(/\.md$/, `-${i}.md`);
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file).with({ scheme: 'untitled' }));
      const editor = await vscode.window.showTextDocument(doc);
      await editor.insertSnippet(new vscode.SnippetString(reportSkeleton(template, 'snippet')));
    }),
  );

  scheduleStatus();
  return {
    extendMarkdownIt(md: MarkdownIt): MarkdownIt {
      // Footnotes for VS Code's own Markdown preview (which shows none: microsoft/vscode#280149).
      return md.use(foresightPlugin, { problems: false });
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
