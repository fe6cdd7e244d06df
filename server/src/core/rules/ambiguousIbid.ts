import { sourceUrls } from '../model';
import type { Rule } from './rule';

export const ambiguousIbid: Rule = {
  code: 'ambiguous-ibid',
  defaultSeverity: 'warning',
  description: 'An "Ibid." note follows a note that cites more than one source URL.',
  needsTemplate: false,
  check({ model, messages, report }) {
    for (let i = 1; i < model.readingOrder.length; i++) {
      const note = model.readingOrder[i];
      const prev = model.readingOrder[i - 1];
      if (!note.isIbid || prev.isIbid) continue;
      const urls = new Set(sourceUrls(prev).map((u) => u.url));
      if (urls.size > 1) {
        report({
          message: messages.t('ambiguous-ibid', { label: note.def.rawLabel, previous: prev.def.rawLabel, count: urls.size }),
          start: note.def.start,
          end: note.def.labelEnd,
        });
      }
    }
  },
};
