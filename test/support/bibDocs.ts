/**
 * BibTeX files for the differential test of the bibliography reader against
 * Debian's `pandoc` (docs/citations.md): entries of every type Pandoc maps,
 * keys with the punctuation BibTeX allows, `@string` macros and `#`
 * concatenation, `@comment` and `@preamble`, quoted and braced values, and
 * titles that mix the LaTeX the reader knows (accents, special letters,
 * escapes, groups that keep their case, font commands, quotes, dashes, math,
 * comments) with sentence-case traps (sentence ends, hyphens and slashes,
 * acronyms, mixed case, non-English entries). Only what Pandoc can read:
 * files it rejects are tested on their own.
 */
import { rng } from './generate';

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const TYPES = [
  'article',
  'book',
  'booklet',
  'inbook',
  'incollection',
  'inproceedings',
  'manual',
  'mastersthesis',
  'misc',
  'phdthesis',
  'proceedings',
  'techreport',
  'unpublished',
  'online',
  'report',
  'thesis',
  'dataset',
  'software',
  'legislation',
  'jurisdiction',
  'periodical',
  'collection',
  'reference',
  'inreference',
  'patent',
  'letter',
  'movie',
  'review',
  'standard',
  'www',
  'electronic',
  'Article',
  'BOOK',
  'newsarticle',
  'unknowntype',
  'mvbook',
  'suppbook',
];
const KEY_PARTS = ['smith2020', 'OECD_2021', 'doe:1999', 'a.b', 'x-y', "o'brien", 'k+v', 'q?r', 'p(1)', 'x[2]', 'a/b', 'k=v', 'Müller2019', 'x&y', 'z!'];

const WORDS = [
  'The',
  'the',
  'Policy',
  'policy',
  'Future',
  'of',
  'Work',
  'and',
  'AI',
  'NASA',
  'iPhone',
  'McDonald',
  'Foresight',
  'Report',
  'on',
  'A',
  'Study',
  'U.S.',
  'E.U.',
  'Non-Linear',
  'Use/Misuse',
  'Smith–Jones',
  'CO2',
  '2030s',
  'Über',
  'café',
  'Naïve',
  'Élan',
  'OECD’s',
  'Canada’s',
  'x',
  'Data-Driven',
  'Horizon',
  '2035:',
  'Why?',
  'Now!',
  'Yes.',
  'Part',
  'II',
  'vs.',
  'e.g.',
  'Über-Analysis',
];
/** LaTeX pieces a title may hold. */
const LATEX = [
  '{AI}',
  '{Policy Futures}',
  '{\\"U}ber',
  '\\"Uber',
  "\\'Etude",
  "\\'{e}tude",
  '\\v{C}apek',
  '\\c{C}a',
  '\\ss{}',
  '\\o{}',
  '\\AA{}',
  '\\emph{Key Words}',
  '\\textit{Italic}',
  '\\textbf{Bold Words}',
  '\\textsc{Small Caps}',
  '{\\em Emphasised Words}',
  '{\\bf Bold}',
  "``Quoted Words''",
  '--',
  '---',
  '\\&',
  '50\\%',
  '\\$5',
  'a\\_b',
  '\\#1',
  'Fish~Chips',
  '$x^2$',
  '$\\alpha$-Helix',
  '\\url{https://example.org/A}',
  '\\href{https://x.y}{Linked Words}',
  '\\ldots{}',
  "O'Brien",
  "{\\'E}lan",
  '{XYZ}',
  '{}',
  '\\unknowncmd{Arg Words}',
  '\\texttt{Code Words}',
  '{{Nested} Braces}',
  "\\'{\\i}",
];

function title(r: () => number): string {
  const n = 1 + Math.floor(r() * 8);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(r() < 0.3 ? pick(r, LATEX) : pick(r, WORDS));
  // A line break right after an unknown command that starts a value makes Pandoc read a raw block, and garble what follows.
  let t = words.join(r() < 0.1 && !words[0].startsWith('\\unknown') ? '\n   ' : ' ');
  if (r() < 0.1) t = `{${t}}`;
  if (r() < 0.05) t += '%a comment\n more words';
  if (r() < 0.1) t = `  ${t}  `;
  return t;
}

function value(r: () => number, text: string): string {
  const x = r();
  if (x < 0.7 || text.includes('"')) return `{${text}}`;
  return `"${text}"`;
}

const URLS = [
  'https://example.org/report',
  'http://www.oecd.org/a_b?x=1&y=2',
  'https://doi.org/10.1000/xyz',
  ' https://space.org ',
  'https://a.b/c\\_d',
  'www.no-scheme.org',
];
const DOIS = ['10.1000/xyz123', '10.1787/9789264_ABC', 'https://doi.org/10.5/x', 'doi:10.1/x', '10.1/\\_x'];

function entry(r: () => number, key: string, strings: string[]): string {
  const type = pick(r, TYPES);
  const fields: string[] = [];
  if (r() < 0.92) fields.push(`title = ${value(r, title(r))}`);
  if (r() < 0.15) fields.push(`subtitle = ${value(r, title(r))}`);
  if (r() < 0.08) fields.push(`titleaddon = ${value(r, title(r))}`);
  if (r() < 0.08) fields.push(`maintitle = ${value(r, title(r))}`);
  if (r() < 0.05) fields.push(`issuetitle = ${value(r, title(r))}`);
  if (r() < 0.5)
    fields.push(`author = {${pick(r, ['Smith, John', 'Doe, Jane and Roe, Richard', '{Policy Horizons Canada}', 'M\\"uller, J\\"org and others'])}}`);
  if (r() < 0.6) fields.push(`year = ${pick(r, ['2020', '{2021}', '"1999"'])}`);
  if (r() < 0.45) fields.push(`url = ${value(r, pick(r, URLS))}`);
  if (r() < 0.35) fields.push(`doi = {${pick(r, DOIS)}}`);
  if (r() < 0.1)
    fields.push(
      `eprint = {2101.00001}`,
      `${pick(r, ['eprinttype', 'archivePrefix', 'eprinttype'])} = {${pick(r, ['arxiv', 'arXiv', 'jstor', 'pubmed', 'googlebooks', 'hal'])}}`,
    );
  if (r() < 0.1) fields.push(`options = {${pick(r, ['url=false', 'doi=false', 'useprefix=true', 'url=true'])}}`);
  if (r() < 0.15) fields.push(`langid = {${pick(r, ['english', 'british', 'american', 'french', 'german', 'en', 'en-US', 'canadian', 'ENGLISH'])}}`);
  if (r() < 0.05) fields.push(`hyphenation = {${pick(r, ['english', 'french', 'UKenglish'])}}`);
  if (r() < 0.1) fields.push(`entrysubtype = {${pick(r, ['magazine', 'newspaper', 'other'])}}`);
  if (r() < 0.05) fields.push(`venue = {Ottawa}`);
  if (r() < 0.2 && strings.length) fields.push(`journal = ${pick(r, strings)}${r() < 0.5 ? ' # { Review}' : ''}`);
  if (r() < 0.1 && strings.length) fields.push(`title = ${pick(r, strings)} # " and " # {More {Words}}`);
  if (r() < 0.05) fields.push(`Title = {Upper Case Field Name}`);
  const sep = pick(r, [',\n  ', ', ', ',\n\t']);
  // Pandoc reads a comma after the last field, but not after the key of an entry with no fields.
  const trailing = r() < 0.5 && fields.length ? ',' : '';
  const space = pick(r, ['', ' ', '\n']);
  return `@${type}${space}{${key},\n  ${fields.join(sep)}${trailing}\n}`;
}

/** A `.bib` file Pandoc can read, with `count` entries. */
export function bibDoc(seed: number, count: number): string {
  const r = rng(seed);
  const parts: string[] = [];
  const strings: string[] = [];
  if (r() < 0.5) parts.push('% Encoding: UTF-8\nSome text before the first entry is ignored.\n');
  if (r() < 0.3) parts.push('@comment{jabref-meta: databaseType:bibtex;}');
  if (r() < 0.3) parts.push('@preamble{ "\\newcommand{\\noop}[1]{}" }');
  for (let i = 0; i < 3; i++) {
    if (r() < 0.5) {
      const name = pick(r, ['jpe', 'OECDpub', 'foresight', 'jan']);
      parts.push(`@string{${name} = {${pick(r, ['Journal of Policy Evaluation', 'OECD Publishing', 'Foresight'])}}}`);
      strings.push(name.toLowerCase() === name ? name : name);
    }
  }
  for (let i = 0; i < count; i++) {
    const key = `${pick(r, KEY_PARTS)}${i}`;
    parts.push(entry(r, key, strings));
    if (r() < 0.05) parts.push('@Comment{ a comment @with an at sign }');
  }
  return parts.join('\n\n') + '\n';
}
