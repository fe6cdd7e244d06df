import { sourceUrls } from '../model';
import type { Rule } from './rule';

export const ambiguousIbid: Rule = {
  code: 'ambiguous-ibid',
  defaultSeverity: 'warning',
  description: 'An "Ibid." note follows a note that cites more than one source URL.',
  needsTemplate: false,
  check({ model, report }) {
    for (let i = 1; i < model.readingOrder.length; i++) {
      const note = model.readingOrder[i];
      const prev = model.readingOrder[i - 1];
      if (!note.isIbid || prev.isIbid) continue;
      const urls = new Set(sourceUrls(prev).map((u) => u.url));
      if (urls.size > 1) {
        report({
          message: `Footnote [^${note.def.rawLabel}] is "Ibid." after [^${prev.def.rawLabel}], which cites ${urls.size} sources: say which one.`,
          start: note.def.start,
          end: note.def.labelEnd,
        });
      }
    }
  },
};
