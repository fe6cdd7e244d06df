/**
 * What the link check fetches: every http(s) source URL and DOI in the notes,
 * with the range it was written at. Pure: no network here.
 */
import { lookupKey, type CitationScope } from '../bib/scope';
import { entryDoi } from '../bib/types';
import type { ReportModel } from '../model';
import type { MdUrl } from '../parse/markdown';
import { doiUrl } from '../notes/identifiers';

export interface LinkTarget {
  /** The URL as the report gives it (for a DOI: `doi:10.…`). */
  written: string;
  /** What is fetched: an absolute http(s) URL without its #fragment (a DOI goes through https://doi.org/). */
  fetchUrl: string;
  /** The fragment of the written URL, kept when a quick fix rewrites it. */
  fragment: string;
  /** The DOI, for DOIs and doi.org links. */
  doi?: string;
  start: number;
  end: number;
  /** The note it belongs to (its label as written), or `@key` for a cited bibliography entry. */
  note: string;
  /** Whether the text at start..end is exactly `written`, so a fix may replace it; and how it is written. */
  replaceable: boolean;
  syntax: MdUrl['kind'] | 'doi';
}

const reDoiHost = /^(?:dx\.)?doi\.org$/i;

export { doiUrl, trimDoi } from '../notes/identifiers';

/** Parses an http(s) URL into what is fetched; undefined when it is not a valid http(s) URL (invalid-url reports those). */
export function normaliseUrl(url: string): { fetchUrl: string; fragment: string; doi?: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (!parsed.hostname) return undefined;
  const fragment = parsed.hash;
  parsed.hash = '';
  let doi: string | undefined;
  if (reDoiHost.test(parsed.hostname) && /^\/10\.\d{4,9}\//.test(parsed.pathname)) {
    try {
      doi = decodeURIComponent(parsed.pathname.slice(1));
    } catch {
      doi = parsed.pathname.slice(1);
    }
  }
  return { fetchUrl: parsed.href, fragment, doi };
}

/** Reserved documentation and test names (RFC 2606, RFC 6761): placeholders, never checked. */
export function isPlaceholderHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return /(?:^|\.)example\.(?:com|net|org)$/.test(h) || /\.(?:example|test|invalid)$/.test(h) || h === 'example' || h === 'test' || h === 'invalid';
}

/** Every URL and DOI the link check fetches, minus placeholders and the config's `links.exclude` patterns. */
export function linkTargets(model: ReportModel, exclude: ReadonlyArray<{ test(text: string): boolean }> = [], citations?: CitationScope): LinkTarget[] {
  const all = allTargets(model);
  if (citations) appendCited(model, citations, all);
  return exclude.length ? all.filter((t) => !exclude.some((re) => re.test(t.fetchUrl) || re.test(t.written))) : all;
}

function allTargets(model: ReportModel): LinkTarget[] {
  const out: LinkTarget[] = [];
  const text = model.text;
  for (const note of model.notes) {
    const doisSeen = new Set<string>();
    for (const u of note.urls) {
      if (!/^https?:\/\//i.test(u.url)) continue;
      const n = normaliseUrl(u.url);
      if (!n || isPlaceholderHost(new URL(n.fetchUrl).hostname)) continue;
      if (n.doi) doisSeen.add(n.doi.toLowerCase());
      out.push({
        written: u.url,
        fetchUrl: n.fetchUrl,
        fragment: n.fragment,
        doi: n.doi,
        start: u.start,
        end: u.end,
        note: note.def.rawLabel,
        replaceable: text.slice(u.start, u.end) === u.url,
        syntax: u.kind,
      });
    }
    for (const id of note.identifiers) {
      if (id.kind !== 'doi' || doisSeen.has(id.value.toLowerCase())) continue;
      doisSeen.add(id.value.toLowerCase());
      out.push({
        written: text.slice(id.start, id.end),
        fetchUrl: doiUrl(id.value),
        fragment: '',
        doi: id.value,
        start: id.start,
        end: id.end,
        note: note.def.rawLabel,
        replaceable: false,
        syntax: 'doi',
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The URL and DOI of every cited bibliography entry, once per entry, at its first citation (docs/citations.md):
 * the key is where a finding goes, and no fix rewrites the entry from the report.
 */
function appendCited(model: ReportModel, citations: CitationScope, out: LinkTarget[]): void {
  const seen = new Set<string>();
  for (const cluster of model.md.citations) {
    for (const k of cluster.keys) {
      if (seen.has(k.key)) continue;
      seen.add(k.key);
      const ref = lookupKey(citations, k.key)?.ref;
      if (!ref) continue;
      const at = { start: k.start, end: k.end, note: `@${k.key}`, replaceable: false, fragment: '' };
      const url = ref.url?.trim();
      const n = url && /^https?:\/\//i.test(url) ? normaliseUrl(url) : undefined;
      if (url && n && !isPlaceholderHost(new URL(n.fetchUrl).hostname))
        out.push({ ...at, written: url, fetchUrl: n.fetchUrl, fragment: n.fragment, doi: n.doi, syntax: 'literal' });
      const doi = entryDoi(ref);
      if (doi && /^10\.\d{4,9}\//.test(doi) && doi.toLowerCase() !== n?.doi?.toLowerCase())
        out.push({ ...at, written: `doi:${doi}`, fetchUrl: doiUrl(doi), doi, syntax: 'doi' });
    }
  }
  out.sort((a, b) => a.start - b.start);
}
