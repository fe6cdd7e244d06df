/** Commands that edit a report or recheck its links, the status bar's request and the full workspace check. */
import type { ExecuteCommandParams, Position } from 'vscode-languageserver/node';
import { insertMissingSectionsEdit, renumberEdit } from '../features/codeActions';
import { guard, type ServerContext } from './context';

export const COMMANDS = {
  renumber: 'foresight.server.renumberFootnotes',
  insertMissingSections: 'foresight.server.insertMissingSections',
  recheckLinks: 'foresight.server.recheckLinks',
};

export function registerCommands(ctx: ServerContext): void {
  const { connection, documents, service, publisher } = ctx;
  connection.onExecuteCommand(
    guard(ctx, 'executeCommand', null, async (p: ExecuteCommandParams) => {
      const [arg] = (p.arguments ?? []) as Array<{ uri: string; position?: { line: number; character: number } }>;
      if (!arg) return null;
      if (p.command === COMMANDS.recheckLinks) {
        const answer = service.recheckLinks(arg.uri);
        if (answer && !('reason' in answer)) {
          publisher.schedule(arg.uri); // the old results disappear until the new ones arrive
          if (ctx.client.pull) void connection.languages.diagnostics.refresh();
        }
        return answer;
      }
      const a = service.analyse(arg.uri);
      if (!a) return null;
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
  // The place in the report's other language version that corresponds to the cursor (README, "Bilingual reports").
  connection.onRequest(
    'foresight/counterpart',
    guard(ctx, 'counterpart', null, (p: { uri: string; position: Position }) => service.counterpart(p.uri, p.position)),
  );
  connection.onRequest(
    'foresight/status',
    guard(ctx, 'status', null, (p: { uri: string }) => service.status(p.uri)),
  );
  connection.onRequest(
    'foresight/checkWorkspace',
    guard(ctx, 'checkWorkspace', { files: 0 }, () => {
      service.clearAll();
      if (ctx.client.pull) void connection.languages.diagnostics.refresh();
      else {
        publisher.publishWorkspace();
        for (const doc of documents.all()) publisher.publish(doc.uri);
      }
      return { files: service.checkedFileCount() };
    }),
  );
}
