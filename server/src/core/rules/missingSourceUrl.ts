import { lookupKey } from '../bib/scope';
import { fileNameOf, type Reference } from '../bib/types';
import { ENGLISH, readEnglish, type MessageKey, type Messages } from '../messages';
import type { Note } from '../model';
import type { SourceOptions } from '../notes/sources';
import { isFollowable } from '../notes/sources';
import type { Rule } from './rule';

/** CSL types whose works live on the web: without a URL they cannot be found. */
const WEB_NATIVE = new Set(['webpage', 'post', 'post-weblog']);
/** Types traceable without a link when their details are given: what each needs. */
const TRACEABLE: Record<string, (r: Reference) => boolean> = {
  book: () => true,
  chapter: (r) => !!(r.container || r.publisher),
  thesis: () => true,
  'article-journal': (r) => !!r.container,
  'article-magazine': (r) => !!r.container,
  'article-newspaper': (r) => !!r.container,
  'paper-conference': (r) => !!r.container,
  report: (r) => !!r.publisher,
  pamphlet: (r) => !!r.publisher,
  // No CSL type (BibTeX `@misc`): a publisher and a year trace it.
  '': (r) => !!(r.publisher && r.year),
  'entry-encyclopedia': (r) => !!r.container,
  legal_case: () => true,
  legislation: () => true,
  treaty: () => true,
  bill: () => true,
  patent: () => true,
  personal_communication: () => true,
  interview: () => true,
  manuscript: () => true,
  speech: () => true,
};
/** Identifiers that give a link: PubMed ids, handles, URNs, and a URL in `howpublished` or a note. */
const LINKING = /^(?:pmid|pmcid|handle|urn|url \(\w+\)):/i;

/** What a web-native entry with no URL is, by its CSL type. */
const KIND: Record<string, MessageKey> = { webpage: 'source.entry-webpage', post: 'source.entry-post', 'post-weblog': 'source.entry-post-weblog' };

/**
 * Why a cited bibliography entry gives no way to find its source, or undefined (docs/rules.md#missing-source-url):
 * the same policy as notes. In a report, every entry must be traceable (a link, an identifier, or the details
 * of a printed work); `link` asks for a link. Elsewhere only a web page without its address is reported.
 * In the words of `messages` (English unless given).
 */
export function entrySourceProblem(ref: Reference, options: SourceOptions, isReport: boolean, messages: Messages = ENGLISH): string | undefined {
  const key = entrySourceProblemKey(ref, options, isReport);
  return key && messages.dynamic(key);
}

function entrySourceProblemKey(ref: Reference, options: SourceOptions, isReport: boolean): MessageKey | undefined {
  const linked = (ref.url !== undefined && isFollowable(ref.url.trim())) || !!ref.doi?.trim() || ref.identifiers.some((i) => LINKING.test(i));
  if (linked) return undefined;
  const text = [ref.title, ref.container, ref.publisher].filter(Boolean).join(' ');
  if (options.allowWithoutUrl.some((re) => re.test(text))) return undefined;
  // Not yet published ("forthcoming", "in press"): there is nothing to link to yet.
  if (ref.year !== undefined && /forthcoming|in press|to appear/i.test(ref.year)) return undefined;
  if (WEB_NATIVE.has(ref.type)) return KIND[ref.type];
  if (!isReport) return undefined;
  if (options.require === 'link') return 'source.entry-link-required';
  if (ref.identifiers.length || TRACEABLE[ref.type]?.(ref)) return undefined;
  return 'source.entry-untraceable';
}

/** Why a note reads as an online source, as the note reader words it (notes/classify.ts), most specific first. */
const REASONS: ReadonlyArray<MessageKey> = [
  'source.says',
  'source.report-by',
  'source.paper-by',
  'source.wikipedia',
  'source.names-site',
  'source.names',
  'source.kind',
];

/**
 * A note's source problem in the words of `messages`. The model words it in English (notes/sources.ts, and the
 * reason a note reads as online, notes/classify.ts); it is read back here by the catalogue's English entries
 * and said again. Words not read back (a wording changed there and not here) are kept as they are.
 */
export function noteSourceProblem(note: Note, messages: Messages): string | undefined {
  const problem = note.missingSource;
  if (problem === undefined) return undefined;
  for (const key of ['source.link-required', 'source.untraceable', 'source.journal-only'] as const) if (readEnglish(key, problem)) return messages.t(key);
  const vague = readEnglish('source.vague', problem);
  if (vague) return messages.t('source.vague', { what: vague.what ?? '' });
  const spaced = readEnglish('source.spaced-key', problem);
  if (spaced) return messages.t('source.spaced-key', { what: spaced.what ?? '' });
  const placeholder = readEnglish('source.placeholder', problem);
  if (placeholder) return messages.t('source.placeholder', { what: placeholder.what ?? '' });
  const home = readEnglish('source.home-page', problem);
  if (home) return messages.t('source.home-page', { host: home.host ?? '' });
  const online = readEnglish('source.online', problem);
  if (!online) return problem;
  for (const key of REASONS) {
    const params = readEnglish(key, online.reason);
    if (params) return messages.t('source.online', { reason: messages.dynamic(key, params) });
  }
  return problem;
}

export const missingSourceUrl: Rule = {
  code: 'missing-source-url',
  defaultSeverity: 'warning',
  description: 'A citation gives no way to find its source: an online source without its link, or no link and no details to trace it by.',
  needsTemplate: false,
  check({ model, config, citations, messages, report }) {
    // The model reads every note once and applies the policy (sources.require, allowWithoutUrl):
    // commentary, cross-references, short citations and traceable offline sources are never reported.
    for (const note of model.notes) {
      const problem = noteSourceProblem(note, messages);
      if (!problem) continue;
      report({ message: messages.t('missing-source-url.note', { label: note.def.rawLabel, problem }), start: note.def.start, end: note.def.labelEnd });
    }
    if (!citations) return;
    // Cited bibliography entries, once each, at their first citation.
    const seen = new Set<string>();
    for (const cluster of model.md.citations) {
      for (const k of cluster.keys) {
        if (seen.has(k.key)) continue;
        seen.add(k.key);
        const found = lookupKey(citations, k.key);
        if (!found) continue;
        const problem = entrySourceProblem(found.ref, config.sources, model.isReport, messages);
        if (!problem) continue;
        // `references` is the front matter field the entry is in: a name, said as it is written.
        const where = found.in === 'references' ? 'references' : messages.t('missing-source-url.in-file', { file: fileNameOf(found.in), line: found.ref.line });
        report({ message: messages.t('missing-source-url.entry', { key: k.key, where, problem }), start: k.start, end: k.end });
      }
    }
  },
};
