import type { Template } from '../types';
import builtinData from './builtin.yml';
import { collapseWhitespace, trimEndChars } from '../text/trim';

/** Heading text as sections match it: case, surrounding space, trailing `?:.` and quote styles ignored. */
export function normalizeSectionName(text: string): string {
  // French typography too: a (narrow) no-break space before `?`, `:`, `!` or `;` (collapsed with the other spaces), « ».
  const quoted = text.replace(/«[\s\u00a0\u202f]?/g, '"').replace(/[\s\u00a0\u202f]?»/g, '"');
  const spaced = collapseWhitespace(quoted.replace(/[\u2018\u2019\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201f\u2033]/g, '"')).trim();
  return trimEndChars(spaced, '?:.!; ').trim().toLowerCase();
}

interface RawTemplate {
  description?: string;
  sections?: string[];
  optional?: string[];
  aliases?: Record<string, string[]>;
  metadata?: string[];
  purpose?: Record<string, string>;
  /** Per language (`fr:`): the sections and optional sections in the same order, aliases and purpose by those names. */
  languages?: Record<string, RawLanguage>;
}

export interface RawLanguage {
  sections?: string[];
  optional?: string[];
  aliases?: Record<string, string[]>;
  purpose?: Record<string, string>;
}

export function toTemplate(name: string, raw: RawTemplate): Template {
  const sections = raw.sections ?? [];
  const optional = raw.optional ?? [];
  const aliases: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(raw.aliases ?? {})) aliases[k] = [...v];
  const languages: Template['languages'] = {};
  // A language's names count as aliases of the sections they name, in a report in any language.
  for (const [lang, l] of Object.entries(raw.languages ?? {})) {
    const names: Record<string, string> = {};
    const own = [...(l.sections ?? []), ...(l.optional ?? [])];
    [...sections, ...optional].forEach((canonical, i) => {
      if (own[i] === undefined) return;
      names[canonical] = own[i];
      (aliases[canonical] ??= []).push(own[i], ...(l.aliases?.[own[i]] ?? []));
    });
    const purpose: Record<string, string> = {};
    for (const [canonical, localName] of Object.entries(names)) if (l.purpose?.[localName]) purpose[canonical] = l.purpose[localName];
    languages[lang] = { names, purpose };
  }
  return { name, description: raw.description, sections, optional, aliases, metadata: raw.metadata ?? [], purpose: raw.purpose ?? {}, languages };
}

/** A section's name in a language (the template's own name when it has none there). */
export function sectionLabel(template: Template | undefined, canonical: string, language: string): string {
  return template?.languages[language]?.names[canonical] ?? canonical;
}

let builtins: Map<string, Template> | undefined;

/** The built-in templates (README, "Templates"), from builtin.yml (read at build time: scripts/yamlData.mjs). */
export function builtinTemplates(): Map<string, Template> {
  if (!builtins) {
    const data = builtinData as Record<string, RawTemplate>;
    builtins = new Map(Object.entries(data).map(([name, raw]) => [name, toTemplate(name, raw)]));
  }
  return builtins;
}

/** A compiled template: which canonical section a heading names. */
export class SectionMatcher {
  private readonly byName = new Map<string, { canonical: string; required: boolean; index: number }>();

  constructor(readonly template: Template) {
    template.sections.forEach((s, index) => this.add(s, s, true, index));
    template.optional.forEach((s, index) => this.add(s, s, false, template.sections.length + index));
    for (const [section, aliases] of Object.entries(template.aliases)) {
      const target = this.byName.get(normalizeSectionName(section));
      if (!target) continue;
      for (const alias of aliases) this.add(alias, target.canonical, target.required, target.index);
    }
  }

  private add(text: string, canonical: string, required: boolean, index: number): void {
    const key = normalizeSectionName(text);
    if (!this.byName.has(key)) this.byName.set(key, { canonical, required, index });
  }

  match(headingText: string): { canonical: string; required: boolean; index: number } | undefined {
    return this.byName.get(normalizeSectionName(headingText));
  }
}
