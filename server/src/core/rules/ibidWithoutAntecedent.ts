import type { Rule } from './rule';

export const ibidWithoutAntecedent: Rule = {
  code: 'ibid-without-antecedent',
  defaultSeverity: 'error',
  description: 'An "Ibid." note is the first note in reading order, so it refers to nothing.',
  needsTemplate: false,
  check({ model, messages, report }) {
    const first = model.readingOrder[0];
    if (first && first.isIbid) {
      report({
        message: messages.t('ibid-without-antecedent', { label: first.def.rawLabel }),
        start: first.def.start,
        end: first.def.labelEnd,
      });
    }
  },
};
