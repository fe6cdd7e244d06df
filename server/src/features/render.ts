/**
 * The report as readers will see it: markdown-it plus GFM footnotes rendered
 * as numbered endnotes in reading order, from the checker's own (linear,
 * GFM-exact) parse. The language server renders the live preview and the HTML
 * export from the analysis it already has (the `foresight/render` request);
 * VS Code's built-in Markdown preview runs it as a markdown-it plugin, which
 * must answer at once and so checks the text itself. No vscode imports.
 */
import { messagesIn, type Messages } from '../core/messages';
import { noteSourceProblem } from '../core/rules/missingSourceUrl';
import MarkdownIt from 'markdown-it';
import { check, type CheckResult } from '../core/checker';
import { positionAt } from '../core/text/lines';
import type { ForesightConfig } from '../core/config/config';
import { insertMissingSectionsFix } from '../core/fixes/insertSection';
import { BACK_MATTER, missingSections, type Note, type ReportModel } from '../core/model';
import { normalizeSectionName } from '../core/templates/templates';
import { normalizeIdentifier } from '../core/parse/chars';
import { GROUP_KEYS } from '../core/frontMatterFields';
import { citationMarkerRule, referencesHtml, renderCitations, type CitationRendering } from './renderCitations';
import { admonitionHead, type AdmonitionHead, type BlockOptions } from '../core/parse/blocks';

type StateCore = MarkdownIt.StateCore;
type StateBlock = MarkdownIt.StateBlock;
type StateInline = MarkdownIt.StateInline;
type Token = MarkdownIt.Token;

/** The most "Missing section" placeholders one rendering shows (as many as findings of one rule are listed). */
const MAX_MISSING_SHOWN = 10_000;

export interface RenderOptions {
  config?: ForesightConfig;
  /** The text's check, when the caller has it (the server's analysis): the text is then not checked again. */
  result?: CheckResult;
  /** Show problems in place (undefined notes, notes without source, missing sections). */
  problems?: boolean;
  /** Allow http(s) images; otherwise they are replaced by a note. */
  allowRemoteImages?: boolean;
  /** Maps a local image path to a URL the page may load (webview URIs); undefined blocks it. */
  resolveImage?: (src: string) => string | undefined;
  /** The user's locale, for the problem marks when the text is checked here (a given `result` has its own language). */
  locale?: string;
}

interface FootnoteEnv {
  model: ReportModel;
  /** Note number (reading order) by label id. */
  numbers: Map<string, number>;
  /** How many references to each id have been rendered so far. */
  seen: Map<string, number>;
  undefinedIds: Set<string>;
  options: RenderOptions;
  /** 0-based lines where missing-section placeholders go, with their names. */
  missing: Map<number, string[]>;
  /** Pandoc citations as they will read, when the report has bibliographies in scope. */
  citations?: CitationRendering;
  /** The words of the problem marks, in the language of the check. */
  messages: Messages;
}

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The markdown-it plugin: footnote references, endnotes, problem marks and source line numbers. */
export function foresightPlugin(md: MarkdownIt, options: RenderOptions = {}): void {
  md.core.ruler.after('normalize', 'foresight_prepare', (state: StateCore) => prepare(state, options));
  md.inline.ruler.before('link', 'foresight_footnote_ref', footnoteRef);
  md.inline.ruler.before(
    'text',
    'foresight_citation',
    citationMarkerRule((env) => (env as { foresight?: FootnoteEnv }).foresight?.citations),
  );
  // Its own token, which image alt text (rendered as plain text) leaves out.
  md.renderer.rules.foresight_cite = (tokens: Token[], idx: number) => tokens[idx].content;
  md.renderer.rules.foresight_footnote_ref = (tokens: Token[], idx: number, _o: unknown, envArg: unknown) =>
    renderFootnoteRef((envArg as { foresight: FootnoteEnv }).foresight, tokens[idx].meta as { id: string; raw: string });
  md.core.ruler.push('foresight_lines', sourceLines);
  md.renderer.rules.foresight_endnotes = (_t: Token[], _i: number, _o: unknown, envArg: unknown) => {
    const env = (envArg as { foresight: FootnoteEnv }).foresight;
    return endnotes(md, env) + (env.citations && !(env as { nested?: boolean }).nested ? referencesHtml(md, env.citations.cited) : '');
  };
  guardImages(md, options);
  const blocks = options.config?.markdown;
  if (blocks?.admonitions || blocks?.details) {
    md.block.ruler.before('code', 'foresight_admonition', admonitionRule(blocks), { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
    md.renderer.rules.foresight_admonition_open = (tokens: Token[], idx: number) => admonitionOpen(tokens[idx].meta as AdmonitionHead);
    md.renderer.rules.foresight_admonition_close = (tokens: Token[], idx: number) =>
      (tokens[idx].meta as AdmonitionHead).details ? '</details>\n' : '</div>\n';
  }
}

/**
 * MkDocs admonitions, read as the checker reads them (docs/parser.md): the title line at the block's left edge, then
 * the lines indented by four more spaces (and blank lines), rendered as Python-Markdown and pymdownx.details do.
 */
function admonitionRule(options: BlockOptions) {
  return (state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean => {
    if (state.sCount[startLine] !== state.blkIndent) return false;
    const start = state.bMarks[startLine] + state.tShift[startLine];
    const c = state.src.charCodeAt(start);
    if (c !== 33 && c !== 63) return false;
    const head = admonitionHead(state.src.slice(start, state.eMarks[startLine]), options);
    if (!head) return false;
    if (silent) return true;
    let last = startLine;
    for (let next = startLine + 1; next < endLine; next++) {
      if (state.isEmpty(next)) continue;
      if (state.sCount[next] < state.blkIndent + 4) break;
      last = next;
    }
    const open = state.push('foresight_admonition_open', head.details ? 'details' : 'div', 1);
    open.meta = head;
    open.map = [startLine, last + 1];
    open.block = true;
    const { blkIndent, lineMax, parentType } = state;
    state.blkIndent += 4;
    state.lineMax = last + 1;
    state.parentType = 'blockquote';
    state.md.block.tokenize(state, startLine + 1, last + 1);
    state.blkIndent = blkIndent;
    state.lineMax = lineMax;
    state.parentType = parentType;
    const close = state.push('foresight_admonition_close', head.details ? 'details' : 'div', -1);
    close.meta = head;
    close.block = true;
    state.line = last + 1;
    return true;
  };
}

function admonitionOpen(head: AdmonitionHead): string {
  const classes = escapeHtml(head.types.join(' '));
  const named = head.types[0] ? head.types[0][0].toUpperCase() + head.types[0].slice(1) : '';
  const title = escapeHtml(head.title ?? named);
  if (head.details) return `<details class="${classes}"${head.open ? ' open' : ''}><summary>${title}</summary>\n`;
  return `<div class="admonition ${classes}">\n${title === '' ? '' : `<p class="admonition-title">${title}</p>\n`}`;
}

/** What markdown-it's normalize step makes of a text: CRLF and CR line breaks as LF, NUL as U+FFFD. */
function normaliseLikeMarkdownIt(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
}

/** Before markdown-it parses: the model (the one given, or a check of the source), note numbers, placeholders; notes and front matter blanked. */
function prepare(state: StateCore, options: RenderOptions): void {
  // A note rendered inside the endnotes keeps the report's numbering.
  if ((state.env as { foresight?: { nested?: boolean } }).foresight?.nested) return;
  // markdown-it has normalised line breaks and NULs; a check of the same text before that is still this text's.
  const given = options.result && normaliseLikeMarkdownIt(options.result.model.text) === state.src ? options.result : undefined;
  const result = given ?? check(state.src, { config: options.config, locale: options.locale });
  const messages = messagesIn(result.language);
  const model = result.model;
  const numbers = new Map<string, number>();
  model.readingOrder.forEach((n, i) => numbers.set(n.id, i + 1));
  const missing = options.problems !== false ? missingPlaceholders(model) : new Map<number, string[]>();
  const citations = renderCitations(model, result.citations, options.problems !== false, messages);
  const undefinedIds = new Set(model.md.undefinedRefs.map((r) => r.id));
  const env: FootnoteEnv = { model, numbers, seen: new Map(), undefinedIds, options, missing, citations, messages };
  (state.env as { foresight?: FootnoteEnv }).foresight = env;
  // Citations become markers of the same length and lines (renderCitations.ts), before the blanking below.
  if (citations) state.src = normaliseLikeMarkdownIt(citations.text);
  // Definitions and front matter are not body text: blank their lines, keeping line numbers.
  const blank: Array<[number, number]> = model.notes.map((n) => [n.def.line, n.def.endLine]);
  if (model.md.frontMatter) blank.push([0, model.md.frontMatter.endLine]);
  if (blank.length) {
    const lines = state.src.split('\n');
    for (const [from, to] of blank) for (let l = from; l <= to && l < lines.length; l++) lines[l] = '';
    state.src = lines.join('\n');
  }
}

/** The missing sections by the 0-based line their placeholder goes before: where Insert Missing Sections would put them. */
function missingPlaceholders(model: ReportModel): Map<number, string[]> {
  const missing = new Map<number, string[]>();
  if (!model.template) return missing;
  // At most MAX_MISSING_SHOWN placeholders: a report of thousands of entries missing a huge template's sections shows the first.
  let shown = 0;
  for (const entry of model.entries) {
    if (entry.missingCount === 0) continue;
    for (const name of missingSections(model.template, entry)) {
      if (shown++ >= MAX_MISSING_SHOWN) break;
      const edit = insertMissingSectionsFix(model, entry, [name]).edits[0];
      const line = positionAt(model.md.lineStarts, edit.start).line - 1;
      const names = missing.get(line);
      if (names) names.push(name);
      else missing.set(line, [name]);
    }
    if (shown >= MAX_MISSING_SHOWN) break;
  }
  return missing;
}

/** `[^id]` of a note the model knows (defined or not) becomes a reference token. */
function footnoteRef(state: StateInline, silent: boolean): boolean {
  const env = (state.env as { foresight?: FootnoteEnv }).foresight;
  if (!env || state.src.charCodeAt(state.pos) !== 0x5b || state.src.charCodeAt(state.pos + 1) !== 0x5e) return false;
  const close = state.src.indexOf(']', state.pos + 2);
  if (close < 0) return false;
  const raw = state.src.slice(state.pos + 2, close);
  if (!raw || /[\s[]/.test(raw)) return false;
  const id = normalizeIdentifier(raw);
  if (!env.numbers.has(id) && !env.undefinedIds.has(id)) return false;
  if (!silent) {
    const token = state.push('foresight_footnote_ref', '', 0);
    token.meta = { id, raw };
  }
  state.pos = close + 1;
  return true;
}

/** A reference as its number, linked both ways; one with no definition marked as a problem (unless problems are off). */
function renderFootnoteRef(env: FootnoteEnv, { id, raw }: { id: string; raw: string }): string {
  const n = env.numbers.get(id);
  if (n === undefined) {
    return env.options.problems === false
      ? `[^${escapeHtml(raw)}]`
      : `<sup class="fs-ref fs-problem" title="${escapeHtml(env.messages.t('preview.undefined-note', { label: raw }))}">[^${escapeHtml(raw)}]</sup>`;
  }
  const k = (env.seen.get(id) ?? 0) + 1;
  env.seen.set(id, k);
  return `<sup class="fs-ref"><a href="#fn-${n}" id="fnref-${n}-${k}" data-footnote-ref>${n}</a></sup>`;
}

/** Source lines on blocks, for scroll sync; missing sections as placeholders; the endnotes last. */
function sourceLines(state: StateCore): void {
  const env = (state.env as { foresight?: FootnoteEnv }).foresight;
  const out: Token[] = [];
  const pending = env ? [...env.missing.entries()].sort((a, b) => a[0] - b[0]) : [];
  for (const token of state.tokens) {
    if (token.map && token.nesting >= 0 && token.level === 0) {
      while (pending.length && pending[0][0] <= token.map[0]) out.push(placeholder(state, env!.messages, pending.shift()!));
    }
    if (token.map && token.nesting === 1) token.attrSet('data-line', String(token.map[0]));
    out.push(token);
  }
  while (pending.length) out.push(placeholder(state, env!.messages, pending.shift()!));
  // Rendered last, once every reference has been rendered and counted for the back-links.
  if (env && !(env as { nested?: boolean }).nested) out.push(new state.Token('foresight_endnotes', '', 0));
  state.tokens = out;
}

/** Remote images only when allowed; local ones only through `resolveImage`; anything else shown as a marked placeholder. */
function guardImages(md: MarkdownIt, options: RenderOptions): void {
  const defaultImage = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, opts, env, self) => {
    const token = tokens[idx];
    const src = token.attrGet('src') ?? '';
    // The alt text as markdown-it reads it (its children as text), not its source: citations in it are markers there.
    const alt = self.renderInlineAsText(token.children ?? [], opts, env).trim();
    if (/^https?:/i.test(src)) {
      if (!options.allowRemoteImages) return `<span class="fs-blocked" title="${escapeHtml(src)}">[remote image not loaded: ${escapeHtml(alt || src)}]</span>`;
    } else if (!/^data:/i.test(src)) {
      const resolved = options.resolveImage?.(src);
      if (!resolved) return `<span class="fs-blocked">[image: ${escapeHtml(alt || src)}]</span>`;
      token.attrSet('src', resolved);
    }
    return defaultImage(tokens, idx, opts, env, self);
  };
}

function placeholder(state: StateCore, m: Messages, [line, names]: [number, string[]]): Token {
  const t = new state.Token('html_block', '', 0);
  const said = (n: string): string => escapeHtml(m.t('preview.missing-section', { section: '\u0000' })).replace('\u0000', `<strong>${escapeHtml(n)}</strong>`);
  t.content = names.map((n) => `<div class="fs-missing" data-line="${line}" role="note">${said(n)}</div>\n`).join('');
  return t;
}

function noteBody(md: MarkdownIt, model: ReportModel, note: Note, env: FootnoteEnv): string {
  // The note's own text, dedented from its continuation indent, rendered with the same rules.
  const source = (env.citations?.text ?? model.text)
    .slice(note.def.contentStart, note.def.end)
    .split(/\r?\n/)
    .map((l, i) => (i === 0 ? l : l.replace(/^ {1,4}|^\t/, '')))
    .join('\n');
  const nestedEnv = { foresight: { ...env, missing: new Map(), nested: true } };
  // One paragraph renders inline, so that the back-links follow the text.
  if (!/\n\s*\n/.test(source.trim())) return md.renderInline(source.trim(), nestedEnv);
  return md.render(source, nestedEnv).replace(/ data-line="\d+"/g, '');
}

function endnotes(md: MarkdownIt, env: FootnoteEnv & { nested?: boolean }): string {
  if (env.nested) return '';
  const model = env.model;
  if (model.notes.length === 0) return '';
  const items = model.readingOrder.map((note, i) => {
    const n = i + 1;
    const refs = env.seen.get(note.id) ?? 0;
    const backrefs = Array.from(
      { length: refs },
      (_, k) =>
        `<a href="#fnref-${n}-${k + 1}" class="fs-backref" aria-label="${escapeHtml(env.messages.t('preview.back-to-reference', { reference: `${n}${refs > 1 ? `-${k + 1}` : ''}` }))}">↩${refs > 1 ? `<sup>${k + 1}</sup>` : ''}</a>`,
    ).join(' ');
    const missing = env.options.problems === false ? undefined : noteSourceProblem(note, env.messages);
    const problem = missing
      ? ` <span class="fs-problem fs-badge" title="${escapeHtml(missing)}">${escapeHtml(env.messages.t('preview.no-source'))}</span>`
      : '';
    return `<li id="fn-${n}" data-line="${note.def.line}">${noteBody(md, model, note, env).trim()}${problem} ${backrefs}</li>`;
  });
  const uncited = model.notes.filter((n) => n.readingIndex === undefined);
  const uncitedHtml =
    uncited.length && env.options.problems !== false
      ? `<h3 class="fs-problem">${escapeHtml(env.messages.t('preview.not-cited'))}</h3><ul class="fs-uncited">${uncited
          .map((n) => `<li data-line="${n.def.line}"><code>[^${escapeHtml(n.def.rawLabel)}]</code> ${noteBody(md, model, n, env).trim()}</li>`)
          .join('')}</ul>`
      : '';
  // A report that ends with its own "Notes" heading gets the endnotes under it, not a second heading.
  const headings = model.headings;
  const last = headings[headings.length - 1];
  const firstDef = model.notes.reduce((m, n) => Math.min(m, n.def.start), Infinity);
  const ownHeading = last && BACK_MATTER.has(normalizeSectionName(last.name)) && last.start < firstDef;
  return `<section class="fs-endnotes" data-footnotes>${ownHeading ? '' : '<h2 id="fs-notes">Notes</h2>'}<ol>${items.join('\n')}</ol>${uncitedHtml}</section>\n`;
}

/**
 * Local images in a rendered body point here, with the path percent-encoded
 * (letters, digits and `-_.~%` only): the extension maps them to addresses
 * the webview may load, which only it can make.
 */
export const LOCAL_IMAGE_SCHEME = 'foresight-local:';

/** `src="foresight-local:…"` as the server writes a local image (the path percent-encoded: nothing to unescape). */
const LOCAL_IMAGE = new RegExp(`src="${LOCAL_IMAGE_SCHEME}([A-Za-z0-9\\-_.~%]*)"`, 'g');

/** A body the server rendered, with each local image pointed at the address `toUrl` gives its path (blocked when the path is not local). */
export function mapLocalImages(body: string, toUrl: (localPath: string) => string): string {
  return body.replace(LOCAL_IMAGE, (_, encoded: string) => {
    const local = localPath(decodeURIComponent(encoded));
    return local === undefined ? 'src=""' : `src="${escapeHtml(toUrl(local))}"`;
  });
}

export function encodeLocalPath(path: string): string {
  return encodeURIComponent(path).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/**
 * The file a relative link or image names, percent-decoded; undefined for
 * other schemes and for malformed escapes (`%C0`), which name no file.
 */
export function localPath(src: string): string | undefined {
  if (src === '' || /^[a-z][a-z0-9+.-]*:/i.test(src)) return undefined;
  try {
    return decodeURI(src);
  } catch {
    return undefined;
  }
}

export function createRenderer(options: RenderOptions = {}): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.use(foresightPlugin, options);
  return md;
}

export interface RenderedReport {
  title: string;
  /** The header and body HTML (no document shell). */
  body: string;
}

/** Renders a report: a header from the front matter, then the body with its endnotes. */
export function renderReport(text: string, options: RenderOptions = {}): RenderedReport {
  const md = createRenderer(options);
  const env: Record<string, unknown> = {};
  const body = md.render(text, env);
  const model = (env.foresight as FootnoteEnv | undefined)?.model;
  const fields = model?.frontMatter?.fields;
  const field = (k: string): unknown => fields?.get(k)?.value;
  const h1 = model?.headings.find((h) => h.level === 1)?.name;
  // The header is the report's, for its readers: in the report's language.
  const words = messagesIn(model?.language === 'fr' ? 'fr' : 'en');
  const title = typeof field('title') === 'string' ? (field('title') as string) : (h1 ?? words.t('preview.report'));
  const list = (v: unknown): string[] => (Array.isArray(v) ? v : [v]).map(shown).filter((s): s is string => s !== undefined);
  const meta: string[] = [];
  const organisation = list(field('organisation'));
  if (organisation.length) meta.push(`<span class="fs-org">${escapeHtml(organisation.join(', '))}</span>`);
  const authors = list(field('authors'));
  if (authors.length) meta.push(`<span class="fs-authors">${escapeHtml(authors.join(', '))}</span>`);
  const date = shown(field('date'));
  if (date !== undefined) meta.push(`<time>${escapeHtml(date)}</time>`);
  const horizon = shown(field('horizon'));
  if (horizon !== undefined) meta.push(`<span class="fs-horizon">${escapeHtml(words.t('preview.horizon', { horizon }))}</span>`);
  const steep = list(field('steep'))
    .map((s) => `<span class="fs-tag fs-steep-${escapeHtml(s.toLowerCase().replace(/[^a-z]/g, ''))}">${escapeHtml(s)}</span>`)
    .join(' ');
  const header = model?.frontMatter
    ? `<header class="fs-header" data-line="0"><p class="fs-kicker">${escapeHtml(model.templateName ?? words.t('preview.report'))}</p>${
        h1 ? '' : `<h1>${escapeHtml(title)}</h1>`
      }<p class="fs-meta">${meta.join(' · ')}</p>${steep ? `<p class="fs-steep">${steep}</p>` : ''}</header>\n`
    : '';
  return { title, body: header + body };
}

/**
 * A front matter value as readers see it in the header: a scalar as written; a mapping by its `name` or `title`
 * (`authors: [{name: Ada}]`) or its name's parts (`{given: Ada, family: Reyes}`, `{first: …, last: …}`), else its first scalar (`date: {created: 2025-02-03}`, as site generators write
 * them); nothing for anything else.
 */
function shown(v: unknown, depth = 0): string | undefined {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    for (const k of ['name', 'literal', 'title']) if (typeof o[k] === 'string') return o[k] as string;
    // a group author named one level down: {consortium: {name: …}}
    for (const k of GROUP_KEYS) if (o[k] && typeof o[k] === 'object') return depth === 0 ? shown(o[k], 1) : undefined;
    // a name in parts: "Ada Reyes" from {given: Ada, family: Reyes} or {first: Ada, last: Reyes}
    const parts = [o.given ?? o.first, o.family ?? o.last].filter((x): x is string => typeof x === 'string' && x.trim() !== '');
    if (parts.length) return parts.join(' ');
    for (const x of Object.values(o)) if (typeof x === 'string' || typeof x === 'number' || x instanceof Date) return shown(x);
  }
  return undefined;
}

/** Styles shared by the preview and the export; VS Code theme variables with fallbacks. */
export const REPORT_CSS = `
:root { color-scheme: light dark; }
body { font-family: var(--vscode-markdown-font-family, -apple-system, "Segoe UI", sans-serif); font-size: var(--vscode-markdown-font-size, 15px);
  line-height: 1.6; color: var(--vscode-editor-foreground, #222); background: var(--vscode-editor-background, #fff); max-width: 52em; margin: 0 auto; padding: 1em 2em 4em; }
a { color: var(--vscode-textLink-foreground, #0b63c5); }
code { font-family: var(--vscode-editor-font-family, monospace); background: var(--vscode-textCodeBlock-background, rgba(127,127,127,.15)); padding: .1em .3em; border-radius: 3px; }
pre code { display: block; padding: .8em; overflow-x: auto; }
blockquote { border-left: 4px solid var(--vscode-textBlockQuote-border, #ccc); margin-left: 0; padding-left: 1em; opacity: .9; }
.admonition, details { border-left: 4px solid var(--vscode-textLink-foreground, #448aff); margin: 1em 0; padding: .2em 1em; }
.admonition-title, details > summary { font-weight: 600; }
table { border-collapse: collapse; } th, td { border: 1px solid var(--vscode-panel-border, #ccc); padding: .3em .6em; }
.fs-header { border-bottom: 1px solid var(--vscode-panel-border, #ddd); margin-bottom: 1.5em; }
.fs-kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .8em; opacity: .7; margin-bottom: 0; }
.fs-meta { opacity: .8; }
.fs-tag { display: inline-block; border: 1px solid currentColor; border-radius: 1em; padding: 0 .6em; font-size: .8em; margin-right: .3em; opacity: .85; }
.fs-ref a { text-decoration: none; }
.fs-cite { text-decoration: none; color: inherit; border-bottom: 1px dotted currentColor; }
.fs-references { border-top: 1px solid var(--vscode-panel-border, #ddd); margin-top: 2em; font-size: .92em; }
.fs-references li { margin-bottom: .4em; }
.fs-problem { color: var(--vscode-editorError-foreground, #c62828); }
.fs-badge { font-size: .8em; border: 1px solid currentColor; border-radius: 3px; padding: 0 .3em; }
.fs-missing { border: 2px dashed var(--vscode-editorWarning-foreground, #b26a00); color: var(--vscode-editorWarning-foreground, #b26a00); padding: .6em 1em; margin: 1em 0; border-radius: 4px; }
.fs-blocked { opacity: .7; font-style: italic; }
.fs-endnotes { border-top: 1px solid var(--vscode-panel-border, #ddd); margin-top: 3em; font-size: .92em; }
.fs-endnotes li p { display: inline; }
.fs-backref { text-decoration: none; margin-left: .2em; }
.fs-active { outline: 2px solid var(--vscode-focusBorder, #0b63c5); }
`;

/** A standalone HTML document (for export): no script at all, and a strict CSP. */
export function exportHtml(text: string, options: RenderOptions = {}): string {
  const { title, body } = renderReport(text, options);
  const img = options.allowRemoteImages ? 'img-src data: https:;' : 'img-src data:;';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; ${img} style-src 'unsafe-inline';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The preview page: a strict CSP where only our own nonce'd style and script run. */
export function previewDocument(parts: { nonce: string; cspSource: string; allowRemoteImages: boolean; title: string; body: string; script: string }): string {
  const n = parts.nonce;
  const csp = `default-src 'none'; img-src ${parts.cspSource} data:${parts.allowRemoteImages ? ' https:' : ''}; style-src 'nonce-${n}'; script-src 'nonce-${n}';`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${escapeHtml(parts.title)}</title><style nonce="${n}">${REPORT_CSS}</style></head>
<body><main id="fs-root">${parts.body}</main><script nonce="${n}">${parts.script}</script></body></html>`;
}
