/**
 * Report skeletons generated from a template definition, so user templates
 * get them too: as VS Code snippet bodies (tab stops, choices) or as text.
 */
import type { Template } from '../types';
import { appendAll } from '../text/arrays';
import { trimEndChars } from '../text/trim';
import { STATUS, STEEP } from '../frontMatterFields';

export type SkeletonMode = 'snippet' | 'text';

class Stops {
  private n = 0;
  constructor(private readonly mode: SkeletonMode) {}
  /** A placeholder: `${n:text}` in a snippet, `text` in plain text. */
  field(text: string): string {
    return this.mode === 'snippet' ? `\${${++this.n}:${escape(text)}}` : text;
  }
  choice(options: string[]): string {
    return this.mode === 'snippet' ? `\${${++this.n}|${options.map((o) => o.replace(/[,|\\$}]/g, '\\$&')).join(',')}|}` : options[0];
  }
  final(): string {
    return this.mode === 'snippet' ? '$0' : '';
  }
}

function escape(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function metadataLine(field: string, stops: Stops, mode: SkeletonMode, words: Words = WORDS.en): string {
  switch (field) {
    case 'title':
      return `title: "${stops.field(words.reportTitle)}"`;
    case 'date':
      return `date: ${mode === 'snippet' ? '${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}' : today()}`;
    case 'horizon':
      return `horizon: ${stops.choice(['2035', '2030-2040', '10-15 years'])}`;
    case 'authors':
      return `authors: [${stops.field('Author')}]`;
    case 'organisation':
      return `organisation: ${stops.field('Organisation')}`;
    case 'steep':
      return `steep: [${stops.choice(STEEP)}]`;
    case 'status':
      return `status: ${stops.choice(STATUS)}`;
    case 'tags':
      return `tags: [${stops.field('tag')}]`;
    default:
      return `${field}: ${stops.field(field)}`;
  }
}

/** The words of a skeleton, per language (README, "Bilingual reports"). */
interface Words {
  reportTitle: string;
  entryTitle: string;
  notes: string;
  write: (section: string) => string;
  author: string;
  title: string;
  publication: string;
}

const WORDS: Record<string, Words> = {
  en: {
    reportTitle: 'Report title',
    entryTitle: 'Entry title',
    notes: 'Notes',
    write: (section) => `Write the ${trimEndChars(section, '?:.').toLowerCase()} section.`,
    author: 'Author',
    title: 'Title',
    publication: 'Publication',
  },
  fr: {
    reportTitle: 'Titre du rapport',
    entryTitle: 'Titre de l’entrée',
    notes: 'Notes',
    write: (section) => `Rédiger la section « ${trimEndChars(section, '?:. \u00a0\u202f')} ».`,
    author: 'Auteur',
    title: 'Titre',
    publication: 'Publication',
  },
};

const wordsOf = (language: string): Words => WORDS[language] ?? WORDS.en;

/** The sections of one entry in a language, each with a placeholder paragraph; the first cites note 1. */
function sections(template: Template, level: number, stops: Stops, cite: boolean, language: string): string[] {
  const out: string[] = [];
  const lang = template.languages[language];
  const words = lang ? wordsOf(language) : WORDS.en;
  template.sections.forEach((canonical, i) => {
    const name = lang?.names[canonical] ?? canonical;
    const purpose = (lang ? lang.purpose[canonical] : template.purpose[canonical]) ?? words.write(name);
    out.push(`${'#'.repeat(level)} ${name}`, '', stops.field(purpose) + (cite && i === 0 ? '[^1]' : ''), '');
  });
  return out;
}

/**
 * A whole report: front matter, title, one entry with every required section, and a notes block; in `language`
 * (section names, placeholders, `lang:` in the front matter) when the template has that language.
 */
export function reportSkeleton(template: Template, mode: SkeletonMode, language = 'en'): string {
  const stops = new Stops(mode);
  const translated = language !== 'en' && template.languages[language] !== undefined;
  const words = translated ? wordsOf(language) : WORDS.en;
  const fields = ['title', ...template.metadata.filter((f) => f !== 'title' && f !== 'template'), 'steep', 'status'];
  const unique = [...new Set(fields)];
  const metadata = unique.map((f) => metadataLine(f, stops, mode, words));
  const lines = ['---', ...metadata, `template: ${template.name}`, ...(translated ? [`lang: ${language}`] : []), '---', ''];
  lines.push(`# ${mode === 'snippet' ? '${1}' : words.reportTitle}`, '');
  lines.push(`## ${stops.field(words.entryTitle)}`, '');
  appendAll(lines, sections(template, 3, stops, true, translated ? language : 'en'));
  lines.push(`## ${words.notes}`, '', noteLine(stops, '1', words));
  const final = stops.final();
  if (final) lines.push(final);
  return lines.join('\n') + '\n';
}

/** One more entry of a report, at H2 with its sections at H3 (in `language` when the template has it). */
export function entrySkeleton(template: Template, mode: SkeletonMode, language = 'en'): string {
  const stops = new Stops(mode);
  const words = template.languages[language] ? wordsOf(language) : WORDS.en;
  const lines = [`## ${stops.field(words.entryTitle)}`, '', ...sections(template, 3, stops, false, language)];
  const final = stops.final();
  if (final) lines.push(final);
  return lines.join('\n') + '\n';
}

/** A source note in the house style: Author. "Title." Publication. Date. URL */
export function noteLine(stops: Stops | SkeletonMode, label: string, words: Words = WORDS.en): string {
  const s = typeof stops === 'string' ? new Stops(stops) : stops;
  return `[^${label}]: ${s.field(words.author)}. "${s.field(words.title)}." ${s.field(words.publication)}. ${s.field('Date')}. ${s.field('https://example.org/source')}`;
}

/** VS Code snippets for every template: a report, an entry, and a source note. */
export function snippetsFor(templates: Iterable<Template>): Record<string, { prefix: string; description: string; body: string[] }> {
  const out: Record<string, { prefix: string; description: string; body: string[] }> = {};
  for (const t of templates) {
    out[`Foresight report: ${t.name}`] = {
      prefix: `fs-report-${t.name}`,
      description: `A ${t.name} report: front matter, title, an entry with ${t.sections.join(', ')}, and notes.`,
      body: reportSkeleton(t, 'snippet').replace(/\n$/, '').split('\n'),
    };
    out[`Foresight entry: ${t.name}`] = {
      prefix: `fs-entry-${t.name}`,
      description: `A ${t.name} entry with its required sections.`,
      body: entrySkeleton(t, 'snippet').replace(/\n$/, '').split('\n'),
    };
    const fr = t.languages.fr;
    if (fr) {
      const names = t.sections.map((s) => fr.names[s] ?? s);
      out[`Rapport de prospective (fr) : ${t.name}`] = {
        prefix: `fs-rapport-${t.name}`,
        description: `Un rapport ${t.name} en français : métadonnées, titre, une entrée avec ${names.join(', ')}, et les notes.`,
        body: reportSkeleton(t, 'snippet', 'fr').replace(/\n$/, '').split('\n'),
      };
      out[`Entrée de prospective (fr) : ${t.name}`] = {
        prefix: `fs-entree-${t.name}`,
        description: `Une entrée ${t.name} en français, avec ses sections obligatoires.`,
        body: entrySkeleton(t, 'snippet', 'fr').replace(/\n$/, '').split('\n'),
      };
    }
  }
  out['Foresight source note'] = {
    prefix: 'fs-note',
    description: 'A source note: Author. "Title." Publication. Date. URL',
    body: ['[^${1:n}]: ${2:Author}. "${3:Title}." ${4:Publication}. ${5:Date}. ${6:https://}$0'],
  };
  return out;
}
