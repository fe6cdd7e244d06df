/** Outline (title -> entries -> sections, and the notes) and workspace symbols for entries. */
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver-types';
import { headingEnds, type Heading } from '../core/model';
import type { Analysis } from './analysis';
import { messagesIn } from '../core/messages';

const SymbolKind = { File: 1, Module: 2, Namespace: 3, Class: 5, Field: 8, String: 15, Key: 20, Struct: 23 } as const;

export function documentSymbols(a: Analysis): DocumentSymbol[] {
  const model = a.model;
  const m = messagesIn(a.language);
  const entryHeadings = new Set(model.entries.map((e) => e.heading).filter((h): h is Heading => !!h));
  const sectionHeadings = new Map(model.entries.flatMap((e) => e.sections.map((s) => [s.heading, s] as const)));
  const roots: DocumentSymbol[] = [];
  const stack: Array<{ level: number; symbol: DocumentSymbol; start: number; end: number }> = [];
  const spans: Array<{ symbol: DocumentSymbol; start: number; end: number }> = [];
  // A heading's symbol spans up to the next heading of its level or higher.
  const ends = headingEnds(model.headings, model.text.length);
  model.headings.forEach((h, i) => {
    const end = ends[i];
    const section = sectionHeadings.get(h);
    // The heading itself; the range, to the end of its block, is set once its subheadings are known (below).
    const selection = a.index.range(h.start, h.end);
    const symbol: DocumentSymbol = {
      name: h.name || m.t('symbol.empty-heading'),
      detail: entryHeadings.has(h)
        ? m.t('symbol.entry', { template: model.templateName ?? '' })
        : section
          ? m.t(section.required ? 'symbol.section' : 'symbol.optional-section')
          : undefined,
      kind: entryHeadings.has(h) ? SymbolKind.Class : section ? SymbolKind.Field : h.level === 1 ? SymbolKind.File : SymbolKind.Namespace,
      range: selection,
      selectionRange: selection,
      children: [],
    };
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    (stack.length ? (stack[stack.length - 1].symbol.children as DocumentSymbol[]) : roots).push(symbol);
    const span = { level: h.level, symbol, start: h.start, end: Math.max(h.end, trimEnd(model.text, end)) };
    // A parent's range holds its children's: a last heading with trailing spaces ends after the trimmed text.
    for (const parent of stack) parent.end = Math.max(parent.end, span.end);
    stack.push(span);
    spans.push(span);
  });
  for (const s of spans) s.symbol.range = a.index.range(s.start, s.end);
  if (model.notes.length) {
    const first = model.notes.reduce((m, n) => Math.min(m, n.def.start), Infinity);
    const last = model.notes.reduce((m, n) => Math.max(m, n.def.end), 0);
    roots.push({
      name: m.t('symbol.notes'),
      detail: m.plural('symbol.footnotes', model.notes.length, {}),
      kind: SymbolKind.Module,
      range: a.index.range(first, last),
      selectionRange: a.index.range(first, first),
      children: model.notes.map((n) => ({
        name: `[^${n.def.rawLabel}]`,
        detail: n.text.split('\n')[0].slice(0, 80),
        kind: SymbolKind.Key,
        range: a.index.range(n.def.start, n.def.end),
        selectionRange: a.index.range(n.def.start, n.def.labelEnd),
      })),
    });
  }
  return roots;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Entries of one report, for workspace symbol search. */
export function entrySymbols(a: Analysis, query: string): SymbolInformation[] {
  const q = query.toLowerCase();
  return a.model.entries
    .filter((e) => e.heading && e.heading.name.toLowerCase().includes(q))
    .map((e) => ({
      name: e.heading!.name,
      kind: SymbolKind.Class,
      containerName: a.model.frontMatter?.fields.get('title')?.value as string | undefined,
      location: { uri: a.uri, range: a.index.range(e.heading!.start, e.heading!.end) },
    }));
}
