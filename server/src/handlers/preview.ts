/**
 * The live preview and the HTML export, rendered by the server from the
 * analysis it already holds: no second check and no second search for the
 * configuration in the extension (docs/architecture.md).
 */
import { encodeLocalPath, exportHtml, LOCAL_IMAGE_SCHEME, localPath, renderReport } from '../features/render';
import { guard, type ServerContext } from './context';

export interface RenderParams {
  uri: string;
  allowRemoteImages?: boolean;
  /** The whole exported page (local images left out, as in the file), not the preview's title and body. */
  page?: boolean;
}

export function registerPreview(ctx: ServerContext): void {
  ctx.connection.onRequest(
    'foresight/render',
    guard(ctx, 'render', null, (p: RenderParams) => {
      // Not open, too large to check live, or its check failed: the extension renders it itself.
      const a = ctx.service.analyse(p.uri);
      if (!a) return null;
      const options = { config: a.config, result: a, locale: a.language, allowRemoteImages: p.allowRemoteImages === true };
      if (p.page) return { html: exportHtml(a.model.text, options) };
      return renderReport(a.model.text, {
        ...options,
        resolveImage: (src) => {
          const local = localPath(src);
          return local === undefined ? undefined : LOCAL_IMAGE_SCHEME + encodeLocalPath(local);
        },
      });
    }),
  );
}
