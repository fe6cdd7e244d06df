/**
 * Pandoc citations in the preview and the HTML export (docs/citations.md,
 * "Preview"): each citation as an author-date reference linked to a
 * References list at the end, in the manner of Pandoc's default style
 * (Chicago author-date), and a key that cannot be resolved marked like the
 * other problems. Not yet the report's own CSL style.
 *
 * The citations are found by the checker's scanner (not again by
 * markdown-it): before markdown-it parses, each citation's text is replaced by
 * a marker of the same length and lines (its first character, one character
 * naming it, then filler), which an inline rule turns into the rendered
 * citation. Offsets and lines stay where they were, for notes and line sync.
 */
import type MarkdownIt from 'markdown-it';
import { isCrossReference, lookupKey, type CitationScope } from '../core/bib/scope';
import type { Reference } from '../core/bib/types';
import type { ReportModel } from '../core/model';
import type { CitationCluster } from '../core/parse/citations';
import { formatReference } from './citations';

/** Citations past this many are shown as written: each needs a marker character of its own. */
const FIRST_MARK = 0xe000;
const FILLER = 0xf8ff;
export const MAX_RENDERED_CITATIONS = FILLER - FIRST_MARK;

export interface CitationRendering {
  /** The text with each rendered citation replaced by its marker (same length, same line breaks). */
  text: string;
  /** HTML by marker index. */
  html: string[];
  /** The entries cited, in order of first citation. */
  cited: Array<{ key: string; ref: Reference }>;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** "Tavares" from "Tavares, Acuto", "Smith et al.": the names as a reader sees them in an author-date citation. */
function authorOf(ref: Reference): string {
  const names = ref.authors?.split(', ');
  if (names && names.length) return names.length === 2 ? `${names[0]} and ${names[1]}` : names.length > 2 ? `${names[0]} et al.` : names[0];
  return ref.publisher ?? ref.title ?? ref.key;
}

const anchor = (key: string): string => `ref-${encodeURIComponent(key).replace(/%/g, '_')}`;

/** The citations of a report as they will read, and the text with markers; undefined when nothing is to render. */
export function renderCitations(model: ReportModel, scope: CitationScope | undefined, problems: boolean): CitationRendering | undefined {
  const clusters = model.md.citations;
  if (!scope || clusters.length === 0) return undefined;
  const html: string[] = [];
  const cited = new Map<string, Reference>();
  const parts: string[] = [];
  let last = 0;
  const text = model.text;
  for (const c of clusters) {
    if (html.length >= MAX_RENDERED_CITATIONS) break;
    const index = html.length;
    html.push(renderCluster(text, c, scope, problems, cited));
    parts.push(text.slice(last, c.start), marker(text.slice(c.start, c.end), index));
    last = c.end;
  }
  parts.push(text.slice(last));
  return { text: parts.join(''), html, cited: [...cited].map(([key, ref]) => ({ key, ref })) };
}

/** The cluster's first character, its index, then filler; line breaks kept. */
function marker(written: string, index: number): string {
  let out = written[0] + String.fromCharCode(FIRST_MARK + index);
  for (let i = 2; i < written.length; i++) out += written[i] === '\n' || written[i] === '\r' ? written[i] : String.fromCharCode(FILLER);
  return out;
}

function renderCluster(text: string, c: CitationCluster, scope: CitationScope, problems: boolean, cited: Map<string, Reference>): string {
  const label = (key: string, suppress: boolean): { html: string; ref?: Reference } => {
    const found = lookupKey(scope, key);
    if (!found) {
      const known = isCrossReference(key) || !scope.complete || !problems;
      return {
        html: known ? `@${escapeHtml(key)}` : `<span class="fs-problem" title="@${escapeHtml(key)} is in no bibliography in scope">@${escapeHtml(key)}?</span>`,
      };
    }
    if (!cited.has(key)) cited.set(key, found.ref);
    const year = found.ref.year ?? 'n.d.';
    return { html: `<a class="fs-cite" href="#${anchor(key)}">${escapeHtml(suppress ? year : `${authorOf(found.ref)} ${year}`)}</a>`, ref: found.ref };
  };
  if (!c.bracketed || text[c.start] !== '[') {
    // Author in text: "Tavares (2016)", "Tavares (2016, p. 3)" for `@key [p. 3]`.
    const k = c.keys[0];
    const found = lookupKey(scope, k.key);
    if (!found) return label(k.key, false).html;
    if (!cited.has(k.key)) cited.set(k.key, found.ref);
    const locator = c.bracketed ? text.slice(text.indexOf('[', k.end) + 1, c.end - 1).trim() : '';
    const year = found.ref.year ?? 'n.d.';
    return `${escapeHtml(authorOf(found.ref))} (<a class="fs-cite" href="#${anchor(k.key)}">${escapeHtml(year)}</a>${locator ? `, ${escapeHtml(locator)}` : ''})`;
  }
  // Bracketed: the text as written, each key replaced by its author and year (only the year for `-@key`).
  let out = '';
  let at = c.start + 1;
  for (const k of c.keys) {
    out += escapeHtml(text.slice(at, k.start));
    out += label(k.key, k.mode === 'suppress-author').html;
    at = k.end;
  }
  out += escapeHtml(text.slice(at, c.end - 1));
  return `(${out.trim()})`;
}

/** The inline rule that turns markers back into rendered citations. */
export function citationMarkerRule(get: (env: unknown) => CitationRendering | undefined) {
  return (state: MarkdownIt.StateInline, silent: boolean): boolean => {
    const code = state.src.charCodeAt(state.pos + 1);
    if (code < FIRST_MARK || code >= FILLER) return false;
    const first = state.src[state.pos];
    if (first !== '@' && first !== '[' && first !== '-') return false;
    const rendering = get(state.env);
    const html = rendering?.html[code - FIRST_MARK];
    if (html === undefined) return false;
    // The marker's filler, and the line breaks inside it (a citation written over two lines).
    let end = state.pos + 2;
    for (;;) {
      let next = end;
      while (next < state.posMax && (state.src[next] === '\n' || state.src[next] === '\r')) next++;
      if (next < state.posMax && state.src.charCodeAt(next) === FILLER) end = next + 1;
      else break;
    }
    if (!silent) {
      const token = state.push('html_inline', '', 0);
      token.content = html;
    }
    state.pos = end;
    return true;
  };
}

/** The References list: every entry cited, by author and year, each with its link. */
export function referencesHtml(md: MarkdownIt, cited: CitationRendering['cited']): string {
  if (cited.length === 0) return '';
  const sorted = [...cited].sort((a, b) => authorOf(a.ref).localeCompare(authorOf(b.ref)) || (a.ref.year ?? '').localeCompare(b.ref.year ?? ''));
  const items = sorted.map(({ key, ref }) => {
    const link = ref.doi ? `https://doi.org/${ref.doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '')}` : ref.url?.trim();
    const linkHtml = link && /^https?:\/\//i.test(link) ? ` <a href="${escapeHtml(link)}">${escapeHtml(link)}</a>` : '';
    return `<li id="${anchor(key)}">${md.renderInline(formatReference(ref))}${linkHtml}</li>`;
  });
  return `<section class="fs-references"><h2 id="fs-references">References</h2><ul>${items.join('\n')}</ul></section>\n`;
}
