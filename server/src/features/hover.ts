/** Hover: a note's text and source on its references, citation counts on definitions, purpose on sections. */
import type { Hover, Position } from 'vscode-languageserver-types';
import type { LinkResult } from '../core/links/result';
import { doiUrl, normaliseUrl, trimDoi } from '../core/links/targets';
import { ibidSource, sourceUrls, type Note } from '../core/model';
import { labelAt, type Analysis } from './analysis';

const SYMBOL: Record<LinkResult['kind'], string> = { ok: '✓', moved: '↪', gone: '✗', unreachable: '✗', unverified: '?', blocked: '–' };

/** "Source: <url>" (or "DOI: …"), and what the link check found, when it ran. */
function statusLine(a: Analysis, line: string, fetchUrl: string | undefined): string {
  if (!a.links || !fetchUrl) return line;
  const r = a.links(fetchUrl);
  if (!r) return `${line} · _checking…_`;
  const minutes = Math.max(0, Math.round((Date.now() - r.checkedAt) / 60000));
  const when = minutes < 1 ? 'just now' : minutes < 120 ? `${minutes} min ago` : `${Math.round(minutes / 60)} h ago`;
  const detail = r.kind === 'moved' ? `moved to <${r.movedTo}>` : r.detail;
  const archive = r.kind === 'gone' || r.kind === 'unreachable' ? ` · [archived copies](https://web.archive.org/web/*/${fetchUrl.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})` : '';
  return `${line} · ${SYMBOL[r.kind]} ${detail} (checked ${when})${archive}`;
}

/** One line per source of a note: its http(s) URLs, then DOIs written as text. */
function sourceLines(a: Analysis, note: Note): string[] {
  const urls = sourceUrls(note);
  const lines = urls.map((u) => statusLine(a, `Source: <${u.url}>`, normaliseUrl(u.url)?.fetchUrl));
  const inUrls = urls.map((u) => u.url.toLowerCase());
  for (const raw of note.dois) {
    const doi = trimDoi(raw);
    if (inUrls.some((u) => u.includes(doi.toLowerCase()))) continue;
    const url = doiUrl(doi);
    lines.push(statusLine(a, `DOI: [${doi}](${url.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`, url));
  }
  return lines;
}

function noteMarkdown(a: Analysis, note: Note): string {
  const text = a.model.text.slice(note.def.contentStart, note.def.end).replace(/\n {4}/g, '\n').trim();
  const lines = [text || '_(empty note)_'];
  if (note.isIbid) {
    const source = ibidSource(a.model, note);
    lines.push('', source ? `**Ibid.** refers to [^${source.def.rawLabel}]:` : '**Ibid.** with no earlier note to refer to.');
    if (source) lines.push('', '> ' + a.model.text.slice(source.def.contentStart, source.def.end).trim().replace(/\n\s*/g, ' '));
    if (source) for (const l of sourceLines(a, source)) lines.push('', l);
  } else {
    const sources = sourceLines(a, note);
    for (const l of sources) lines.push('', l);
    if (!sources.length) lines.push('', '_No source URL._');
  }
  return lines.join('\n');
}

export function hover(a: Analysis, position: Position): Hover | null {
  const offset = a.index.offsetAt(position);
  const model = a.model;
  const at = labelAt(a, offset);
  if (at) {
    const range = a.index.range(at.kind === 'definition' ? at.start : at.start, at.kind === 'definition' ? at.labelEnd + 1 : at.end);
    if (at.kind === 'undefined-reference') {
      return { contents: { kind: 'markdown', value: `Footnote **[^${at.rawLabel}]** has no definition.` }, range };
    }
    const note = model.notesById.get(at.id)?.[0];
    if (!note) return null;
    if (at.kind === 'reference') return { contents: { kind: 'markdown', value: noteMarkdown(a, note) }, range };
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
        const purpose = model.template?.purpose[s.canonical];
        const kind = s.required ? 'Required' : 'Optional';
        return {
          contents: { kind: 'markdown', value: `**${s.canonical}** · ${kind} section of the ${model.template!.name} template${purpose ? `\n\n${purpose}` : ''}` },
          range: a.index.range(s.heading.start, s.heading.end),
        };
      }
    }
  }
  return null;
}
