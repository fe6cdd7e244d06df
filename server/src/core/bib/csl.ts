/**
 * CSL JSON (`.json`: an array of items, as Zotero exports it) and CSL YAML
 * (`.yaml`/`.yml` with a `references:` list, and a report's own
 * `references:` front matter) read with positions for every item
 * (docs/citations.md). JSON is read with `jsonc-parser` and YAML with
 * `yaml`: both give each node's offset and keep reading past an error.
 */
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { worded } from '../messages';
import { indexEntries, type Bibliography, type BibliographyProblem, type Reference, type Unlined } from './types';

// Loaded when a CSL JSON file is read: most runs read none, and loading it builds tables (BENCHMARKS.md, "Whole process").
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when used
const jsonc = (): typeof import('jsonc-parser') => require('jsonc-parser');

/** Markup CSL allows in titles (`<i>`, `<b>`, `<span class="nocase">`, …), removed for display. */
const reMarkup = /<\/?(?:i|b|sup|sub|span)(?:\s[^<>]*)?>/g;

type Item = Record<string, unknown>;

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

function names(v: unknown): string | undefined {
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const list = v.map((n) => (n && typeof n === 'object' ? (str((n as Item).family) ?? str((n as Item).literal) ?? '') : String(n))).filter((n) => n);
  if (list.length === 0) return undefined;
  return list.length > 3 ? `${list[0]} et al.` : list.join(', ');
}

function year(v: unknown): string | undefined {
  if (!v || typeof v !== 'object') return str(v)?.match(/-?\d{1,4}/)?.[0];
  const d = v as Item;
  const parts = d['date-parts'];
  if (Array.isArray(parts) && Array.isArray(parts[0]) && parts[0].length) return str(parts[0][0]);
  return str(d.raw)?.match(/-?\d{1,4}/)?.[0] ?? str(d.literal);
}

const IDENTIFIERS = ['ISBN', 'ISSN', 'PMID', 'PMCID', 'call-number', 'archive_location'];

/**
 * Zotero writes variables CSL has no field for into `note`, one `Name: value` per line ("DOI: 10.1/x"); Pandoc
 * reads them as variables when the item has none of that name.
 */
function withNoteVariables(item: Item): Item {
  const out = { ...item };
  const note = str(item.note);
  if (!note || !note.includes(':')) return out;
  for (const m of note.matchAll(/^[ \t]*([A-Za-z][A-Za-z-]*):[ \t]*(\S.*?)[ \t]*$/gm)) {
    const name = /^(doi|url|isbn|issn|pmid|pmcid)$/i.test(m[1]) ? m[1].toUpperCase() : m[1].toLowerCase();
    if (out[name] === undefined) out[name] = m[2];
  }
  return out;
}

/** Variables CSL names in capitals, as Pandoc also reads them in lower case (`url:`, `doi:`). */
const UPPER = ['URL', 'DOI', 'ISBN', 'ISSN', 'PMID', 'PMCID'];

function toReference(raw: Item, at: { start: number; end: number; keyStart: number; keyEnd: number }): Unlined<Reference> | undefined {
  const item = withNoteVariables(raw);
  for (const name of UPPER) if (item[name] === undefined && item[name.toLowerCase()] !== undefined) item[name] = item[name.toLowerCase()];
  const key = str(item.id);
  if (key === undefined) return undefined;
  const type = str(item.type) ?? '';
  return {
    key,
    type,
    sourceType: type,
    title: str(item.title)?.replace(reMarkup, ''),
    url: str(item.URL),
    doi: str(item.DOI),
    authors: names(item.author) ?? names(item.editor),
    year: year(item.issued),
    container: str(item['container-title']),
    publisher: str(item.publisher),
    identifiers: IDENTIFIERS.filter((k) => item[k] !== undefined).map((k) => `${k}: ${str(item[k]) ?? ''}`),
    ...at,
  };
}

/** A CSL JSON file: an array of items (or one item). */
export function parseCslJson(text: string): Bibliography {
  const errors: ParseError[] = [];
  let tree: JsonNode | undefined;
  try {
    // A byte-order mark is no JSON, but Pandoc reads past it: a space keeps the offsets.
    tree = jsonc().parseTree(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text, errors, { allowTrailingComma: false, disallowComments: true });
  } catch {
    // Nesting deep enough to exhaust the parser's stack.
    return indexEntries('csljson', text, [], [{ ...worded('bib.json-too-deep'), start: 0, end: 1 }]);
  }
  const problems: Array<Unlined<BibliographyProblem>> = errors.map((e) => ({
    ...worded('bib.invalid-json', { detail: jsonc().printParseErrorCode(e.error) }),
    start: e.offset,
    end: e.offset + Math.max(e.length, 1),
  }));
  const entries: Array<Unlined<Reference>> = [];
  const items = tree?.type === 'array' ? (tree.children ?? []) : tree?.type === 'object' ? [tree] : [];
  if (tree && items.length === 0 && tree.type !== 'array') problems.push({ ...worded('bib.json-not-array'), start: tree.offset, end: tree.offset + 1 });
  for (const node of items) {
    if (node.type !== 'object') {
      problems.push({ ...worded('bib.json-item'), start: node.offset, end: node.offset + node.length });
      continue;
    }
    const idNode = node.children?.find((p) => p.children?.[0]?.value === 'id')?.children?.[1];
    const item = jsonValue(node) as Item;
    const ref = idNode
      ? toReference(item, {
          start: node.offset,
          end: node.offset + node.length,
          keyStart: idNode.offset + (idNode.type === 'string' ? 1 : 0),
          keyEnd: idNode.offset + idNode.length - (idNode.type === 'string' ? 1 : 0),
        })
      : undefined;
    if (ref) entries.push(ref);
    else problems.push({ ...worded('bib.json-no-id'), start: node.offset, end: node.offset + 1 });
  }
  return indexEntries('csljson', text, entries, problems);
}

/** Values nested deeper than this in an item are not read (CSL items nest three or four levels). */
const MAX_JSON_DEPTH = 32;

function jsonValue(node: JsonNode, depth = 0): unknown {
  if (depth > MAX_JSON_DEPTH) return undefined;
  switch (node.type) {
    case 'object': {
      const out: Item = {};
      for (const p of node.children ?? []) if (p.children?.length === 2) out[String(p.children[0].value)] = jsonValue(p.children[1], depth + 1);
      return out;
    }
    case 'array':
      return (node.children ?? []).map((c) => jsonValue(c, depth + 1));
    default:
      return node.value;
  }
}

/**
 * CSL YAML: a `references:` list (a bibliography file, or a report's front
 * matter), or a bare list. `offset` places the items in a larger text (the
 * front matter in its report).
 */
export function parseCslYaml(text: string, offset = 0): Bibliography {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const problems: Array<Unlined<BibliographyProblem>> = doc.errors.map((e) => ({
    ...worded('bib.invalid-yaml', { detail: e.message.split('\n')[0] }),
    start: offset + e.pos[0],
    end: offset + Math.max(e.pos[1], e.pos[0] + 1),
  }));
  let list: YamlNode | null | undefined = doc.contents as YamlNode | null;
  if (isMap(list)) list = list.get('references', true) as YamlNode | undefined;
  const entries: Array<Unlined<Reference>> = [];
  if (list !== undefined && list !== null && !isSeq(list)) {
    const r = list.range ?? [0, 0];
    problems.push({ ...worded('bib.yaml-not-list'), start: offset + r[0], end: offset + r[1] });
  }
  for (const node of isSeq(list) ? list.items : []) {
    const r = (node as YamlNode).range ?? [0, 0];
    if (!isMap(node)) {
      problems.push({ ...worded('bib.yaml-item'), start: offset + r[0], end: offset + Math.max(r[1], r[0] + 1) });
      continue;
    }
    const idNode = node.get('id', true);
    const kr = isScalar(idNode) && idNode.range ? idNode.range : undefined;
    const quoted = isScalar(idNode) && (idNode.type === 'QUOTE_DOUBLE' || idNode.type === 'QUOTE_SINGLE') ? 1 : 0;
    const ref = kr
      ? toReference(node.toJSON() as Item, { start: offset + r[0], end: offset + r[1], keyStart: offset + kr[0] + quoted, keyEnd: offset + kr[1] - quoted })
      : undefined;
    if (ref) entries.push(ref);
    else problems.push({ ...worded('bib.yaml-no-id'), start: offset + r[0], end: offset + r[0] + 1 });
  }
  return indexEntries('cslyaml', text, entries, problems, offset);
}
