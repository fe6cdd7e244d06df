/**
 * The Foresight Lint extension: starts the bundled language server, adds the
 * commands and the status bar summary. Wiring only.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type MarkdownIt from 'markdown-it';
import { foresightPlugin } from '../../server/src/features/render';
import { REPORT_GLOB, REPORT_LANGUAGES } from '../../server/src/io/reportFiles';
import { registerNewReport, registerPreviewCommands, registerServerCommands } from './commands';
import { registerStatusBar } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ extendMarkdownIt(md: MarkdownIt): MarkdownIt }> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      // Markdown, Quarto and R Markdown reports: by language id, and by file name when no extension claims them.
      ...REPORT_LANGUAGES.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      { scheme: 'file', pattern: REPORT_GLOB },
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

  registerStatusBar(context, () => client);
  registerServerCommands(context, () => client);
  registerPreviewCommands(context, () => client);
  registerNewReport(context);
  return {
    extendMarkdownIt(md: MarkdownIt): MarkdownIt {
      // Footnotes for VS Code's own Markdown preview (which shows none: microsoft/vscode#280149).
      return md.use(foresightPlugin, { problems: false, locale: vscode.env.language });
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
