import { isFollowable } from '../notes/sources';
import type { Rule } from './rule';

export const insecureUrl: Rule = {
  code: 'insecure-url',
  defaultSeverity: 'hint',
  description: 'A source URL uses http:// rather than https://.',
  needsTemplate: false,
  check({ model, messages, report }) {
    for (const note of model.notes) {
      for (const u of note.urls) {
        // (not an address elided on purpose, "http://www.…": no link yet)
        if (!/^http:\/\//i.test(u.url) || u.kind === 'definition' || !isFollowable(u.url)) continue;
        const prefix = model.text.slice(u.start, u.start + 7);
        const fixes = /^http:\/\//i.test(prefix)
          ? [{ title: messages.t('fix.use-https'), edits: [{ start: u.start, end: u.start + 7, newText: 'https://' }], safe: false, preferred: true }]
          : [];
        report({ message: messages.t('insecure-url', { url: u.url }), start: u.start, end: u.end, fixes });
      }
    }
  },
};
