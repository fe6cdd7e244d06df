/**
 * Documents for the differential test of Pandoc citations against Debian's
 * `pandoc` (docs/parser.md, "Citations"): paragraphs, headings, list items,
 * block quotes, code blocks and notes whose text mixes citation keys with
 * the cases where a key is easy to misread: trailing punctuation, e-mail
 * addresses, code, links and autolinks, escapes, emphasis, notes that cite,
 * brackets that are not citations, locators, prefixes and suffixes.
 */
import { rng } from './generate';

/** The top-level blocks a generated document is made of, as Pandoc's JSON names them. */
export type BlockKind = 'Para' | 'Header' | 'BulletList' | 'BlockQuote' | 'CodeBlock';

export interface CitationDoc {
  text: string;
  /** The blocks GFM sees; Pandoc must see the same ones for the document to be compared. */
  blocks: BlockKind[];
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const KEYS = ['doe2020', 'Doe_2020', 'roe:1999', 'oecd.2021', 'smith-jones', 'é1', '1984a', '_x', 'a/b', 'x//y', 'key#2', 'k+v', 'q?r'];
/** What may follow a key: punctuation that ends it, or that it keeps when a key character follows. */
const AFTER_KEY = ['', '', '', '.', ',', ':', ';', "'s", '--x', '-', '.b', ')', '!', '?', '...', ':c', '/'];
const WORDS = ['see', 'cf.', 'e.g.', 'and', 'also', 'p. 3', 'pp. 4-5', 'chap. 2', 'Smith', '2020', 'argues', 'x.', 'the', 'no', 'ibid.', '(1999)'];

function key(r: () => number): string {
  const x = r();
  if (x < 0.06) return `@{${pick(r, ['doi:10.1/x', 'a b', '', 'a{b}c', 'Smith, J.'])}}`;
  return '@' + pick(r, KEYS);
}

function locator(r: () => number): string {
  return pick(r, ['p. 3', 'pp. 33-35', 'chap. 1', 'and elsewhere', 'emphasis added', '*passim*', '`code`', 'p.\u00a012']);
}

/** One citation inside brackets: prefix, key (sometimes `-@`), suffix. */
function citation(r: () => number): string {
  const prefix = r() < 0.4 ? pick(r, ['see ', 'cf. ', 'e.g., ', 'see also ', '*see* ', 'x-', 'x--', 'a ----', '[x] ', '[a](http://e.org) ']) : '';
  const suppress = r() < 0.2 ? '-' : '';
  const k = prefix.endsWith('-') || suppress ? key(r).replace(/\./g, '_') : key(r);
  const suffix = r() < 0.5 ? pick(r, [', ' + locator(r), ' ' + locator(r), ', compare ' + key(r), ', see [x](http://e.org)', ' [p. 3]', '']) : '';
  return `${prefix}${suppress}${k}${suffix}`;
}

function bracketed(r: () => number): string {
  const n = 1 + Math.floor(r() * 3);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(citation(r));
  const sep = pick(r, ['; ', ';', ' ; ', ';\n']);
  const inner = parts.join(sep);
  const space = r() < 0.15 ? ' ' : '';
  return `[${space}${inner}${space}]`;
}

/** An inline piece: a word, a citation in any of its forms, or something that holds an `@` and is not a citation. */
function piece(r: () => number, notes: string[], noteLabel: (k: number) => string = String): string {
  const x = r();
  if (x < 0.3) return pick(r, WORDS);
  if (x < 0.42) return key(r) + pick(r, AFTER_KEY);
  if (x < 0.56) return bracketed(r);
  if (x < 0.62) return `${key(r)} ${pick(r, ['[p. 3]', '[-@roe:1999]', '[see @x1]', '[p. 3; @y2]', '[p. 3](http://e.org)', '[x]'])}`;
  // `-@oecd.2021` is an e-mail address to GFM (a dotted domain after `-`), a citation to Pandoc: no dotted key here.
  if (x < 0.65) return '-' + key(r).replace(/\./g, '_');
  if (x < 0.68)
    return pick(r, [
      'jane@example.org',
      'a.b@c.org',
      'x.@doe2020',
      'x..@doe2020',
      'x...@doe2020',
      'word@doe2020',
      '\\@doe2020',
      '\\[@doe2020]',
      '[@doe2020\\]',
    ]);
  if (x < 0.72) return pick(r, ['`@doe2020`', '`[@doe2020]`', '``x @y``']);
  if (x < 0.76)
    return pick(r, [
      '[see @doe2020](http://e.org)',
      '<http://e.org/@x>',
      '[x](http://e.org/@doe2020)',
      'https://e.org/x',
      '<span>@doe2020</span>',
      '<a href="mailto:x@y.org">mail</a>',
    ]);
  // Not `_@key_`: a key takes in `_`, so the closing `_` is the key's to Pandoc.
  if (x < 0.8) return pick(r, ['*@doe2020*', '**see @doe2020**', '_see_ @doe2020', '*see [@doe2020]*']);
  if (x < 0.84) return pick(r, ['[', ']', ';', '[x]', '[x] y]', '(@doe2020)', '{}']);
  // TeX math (Pandoc's tex_math_dollars): an `@` inside is not a citation.
  if (x < 0.87)
    return pick(r, [
      '$x@y$',
      '$@{}ll$',
      '$$a @doe2020$$',
      '$20 and @doe2020 $30',
      '$ @doe2020 $',
      '\\$@doe2020$',
      '$a$@doe2020',
      '$x $y @doe2020$',
      '$[@doe2020]$',
      '@doe2020$x$',
      '$a\\$ @doe2020$',
      '$$@x$$ @y2',
    ]);
  if (x < 0.9 && notes.length < 3) {
    const label = noteLabel(notes.length + 1);
    notes.push(label);
    return `[^${label}]`;
  }
  return pick(r, WORDS);
}

/**
 * Closes the brackets a block leaves open. Pandoc pairs a `[` with a `]`
 * any number of blocks later (its link text may run past a blank line),
 * which GFM never does: a stray `[` would make the two disagree about the
 * blocks themselves, not about citations.
 */
function closeBrackets(block: string): string {
  let open = 0;
  for (let i = 0; i < block.length; i++) {
    const c = block[i];
    if (c === '\\') i++;
    else if (c === '`') {
      let run = 1;
      while (block[i + run] === '`') run++;
      const close = block.indexOf('`'.repeat(run), i + run);
      if (close > 0) i = close + run - 1;
      else i += run - 1;
    } else if (c === '[') open++;
    else if (c === ']' && open > 0) open--;
  }
  return block + ' ]'.repeat(open);
}

/** A line of inline text that never starts a block of its own (no list marker, heading, quote or example list). */
function line(r: () => number, notes: string[], label?: (k: number) => string): string {
  const n = 2 + Math.floor(r() * 7);
  let out = 'Text';
  for (let i = 0; i < n; i++) {
    const next = piece(r, notes, label);
    // An autolink right after a key would be read by Pandoc as the key's end (`@key<http://…>`); GFM reads a URL.
    // After emphasis Pandoc reads no citation (`*a*@key`): a difference kept out of the comparison (docs/parser.md).
    // Some neighbours are read differently by GFM and Pandoc when glued: a URL literal or a link's text and what
    // follows, two code spans (GFM needs backtick runs of equal length), `[x][y]` (Pandoc reads an undefined
    // reference as text and goes on after it).
    // A word glued to a key makes a dotted e-mail address or domain to GFM (`-@smith-jonese.g.`): words are not.
    const glued = r() >= 0.85 && !/^[<(`[\p{L}\p{N}@]/u.test(next) && !/([*_`\]]|e\.org\/x)$/.test(out);
    out += (glued ? '' : ' ') + next;
  }
  return closeBrackets(out);
}

function paragraph(r: () => number, notes: string[], label: (k: number) => string): string {
  const lines = 1 + Math.floor(r() * 3);
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(line(r, notes, label));
  return out.join('\n');
}

/** Document `seed` (its note labels are unique to it). */
export function citationDoc(seed: number): CitationDoc {
  const r = rng(seed);
  const label = (k: number): string => `d${seed}n${k}`;
  const notes: string[] = [];
  const parts: string[] = [];
  const blocks: BlockKind[] = [];
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.55) {
      parts.push(paragraph(r, notes, label));
      blocks.push('Para');
    } else if (x < 0.65) {
      // A heading is one line; Pandoc lets a citation in it run on to the next (its `spnl`), GFM does not.
      parts.push('## ' + line(r, notes, label).replace(/\n/g, ' '));
      blocks.push('Header');
    } else if (x < 0.78) {
      parts.push('- ' + line(r, notes, label) + '\n- ' + line(r, notes, label));
      blocks.push('BulletList');
    } else if (x < 0.9) {
      parts.push('> ' + paragraph(r, notes, label).split('\n').join('\n> '));
      blocks.push('BlockQuote');
    } else {
      parts.push('```\n' + line(r, []) + ' @doe2020 [@roe:1999]\n```');
      blocks.push('CodeBlock');
    }
  }
  // Each note is cited once, so Pandoc puts its text where it is cited, once.
  const full = ['', '', ''];
  const defs = notes.map((label) => `[^${label}]: ${line(r, full)}`);
  return { text: [...parts, ...defs].join('\n\n') + '\n', blocks };
}
