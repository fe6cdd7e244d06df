/** Document links for the URLs notes cite. */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { Analysis } from './analysis';
import { messagesIn } from '../core/messages';

export function documentLinks(a: Analysis): DocumentLink[] {
  const out: DocumentLink[] = [];
  const m = messagesIn(a.language);
  for (const note of a.model.notes) {
    for (const u of note.urls) {
      if (!/^(?:https?|mailto):/i.test(u.url)) continue;
      // Only literal URLs and autolinks: VS Code's Markdown support already links [text](url).
      if (u.kind !== 'literal' && u.kind !== 'autolink') continue;
      out.push({ range: a.index.range(u.start, u.end), target: u.url, tooltip: m.t('link.source-of', { label: note.def.rawLabel }) });
    }
  }
  return out;
}
