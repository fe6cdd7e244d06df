/**
 * Text -> the Markdown facts the checker needs: headings, footnote calls and
 * definitions, URLs, front matter block. GFM-exact (see test/unit/differential.test.ts).
 */
import { parseBlocks, type Block, type BlockOptions, type BlockTree, type FrontMatterBlock, type Span } from './blocks';
import { MAX_CITATION_LEAF, scanCitations, type CitationCluster } from './citations';
import { normalizeIdentifier } from './chars';
import { Content } from './content';
import { htmlUrls, mayHoldInline, scanInline, type InlineContext, type UrlKind } from './inline';
import { inlineHtmlEnd, NextOccurrence } from './html';
import { isDefinableFootnoteId } from './labels';
import { stopper, type ShouldStop } from '../stop';
import { appendAll } from '../text/arrays';
import { collapseWhitespace } from '../text/trim';
import { lineEnd, lineOf } from '../text/lines';
import { lazyRegExp } from '../text/letters';
import { partitionPoint } from '../text/search';

export interface MdHeading {
  level: number;
  /** Raw inline source of the heading text (trimmed). */
  raw: string;
  /** The heading as plain text: links to their text, no calls, emphasis, code marks or escapes. */
  name: string;
  line: number;
  endLine: number;
  /** Offset of the heading's first character (the `#` or the text of a setext heading). */
  start: number;
  /** Offset of the end of the heading's last line. */
  end: number;
  textStart: number;
  textEnd: number;
  setext: boolean;
}

export interface MdFootnoteRef {
  id: string;
  rawLabel: string;
  start: number;
  end: number;
}

export interface MdFootnoteDef {
  id: string;
  rawLabel: string;
  /** The definition from `[` to the end of its last line. */
  start: number;
  end: number;
  labelEnd: number;
  /** Offset after `]:` and its whitespace; `contentEnd` is `end`. */
  contentStart: number;
  line: number;
  endLine: number;
  /** Inline text of the note's blocks (paragraphs, headings), one span per line. */
  textSpans: Span[];
  /** Code spans in the note, to leave out of plain text. */
  codeSpans: Span[];
  /** How many blocks the note holds (paragraphs, code, lists, tables, quotes ...): 0 when it is empty. */
  blocks: number;
}

export interface MdUrl {
  start: number;
  end: number;
  url: string;
  kind: UrlKind | 'definition';
}

export interface MdDocument {
  text: string;
  lineStarts: Uint32Array;
  frontMatter?: FrontMatterBlock;
  headings: MdHeading[];
  /** Footnote calls GFM resolves (to defined labels). */
  refs: MdFootnoteRef[];
  /** `[^x]` that would be calls if `x` were defined (x undefined). */
  undefinedRefs: MdFootnoteRef[];
  defs: MdFootnoteDef[];
  urls: MdUrl[];
  /** Spans of code (fenced, indented, spans) and HTML, where nothing is Markdown. */
  literalSpans: Span[];
  /** Indented code blocks (also in literalSpans): lines indented four spaces that GFM shows as code. */
  indentedCode: Span[];
  /** Fenced code blocks and code spans (also in literalSpans), in no particular order: code written as code. */
  shownCode: Span[];
  /** Pandoc citations (`[@key, p. 3]`, `@key`) in the text GFM leaves as text, in Pandoc's order (docs/parser.md). */
  citations: CitationCluster[];
  /** Where citations stopped being collected (past MAX_CITATION_KEYS keys); the rest of the document is read. */
  citationsCutAt?: number;
  /** Inline markup that is not prose: inline HTML and comments, autolinks, link destinations and titles. */
  markupSpans: Span[];
  /** The 0-based line from which the document was not read: it has too many blocks (docs/parser.md). */
  truncatedAt?: number;
  /** What made the scan stop there: too many blocks, or too many inline items (notes cited, links, code spans). */
  truncatedBy?: 'blocks' | 'notes' | 'inline';
}

/** A leaf block's text: its lines, or a table cell. */
type Leaf = Span[];

/** What the walk over the block tree finds before any inline text is read. */
interface BlockFacts {
  headings: MdHeading[];
  defs: MdFootnoteDef[];
  /** The leaves whose inline text is read, in document order. */
  leaves: Leaf[];
  /** Link definitions' and HTML blocks' URLs. */
  urls: MdUrl[];
  /** Code and HTML blocks. */
  literalSpans: Span[];
  /** Indented code blocks, in document order. */
  indentedCode: Span[];
  /** Fenced code blocks, then code spans. */
  shownCode: Span[];
}

export function parseMarkdown(text: string, shouldStop?: ShouldStop, options?: BlockOptions): MdDocument {
  const tree = parseBlocks(text, shouldStop, options);
  const facts = collectBlockFacts(text, tree);
  const inline = readLeaves(text, tree, facts, stopper(shouldStop, 256));
  facts.urls.sort((a, b) => a.start - b.start);
  facts.literalSpans.sort((a, b) => a.start - b.start);
  inline.markupSpans.sort((a, b) => a.start - b.start);
  return {
    text,
    lineStarts: tree.lineStarts,
    frontMatter: tree.frontMatter,
    headings: facts.headings,
    refs: inline.refs,
    undefinedRefs: inline.undefinedRefs,
    citations: inline.citations,
    citationsCutAt: inline.citationsCutAt,
    defs: facts.defs,
    urls: facts.urls,
    literalSpans: facts.literalSpans,
    indentedCode: facts.indentedCode,
    shownCode: facts.shownCode,
    markupSpans: inline.markupSpans,
    truncatedAt: inline.truncatedAt,
    truncatedBy: inline.truncatedBy,
  };
}

/** Headings, note definitions, leaves, and the URLs and literal spans of blocks: one walk over the tree, without recursion. */
function collectBlockFacts(text: string, tree: BlockTree): BlockFacts {
  const facts: BlockFacts = { headings: [], defs: [], leaves: [], urls: [], literalSpans: [], indentedCode: [], shownCode: [] };
  const { headings, defs, leaves, urls, literalSpans, indentedCode, shownCode } = facts;
  const endOfLine = (n: number): number => lineEnd(text, tree.lineStarts, n);

  const visit = (block: Block): void => {
    switch (block.type) {
      case 'paragraph':
        leaves.push(block.lines);
        break;
      case 'heading': {
        const first = block.lines[0];
        const last = block.lines[block.lines.length - 1];
        const raw = first ? text.slice(first.start, last.end).trim() : '';
        headings.push({
          level: block.level as number,
          raw,
          name: plainHeadingText(raw),
          line: block.startLine,
          endLine: block.endLine,
          start: block.start,
          end: endOfLine(block.endLine),
          textStart: first ? first.start : block.start,
          textEnd: last ? last.end : block.start,
          setext: block.setext === true,
        });
        leaves.push(block.lines);
        break;
      }
      case 'table':
        for (const row of block.lines) for (const cell of tableCells(text, row)) leaves.push([cell]);
        break;
      case 'fenced':
      case 'indented':
        if (block.lines.length) {
          const span = { start: block.start, end: block.lines[block.lines.length - 1].end };
          literalSpans.push(span);
          if (block.type === 'indented') indentedCode.push(span);
          else shownCode.push(span);
        }
        break;
      case 'html':
        if (block.lines.length) {
          const span = { start: block.start, end: block.lines[block.lines.length - 1].end };
          literalSpans.push(span);
          htmlBlockUrls(text, span, urls);
        }
        break;
      case 'footnote':
        defs.push({
          id: normalizeIdentifier(block.rawLabel as string),
          rawLabel: block.rawLabel as string,
          start: block.labelStart as number,
          // The colon belongs to the definition, also when nothing follows it: moving or removing a note takes it along.
          end: Math.max(block.end, (block.labelEnd as number) + 1),
          labelEnd: block.labelEnd as number,
          contentStart: block.children[0]?.start ?? (block.labelEnd as number) + 1,
          line: block.startLine,
          endLine: block.endLine,
          textSpans: [],
          codeSpans: [],
          blocks: block.children.length,
        });
        break;
    }
    if (block.linkDefinitions) {
      for (const d of block.linkDefinitions) {
        urls.push({ start: d.destinationStart, end: d.destinationEnd, url: d.destination, kind: 'definition' });
      }
    }
  };
  // Pre-order, without recursion: 10 000 nested block quotes must not overflow the stack.
  const stack: Block[] = [tree.root];
  while (stack.length) {
    const block = stack.pop() as Block;
    visit(block);
    for (let k = block.children.length - 1; k >= 0; k--) stack.push(block.children[k]);
  }
  return facts;
}

/**
 * Reads each leaf's inline text, within the document's budget of items
 * (MAX_INLINE_ITEMS): note references (and those to notes that do not exist),
 * links, code spans and markup; each note gets the text of its leaves.
 * Appends to the facts' URLs and literal spans.
 */
function readLeaves(
  text: string,
  tree: BlockTree,
  facts: BlockFacts,
  step: () => void,
): Pick<MdDocument, 'refs' | 'undefinedRefs' | 'citations' | 'citationsCutAt' | 'markupSpans' | 'truncatedAt' | 'truncatedBy'> {
  const { defs, leaves, urls, literalSpans } = facts;
  const defined = new Set(defs.map((d) => d.id));
  const real: InlineContext = { linkLabels: tree.linkLabels, isFootnoteDefined: (id) => defined.has(id) };
  const hypothetical: InlineContext = { linkLabels: tree.linkLabels, isFootnoteDefined: isDefinableFootnoteId };
  const refs: MdFootnoteRef[] = [];
  const undefinedRefs: MdFootnoteRef[] = [];
  const citations: CitationCluster[] = [];
  // Citation keys have a budget of their own: past it they are not collected, and the rest is still read.
  let citationBudget = MAX_CITATION_KEYS;
  let citationsCutAt: number | undefined;
  const markupSpans: Span[] = [];
  // Definitions by start, to give each note the text of the leaves inside it as they are read.
  const sortedDefs = [...defs].sort((a, b) => a.start - b.start);
  let truncatedAt = tree.truncatedAt;
  let truncatedBy: MdDocument['truncatedBy'] = tree.truncatedBy;
  const cutAt = (line: number): void => {
    if (truncatedAt === undefined || line < truncatedAt) {
      truncatedAt = line;
      truncatedBy = 'inline';
    }
  };
  let budget = MAX_INLINE_ITEMS;
  for (let l = 0; l < leaves.length; l++) {
    const leaf = leaves[l];
    step();
    if (leaf.length === 0) continue;
    if (budget <= 0) {
      // Out of budget: what follows is not read, and the document says from where.
      cutAt(lineOf(tree.lineStarts, leaf[0].start));
      break;
    }
    // Plain text (no construct can start in it): nothing to scan, and the leaf is only a note's text.
    if (!mayHoldInline(text, leaf)) {
      const owner = noteOf(sortedDefs, leaf[0].start);
      if (owner) appendAll(owner.textSpans, leaf);
      continue;
    }
    const content = new Content(text, leaf);
    const allowance = budget;
    const result = scanInline(content.text, real, allowance);
    budget -= result.calls.length + result.urls.length + result.code.length + result.markup.length + result.rejected;
    if (result.stoppedAt !== undefined) {
      budget = 0;
      cutAt(lineOf(tree.lineStarts, content.toSource(result.stoppedAt)));
    }
    if (content.text.includes('@') && citationsCutAt === undefined) {
      const read = readCitations(content, result, tree.linkLabels, citationBudget, citations);
      citationBudget -= read.keys;
      citationsCutAt = read.stoppedAt;
    }
    // The scanner's objects are this leaf's alone: their offsets become the document's in place, with no copy.
    const toDocument = <T extends Span>(x: T): T => {
      x.start = content.toSource(x.start);
      x.end = content.toSource(x.end);
      return x;
    };
    for (let k = 0; k < result.calls.length; k++) refs.push(toDocument(result.calls[k]));
    for (let k = 0; k < result.urls.length; k++) urls.push(toDocument(result.urls[k]));
    const code = result.code;
    for (let k = 0; k < code.length; k++) {
      const span = toDocument(code[k]);
      literalSpans.push(span);
      facts.shownCode.push(span);
    }
    for (let k = 0; k < result.markup.length; k++) markupSpans.push(toDocument(result.markup[k]));
    const owner = noteOf(sortedDefs, leaf[0].start);
    if (owner) {
      appendAll(owner.textSpans, leaf);
      appendAll(owner.codeSpans, code);
    }
    if (result.rejected > 0) {
      // The same text read again with every label defined: as far as the first reading went.
      const again = scanInline(content.text, hypothetical, allowance);
      const stop = result.stoppedAt ?? Infinity;
      for (const call of again.calls) if (call.start < stop && !defined.has(call.id)) undefinedRefs.push(toDocument(call));
    }
  }
  return { refs, undefinedRefs, citations, citationsCutAt, markupSpans, truncatedAt, truncatedBy };
}

/**
 * A leaf's Pandoc citations (docs/parser.md, "Citations"), looked for in the
 * text GFM leaves as text: code, markup and note calls are atoms, GFM's
 * autolink literals too. Appends them to `out` with document offsets; says
 * how many keys it gave, and where it stopped when `limit` keys were reached.
 * Runs before the scanner's objects are moved to document offsets.
 */
function readCitations(
  content: Content,
  result: ReturnType<typeof scanInline>,
  linkLabels: ReadonlyMap<string, string>,
  limit: number,
  out: CitationCluster[],
): { keys: number; stoppedAt?: number } {
  const literals = result.urls.filter((u) => u.kind === 'literal');
  const atoms = [...result.code, ...result.markup, ...result.calls];
  // Math only where citations are looked for (a leaf the scanner reads: see MAX_CITATION_LEAF).
  if (content.text.length <= MAX_CITATION_LEAF && content.text.includes('$')) appendAll(atoms, texMath(content.text, atoms));
  const found = scanCitations(content.text, atoms, literals, linkLabels, limit);
  let keys = 0;
  for (const cluster of found.clusters) {
    keys += cluster.keys.length;
    cluster.start = content.toSource(cluster.start);
    cluster.end = content.toSource(cluster.end);
    for (const key of cluster.keys) {
      key.start = content.toSource(key.start);
      key.end = content.toSource(key.end);
      key.keyStart = content.toSource(key.keyStart);
      key.keyEnd = content.toSource(key.keyEnd);
    }
    out.push(cluster);
  }
  return { keys, stoppedAt: found.stoppedAt === undefined ? undefined : content.toSource(found.stoppedAt) };
}

/**
 * TeX math as Pandoc's `tex_math_dollars` reads it, outside the leaf's atoms (code, markup): `$$…$$`, and
 * `$…$` (docs/parser.md, "Citations"): the opening `$` not followed by white space; the closing `$` is the
 * next one (`\$` is a dollar sign), and there is no math when it follows spaces or is followed by a digit
 * ("$20 and $30"). A `$` inside a citation key (`@doe$x`) is the key's. Citations are not read inside math.
 * One pass, with the next `$` and `$$` found from the right.
 */
function texMath(t: string, atoms: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const n = t.length;
  const atomEnd = new Int32Array(n + 1);
  for (const a of atoms) if (a.start >= 0 && a.start < n && a.end > atomEnd[a.start]) atomEnd[a.start] = Math.min(a.end, n);
  const inAtom = new Uint8Array(n + 1);
  for (const a of atoms) inAtom.fill(1, Math.max(0, a.start), Math.min(a.end, n));
  const escaped = new Uint8Array(n + 1);
  for (let i = 0; i < n; i++) if (t.charCodeAt(i) === 0x5c && !escaped[i]) escaped[i + 1] = 1;
  // Inside math nothing is a key: the closing `$` is the next one that is not escaped (nor in code or markup).
  const isDollar = (i: number): boolean => i < n && t.charCodeAt(i) === 0x24 && !escaped[i] && !inAtom[i];
  const nextDollar = new Int32Array(n + 2).fill(n);
  const nextDouble = new Int32Array(n + 2).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    nextDollar[i] = isDollar(i) ? i : nextDollar[i + 1];
    nextDouble[i] = isDollar(i) && isDollar(i + 1) ? i : nextDouble[i + 1];
  }
  const out: Array<{ start: number; end: number }> = [];
  // Left to right, as Pandoc reads: math where it opens, keys after `@` (whose internal `$` is theirs).
  let keyRun = false;
  let i = 0;
  while (i < n) {
    if (atomEnd[i] > i) {
      i = atomEnd[i];
      keyRun = false;
      continue;
    }
    const c = t[i];
    if (keyRun) {
      if (isKeyChar(c)) {
        i++;
        continue;
      }
      // A run of internal punctuation belongs to the key when a letter, digit or `_` follows it.
      let j = i;
      while (j < n && rePunctInKey.test(t[j]) && !inAtom[j]) j++;
      if (j > i && j < n && isKeyChar(t[j])) {
        i = j;
        continue;
      }
      keyRun = false;
    }
    if (c === '@' && !escaped[i]) {
      keyRun = true;
      i++;
      continue;
    }
    if (!isDollar(i)) {
      i++;
      continue;
    }
    if (isDollar(i + 1)) {
      // Display math: up to the next `$$`, not empty.
      const end = nextDouble[i + 2];
      if (end < n && end > i + 2) {
        out.push({ start: i, end: end + 2 });
        i = end + 2;
      } else i++;
      continue;
    }
    const after = t.charCodeAt(i + 1);
    const close = i + 1 < n && !(after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d) ? nextDollar[i + 1] : n;
    const before = t.charCodeAt(close - 1);
    const next = t.charCodeAt(close + 1);
    if (close < n && before !== 0x20 && before !== 0x09 && !(next >= 0x30 && next <= 0x39)) {
      out.push({ start: i, end: close + 1 });
      i = close + 1;
    } else i++;
  }
  return out;
}

const keyChar = lazyRegExp(String.raw`[\p{L}\p{N}_]`, 'u');
/** A letter, a digit or `_` (one UTF-16 unit): ASCII is read directly, the rest by the pattern, made only when needed. */
function isKeyChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
  return keyChar().test(c);
}
const rePunctInKey = /[:.#$%&\-+?<>~/]/;

/**
 * The most notes cited, links, code spans and markup ranges one document may
 * have: past it the rest is not read and the report says so (docs/parser.md).
 * A 6 MB report of realistic notes has about 55 000; each costs memory.
 */
export const MAX_INLINE_ITEMS = 100_000;

/** The most citation keys one document's citations may hold (docs/parser.md); each costs memory. */
export const MAX_CITATION_KEYS = 100_000;

/** The note a leaf starting at `at` is in (the innermost: the last-starting definition that contains it), if any. */
function noteOf(sorted: readonly MdFootnoteDef[], at: number): MdFootnoteDef | undefined {
  const hi = partitionPoint(sorted.length, (k) => sorted[k].start <= at) - 1;
  for (let k = hi; k >= 0; k--) {
    if (sorted[k].start <= at && at < sorted[k].end) return sorted[k];
    if (k < hi - 8) break; // nesting is shallow; do not scan back far
  }
  return undefined;
}

/** Inline markup out of a heading: links to their text, calls, emphasis and code marks, escapes. */
export function plainHeadingText(raw: string): string {
  // No character class here may cross a `[` or `(`: each scan then ends where the next could start, so a
  // heading of 100 000 `[` stays linear.
  return collapseWhitespace(
    raw
      .replace(/\[\^[^\]\s[]+\]/g, '')
      .replace(/!?\[([^\][]*)\]\([^()]*\)/g, '$1')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
      .replace(/[*_`]+/g, ''),
  ).trim();
}

/** `href`/`src` of the tags in an HTML block (an HTML link in a note is a source). */
function htmlBlockUrls(text: string, span: Span, urls: MdUrl[]): void {
  const found: Array<{ start: number; end: number; url: string; kind: UrlKind }> = [];
  const next = new NextOccurrence(text);
  let i = text.indexOf('<', span.start);
  while (i >= 0 && i < span.end) {
    if (text.startsWith('<!--', i)) {
      // Nothing in a comment is a link.
      const close = next.find('-->', i + 4);
      if (close < 0 || close >= span.end) break;
      i = text.indexOf('<', close + 3);
      continue;
    }
    const end = isTagStart(text.charCodeAt(i + 1)) ? inlineHtmlEnd(text, i, span.end, next) : -1;
    if (end > 0) htmlUrls(text, i, end, found);
    i = text.indexOf('<', end > 0 ? end : i + 1);
  }
  for (const u of found) urls.push(u);
}

const isTagStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Cells of a table row (micromark's split on unescaped `|`), trimmed. */
export function tableCells(text: string, row: Span): Span[] {
  const cells: Span[] = [];
  let i = row.start;
  let cellStart = -1;
  let cellEnd = -1;
  const flush = (): void => {
    if (cellStart >= 0) cells.push({ start: cellStart, end: cellEnd });
    cellStart = -1;
  };
  while (i < row.end) {
    const c = text.charCodeAt(i);
    if (c === 124) {
      flush();
      i++;
      continue;
    }
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    if (cellStart < 0) cellStart = i;
    while (i < row.end) {
      const d = text.charCodeAt(i);
      if (d === 124 || d === 32 || d === 9) break;
      i++;
      if (d === 92 && i < row.end) {
        const e = text.charCodeAt(i);
        if (e === 92 || e === 124) i++;
      }
    }
    cellEnd = i;
  }
  flush();
  return cells;
}
