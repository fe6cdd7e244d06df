import type { Template } from '../types';
import builtinData from './builtin.yml';
import { collapseWhitespace, trimEndChars } from '../text/trim';

/** Heading text as sections match it: case, surrounding space, trailing `?:.` and quote styles ignored. */
export function normalizeSectionName(text: string): string {
  const spaced = collapseWhitespace(text.replace(/[\u2018\u2019\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201f\u2033]/g, '"')).trim();
  return trimEndChars(spaced, '?:. ').trim().toLowerCase();
}

interface RawTemplate {
  description?: string;
  sections?: string[];
  optional?: string[];
  aliases?: Record<string, string[]>;
  metadata?: string[];
  purpose?: Record<string, string>;
}

export function toTemplate(name: string, raw: RawTemplate): Template {
  return {
    name,
    description: raw.description,
    sections: raw.sections ?? [],
    optional: raw.optional ?? [],
    aliases: raw.aliases ?? {},
    metadata: raw.metadata ?? [],
    purpose: raw.purpose ?? {},
  };
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
