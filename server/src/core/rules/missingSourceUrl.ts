import { lookupKey } from '../bib/scope';
import { fileNameOf, type Reference } from '../bib/types';
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

const KIND: Record<string, string> = { webpage: 'a web page', post: 'an online post', 'post-weblog': 'a blog post' };

/**
 * Why a cited bibliography entry gives no way to find its source, or undefined (docs/rules.md#missing-source-url):
 * the same policy as notes. In a report, every entry must be traceable (a link, an identifier, or the details
 * of a printed work); `link` asks for a link. Elsewhere only a web page without its address is reported.
 */
export function entrySourceProblem(ref: Reference, options: SourceOptions, isReport: boolean): string | undefined {
  const linked = (ref.url !== undefined && isFollowable(ref.url.trim())) || !!ref.doi?.trim() || ref.identifiers.some((i) => LINKING.test(i));
  if (linked) return undefined;
  const text = [ref.title, ref.container, ref.publisher].filter(Boolean).join(' ');
  if (options.allowWithoutUrl.some((re) => re.test(text))) return undefined;
  // Not yet published ("forthcoming", "in press"): there is nothing to link to yet.
  if (ref.year !== undefined && /forthcoming|in press|to appear/i.test(ref.year)) return undefined;
  if (WEB_NATIVE.has(ref.type)) return `is ${KIND[ref.type]} with no URL`;
  if (!isReport) return undefined;
  if (options.require === 'link') return 'has no URL or DOI (the team asks for a link for every source: sources.require is link)';
  if (ref.identifiers.length || TRACEABLE[ref.type]?.(ref)) return undefined;
  return 'has no URL, DOI or details to trace it by (a publisher, journal or book)';
}

export const missingSourceUrl: Rule = {
  code: 'missing-source-url',
  defaultSeverity: 'warning',
  description: 'A citation gives no way to find its source: an online source without its link, or no link and no details to trace it by.',
  needsTemplate: false,
  check({ model, config, citations, report }) {
    // The model reads every note once and applies the policy (sources.require, allowWithoutUrl):
    // commentary, cross-references, short citations and traceable offline sources are never reported.
    for (const note of model.notes) {
      if (!note.missingSource) continue;
      report({ message: `Footnote [^${note.def.rawLabel}] ${note.missingSource}.`, start: note.def.start, end: note.def.labelEnd });
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
        const problem = entrySourceProblem(found.ref, config.sources, model.isReport);
        if (!problem) continue;
        const where = found.in === 'references' ? 'references' : `${fileNameOf(found.in)}, line ${found.ref.line}`;
        report({ message: `@${k.key} (${where}) ${problem}: add it to the entry.`, start: k.start, end: k.end });
      }
    }
  },
};
