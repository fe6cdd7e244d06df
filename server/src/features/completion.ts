/** Completion: footnote labels after `[^`, citation keys after `@`, section headings after `#`, front matter keys and values. */
import { messagesIn, type MessageKey } from '../core/messages';
import type { CompletionItem, CompletionList, Position } from 'vscode-languageserver-types';
import { citationCompletion } from './citations';
import { sectionLevel } from '../core/fixes/insertSection';
import { missingSections, type Entry } from '../core/model';
import { FRONT_MATTER_FIELDS, STATUS, STEEP } from '../core/frontMatterFields';
import type { Analysis } from './analysis';

const inSpan = (spans: Array<{ start: number; end: number }>, offset: number): boolean => spans.some((s) => s.start < offset && offset <= s.end);

export function completion(a: Analysis, position: Position): CompletionItem[] {
  const model = a.model;
  const offset = a.index.offsetAt(position);
  const lineStart = a.index.offsetAt({ line: position.line, character: 0 });
  const before = model.text.slice(lineStart, offset);
  const fm = model.md.frontMatter;
  if (fm && offset >= fm.contentStart && offset <= fm.contentEnd) return frontMatterCompletion(a, before, position);
  // Code and HTML are not Markdown: no completion there.
  if (inSpan(model.md.literalSpans, offset)) return [];
  const call = /\[\^([^\]\s[]*)$/.exec(before);
  if (call) return footnoteCompletion(a, position, call[1], /^\s*\[\^[^\]\s[]*$/.test(before), model.text.charCodeAt(offset) === 93);
  const heading = /^(#{1,6})[ \t]*([^#]*)$/.exec(before);
  if (heading && model.template) return sectionCompletion(a, position, offset, heading[1].length, before.length);
  return [];
}

/**
 * Completion as the protocol answers it: citation keys after `@` (docs/citations.md) when the report has
 * bibliographies in scope, as a list that may be incomplete (large libraries); else `completion`.
 */
export function completeAt(a: Analysis, position: Position): CompletionItem[] | CompletionList {
  const offset = a.index.offsetAt(position);
  const before = a.model.text.slice(a.index.offsetAt({ line: position.line, character: 0 }), offset);
  const fm = a.model.md.frontMatter;
  const inFrontMatter = fm && offset >= fm.contentStart && offset <= fm.contentEnd;
  if (!inFrontMatter && before.includes('@') && !inSpan(a.model.md.literalSpans, offset)) {
    const cite = citationCompletion(a, position, before);
    if (cite) return cite;
  }
  return completion(a, position);
}

function footnoteCompletion(a: Analysis, position: Position, typed: string, atLineStart: boolean, closed: boolean): CompletionItem[] {
  const model = a.model;
  const m = messagesIn(a.language);
  const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  const items: CompletionItem[] = [];
  // The highest number in use, by a loop: Math.max(...numbers) overflows the stack on a report of 100 000 references.
  let highest = 0;
  for (const ids of [model.notesById.keys(), model.refsById.keys()]) for (const id of ids) if (/^\d+$/.test(id)) highest = Math.max(highest, Number(id));
  const next = String(highest + 1);
  if (atLineStart) {
    // Defining notes: the referenced labels that have no definition yet come first.
    const undefinedLabels = [...new Set(model.md.undefinedRefs.map((r) => r.rawLabel))];
    undefinedLabels.forEach((label, i) =>
      items.push({
        label,
        kind: 20, // EnumMember
        detail: m.t('completion.undefined-label'),
        sortText: `0${String(i).padStart(5, '0')}`,
        textEdit: { range, newText: closed ? label : `${label}]: ` },
      }),
    );
  }
  items.push({
    label: next,
    kind: 12, // Value
    detail: m.t('completion.next-number'),
    sortText: '1',
    preselect: !atLineStart,
    textEdit: { range, newText: closed ? next : `${next}]` },
  });
  const order = [...model.readingOrder, ...model.notes.filter((n) => n.readingIndex === undefined)];
  const seen = new Set<string>();
  order.forEach((note, i) => {
    if (seen.has(note.id) || note.def.rawLabel === next) return;
    seen.add(note.id);
    items.push({
      label: note.def.rawLabel,
      kind: 18, // Reference
      detail: note.text.split('\n')[0].slice(0, 80),
      documentation: { kind: 'markdown', value: note.text },
      sortText: `2${String(i).padStart(5, '0')}`,
      textEdit: { range, newText: closed ? note.def.rawLabel : `${note.def.rawLabel}]` },
    });
  });
  return items;
}

function sectionCompletion(a: Analysis, position: Position, offset: number, typedLevel: number, typedLength: number): CompletionItem[] {
  const model = a.model;
  const m = messagesIn(a.language);
  const template = model.template!;
  // The entry the cursor is in: the last one starting before it.
  let entry: Entry | undefined;
  for (const e of model.entries) if ((e.heading ? e.heading.start : 0) <= offset) entry = e;
  const level = entry ? sectionLevel(entry) : 2;
  const present = new Set(entry?.sections.map((s) => s.canonical));
  // Before the first entry every required section is still to write.
  const missingHere = new Set(entry ? missingSections(template, entry) : template.sections);
  const required = new Set(template.sections);
  const range = { start: { line: position.line, character: 0 }, end: { line: position.line, character: typedLength } };
  const names = [...template.sections, ...template.optional];
  const lang = template.languages[model.language];
  return names.map((canonical, i) => {
    const missing = missingHere.has(canonical);
    const name = lang?.names[canonical] ?? canonical;
    return {
      label: name,
      kind: 7, // Class: a section
      detail: m.t(missing ? 'completion.missing-section' : required.has(canonical) ? 'completion.required-section' : 'completion.optional-section', {
        template: template.name,
      }),
      documentation: lang?.purpose[canonical] ?? template.purpose[canonical],
      sortText: `${missing ? 0 : present.has(canonical) ? 2 : 1}${String(i).padStart(3, '0')}`,
      filterText: `${'#'.repeat(typedLevel)} ${name}`,
      textEdit: { range, newText: `${'#'.repeat(level)} ${name}` },
    };
  });
}

function frontMatterCompletion(a: Analysis, before: string, position: Position): CompletionItem[] {
  const model = a.model;
  const m = messagesIn(a.language);
  const value = /^([A-Za-z_]+):\s*(.*)$/.exec(before);
  if (value) {
    const [, key, typed] = value;
    const range = { start: { line: position.line, character: before.length - typed.length }, end: position };
    const values =
      key === 'template'
        ? [...a.config.templates.values()].map((t) => ({ label: t.name, detail: t.description }))
        : key === 'status'
          ? STATUS.map((label) => ({ label }))
          : key === 'steep'
            ? [{ label: `[${STEEP.join(', ')}]`, detail: m.t('completion.all-steep') }, ...STEEP.map((label) => ({ label: `[${label}]` }))]
            : [];
    return values.map((v, i) => ({
      label: v.label,
      kind: 12,
      detail: (v as { detail?: string }).detail,
      sortText: String(i).padStart(3, '0'),
      textEdit: { range, newText: v.label },
    }));
  }
  if (/^[A-Za-z_]*$/.test(before)) {
    // Keys by line, so that completion works while the YAML is half-typed (and invalid).
    const fm = model.md.frontMatter!;
    const present = new Set([...model.text.slice(fm.contentStart, fm.contentEnd).matchAll(/^([A-Za-z_]+)\s*:/gm)].map((m) => m[1]));
    const range = { start: { line: position.line, character: 0 }, end: position };
    return FRONT_MATTER_FIELDS.filter((f) => !present.has(f.key)).map(({ key: k }) => ({
      label: k,
      kind: 10, // Property
      detail: m.dynamic(`field.${k}` as MessageKey),
      textEdit: { range, newText: `${k}: ` },
      command: k === 'template' || k === 'status' ? { title: 'Suggest', command: 'editor.action.triggerSuggest' } : undefined,
    }));
  }
  return [];
}
