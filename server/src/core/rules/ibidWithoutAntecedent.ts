import type { Rule } from './rule';

export const ibidWithoutAntecedent: Rule = {
  code: 'ibid-without-antecedent',
  defaultSeverity: 'error',
  description: 'An "Ibid." note is the first note in reading order, so it refers to nothing.',
  needsTemplate: false,
  check({ model, report }) {
    const first = model.readingOrder[0];
    if (first && first.isIbid) {
      report({
        message: `Footnote [^${first.def.rawLabel}] is "Ibid." but is the first note in reading order: there is no earlier source.`,
        start: first.def.start,
        end: first.def.labelEnd,
      });
    }
  },
};
