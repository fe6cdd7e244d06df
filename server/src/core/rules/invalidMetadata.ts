import type { FrontMatterField } from '../model';
import { metadataProblem, STATUS, STEEP } from '../frontMatterFields';
import type { Messages } from '../messages';
import type { Rule } from './rule';

export { metadataProblem };

/**
 * What is wrong with a known field's value, in the words of `messages`; undefined when it is fine. Whether it is
 * wrong is `metadataProblem`'s to say (frontMatterFields.ts); this only says it in the user's language.
 */
export function metadataMessage(key: string, value: unknown, messages: Messages): string | undefined {
  const problem = metadataProblem(key, value);
  if (!problem) return undefined;
  const got = String(JSON.stringify(value));
  switch (key) {
    case 'title':
    case 'template':
      return messages.t('invalid-metadata.string', { key });
    case 'authors':
      return messages.t('invalid-metadata.authors');
    case 'organisation':
      return messages.t('invalid-metadata.organisation');
    case 'date':
      return messages.t('invalid-metadata.date', { value: got });
    case 'horizon':
      return messages.t('invalid-metadata.horizon', { value: got });
    case 'steep': {
      const known = STEEP.join(', ');
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return messages.t('invalid-metadata.steep-list', { known });
      const unknown = value.filter((v: string) => !STEEP.includes(v.toLowerCase()));
      return messages.t('invalid-metadata.steep-unknown', { unknown: messages.quotedList(unknown), known });
    }
    case 'status':
      return messages.t('invalid-metadata.status', { known: STATUS.join(', ') });
    case 'tags':
      return messages.t('invalid-metadata.tags');
    default:
      return problem;
  }
}

export const invalidMetadata: Rule = {
  code: 'invalid-metadata',
  defaultSeverity: 'warning',
  description: 'A known front matter field has the wrong type or format.',
  needsTemplate: false,
  check({ model, messages, report }) {
    // A blog post's `status: Final` or `date: {created: …}` is its site's business, not a report's.
    if (!model.isReport) return;
    for (const field of model.frontMatter?.fields.values() ?? ([] as FrontMatterField[])) {
      if (field.key === 'template') continue; // unknown-template covers it
      const problem = metadataMessage(field.key, field.value, messages);
      if (problem) report({ message: problem, start: field.valueStart, end: Math.max(field.valueEnd, field.valueStart) });
    }
  },
};
