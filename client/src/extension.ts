/**
 * The Foresight Lint extension: starts the bundled language server, adds the
 * commands and the status bar summary. Wiring only.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

interface ReportStatus {
  template?: string;
  text: string;
  errors: number;
  warnings: number;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
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
    initializationOptions: { settings: vscode.workspace.getConfiguration('foresight') },
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
  client = new LanguageClient('foresight', 'Foresight Lint', serverOptions, clientOptions);
  await client.start();

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
      const s = await client.sendRequest<ReportStatus | null>('foresight/status', { uri: editor.document.uri.toString() });
      if (!s) {
        status.hide();
        return;
      }
      const icon = s.errors ? '$(error)' : s.warnings ? '$(warning)' : '$(check)';
      status.text = `${icon} ${s.text}`;
      status.tooltip = `Foresight: ${s.errors} errors, ${s.warnings} warnings. Click to see the problems of this report.`;
      status.show();
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
    return editor && editor.document.languageId === 'markdown'
      ? { uri: editor.document.uri.toString(), position: editor.selection.active }
      : undefined;
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
    vscode.commands.registerCommand('foresight.showProblems', async () => {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      // Narrow the Problems panel to this report.
      const editor = vscode.window.activeTextEditor;
      if (editor) await vscode.commands.executeCommand('workbench.actions.problems.focus').then(undefined, () => undefined);
      if (editor) await vscode.commands.executeCommand('problems.action.filter', vscode.workspace.asRelativePath(editor.document.uri)).then(undefined, () => undefined);
    }),
  );
  scheduleStatus();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
