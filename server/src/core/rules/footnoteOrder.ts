import { renumberFootnotesFix } from '../fixes/footnotes';
import type { Rule } from './rule';

export const footnoteOrder: Rule = {
  code: 'footnote-order',
  defaultSeverity: 'info',
  description: 'Numeric footnote labels do not follow the order of first reference (1, 2, 3 ...) or skip a number.',
  needsTemplate: false,
  check({ model, report }) {
    let expected = 1;
    for (const [id, refs] of model.refsById) {
      if (!/^\d+$/.test(id)) continue;
      const n = parseInt(id, 10);
      if (n !== expected) {
        const fix = renumberFootnotesFix(model);
        report({
          message:
            n > expected
              ? `Footnote [^${refs[0].rawLabel}] is cited before [^${expected}]${model.refsById.has(String(expected)) ? '' : ' (which is never cited)'}: numbers should follow reading order.`
              : `Footnote [^${refs[0].rawLabel}] is cited after higher numbers: numbers should follow reading order.`,
          start: refs[0].start,
          end: refs[0].end,
          fixes: fix ? [fix] : [],
        });
        return;
      }
      expected++;
    }
  },
};
