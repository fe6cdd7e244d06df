/** The extension's commands: those the server carries out, the preview and HTML export, and New Report (README, "Commands"). */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { defaultConfig, type ForesightConfig } from '../../server/src/core/config/config';
import { reportSkeleton } from '../../server/src/core/templates/skeleton';
import { exportHtml, type RenderedReport } from '../../server/src/features/render';
import { ConfigResolver } from '../../server/src/io/configFiles';
import { isReportDocument } from '../../server/src/io/reportFiles';
import { ReportPreview, type RemoteRender } from './preview/panel';

type Client = () => LanguageClient | undefined;

/** The `.foresight.yml` that applies to a document (for the preview and new reports). */
function configFor(uri: vscode.Uri): ForesightConfig {
  const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
  // A file's own folder; for other schemes, the workspace folder. Read afresh each time: it is asked rarely (preview, new report).
  const file = uri.scheme === 'file' || uri.scheme === 'untitled' ? uri.fsPath : folder ? path.join(folder.uri.fsPath, 'x.md') : undefined;
  return file ? new ConfigResolver().forFile(file, folder?.uri.fsPath).config : defaultConfig();
}

/** Check Workspace, Renumber Footnotes, Insert Missing Sections, Recheck Source Links and Show Problems: the server does the work. */
export function registerServerCommands(context: vscode.ExtensionContext, client: Client): void {
  const activeUri = (): { uri: string; position: vscode.Position } | undefined => {
    const editor = vscode.window.activeTextEditor;
    return editor && isReportDocument(editor.document.languageId, editor.document.fileName)
      ? { uri: editor.document.uri.toString(), position: editor.selection.active }
      : undefined;
  };

  context.subscriptions.push(
    // The report's version in another language, beside it, at the same section or note (README, "Bilingual reports").
    vscode.commands.registerCommand('foresight.openTranslation', async () => {
      const at = activeUri();
      if (!at) return;
      const found = await client()
        ?.sendRequest<{ uri: string; range: vscode.Range } | null>('foresight/counterpart', at)
        .catch(() => null);
      if (!found) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t('Foresight: this report has no version in another language (x.fr.md beside x.md, or translation: in its front matter).'),
        );
        return;
      }
      const r = found.range as unknown as { start: { line: number; character: number }; end: { line: number; character: number } };
      const selection = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(found.uri));
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, selection, preserveFocus: false });
    }),
    vscode.commands.registerCommand('foresight.checkWorkspace', async () => {
      const r = await client()?.sendRequest<{ files: number }>('foresight/checkWorkspace', {});
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Foresight: checked {0} reports', r?.files ?? 0), 4000);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
    vscode.commands.registerCommand('foresight.renumberFootnotes', async () => {
      const at = activeUri();
      if (at) await client()?.sendRequest('workspace/executeCommand', { command: 'foresight.server.renumberFootnotes', arguments: [at] });
    }),
    vscode.commands.registerCommand('foresight.insertMissingSections', async () => {
      const at = activeUri();
      if (at) await client()?.sendRequest('workspace/executeCommand', { command: 'foresight.server.insertMissingSections', arguments: [at] });
    }),
    vscode.commands.registerCommand('foresight.recheckLinks', async () => {
      const at = activeUri();
      if (!at) return;
      const r = await client()?.sendRequest<{ rechecking: number; reason?: string } | null>('workspace/executeCommand', {
        command: 'foresight.server.recheckLinks',
        arguments: [at],
      });
      if (r?.reason === 'untrusted')
        void vscode.window.showInformationMessage(
          vscode.l10n.t('Foresight: source links are not checked in Restricted Mode. Trust this folder to check them.'),
        );
      else if (r?.reason === 'off') {
        const turnOn = vscode.l10n.t('Turn On (foresight.checkLinks)');
        const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Foresight: link checking is off.'), turnOn);
        if (choice) await vscode.workspace.getConfiguration('foresight').update('checkLinks', true, vscode.ConfigurationTarget.Global);
      } else if (r)
        void vscode.window.setStatusBarMessage(
          r.rechecking === 1
            ? vscode.l10n.t('Foresight: checking 1 source link again')
            : vscode.l10n.t('Foresight: checking {0} source links again', r.rechecking),
          4000,
        );
    }),
    vscode.commands.registerCommand('foresight.showProblems', async () => {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      // "Show Active File Only" in the Problems filter: a toggle, so a second click shows all again.
      await vscode.commands.executeCommand('workbench.actions.workbench.panel.markers.view.toggleActiveFile').then(undefined, () => undefined);
    }),
  );
}

/** Open Preview to the Side and Export HTML: the page comes from the server's analysis (docs/architecture.md). */
export function registerPreviewCommands(context: vscode.ExtensionContext, client: Client): void {
  const previews = new Map<string, ReportPreview>();
  const renderRemote: RemoteRender = async (uri, allowRemoteImages) =>
    (await client()?.sendRequest<RenderedReport | null>('foresight/render', { uri, allowRemoteImages })) ?? null;
  context.subscriptions.push(
    vscode.commands.registerCommand('foresight.openPreviewToSide', () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !isReportDocument(editor.document.languageId, editor.document.fileName)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown report to preview it.'));
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
      if (!editor || !isReportDocument(editor.document.languageId, editor.document.fileName)) return;
      const doc = editor.document;
      const target = await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.file(doc.isUntitled ? 'report.html' : doc.fileName.replace(/\.(?:md|markdown|qmd|rmd)$/i, '') + '.html'),
        filters: { HTML: ['html'] },
      });
      if (!target) return;
      const allowRemoteImages = vscode.workspace.getConfiguration('foresight.preview').get<boolean>('allowRemoteImages', false);
      // The server's rendering of its analysis; this one's only when the server has none (a report over the live limit).
      const remote = await client()
        ?.sendRequest<{ html: string } | null>('foresight/render', { uri: doc.uri.toString(), allowRemoteImages, page: true })
        .catch(() => null);
      const html = remote ? remote.html : exportHtml(doc.getText(), { config: configFor(doc.uri), allowRemoteImages });
      await vscode.workspace.fs.writeFile(target, Buffer.from(html));
      void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', path.basename(target.fsPath)));
    }),
  );
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'Français' };

/** New Report: a skeleton of the chosen template, in the chosen language, in a new untitled document. */
export function registerNewReport(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('foresight.newReport', async (templateName?: string, languageArg?: string) => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      const first = folder ? vscode.Uri.joinPath(folder.uri, 'new-report.md') : vscode.Uri.file(path.join(process.cwd(), 'new-report.md'));
      const config = configFor(first);
      let name = typeof templateName === 'string' ? templateName : undefined;
      if (!name) {
        const picked = await vscode.window.showQuickPick(
          [...config.templates.values()].map((t) => ({ label: t.name, description: t.sections.join(' · '), detail: t.description })),
          { title: vscode.l10n.t('Foresight: New Report'), placeHolder: vscode.l10n.t('Choose a report template') },
        );
        name = picked?.label;
      }
      const template = name ? config.templates.get(name) : undefined;
      if (!template) return;
      // The report's language: asked when the template has more than English (the display language first), unless given.
      const display = vscode.env.language.toLowerCase().split('-')[0];
      let language =
        typeof languageArg === 'string' ? languageArg : typeof templateName === 'string' ? (template.languages[display] ? display : 'en') : undefined;
      if (language === undefined) {
        const languages = ['en', ...Object.keys(template.languages)];
        if (languages.length > 1) {
          const items = languages.map((l) => ({ label: LANGUAGE_NAMES[l] ?? l, description: l, code: l }));
          items.sort((a, b) => Number(b.code === display) - Number(a.code === display));
          language = (
            await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Foresight: New Report'), placeHolder: vscode.l10n.t('Language of the report') })
          )?.code;
          if (!language) return;
        } else language = 'en';
      }
      // A French report is new-report.fr.md: its language is in its name, as the translation pairing expects.
      const base = language === 'en' ? first : first.with({ path: first.path.replace(/\.md$/, `.${language}.md`) });
      let file = base.fsPath;
      for (let i = 2; fs.existsSync(file); i++) file = base.fsPath.replace(/(\.[a-z]{2})?\.md$/, `-${i}$&`);
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file).with({ scheme: 'untitled' }));
      const editor = await vscode.window.showTextDocument(doc);
      await editor.insertSnippet(new vscode.SnippetString(reportSkeleton(template, 'snippet', language)));
    }),
  );
}
