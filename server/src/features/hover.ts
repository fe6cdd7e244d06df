/** Hover: a note's text and source on its references, citation counts on definitions, the entry on citation keys, purpose on sections. */
import type { Hover, Position } from 'vscode-languageserver-types';
import type { LinkResult } from '../core/links/result';
import { doiUrl, normaliseUrl } from '../core/links/targets';
import { sourceUrls, type Note } from '../core/model';
import { labelAt, type Analysis } from './analysis';
import { citationHover } from './citations';
import type { Counterpart } from '../service';

const SYMBOL: Record<LinkResult['kind'], string> = { ok: '✓', moved: '↪', gone: '✗', unreachable: '✗', unverified: '?', blocked: '–' };

/** "Source: <url>" (or "DOI: …"), and what the link check found, when it ran. */
function statusLine(a: Analysis, line: string, fetchUrl: string | undefined): string {
  if (!a.links || !fetchUrl) return line;
  const r = a.links(fetchUrl);
  if (!r) return `${line} · _checking…_`;
  const minutes = Math.max(0, Math.round((Date.now() - r.checkedAt) / 60000));
  const when = minutes < 1 ? 'just now' : minutes < 120 ? `${minutes} min ago` : `${Math.round(minutes / 60)} h ago`;
  const detail = r.kind === 'moved' ? `moved to <${r.movedTo}>` : r.detail;
  const archive =
    r.kind === 'gone' || r.kind === 'unreachable'
      ? ` · [archived copies](https://web.archive.org/web/*/${fetchUrl.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`
      : '';
  return `${line} · ${SYMBOL[r.kind]} ${detail} (checked ${when})${archive}`;
}

/** One line per source of a note: its http(s) URLs, then identifiers written as text. */
function sourceLines(a: Analysis, note: Note): string[] {
  const urls = sourceUrls(note);
  const lines = urls.map((u) => statusLine(a, `Source: <${u.url}>`, normaliseUrl(u.url)?.fetchUrl));
  const inUrls = urls.map((u) => u.url.toLowerCase());
  for (const id of note.identifiers) {
    if (id.kind === 'doi') {
      const doi = id.value;
      if (inUrls.some((u) => u.includes(doi.toLowerCase()))) continue;
      const url = doiUrl(doi);
      lines.push(statusLine(a, `DOI: [${doi}](${url.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`, url));
    } else lines.push(`${IDENTIFIER_NAMES[id.kind]}: ${id.value}`);
  }
  return lines;
}

const IDENTIFIER_NAMES: Record<string, string> = {
  isbn: 'ISBN',
  arxiv: 'arXiv',
  handle: 'Handle',
  pmid: 'PMID',
  pmcid: 'PMCID',
  urn: 'URN',
  address: 'Address (in code, not a link)',
};

const SHORT_FORMS: Record<string, string> = {
  ibid: '"Ibid."',
  id: '"Id."',
  'op-cit': '"op. cit."',
  supra: '"supra"',
  'short-title': 'a short title',
  'author-date': 'author and year',
};

/** What kind of note this is, in a few words. */
export function describeNote(note: Note): string {
  const r = note.reading;
  switch (r.kind) {
    case 'citation': {
      const forms = r.forms.length ? ` (${r.forms.join(', ')})` : '';
      return `Citation${forms}${r.web ? ' of an online source' : ''}`;
    }
    case 'short-citation':
      return `Short citation (${SHORT_FORMS[r.shortForm ?? 'ibid']})`;
    case 'commentary':
      return 'Commentary (no source needed)';
    case 'cross-reference':
      return 'Cross-reference (no source needed)';
    case 'citation-key':
      return 'Citation key (the source is in the bibliography)';
    default:
      return 'Empty note';
  }
}

function quote(a: Analysis, note: Note): string {
  return '> ' + a.model.text.slice(note.def.contentStart, note.def.end).trim().replace(/\n\s*/g, ' ');
}

function noteMarkdown(a: Analysis, note: Note): string {
  const text = a.model.text
    .slice(note.def.contentStart, note.def.end)
    .replace(/\n {4}/g, '\n')
    .trim();
  const lines = [text || '_(empty note)_', '', `_${describeNote(note)}_`];
  if (note.reading.kind === 'short-citation') {
    const source = note.antecedent;
    if (source) {
      lines.push('', `Refers to [^${source.def.rawLabel}]:`, '', quote(a, source));
      for (const l of sourceLines(a, source)) lines.push('', l);
      if (source.missingSource) lines.push('', `⚠ [^${source.def.rawLabel}] ${source.missingSource}.`);
    } else if (note.isIbid) lines.push('', '**Ibid.** with no earlier source to refer to.');
    else if (note.reading.shortForm !== 'author-date') lines.push('', 'The full citation it shortens is not in this report.');
    return lines.join('\n');
  }
  const sources = sourceLines(a, note);
  for (const l of sources) lines.push('', l);
  if (note.missingSource) lines.push('', `⚠ This note ${note.missingSource}.`);
  else if (!sources.length && note.reading.kind === 'citation') lines.push('', '_No link; traceable from its details._');
  return lines.join('\n');
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'French' };

/** "French version: **Pourquoi est-ce important ?** (line 17 of x.fr.md)": where a section or note is in the other version. */
function counterpartLine(c: Counterpart | null | undefined): string {
  if (!c) return '';
  const language = LANGUAGE_NAMES[c.language] ?? c.language;
  return `\n\n${language} version: **${c.what.replace(/[*_`[\]\\]/g, '\\$&')}** (line ${c.range.start.line + 1} of ${c.name})`;
}

/** A hover; `counterpart` (when given) finds the place in the report's version in another language. */
export function hover(a: Analysis, position: Position, counterpart?: () => Counterpart | null): Hover | null {
  const offset = a.index.offsetAt(position);
  const model = a.model;
  const cited = citationHover(a, offset, (line, url) => statusLine(a, line, url));
  if (cited !== undefined) return cited;
  const at = labelAt(a, offset);
  if (at) {
    const range = a.index.range(at.kind === 'definition' ? at.start : at.start, at.kind === 'definition' ? at.labelEnd + 1 : at.end);
    if (at.kind === 'undefined-reference') {
      return { contents: { kind: 'markdown', value: `Footnote **[^${at.rawLabel}]** has no definition.` }, range };
    }
    const note = model.notesById.get(at.id)?.[0];
    if (!note) return null;
    if (at.kind === 'reference') return { contents: { kind: 'markdown', value: noteMarkdown(a, note) + counterpartLine(counterpart?.()) }, range };
    const refs = model.refsById.get(at.id) ?? [];
    const where = refs.length ? ` (first on line ${a.index.positionAt(refs[0].start).line + 1})` : '';
    return {
      contents: { kind: 'markdown', value: `Footnote **[^${at.rawLabel}]** is cited ${refs.length === 1 ? 'once' : `${refs.length} times`}${where}.` },
      range,
    };
  }
  for (const entry of model.entries) {
    for (const s of entry.sections) {
      if (offset >= s.heading.start && offset <= s.heading.end) {
        const lang = model.template?.languages[model.language];
        const purpose = lang?.purpose[s.canonical] ?? model.template?.purpose[s.canonical];
        const kind = s.required ? 'Required' : 'Optional';
        const label = lang?.names[s.canonical] ?? s.canonical;
        return {
          contents: {
            kind: 'markdown',
            value: `**${label}** · ${kind} section of the ${model.template!.name} template${purpose ? `\n\n${purpose}` : ''}${counterpartLine(counterpart?.())}`,
          },
          range: a.index.range(s.heading.start, s.heading.end),
        };
      }
    }
  }
  return null;
}
