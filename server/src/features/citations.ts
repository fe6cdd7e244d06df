/**
 * Editor features for Pandoc citation keys (docs/citations.md): completion
 * after `@` and `[@`, hover with the entry, go to its definition in the
 * bibliography, and what references and rename across reports need.
 */
import { messagesIn } from '../core/messages';
import type { CompletionItem, CompletionList, Hover, Location, Position, Range } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import { isCrossReference, lookupKey, type CitationScope } from '../core/bib/scope';
import { entryDoi, fileNameOf, type Reference } from '../core/bib/types';
import { doiUrl } from '../core/notes/identifiers';
import type { CitationKey } from '../core/parse/citations';
import type { Analysis } from './analysis';

/** Completion offers at most this many keys at once; the list is marked incomplete and asked again as the user types. */
export const MAX_KEY_ITEMS = 500;

/** The citation key at `offset` (on its `@`, its braces or the key itself). */
export function citationKeyAt(a: Analysis, offset: number): CitationKey | undefined {
  for (const cluster of a.model.md.citations) {
    if (cluster.start > offset) break;
    if (cluster.end < offset) continue;
    for (const k of cluster.keys) if (offset >= k.start && offset <= k.end) return k;
  }
  return undefined;
}

/** "Tavares (2016). *Paradiplomacy*. Oxford University Press." — author-date, in the style of Chicago's. */
export function formatReference(ref: Reference): string {
  const who = ref.authors ?? ref.publisher ?? ref.container;
  const head = [who, ref.year ? `(${ref.year})` : undefined].filter(Boolean).join(' ');
  const italicTitle = ref.type === 'book' || ref.type === 'report' || ref.type === 'thesis' || ref.type === 'webpage' || ref.type === '';
  const title = ref.title ? (italicTitle ? `*${escapeMd(ref.title)}*` : `“${escapeMd(ref.title)}”`) : undefined;
  const inside = ref.container && ref.container !== who ? `*${escapeMd(ref.container)}*` : undefined;
  const publisher = ref.publisher && ref.publisher !== who ? escapeMd(ref.publisher) : undefined;
  return [head, title, inside, publisher]
    .filter(Boolean)
    .map((p) => (/[.!?]$/.test(p!) ? p : `${p}.`))
    .join(' ');
}

function escapeMd(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

/** Completion of keys after `@` in text: every key in scope, with its author, year and title, filtered by what is typed. */
export function citationCompletion(a: Analysis, position: Position, before: string): CompletionList | undefined {
  const scope = a.citations;
  // `@` that may start a citation: at the start of a word or after `[`, `;`, `-` (Pandoc's rules, docs/parser.md).
  const m = /(?:^|[\s[;(])-?@(\{?)([^\s@{}[\];,]*)$/.exec(before);
  if (!m || !scope) return undefined;
  const typed = m[2];
  const lower = typed.toLowerCase();
  const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  const items: CompletionItem[] = [];
  let more = false;
  const add = (ref: Reference, where: string): void => {
    if (items.length >= MAX_KEY_ITEMS) {
      more = true;
      return;
    }
    const detail = [ref.authors, ref.year].filter(Boolean).join(', ');
    items.push({
      label: ref.key,
      kind: 18, // Reference
      detail: detail ? `${detail} · ${where}` : where,
      documentation: { kind: 'markdown', value: formatReference(ref) },
      filterText: ref.key,
      sortText: ref.key.toLowerCase().startsWith(lower) ? `0${ref.key}` : `1${ref.key}`,
      textEdit: { range, newText: ref.key },
    });
  };
  const seen = new Set<string>();
  const each = (refs: Iterable<Reference>, where: string): void => {
    for (const ref of refs) {
      if (seen.has(ref.key) || (lower && !ref.key.toLowerCase().includes(lower))) continue;
      seen.add(ref.key);
      add(ref, where);
    }
  };
  if (scope.inline) each(scope.inline.byKey.values(), 'references');
  for (const f of scope.files) if ('bibliography' in f.loaded) each(f.loaded.bibliography.byKey.values(), fileNameOf(f.loaded.path));
  return { isIncomplete: more, items };
}

/** Hover on a citation key: the entry as a reader will see it, its link, and where it is defined. */
export function citationHover(a: Analysis, offset: number, linkLine: (line: string, url: string | undefined) => string): Hover | null | undefined {
  const k = citationKeyAt(a, offset);
  if (!k) return undefined;
  const range = a.index.range(k.start, k.end);
  const m = messagesIn(a.language);
  if (isCrossReference(k.key)) return { range, contents: { kind: 'markdown', value: m.t('hover.cross-reference-key', { key: k.key }) } };
  const scope = a.citations;
  if (!scope) return { range, contents: { kind: 'markdown', value: m.t('hover.no-bibliography', { key: k.key }) } };
  const found = lookupKey(scope, k.key);
  if (!found)
    return { range, contents: { kind: 'markdown', value: m.t('hover.key-not-found', { key: k.key, files: scope.searched.map(fileNameOf).join(', ') }) } };
  const ref = found.ref;
  const lines = [formatReference(ref)];
  if (ref.url) lines.push(linkLine(m.t('hover.source', { url: ref.url.trim() }), ref.url.trim()));
  // The same address the link check fetches (links/targets.ts), so that its result shows here.
  const doi = entryDoi(ref);
  if (doi) lines.push(linkLine(`DOI: [${doi}](${doiUrl(doi).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`, doiUrl(doi)));
  for (const id of ref.identifiers) lines.push(id);
  lines.push(
    `_${found.in === 'references' ? m.t('hover.in-references') : m.t('hover.in-file', { file: fileNameOf(found.in), line: ref.line })}_ · ${ref.type || ref.sourceType}`,
  );
  return { range, contents: { kind: 'markdown', value: lines.join('\n\n') } };
}

/** Where a key's entry is: in its bibliography file, or in the report's own references. */
export function entryLocation(a: Analysis, scope: CitationScope, key: string): Location | undefined {
  const found = lookupKey(scope, key);
  if (!found) return undefined;
  const ref = found.ref;
  if (found.in === 'references') return { uri: a.uri, range: a.index.range(ref.keyStart, ref.keyEnd) };
  const start = { line: ref.line - 1, character: ref.column };
  return { uri: URI.file(found.in).toString(), range: { start, end: { line: start.line, character: start.character + (ref.keyEnd - ref.keyStart) } } };
}

/** Go to definition on a citation key: its entry. */
export function citationDefinition(a: Analysis, position: Position): Location[] | undefined {
  const k = citationKeyAt(a, a.index.offsetAt(position));
  if (!k) return undefined;
  const loc = a.citations ? entryLocation(a, a.citations, k.key) : undefined;
  return loc ? [loc] : [];
}

/** A key Pandoc reads whole: letters, digits and internal punctuation, starting with a letter, digit or `_` (docs/parser.md). */
export function isValidKey(key: string): boolean {
  return /^[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*$/u.test(key);
}

/** Rename is offered on a key that has an entry; the range is the key itself. */
export function citationPrepareRename(a: Analysis, position: Position): { range: Range; placeholder: string } | undefined {
  const k = citationKeyAt(a, a.index.offsetAt(position));
  if (!k || !a.citations || !lookupKey(a.citations, k.key)) return undefined;
  return { range: a.index.range(k.keyStart, k.keyEnd), placeholder: k.key };
}
