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

function metadataLine(field: string, stops: Stops, mode: SkeletonMode): string {
  switch (field) {
    case 'title':
      return `title: "${stops.field('Report title')}"`;
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

/** The sections of one entry, each with a placeholder paragraph; the first cites note 1. */
function sections(template: Template, level: number, stops: Stops, cite: boolean): string[] {
  const out: string[] = [];
  template.sections.forEach((name, i) => {
    const purpose = template.purpose[name] ?? `Write the ${trimEndChars(name, '?:.').toLowerCase()} section.`;
    out.push(`${'#'.repeat(level)} ${name}`, '', stops.field(purpose) + (cite && i === 0 ? '[^1]' : ''), '');
  });
  return out;
}

/** A whole report: front matter, title, one entry with every required section, and a notes block. */
export function reportSkeleton(template: Template, mode: SkeletonMode): string {
  const stops = new Stops(mode);
  const fields = ['title', ...template.metadata.filter((f) => f !== 'title' && f !== 'template'), 'steep', 'status'];
  const unique = [...new Set(fields)];
  const lines = ['---', ...unique.map((f) => metadataLine(f, stops, mode)), `template: ${template.name}`, '---', ''];
  lines.push(`# ${mode === 'snippet' ? '${1}' : 'Report title'}`, '');
  lines.push(`## ${stops.field('Entry title')}`, '');
  appendAll(lines, sections(template, 3, stops, true));
  lines.push('## Notes', '', noteLine(stops, '1'));
  const final = stops.final();
  if (final) lines.push(final);
  return lines.join('\n') + '\n';
}

/** One more entry of a report, at H2 with its sections at H3. */
export function entrySkeleton(template: Template, mode: SkeletonMode): string {
  const stops = new Stops(mode);
  const lines = [`## ${stops.field('Entry title')}`, '', ...sections(template, 3, stops, false)];
  const final = stops.final();
  if (final) lines.push(final);
  return lines.join('\n') + '\n';
}

/** A source note in the house style: Author. "Title." Publication. Date. URL */
export function noteLine(stops: Stops | SkeletonMode, label: string): string {
  const s = typeof stops === 'string' ? new Stops(stops) : stops;
  return `[^${label}]: ${s.field('Author')}. "${s.field('Title')}." ${s.field('Publication')}. ${s.field('Date')}. ${s.field('https://example.org/source')}`;
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
  }
  out['Foresight source note'] = {
    prefix: 'fs-note',
    description: 'A source note: Author. "Title." Publication. Date. URL',
    body: ['[^${1:n}]: ${2:Author}. "${3:Title}." ${4:Publication}. ${5:Date}. ${6:https://}$0'],
  };
  return out;
}
