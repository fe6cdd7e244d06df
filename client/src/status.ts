/** The status bar summary of the active report: its template, counts and pending link checks (README, "Status bar"). */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isReportDocument } from '../../server/src/io/reportFiles';

interface ReportStatus {
  template?: string;
  text: string;
  errors: number;
  warnings: number;
  /** Source links still being checked. */
  linksPending?: number;
}

/** Shows the summary for the active Markdown editor, asked of the server again when the editor, its text or the diagnostics change. */
export function registerStatusBar(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const status = vscode.window.createStatusBarItem('foresight.status', vscode.StatusBarAlignment.Left, 100);
  status.name = 'Foresight report';
  status.command = 'foresight.showProblems';
  context.subscriptions.push(status);

  const updateStatus = async (): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    const server = client();
    if (!server || !editor || !isReportDocument(editor.document.languageId, editor.document.fileName)) {
      status.hide();
      return;
    }
    try {
      const uri = editor.document.uri.toString();
      const s = await server.sendRequest<ReportStatus | null>('foresight/status', { uri });
      if (vscode.window.activeTextEditor?.document.uri.toString() !== uri) {
        scheduleStatus(); // another report became active meanwhile: never show this one's summary for it
        return;
      }
      if (!s) {
        status.hide();
        return;
      }
      const icon = s.errors ? '$(error)' : s.warnings ? '$(warning)' : '$(check)';
      const pending = s.linksPending === 1 ? vscode.l10n.t('checking 1 link') : vscode.l10n.t('checking {0} links', s.linksPending ?? 0);
      status.text = `${icon} ${s.text}${s.linksPending ? ` · $(sync~spin) ${pending}` : ''}`;
      status.tooltip = vscode.l10n.t(
        "Foresight: {0} errors, {1} warnings. Click to see only this report's problems (click again for all).",
        s.errors,
        s.warnings,
      );
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

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(scheduleStatus),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) scheduleStatus();
    }),
    vscode.languages.onDidChangeDiagnostics(scheduleStatus),
  );
  scheduleStatus();
}
