import { wordProblem } from '../messages';
import type { Rule } from './rule';

export const frontMatterSyntax: Rule = {
  code: 'front-matter-syntax',
  defaultSeverity: 'error',
  description: 'The front matter is not valid YAML (a warning when the common site generators read it all the same).',
  needsTemplate: false,
  check({ model, messages, report }) {
    const fm = model.frontMatter;
    for (const e of fm?.errors ?? []) report({ message: messages.t('front-matter-syntax', { problem: wordProblem(e, messages) }), start: e.start, end: e.end });
    // Front matter the common site generators read is a portability matter for reports only: a blog
    // post whose generator reads it is fine as it is (docs/rules.md#front-matter-syntax).
    if (!model.isReport) return;
    for (const e of fm?.portability ?? [])
      report({ message: messages.t('front-matter-syntax', { problem: wordProblem(e, messages) }), start: e.start, end: e.end, severity: 'warning' });
  },
};
