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
import { ENGLISH, type Messages } from '../core/messages';
import type MarkdownIt from 'markdown-it';
import { isCrossReference, lookupKey, type CitationScope } from '../core/bib/scope';
import { entryDoi, type Reference } from '../core/bib/types';
import { doiUrl } from '../core/notes/identifiers';
import type { ReportModel } from '../core/model';
import type { CitationCluster } from '../core/parse/citations';
import { formatReference } from './citations';

/** Citations past this many are shown as written: each needs a marker character of its own. */
const FIRST_MARK = 0xe000;
const FILLER = 0xf8ff;
export const MAX_RENDERED_CITATIONS = FILLER - FIRST_MARK;

export interface CitationRendering {
  /** The text with each rendered citation replaced by its marker (same length, same line breaks), in the report's offsets. */
  text: string;
  /** By marker index: the HTML, the same without links (inside a link's text), and how many marker characters follow the index. */
  html: string[];
  plain: string[];
  lengths: number[];
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
export function renderCitations(
  model: ReportModel,
  scope: CitationScope | undefined,
  problems: boolean,
  messages: Messages = ENGLISH,
): CitationRendering | undefined {
  const clusters = model.md.citations;
  if (!scope || clusters.length === 0) return undefined;
  const out: CitationRendering = { text: '', html: [], plain: [], lengths: [], cited: [] };
  const cited = new Map<string, Reference>();
  const parts: string[] = [];
  let last = 0;
  const text = model.text;
  for (const c of clusters) {
    if (out.html.length >= MAX_RENDERED_CITATIONS) break;
    const index = out.html.length;
    out.html.push(renderCluster(text, c, scope, problems, cited, true, messages));
    out.plain.push(renderCluster(text, c, scope, problems, cited, false, messages));
    const m = marker(text.slice(c.start, c.end), index);
    out.lengths.push(m.length);
    parts.push(text.slice(last, c.start), m.text);
    last = c.end;
  }
  parts.push(text.slice(last));
  out.text = parts.join('');
  out.cited = [...cited].map(([key, ref]) => ({ key, ref }));
  return out;
}

/** Characters of a marker that stay as written: line breaks, the indentation and `>` that start a continued line, and brackets (so that an enclosing link's brackets still balance). */
const isKept = (c: string, lineStart: boolean): boolean =>
  c === '\n' || c === '\r' || c === '[' || c === ']' || (lineStart && (c === ' ' || c === '\t' || c === '>'));

/** The cluster's first character, then its index at the first place free for it, filler elsewhere; kept characters stay. */
function marker(written: string, index: number): { text: string; length: number } {
  // A bracketed citation's own brackets go (so that a link around it keeps a label without nested brackets,
  // which markdown-it would take for a link in a link); it starts with `@` instead.
  const bracketed = written[0] === '[' && written[written.length - 1] === ']';
  let out = bracketed ? '@' : written[0];
  let placed = false;
  let counted = 0;
  let lineStart = false;
  for (let i = 1; i < written.length; i++) {
    const c = written[i];
    if (c === '\n' || c === '\r') lineStart = true;
    else if (!(lineStart && (c === ' ' || c === '\t' || c === '>'))) lineStart = false;
    const own = bracketed && i === written.length - 1;
    if (!own && isKept(c, lineStart) && (c !== '[' && c !== ']' ? true : placed)) {
      out += c;
      if (c === '[' || c === ']') counted++;
    } else if (!placed) {
      out += String.fromCharCode(FIRST_MARK + index);
      placed = true;
    } else {
      out += String.fromCharCode(FILLER);
      counted++;
    }
  }
  return { text: out, length: counted };
}

function renderCluster(
  text: string,
  c: CitationCluster,
  scope: CitationScope,
  problems: boolean,
  cited: Map<string, Reference>,
  links: boolean,
  messages: Messages,
): string {
  const link = (key: string, inner: string): string =>
    links ? `<a class="fs-cite" href="#${anchor(key)}">${inner}</a>` : `<span class="fs-cite">${inner}</span>`;
  const label = (key: string, suppress: boolean): { html: string; ref?: Reference } => {
    const found = lookupKey(scope, key);
    if (!found) {
      const known = isCrossReference(key) || !scope.complete || !problems;
      return {
        html: known
          ? `@${escapeHtml(key)}`
          : `<span class="fs-problem" title="${escapeHtml(messages.t('preview.key-not-found', { key }))}">@${escapeHtml(key)}?</span>`,
      };
    }
    if (!cited.has(key)) cited.set(key, found.ref);
    const year = found.ref.year ?? 'n.d.';
    return { html: link(key, escapeHtml(suppress ? year : `${authorOf(found.ref)} ${year}`)), ref: found.ref };
  };
  if (!c.bracketed || text[c.start] !== '[') {
    // Author in text: "Tavares (2016)", "Tavares (2016, p. 3)" for `@key [p. 3]`.
    const k = c.keys[0];
    const found = lookupKey(scope, k.key);
    if (!found) return label(k.key, false).html;
    if (!cited.has(k.key)) cited.set(k.key, found.ref);
    const locator = c.bracketed ? text.slice(text.indexOf('[', k.end) + 1, c.end - 1).trim() : '';
    const year = found.ref.year ?? 'n.d.';
    return `${escapeHtml(authorOf(found.ref))} (${link(k.key, escapeHtml(year))}${locator ? `, ${escapeHtml(locator)}` : ''})`;
  }
  // Bracketed: the text as written, each key replaced by its author and year (only the year for `-@key`).
  // The text around the keys, without what starts its continued lines (a block quote's `>`, indentation).
  const between = (from: number, to: number): string => escapeHtml(text.slice(from, to).replace(/(\r?\n)[ \t>]*/g, '$1'));
  let out = '';
  let at = c.start + 1;
  for (const k of c.keys) {
    out += between(at, k.start);
    out += label(k.key, k.mode === 'suppress-author').html;
    at = k.end;
  }
  out += between(at, c.end - 1);
  return `(${out.trim()})`;
}

/** The inline rule that turns markers back into rendered citations (without links inside a link's text). */
export function citationMarkerRule(get: (env: unknown) => CitationRendering | undefined) {
  return (state: MarkdownIt.StateInline, silent: boolean): boolean => {
    const first = state.src[state.pos];
    if (first !== '@' && first !== '[' && first !== '-') return false;
    // The index is the first character after the opening one that is not kept as written.
    let at = state.pos + 1;
    while (at < state.posMax && /[\n\r \t>]/.test(state.src[at])) at++;
    const code = state.src.charCodeAt(at);
    if (code < FIRST_MARK || code >= FILLER) return false;
    const rendering = get(state.env);
    const index = code - FIRST_MARK;
    const html = rendering?.html[index];
    if (html === undefined) return false;
    // Exactly the marker's own characters: filler and brackets, with line breaks and their indentation between.
    let left = rendering!.lengths[index];
    let end = at + 1;
    while (left > 0 && end < state.posMax) {
      const c = state.src[end];
      if (state.src.charCodeAt(end) === FILLER || c === '[' || c === ']') left--;
      else if (!/[\n\r \t>]/.test(c)) break;
      end++;
    }
    if (!silent) {
      const token = state.push('foresight_cite', '', 0);
      token.content = ((state as unknown as { linkLevel?: number }).linkLevel ?? 0) > 0 ? rendering!.plain[index] : html;
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
    const doi = entryDoi(ref);
    const link = doi ? doiUrl(doi) : ref.url?.trim();
    const linkHtml = link && /^https?:\/\//i.test(link) ? ` <a href="${escapeHtml(link)}">${escapeHtml(link)}</a>` : '';
    return `<li id="${anchor(key)}">${md.renderInline(formatReference(ref))}${linkHtml}</li>`;
  });
  return `<section class="fs-references"><h2 id="fs-references">References</h2><ul>${items.join('\n')}</ul></section>\n`;
}
