import { addDefinitionStubFix } from '../fixes/footnotes';
import type { Rule } from './rule';

export const undefinedFootnote: Rule = {
  code: 'undefined-footnote',
  defaultSeverity: 'error',
  description: 'A footnote reference has no definition.',
  needsTemplate: false,
  check({ model, messages, report }) {
    // One stub per label, shared by all its references.
    const stubs = new Map<string, ReturnType<typeof addDefinitionStubFix>>();
    for (const ref of model.md.undefinedRefs) {
      let stub = stubs.get(ref.id);
      if (!stub) stubs.set(ref.id, (stub = addDefinitionStubFix(model, ref.rawLabel, messages)));
      report({ message: messages.t('undefined-footnote', { label: ref.rawLabel }), start: ref.start, end: ref.end, fixes: [stub] });
    }
  },
};
