/** What every request family of the server shares: the connection, the documents, the service and the client's ways. */
import { ResponseError, type CancellationToken, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RenameError } from '../features/navigation';
import type { LanguageService } from '../service';
import type { Publisher } from './diagnostics';

/** What the client said it can do, at `initialize`. */
export interface ClientWays {
  /** It pulls diagnostics (LSP 3.17): the server never pushes them. */
  pull: boolean;
  /** It answers `workspace/configuration`. */
  configurationRequests: boolean;
  /** It registers file watchers the server asks for. */
  dynamicWatchers: boolean;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: LanguageService;
  client: ClientWays;
  publisher: Publisher;
  /** Set at `shutdown`: requests are refused from then on. */
  shutDown: boolean;
}

/** Runs a handler; a failure is logged and answered with `fallback`, never a crashed server. */
export function guard<P, R>(ctx: ServerContext, name: string, fallback: R, fn: (p: P, token?: CancellationToken) => R | Promise<R>) {
  return async (p: P, token?: CancellationToken): Promise<R> => {
    // After `shutdown` the protocol allows only `exit`: requests are refused, notifications ignored.
    if (ctx.shutDown) {
      if (token) throw new ResponseError(-32600, 'The server is shutting down.');
      return fallback;
    }
    try {
      return await fn(p, token);
    } catch (e) {
      if (e instanceof RenameError) throw new ResponseError(-32803, e.message);
      ctx.connection.console.error(`${name} failed: ${(e as Error).stack ?? e}`);
      return fallback;
    }
  };
}
