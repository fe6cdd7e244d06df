/** In-process feature tests: a document in memory, checked once, as the server's features see it. */
import { check, type CheckOptions } from '../../server/src/core/checker';
import { defaultConfig } from '../../server/src/core/config/config';
import { withIndex, type Analysis } from '../../server/src/features/analysis';

export function analyse(text: string, options: CheckOptions = {}): Analysis {
  const config = options.config ?? defaultConfig();
  return withIndex('file:///report.md', 1, check(text, { ...options, config }), config, options.links);
}

/** The LSP position of the first occurrence of `needle` (plus `delta` characters). */
export function positionOf(a: Analysis, needle: string, delta = 0): { line: number; character: number } {
  const at = a.model.text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the document`);
  return a.index.positionAt(at + delta);
}
