/** Requests about one open document, each answered from its analysis by a feature module, typed with the protocol's own parameters. */
import type {
  CancellationToken,
  CodeActionParams,
  CompletionParams,
  DefinitionParams,
  DocumentHighlightParams,
  DocumentLinkParams,
  DocumentSymbolParams,
  FoldingRangeParams,
  HoverParams,
  PrepareRenameParams,
  ReferenceParams,
  RenameParams,
  TextDocumentIdentifier,
} from 'vscode-languageserver/node';
import type { Analysis } from '../features/analysis';
import { codeActions } from '../features/codeActions';
import { completeAt } from '../features/completion';
import { citationDefinition, citationPrepareRename } from '../features/citations';
import { foldingRanges } from '../features/folding';
import { hover } from '../features/hover';
import { documentLinks } from '../features/links';
import { definition, documentHighlights, prepareRename, references, rename } from '../features/navigation';
import { documentSymbols } from '../features/symbols';
import { guard, type ServerContext } from './context';

export function registerDocumentFeatures(ctx: ServerContext): void {
  const { connection, service } = ctx;
  /** A request about one document: its analysis (or the fallback when it is not open). */
  const onDoc =
    <P extends { textDocument: TextDocumentIdentifier }, R>(name: string, fallback: R, fn: (a: Analysis, p: P) => R) =>
    (params: P, token?: CancellationToken): Promise<R> =>
      guard(ctx, name, fallback, (p: P) => {
        const a = service.analyse(p.textDocument.uri);
        return a ? fn(a, p) : fallback;
      })(params, token);

  connection.onCompletion(onDoc('completion', [], (a, p: CompletionParams) => completeAt(a, p.position)));
  connection.onHover(onDoc('hover', null, (a, p: HoverParams) => hover(a, p.position, () => service.counterpart(a.uri, p.position))));
  connection.onDefinition(onDoc('definition', [], (a, p: DefinitionParams) => citationDefinition(a, p.position) ?? definition(a, p.position)));
  connection.onReferences(
    onDoc(
      'references',
      [],
      (a, p: ReferenceParams) =>
        service.citationReferences(a.uri, p.position, p.context.includeDeclaration) ?? references(a, p.position, p.context.includeDeclaration),
    ),
  );
  connection.onDocumentHighlight(onDoc('documentHighlight', [], (a, p: DocumentHighlightParams) => documentHighlights(a, p.position)));
  connection.onPrepareRename(onDoc('prepareRename', null, (a, p: PrepareRenameParams) => citationPrepareRename(a, p.position) ?? prepareRename(a, p.position)));
  connection.onRenameRequest(
    onDoc('rename', null, (a, p: RenameParams) => service.citationRename(a.uri, p.position, p.newName) ?? rename(a, p.position, p.newName)),
  );
  connection.onDocumentSymbol(onDoc('documentSymbol', [], (a, _p: DocumentSymbolParams) => documentSymbols(a)));
  connection.onFoldingRanges(onDoc('foldingRange', [], (a, _p: FoldingRangeParams) => foldingRanges(a)));
  connection.onDocumentLinks(onDoc('documentLink', [], (a, _p: DocumentLinkParams) => documentLinks(a)));
  connection.onCodeAction(
    onDoc('codeAction', [], (a, p: CodeActionParams) => codeActions(a, p.range, p.context.only, p.context.diagnostics, service.optionsFor(a.uri))),
  );
}
