/** Hover: a note's text and source on its references, citation counts on definitions, the entry on citation keys, purpose on sections. */
import type { Hover, Position } from 'vscode-languageserver-types';
import type { LinkResult } from '../core/links/result';
import { doiUrl, normaliseUrl } from '../core/links/targets';
import { sourceUrls, type Note } from '../core/model';
import { labelAt, type Analysis } from './analysis';
import { citationHover } from './citations';
import type { Counterpart } from '../service';
import { CATALOGUES, ENGLISH, messagesIn, type MessageKey, type Messages } from '../core/messages';
import { noteSourceProblem } from '../core/rules/missingSourceUrl';
import { linkDetail } from '../core/links/result';

const SYMBOL: Record<LinkResult['kind'], string> = { ok: '✓', moved: '↪', gone: '✗', unreachable: '✗', unverified: '?', blocked: '–' };

/** "Source: <url>" (or "DOI: …"), and what the link check found, when it ran. */
function statusLine(a: Analysis, m: Messages, line: string, fetchUrl: string | undefined): string {
  if (!a.links || !fetchUrl) return line;
  const r = a.links(fetchUrl);
  if (!r) return m.t('hover.link-checking', { line });
  const minutes = Math.max(0, Math.round((Date.now() - r.checkedAt) / 60000));
  const when =
    minutes < 1
      ? m.t('hover.just-now')
      : minutes < 120
        ? m.t('hover.minutes-ago', { count: minutes })
        : m.t('hover.hours-ago', { count: Math.round(minutes / 60) });
  const detail = r.kind === 'moved' ? m.t('hover.moved-to', { url: r.movedTo ?? '' }) : linkDetail(r, m);
  const archive =
    r.kind === 'gone' || r.kind === 'unreachable'
      ? ` · [${m.t('hover.archived')}](https://web.archive.org/web/*/${fetchUrl.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`
      : '';
  return m.t('hover.link-checked', { line, symbol: SYMBOL[r.kind], detail, when }) + archive;
}

/** One line per source of a note: its http(s) URLs, then identifiers written as text. */
function sourceLines(a: Analysis, m: Messages, note: Note): string[] {
  const urls = sourceUrls(note);
  const lines = urls.map((u) => statusLine(a, m, m.t('hover.source', { url: u.url }), normaliseUrl(u.url)?.fetchUrl));
  const inUrls = urls.map((u) => u.url.toLowerCase());
  for (const id of note.identifiers) {
    if (id.kind === 'doi') {
      const doi = id.value;
      if (inUrls.some((u) => u.includes(doi.toLowerCase()))) continue;
      const url = doiUrl(doi);
      lines.push(statusLine(a, m, `DOI: [${doi}](${url.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`, url));
    } else lines.push(m.t('hover.identifier', { name: id.kind === 'address' ? m.t('hover.address') : IDENTIFIER_NAMES[id.kind], value: id.value }));
  }
  return lines;
}

const IDENTIFIER_NAMES: Record<string, string> = {
  isbn: 'ISBN',
  arxiv: 'arXiv',
  handle: 'Handle',
  pmid: 'PMID',
  pmcid: 'PMCID',
  ssrn: 'SSRN',
  urn: 'URN',
};

/** What kind of note this is, in a few words. */
export function describeNote(note: Note, m: Messages = ENGLISH): string {
  const r = note.reading;
  switch (r.kind) {
    case 'citation': {
      if (!r.forms.length) return m.t(r.web ? 'hover.citation-online' : 'hover.citation');
      const forms = r.forms.map((f) => m.dynamic(`form.${f}` as MessageKey)).join(', ');
      return m.t(r.web ? 'hover.citation-online-forms' : 'hover.citation-forms', { forms });
    }
    case 'short-citation':
      return m.t('hover.short-citation', { form: m.dynamic(`short.${r.shortForm ?? 'ibid'}` as MessageKey) });
    case 'commentary':
      return m.t('hover.commentary');
    case 'cross-reference':
      return m.t('hover.cross-reference');
    case 'citation-key':
      return m.t('hover.citation-key');
    default:
      return m.t('hover.empty');
  }
}

function quote(a: Analysis, note: Note): string {
  return '> ' + a.model.text.slice(note.def.contentStart, note.def.end).trim().replace(/\n\s*/g, ' ');
}

function noteMarkdown(a: Analysis, m: Messages, note: Note): string {
  const text = a.model.text
    .slice(note.def.contentStart, note.def.end)
    .replace(/\n {4}/g, '\n')
    .trim();
  const lines = [text || m.t('hover.empty-text'), '', `_${describeNote(note, m)}_`];
  if (note.reading.kind === 'short-citation') {
    const source = note.antecedent;
    if (source) {
      lines.push('', m.t('hover.refers-to', { label: source.def.rawLabel }), '', quote(a, source));
      for (const l of sourceLines(a, m, source)) lines.push('', l);
      const problem = noteSourceProblem(source, m);
      if (problem) lines.push('', m.t('hover.antecedent-problem', { label: source.def.rawLabel, problem }));
    } else if (note.isIbid) lines.push('', m.t('hover.orphan-ibid'));
    else if (note.reading.shortForm !== 'author-date') lines.push('', m.t('hover.shortens-nothing'));
    return lines.join('\n');
  }
  const sources = sourceLines(a, m, note);
  for (const l of sources) lines.push('', l);
  const problem = noteSourceProblem(note, m);
  if (problem) lines.push('', m.t('hover.note-problem', { problem }));
  else if (note.listed !== undefined) lines.push('', m.t('hover.listed', { entry: note.listed }));
  else if (!sources.length && note.reading.kind === 'citation') lines.push('', m.t('hover.no-link'));
  return lines.join('\n');
}

/** "French version: **Pourquoi est-ce important ?** (line 17 of x.fr.md)": where a section or note is in the other version. */
function counterpartLine(m: Messages, c: Counterpart | null | undefined): string {
  if (!c) return '';
  const name = `language.${c.language}`;
  const language = name in CATALOGUES.en ? m.dynamic(name as MessageKey) : c.language;
  return '\n\n' + m.t('hover.counterpart', { language, what: c.what.replace(/[*_`[\]\\]/g, '\\$&'), line: c.range.start.line + 1, name: c.name });
}

/** A hover; `counterpart` (when given) finds the place in the report's version in another language. */
export function hover(a: Analysis, position: Position, counterpart?: () => Counterpart | null): Hover | null {
  const offset = a.index.offsetAt(position);
  const model = a.model;
  const m = messagesIn(a.language);
  const cited = citationHover(a, offset, (line, url) => statusLine(a, m, line, url));
  if (cited !== undefined) return cited;
  const at = labelAt(a, offset);
  if (at) {
    const range = a.index.range(at.kind === 'definition' ? at.start : at.start, at.kind === 'definition' ? at.labelEnd + 1 : at.end);
    if (at.kind === 'undefined-reference') {
      return { contents: { kind: 'markdown', value: m.t('hover.undefined-note', { label: at.rawLabel }) }, range };
    }
    const note = model.notesById.get(at.id)?.[0];
    if (!note) return null;
    if (at.kind === 'reference') return { contents: { kind: 'markdown', value: noteMarkdown(a, m, note) + counterpartLine(m, counterpart?.()) }, range };
    const refs = model.refsById.get(at.id) ?? [];
    const value = refs.length
      ? m.plural('hover.cited-first', refs.length, { label: at.rawLabel, line: a.index.positionAt(refs[0].start).line + 1 })
      : m.t('hover.not-cited', { label: at.rawLabel });
    return { contents: { kind: 'markdown', value }, range };
  }
  for (const entry of model.entries) {
    for (const s of entry.sections) {
      if (offset >= s.heading.start && offset <= s.heading.end) {
        const lang = model.template?.languages[model.language];
        const purpose = lang?.purpose[s.canonical] ?? model.template?.purpose[s.canonical];
        const label = lang?.names[s.canonical] ?? s.canonical;
        const title = m.t(s.required ? 'hover.required-section' : 'hover.optional-section', { label, template: model.template!.name });
        return {
          contents: { kind: 'markdown', value: `${title}${purpose ? `\n\n${purpose}` : ''}${counterpartLine(m, counterpart?.())}` },
          range: a.index.range(s.heading.start, s.heading.end),
        };
      }
    }
  }
  // Any other heading of a report with no template, or an entry's title: where it is in the other version. Not a
  // subheading inside a template section: its counterpart would be the section's, not its own.
  const heading = counterpart && model.headings.find((h) => offset >= h.start && offset <= h.end);
  const inSection = heading && model.entries.some((e) => e.sections.some((s) => s.heading.start < heading.start && heading.start < s.contentEnd));
  if (heading && !inSection) {
    const c = counterpart!();
    if (c && c.kind === 'section' && c.what.trim() !== '')
      return { contents: { kind: 'markdown', value: counterpartLine(m, c).trimStart() }, range: a.index.range(heading.start, heading.end) };
  }
  return null;
}
