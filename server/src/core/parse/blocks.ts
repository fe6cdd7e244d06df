/**
 * Block structure of GFM Markdown, as micromark (with GFM and front matter)
 * sees it. The algorithm follows the CommonMark reference parser: one pass
 * over the lines, matching open containers, then trying block starts. It is
 * linear in the size of the input.
 */
import { isSpaceOrTab } from './chars';
import { htmlBlockEnds, htmlBlockStart } from './html';
import { scanFootnoteLabel } from './labels';
import { parseLinkDefinitions } from './linkDefinitions';
import { stopper, type ShouldStop } from '../stop';
import { computeLineStarts, lineEnd, lineOf } from '../text/lines';

export type BlockType =
  'document' | 'blockquote' | 'list' | 'item' | 'footnote' | 'admonition' | 'paragraph' | 'heading' | 'fenced' | 'indented' | 'html' | 'thematic' | 'table';

/** How to read the text beyond GFM: only what the file's own site generator renders (docs/parser.md). */
export interface BlockOptions {
  /**
   * Python-Markdown's admonitions (MkDocs): a line `!!! note "Title"` opens a block whose content is indented by four
   * spaces, as a footnote definition's is.
   */
  admonitions?: boolean;
  /** pymdownx.details: the same with `??? note` and `???+ note` (collapsible), or a title alone (`??? "Title"`). */
  details?: boolean;
}

/** An admonition's first line, as Python-Markdown's admonition extension reads it: `!!! type "Title"`, `!!!note`. */
const reAdmonition = /^!!! ?[\w-]+(?: +[\w-]+)*(?: +".*")? *$/;
/** A collapsible block's first line, as pymdownx.details reads it: `??? type "Title"`, `???+ type`, `??? "Title"`. */
const reDetails = /^\?\?\?\+? ?(?:[\w-]+(?: +[\w-]+)*(?: +".*")?|".*") *$/;

/** What an admonition's first line says: its kind, its types (CSS classes) and its title as written. */
export interface AdmonitionHead {
  /** A collapsible block (`???`), open from the start (`???+`). */
  details: boolean;
  open: boolean;
  types: string[];
  title?: string;
}

/** The admonition a line (from its first character) opens under `options`, if any. */
export function admonitionHead(line: string, options: BlockOptions): AdmonitionHead | undefined {
  const bang = line.startsWith('!!!');
  if (bang ? !options.admonitions || !reAdmonition.test(line) : !options.details || !reDetails.test(line)) return undefined;
  const rest = line.replace(/^(?:!!!|\?\?\?\+?)/, '');
  const quote = rest.indexOf('"');
  const title = quote >= 0 ? rest.slice(quote + 1, rest.lastIndexOf('"')) : undefined;
  const types = (quote >= 0 ? rest.slice(0, quote) : rest)
    .trim()
    .split(/ +/)
    .filter((t) => t !== '');
  return { details: !bang, open: line.startsWith('???+'), types, title };
}

/** A run of source text: `start` and `end` are offsets into the document. */
export interface Span {
  start: number;
  end: number;
}

export interface ListData {
  ordered: boolean;
  marker: number; // bullet char or delimiter char code
  markerOffset: number;
  padding: number;
}

export interface Block {
  type: BlockType;
  parent: Block | null;
  /** How many blocks contain this one (the document is 0). */
  depth: number;
  children: Block[];
  open: boolean;
  /** 0-based line of the first line. */
  startLine: number;
  endLine: number;
  /** Offset of the block's first character (its marker, or content). */
  start: number;
  /** Offset just after the block's last character. */
  end: number;
  /** Leaf content, one span per line (paragraph, heading, code, html, table rows). */
  lines: Span[];
  list?: ListData;
  fenceChar?: number;
  fenceLength?: number;
  fenceOffset?: number;
  htmlKind?: number;
  level?: number;
  setext?: boolean;
  /** Footnote definition: raw label and where it stands (the `[^label]` part). */
  rawLabel?: string;
  labelStart?: number;
  labelEnd?: number;
  /** Table: number of header cells; whether the delimiter row is still to come. */
  tableColumns?: number;
  awaitingDelimiter?: boolean;
  /** Link reference definitions found at the start of a paragraph. */
  linkDefinitions?: LinkDefinitionSpan[];
}

export interface LinkDefinitionSpan {
  label: string;
  start: number;
  end: number;
  destination: string;
  destinationStart: number;
  destinationEnd: number;
}

export interface FrontMatterBlock {
  /** Offset of the opening `---`. */
  start: number;
  /** Offset just after the closing `---` (or `...`) line (before its line ending). */
  end: number;
  contentStart: number;
  contentEnd: number;
  endLine: number;
}

export interface BlockTree {
  root: Block;
  frontMatter?: FrontMatterBlock;
  /** Offsets of the start of each line. */
  lineStarts: Uint32Array;
  /** Normalised labels of link reference definitions and their destinations, first wins. */
  linkLabels: Map<string, string>;
  /** The 0-based line from which the document was not read (it has more than MAX_BLOCKS blocks or MAX_NOTES notes). */
  truncatedAt?: number;
  truncatedBy?: 'blocks' | 'notes';
}

/**
 * The most blocks one document may have: past it the rest is not read, and
 * the report says so (docs/parser.md). A long real report has tens of
 * thousands; each block costs memory while the document is read.
 */
export const MAX_BLOCKS = 100_000;

/** The deepest nesting of blocks the scanner builds (markdown-it stops at 100 too). */
export const MAX_NESTING = 100;

/**
 * The most footnote definitions one document may have: past it the rest is
 * not read (docs/parser.md). Each note is read for its source, which costs
 * memory; the longest real text we measured has about 1 000 notes, a 6 MB
 * report about 11 000.
 */
export const MAX_NOTES = 20_000;

/**
 * `***`, `---` or `___` (three or more, spaces and tabs between): a loop, not
 * a regular expression, which would recurse once per marker on a long line.
 */
export function isThematicBreak(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c !== 42 && c !== 45 && c !== 95) return false;
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i);
    if (d === c) count++;
    else if (d !== 32 && d !== 9) return false;
  }
  return count >= 3;
}
const reCodeFence = /^`{3,}(?!.*`)|^~{3,}/;
const reClosingFence = /^(?:`{3,}|~{3,})(?=[ \t]*$)/;
const reSetextUnderline = /^(?:=+|-+)[ \t]*$/;
const reMaybeSpecial = /^[#`~*+_=<>0-9\-[|:]/;
const reBullet = /^[*+-]/;
const reOrdered = /^(\d{1,9})([.)])/;

/**
 * Blocks start with these shared empty arrays and get their own on the first
 * child or line: most blocks have no children, containers have no lines, and
 * an empty array with room to grow costs more than a small block.
 */
const NO_CHILDREN = Object.freeze([]) as unknown as Block[];
const NO_LINES = Object.freeze([]) as unknown as Span[];

function newBlock(type: BlockType, parent: Block | null, line: number, start: number): Block {
  return {
    type,
    parent,
    depth: parent ? parent.depth + 1 : 0,
    children: NO_CHILDREN,
    open: true,
    startLine: line,
    endLine: line,
    start,
    end: start,
    lines: NO_LINES,
  };
}

function addLine(block: Block, span: Span): void {
  // `[span]` holds one element; pushing onto `[]` would reserve seventeen.
  if (block.lines === NO_LINES) block.lines = [span];
  else block.lines.push(span);
}

function canContain(parent: BlockType, child: BlockType): boolean {
  switch (parent) {
    case 'document':
    case 'blockquote':
    case 'item':
    case 'footnote':
    case 'admonition':
      return child !== 'item';
    case 'list':
      return child === 'item';
    default:
      return false;
  }
}

const acceptsLines = (t: BlockType): boolean => t === 'paragraph' || t === 'fenced' || t === 'indented' || t === 'html';

class BlockParser {
  private readonly src: string;
  private readonly lineStarts: Uint32Array;
  private readonly doc: Block;
  private tip: Block;
  private oldtip: Block;
  private lastMatchedContainer: Block;
  private allClosed = true;
  private lineNumber = -1;
  private lineStart = 0;
  private line = '';
  private offset = 0;
  private column = 0;
  private nextNonspace = 0;
  private nextNonspaceColumn = 0;
  private indent = 0;
  private indented = false;
  private blank = false;
  private partiallyConsumedTab = false;
  /** micromark's `interrupt` for new containers: set when every container matched and a paragraph or indented code is open. */
  private interrupt = false;
  readonly linkLabels = new Map<string, string>();
  /** Blocks made so far, and the line where the scan stopped because there were too many. */
  private blocks = 0;
  truncatedAt: number | undefined;
  truncatedBy: 'blocks' | 'notes' | undefined;
  private notes = 0;
  private readonly admonitions: boolean;
  private readonly details: boolean;

  constructor(src: string, lineStarts: Uint32Array, options: BlockOptions = {}) {
    this.admonitions = options.admonitions === true;
    this.details = options.details === true;
    this.src = src;
    this.lineStarts = lineStarts;
    this.doc = newBlock('document', null, 0, 0);
    this.tip = this.doc;
    this.oldtip = this.doc;
    this.lastMatchedContainer = this.doc;
  }

  private lineEnd(n: number): number {
    return lineEnd(this.src, this.lineStarts, n);
  }

  parse(firstLine: number, step: () => void = () => undefined): Block {
    const count = this.lineStarts.length;
    for (let n = firstLine; n < count; n++) {
      step();
      if (this.blocks > MAX_BLOCKS || this.notes > MAX_NOTES) this.truncate(n, this.notes > MAX_NOTES ? 'notes' : 'blocks');
      if (this.truncatedAt !== undefined) break;
      // A trailing line ending does not start another line.
      if (n === count - 1 && this.lineStarts[n] === this.src.length && n > 0) break;
      this.incorporateLine(n);
    }
    while (this.tip !== this.doc) this.finalize(this.tip, this.lineNumber);
    this.finalize(this.doc, this.lineNumber);
    // A cut found while a line was read (a paragraph of link definitions closed by it) leaves that line's blocks behind it.
    if (this.truncatedAt !== undefined) pruneFrom(this.doc, this.lineStarts[this.truncatedAt] ?? this.src.length);
    return this.doc;
  }

  /** Nothing from line `n` on is read (the earliest cut wins). */
  private truncate(n: number, by: 'blocks' | 'notes'): void {
    if (this.truncatedAt !== undefined && this.truncatedAt <= n) return;
    this.truncatedAt = n;
    this.truncatedBy = by;
  }

  private loadLine(n: number): void {
    this.lineNumber = n;
    this.lineStart = this.lineStarts[n];
    this.line = this.src.slice(this.lineStart, this.lineEnd(n));
    this.offset = 0;
    this.column = 0;
    this.blank = false;
    this.partiallyConsumedTab = false;
  }

  private findNextNonspace(): void {
    const line = this.line;
    let i = this.offset;
    let cols = this.column;
    let c = 0;
    while (i < line.length) {
      c = line.charCodeAt(i);
      if (c === 32) {
        i++;
        cols++;
      } else if (c === 9) {
        i++;
        cols += 4 - (cols % 4);
      } else break;
    }
    this.blank = i >= line.length;
    this.nextNonspace = i;
    this.nextNonspaceColumn = cols;
    this.indent = this.nextNonspaceColumn - this.column;
    this.indented = this.indent >= 4;
  }

  private advanceNextNonspace(): void {
    this.offset = this.nextNonspace;
    this.column = this.nextNonspaceColumn;
    this.partiallyConsumedTab = false;
  }

  private advanceOffset(count: number, columns: boolean): void {
    const line = this.line;
    while (count > 0 && this.offset < line.length) {
      const c = line.charCodeAt(this.offset);
      if (c === 9) {
        const charsToTab = 4 - (this.column % 4);
        if (columns) {
          this.partiallyConsumedTab = charsToTab > count;
          const charsToAdvance = charsToTab > count ? count : charsToTab;
          this.column += charsToAdvance;
          this.offset += this.partiallyConsumedTab ? 0 : 1;
          count -= charsToAdvance;
        } else {
          this.partiallyConsumedTab = false;
          this.column += charsToTab;
          this.offset += 1;
          count -= 1;
        }
      } else {
        this.partiallyConsumedTab = false;
        this.offset += 1;
        this.column += 1;
        count -= 1;
      }
    }
  }

  /** 0: matched, 1: not matched, 2: the line was consumed (closing fence). */
  private continueBlock(block: Block): 0 | 1 | 2 {
    switch (block.type) {
      case 'document':
      case 'list':
        return 0;
      case 'blockquote':
        if (!this.indented && this.line.charCodeAt(this.nextNonspace) === 62) {
          this.advanceNextNonspace();
          this.advanceOffset(1, false);
          if (isSpaceOrTab(this.line.charCodeAt(this.offset))) this.advanceOffset(1, true);
          return 0;
        }
        return 1;
      case 'item': {
        const list = block.list as ListData;
        if (this.blank) {
          if (block.children.length === 0 && block.startLine !== this.lineNumber) return 1;
          this.advanceNextNonspace();
          return 0;
        }
        if (this.indent >= list.markerOffset + list.padding) {
          this.advanceOffset(list.markerOffset + list.padding, true);
          return 0;
        }
        return 1;
      }
      case 'footnote':
      case 'admonition':
        if (this.blank) return 0;
        if (this.indent >= 4) {
          this.advanceOffset(4, true);
          return 0;
        }
        return 1;
      case 'heading':
      case 'thematic':
        return 1;
      case 'fenced': {
        const rest = this.line.slice(this.nextNonspace);
        const m = this.indent <= 3 ? reClosingFence.exec(rest) : null;
        if (m && rest.charCodeAt(0) === block.fenceChar && m[0].length >= (block.fenceLength as number)) {
          addLine(block, { start: this.lineStart + this.nextNonspace, end: this.lineStart + this.line.length });
          this.finalize(block, this.lineNumber);
          return 2;
        }
        let i = block.fenceOffset as number;
        while (i > 0 && isSpaceOrTab(this.line.charCodeAt(this.offset))) {
          this.advanceOffset(1, true);
          i--;
        }
        return 0;
      }
      case 'indented':
        if (this.indent >= 4) {
          this.advanceOffset(4, true);
          return 0;
        }
        if (this.blank) {
          this.advanceNextNonspace();
          return 0;
        }
        return 1;
      case 'html':
        return this.blank && (block.htmlKind === 6 || block.htmlKind === 7) ? 1 : 0;
      case 'paragraph':
      case 'table':
        return this.blank ? 1 : 0;
    }
  }

  private closeUnmatchedBlocks(): void {
    if (!this.allClosed) {
      while (this.oldtip !== this.lastMatchedContainer) {
        const parent = this.oldtip.parent as Block;
        this.finalize(this.oldtip, this.lineNumber - 1);
        this.oldtip = parent;
      }
      this.allClosed = true;
    }
  }

  private addChild(type: BlockType, offset: number): Block {
    while (!canContain(this.tip.type, type)) this.finalize(this.tip, this.lineNumber - 1);
    const block = newBlock(type, this.tip, this.lineNumber, this.lineStart + offset);
    this.blocks++;
    if (type === 'footnote') this.notes++;
    if (this.tip.children === NO_CHILDREN) this.tip.children = [block];
    else this.tip.children.push(block);
    this.tip = block;
    return block;
  }

  private addLine(): void {
    let start = this.lineStart + this.offset;
    if (this.partiallyConsumedTab) {
      // The tab is only partly indentation; the rest belongs to the content.
      this.offset += 1;
      start = this.lineStart + this.offset - 1;
    }
    addLine(this.tip, { start, end: this.lineStart + this.line.length });
  }

  private finalize(block: Block, lineNumber: number): void {
    if (!block.open) return;
    block.open = false;
    block.endLine = Math.max(block.startLine, lineNumber);
    const last = block.lines[block.lines.length - 1];
    const lastChild = block.children[block.children.length - 1];
    block.end = Math.max(block.start, last ? last.end : block.start, lastChild ? lastChild.end : block.start);
    if (block.type === 'footnote') block.end = Math.max(block.end, block.labelEnd as number);
    if (block.type === 'paragraph') this.resolveLinkDefinitions(block);
    this.tip = block.parent ?? this.doc;
  }

  /** Moves link reference definitions at the start of a paragraph out of its text. */
  private resolveLinkDefinitions(block: Block): void {
    if (block.lines.length === 0 || this.src.charCodeAt(block.lines[0].start) !== 91) return;
    const found = parseLinkDefinitions(this.src, block.lines, Math.max(0, MAX_BLOCKS - this.blocks));
    if (found.stoppedAt !== undefined) {
      this.truncate(lineOf(this.lineStarts, found.stoppedAt), 'blocks');
      block.lines = found.rest; // nothing of the paragraph past the cut is read
    }
    if (found.definitions.length === 0) return;
    block.linkDefinitions = found.definitions;
    // Each definition is a block of its own in CommonMark, and costs as much.
    this.blocks += found.definitions.length;
    for (const d of found.definitions) if (!this.linkLabels.has(d.label)) this.linkLabels.set(d.label, d.destination);
    block.lines = found.rest;
  }

  private incorporateLine(n: number): void {
    this.loadLine(n);
    let allMatched = true;
    let container = this.doc;
    this.oldtip = this.tip;
    let lastChild: Block | undefined;
    while ((lastChild = container.children[container.children.length - 1]) && lastChild.open) {
      container = lastChild;
      this.findNextNonspace();
      const res = this.continueBlock(container);
      if (res === 2) {
        this.interrupt = false;
        return;
      }
      if (res === 1) {
        // micromark counts only containers here: a leaf that ends is no unmatched container.
        allMatched = !isContainer(container.type);
        container = container.parent as Block;
        break;
      }
    }
    this.allClosed = container === this.oldtip;
    this.lastMatchedContainer = container;
    this.interrupt = allMatched && this.oldtip.open && (this.oldtip.type === 'paragraph' || this.oldtip.type === 'indented');

    let matchedLeaf = (container.type !== 'paragraph' && acceptsLines(container.type)) || (container.type === 'table' && container.awaitingDelimiter === true);
    while (!matchedLeaf) {
      this.findNextNonspace();
      // Past MAX_NESTING containers, what follows is text (docs/parser.md): no document nests that
      // deep, and a line of 100 000 "- " would otherwise cost 100 000 container tests on one line.
      if (container.depth >= MAX_NESTING) {
        this.advanceNextNonspace();
        break;
      }
      if ((this.admonitions || this.details) && this.indent === 0 && this.startAdmonition()) {
        container = this.tip;
        continue;
      }
      if (!this.indented && !reMaybeSpecial.test(this.line.slice(this.nextNonspace, this.nextNonspace + 1))) {
        if (this.tryTableStart(container)) container = this.tip;
        this.advanceNextNonspace();
        break;
      }
      const res = this.tryBlockStarts(container);
      if (res === 0) {
        if (this.tryTableStart(container)) container = this.tip;
        this.advanceNextNonspace();
        break;
      }
      container = this.tip;
      if (res === 2) matchedLeaf = true;
    }

    if (!this.allClosed && !this.blank && this.tip.type === 'paragraph') {
      this.addLine(); // lazy continuation
      return;
    }
    this.closeUnmatchedBlocks();
    if (container.type === 'table') {
      if (container.awaitingDelimiter) container.awaitingDelimiter = false;
      else if (!this.blank) this.addLine();
      return;
    }
    if (acceptsLines(container.type)) {
      this.addLine();
      if (
        container.type === 'html' &&
        (container.htmlKind as number) <= 5 &&
        htmlBlockEnds(container.htmlKind as number, this.line.slice(this.offset), container.startLine === n)
      ) {
        this.finalize(container, n);
      }
    } else if (this.offset < this.line.length && !this.blank) {
      this.addChild('paragraph', this.offset);
      this.advanceNextNonspace();
      this.addLine();
    }
  }

  /**
   * 0: nothing started; 1: a container started; 2: a leaf started. Each kind
   * of block is tried in CommonMark's order, by its first character.
   */
  private tryBlockStarts(container: Block): 0 | 1 | 2 {
    if (this.indented) return this.startIndentedCode();
    const rest = this.line.slice(this.nextNonspace);
    const c = rest.charCodeAt(0);
    let started: 0 | 1 | 2 = 0;
    if (c === 62) return this.startBlockQuote();
    if (c === 91 && rest.charCodeAt(1) === 94 && (started = this.startFootnote(rest))) return started;
    if (c === 35 && (started = this.startAtxHeading(rest))) return started;
    if ((c === 96 || c === 126) && (started = this.startFence(rest, c))) return started;
    if (c === 60 && (started = this.startHtml(rest, container))) return started;
    if ((c === 61 || c === 45) && container.type === 'paragraph' && reSetextUnderline.test(rest) && (started = this.setextUnderline(container, c)))
      return started;
    if ((c === 42 || c === 95 || c === 45) && isThematicBreak(rest)) return this.startThematicBreak();
    return this.startListItem(container);
  }

  private startIndentedCode(): 0 | 2 {
    if (this.tip.type === 'paragraph' || this.blank) return 0;
    this.advanceOffset(4, true);
    this.closeUnmatchedBlocks();
    this.addChild('indented', this.offset);
    return 2;
  }

  private startBlockQuote(): 1 {
    this.advanceNextNonspace();
    this.advanceOffset(1, false);
    if (isSpaceOrTab(this.line.charCodeAt(this.offset))) this.advanceOffset(1, true);
    this.closeUnmatchedBlocks();
    this.addChild('blockquote', this.nextNonspace);
    return 1;
  }

  /**
   * `!!! note "Title"` opens an admonition (BlockOptions): a container whose content is indented by four spaces. The
   * line itself is the type and title, no content. As in Python-Markdown, it starts at the container's left edge and
   * ends a paragraph before it.
   */
  private startAdmonition(): boolean {
    const c = this.line.charCodeAt(this.nextNonspace);
    if (c !== 33 && c !== 63) return false;
    if (!admonitionHead(this.line.slice(this.nextNonspace), { admonitions: this.admonitions, details: this.details })) return false;
    this.closeUnmatchedBlocks();
    this.addChild('admonition', this.nextNonspace);
    this.offset = this.line.length;
    this.column = this.offset;
    this.nextNonspace = this.offset;
    this.blank = true;
    return true;
  }

  /** `[^label]:` opens a footnote definition, a container like a list item. */
  private startFootnote(rest: string): 0 | 1 {
    const end = scanFootnoteLabel(rest, 2, rest.length);
    if (end <= 0 || rest.charCodeAt(end) !== 58) return 0;
    this.closeUnmatchedBlocks();
    const block = this.addChild('footnote', this.nextNonspace);
    block.rawLabel = rest.slice(2, end - 1);
    block.labelStart = this.lineStart + this.nextNonspace;
    block.labelEnd = block.labelStart + end;
    this.advanceNextNonspace();
    this.advanceOffset(end + 1, false);
    while (isSpaceOrTab(this.line.charCodeAt(this.offset))) this.advanceOffset(1, false);
    return 1;
  }

  private startAtxHeading(rest: string): 0 | 2 {
    // `#{1,6}` then spaces or tabs, or the line's end: read by hand, with no match array per heading.
    let level = 0;
    while (level < 7 && rest.charCodeAt(level) === 35) level++;
    if (level > 6 || (level < rest.length && !isSpaceOrTab(rest.charCodeAt(level)))) return 0;
    let opening = level;
    while (isSpaceOrTab(rest.charCodeAt(opening))) opening++;
    this.advanceNextNonspace();
    this.advanceOffset(opening, false);
    this.closeUnmatchedBlocks();
    const block = this.addChild('heading', this.nextNonspace);
    block.level = level;
    const text = this.line.slice(this.offset);
    // Without the closing sequence (a run of # after a space or tab, or alone) and the spaces around it;
    // by loops, since /[ \t]+$/ is quadratic on a long run of spaces inside the heading.
    let end = text.length;
    while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    let hashes = end;
    while (hashes > 0 && text.charCodeAt(hashes - 1) === 35) hashes--;
    if (hashes < end && (hashes === 0 || text.charCodeAt(hashes - 1) === 32 || text.charCodeAt(hashes - 1) === 9)) {
      end = hashes;
      while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    }
    addLine(block, { start: this.lineStart + this.offset, end: this.lineStart + this.offset + end });
    this.advanceOffset(this.line.length - this.offset, false);
    return 2;
  }

  private startFence(rest: string, c: number): 0 | 2 {
    const m = reCodeFence.exec(rest);
    if (!m) return 0;
    this.closeUnmatchedBlocks();
    const block = this.addChild('fenced', this.nextNonspace);
    block.fenceLength = m[0].length;
    block.fenceChar = c;
    block.fenceOffset = this.indent;
    this.advanceNextNonspace();
    addLine(block, { start: this.lineStart + this.offset, end: this.lineStart + this.line.length });
    this.advanceOffset(this.line.length - this.offset, false);
    return 2;
  }

  private startHtml(rest: string, container: Block): 0 | 2 {
    // A tag-only line (kind 7) cannot interrupt a paragraph, not even one it
    // would only continue lazily (the CommonMark reference parser's rule).
    const maybeLazy = !this.allClosed && !this.blank && this.tip.type === 'paragraph';
    const kind = htmlBlockStart(rest, container.type === 'paragraph' || maybeLazy);
    if (!kind) return 0;
    this.closeUnmatchedBlocks();
    const block = this.addChild('html', this.offset);
    block.htmlKind = kind;
    return 2;
  }

  /** `===` or `---` under a paragraph makes it a heading (unless link definitions were all it held). */
  private setextUnderline(container: Block, c: number): 0 | 2 {
    this.closeUnmatchedBlocks();
    this.resolveLinkDefinitions(container);
    if (container.lines.length === 0) return 0;
    container.type = 'heading';
    container.setext = true;
    container.level = c === 61 ? 1 : 2;
    container.open = false;
    container.endLine = this.lineNumber;
    container.end = this.lineStart + this.line.length;
    this.tip = container.parent as Block;
    this.advanceOffset(this.line.length - this.offset, false);
    return 2;
  }

  private startThematicBreak(): 2 {
    this.closeUnmatchedBlocks();
    const block = this.addChild('thematic', this.nextNonspace);
    block.end = this.lineStart + this.line.length;
    this.advanceOffset(this.line.length - this.offset, false);
    return 2;
  }

  private startListItem(container: Block): 0 | 1 {
    const data = this.parseListMarker(container);
    if (!data) return 0;
    this.closeUnmatchedBlocks();
    if (this.tip.type !== 'list' || !listsMatch(container.list, data)) {
      const list = this.addChild('list', this.nextNonspace);
      list.list = data;
    }
    const item = this.addChild('item', this.nextNonspace);
    item.list = data;
    return 1;
  }

  private parseListMarker(container: Block): ListData | null {
    if (this.indent >= 4) return null;
    const rest = this.line.slice(this.nextNonspace);
    let markerLength: number;
    let data: ListData;
    let startsWithOne = true;
    let m: RegExpExecArray | null;
    if ((m = reBullet.exec(rest))) {
      markerLength = 1;
      data = { ordered: false, marker: rest.charCodeAt(0), markerOffset: this.indent, padding: 0 };
    } else if ((m = reOrdered.exec(rest))) {
      markerLength = m[0].length;
      startsWithOne = m[1] === '1';
      data = { ordered: true, marker: m[2].charCodeAt(0), markerOffset: this.indent, padding: 0 };
    } else return null;
    const next = rest.charCodeAt(markerLength);
    if (!(Number.isNaN(next) || next === 9 || next === 32)) return null;
    const sibling = container.type === 'list' && listsMatch(container.list, data);
    const interrupting = this.interrupt && !sibling;
    if (interrupting) {
      if (!startsWithOne) return null;
      if (!/[^ \t]/.test(rest.slice(markerLength))) return null;
    }
    this.advanceNextNonspace();
    this.advanceOffset(markerLength, true);
    const spacesStartCol = this.column;
    const spacesStartOffset = this.offset;
    do {
      this.advanceOffset(1, true);
    } while (this.column - spacesStartCol < 5 && isSpaceOrTab(this.line.charCodeAt(this.offset)));
    const blankItem = this.offset >= this.line.length;
    const spacesAfterMarker = this.column - spacesStartCol;
    if (spacesAfterMarker >= 5 || spacesAfterMarker < 1 || blankItem) {
      data.padding = markerLength + 1;
      this.column = spacesStartCol;
      this.offset = spacesStartOffset;
      this.partiallyConsumedTab = false;
      if (isSpaceOrTab(this.line.charCodeAt(this.offset))) this.advanceOffset(1, true);
    } else {
      data.padding = markerLength + spacesAfterMarker;
    }
    return data;
  }

  /**
   * GFM table: this line is a header row and the next line, in the same
   * containers, is a delimiter row with as many cells.
   */
  private tryTableStart(container: Block): boolean {
    if (this.indented || this.blank || !this.nextLineCouldBeDelimiter()) return false;
    // A lazy line cannot start a table.
    if (!this.allClosed && this.tip.type === 'paragraph') return false;
    const header = this.line.slice(this.nextNonspace);
    const columns = countHeaderCells(header);
    if (columns < 0) return false;
    if (!this.nextLineIsDelimiter(columns, container)) return false;
    this.closeUnmatchedBlocks();
    if (container.type === 'paragraph') {
      this.finalize(container, this.lineNumber - 1);
    }
    const table = this.addChild('table', this.nextNonspace);
    table.tableColumns = columns;
    table.awaitingDelimiter = true;
    addLine(table, { start: this.lineStart + this.nextNonspace, end: this.lineStart + this.line.length });
    return true;
  }

  /** Cheap first test: a delimiter row (with any container marks) holds only `|-:>`, spaces and tabs, and a `-`. */
  private nextLineCouldBeDelimiter(): boolean {
    const n = this.lineNumber + 1;
    if (n >= this.lineStarts.length) return false;
    const end = this.lineEnd(n);
    let dash = false;
    for (let i = this.lineStarts[n]; i < end; i++) {
      const c = this.src.charCodeAt(i);
      if (c === 45) dash = true;
      else if (c !== 124 && c !== 58 && c !== 32 && c !== 9 && c !== 62) return false;
    }
    return dash;
  }

  private nextLineIsDelimiter(columns: number, container: Block): boolean {
    const n = this.lineNumber + 1;
    if (n >= this.lineStarts.length || (n === this.lineStarts.length - 1 && this.lineStarts[n] === this.src.length)) {
      return false;
    }
    const saved = {
      line: this.line,
      lineStart: this.lineStart,
      offset: this.offset,
      column: this.column,
      nextNonspace: this.nextNonspace,
      nextNonspaceColumn: this.nextNonspaceColumn,
      indent: this.indent,
      indented: this.indented,
      blank: this.blank,
      partiallyConsumedTab: this.partiallyConsumedTab,
      lineNumber: this.lineNumber,
    };
    this.loadLine(n);
    // The containers the header row is in (including any it started) must continue.
    const chain: Block[] = [];
    for (let b: Block | null = container; b && b.type !== 'document'; b = b.parent) chain.unshift(b);
    let ok = true;
    for (const b of chain) {
      this.findNextNonspace();
      if (b.type === 'paragraph' || b.type === 'list') continue;
      if (this.continueBlock(b) !== 0) {
        ok = false;
        break;
      }
    }
    if (ok) {
      this.findNextNonspace();
      const rest = this.line.slice(this.nextNonspace);
      ok = !this.indented && !this.blank && !startsContainer(rest) && countDelimiterCells(rest) === columns;
    }
    this.line = saved.line;
    this.lineStart = saved.lineStart;
    this.offset = saved.offset;
    this.column = saved.column;
    this.nextNonspace = saved.nextNonspace;
    this.nextNonspaceColumn = saved.nextNonspaceColumn;
    this.indent = saved.indent;
    this.indented = saved.indented;
    this.blank = saved.blank;
    this.partiallyConsumedTab = saved.partiallyConsumedTab;
    this.lineNumber = saved.lineNumber;
    return ok;
  }
}

/** Removes every block, and every line of a block, that starts at or after `end` (the part not read). Linear, without recursion. */
function pruneFrom(root: Block, end: number): void {
  const stack: Block[] = [root];
  while (stack.length) {
    const block = stack.pop() as Block;
    if (block.lines.length && block.lines[block.lines.length - 1].start >= end) block.lines = block.lines.filter((l) => l.start < end);
    if (block.linkDefinitions && block.linkDefinitions.length && block.linkDefinitions[block.linkDefinitions.length - 1].start >= end) {
      block.linkDefinitions = block.linkDefinitions.filter((d) => d.start < end);
    }
    if (block.children.length && block.children[block.children.length - 1].start >= end) block.children = block.children.filter((c) => c.start < end);
    for (let k = 0; k < block.children.length; k++) stack.push(block.children[k]);
  }
}

function isContainer(t: BlockType): boolean {
  return t === 'blockquote' || t === 'item' || t === 'footnote' || t === 'admonition' || t === 'list' || t === 'document';
}

function listsMatch(a: ListData | undefined, b: ListData): boolean {
  return !!a && a.ordered === b.ordered && a.marker === b.marker;
}

/** Whether a line (without indentation) opens a block quote, list item or footnote definition. */
function startsContainer(rest: string): boolean {
  const c = rest.charCodeAt(0);
  if (c === 62) return true;
  const m = reBullet.exec(rest) ?? reOrdered.exec(rest);
  if (m) {
    const next = rest.charCodeAt(m[0].length);
    if (Number.isNaN(next) || next === 32 || next === 9) return true;
  }
  if (c === 91 && rest.charCodeAt(1) === 94) {
    const end = scanFootnoteLabel(rest, 2, rest.length);
    if (end > 0 && rest.charCodeAt(end) === 58) return true;
  }
  return false;
}

/** Number of cells in a table header row (micromark's count), or -1. */
export function countHeaderCells(row: string): number {
  let size = 0;
  let sizeB = 0;
  let seen: boolean | undefined;
  let i = 0;
  const n = row.length;
  if (row.charCodeAt(0) !== 124) {
    seen = true;
    sizeB += 1;
  }
  while (i < n) {
    const c = row.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      size += 1;
    }
    if (c === 124) {
      i++;
      seen = true;
      continue;
    }
    // data
    while (i < n) {
      const d = row.charCodeAt(i);
      if (d === 124 || d === 32 || d === 9) break;
      i++;
      if (d === 92) {
        const e = row.charCodeAt(i);
        if (e === 92 || e === 124) i++;
      }
    }
  }
  return sizeB > 1 ? size : -1;
}

/** Number of cells in a delimiter row, or -1 when it is not one. */
export function countDelimiterCells(row: string): number {
  let i = 0;
  const n = row.length;
  let sizeB = 0;
  let seen = false;
  const spaces = (): void => {
    while (i < n && (row.charCodeAt(i) === 32 || row.charCodeAt(i) === 9)) i++;
  };
  let c = row.charCodeAt(i);
  if (c === 124) {
    seen = true;
    i++;
    spaces();
  } else if (c !== 45 && c !== 58) return -1;
  for (;;) {
    // value before
    c = i < n ? row.charCodeAt(i) : -1;
    if (c === 58 || c === 45) {
      sizeB += 1;
      if (c === 58) {
        seen = true;
        i++;
        if (row.charCodeAt(i) !== 45) return -1;
      }
      while (i < n && row.charCodeAt(i) === 45) i++;
      if (i < n && row.charCodeAt(i) === 58) {
        seen = true;
        i++;
      }
      spaces();
      c = i < n ? row.charCodeAt(i) : -1;
    } else if (c !== -1) return -1;
    // cell after
    if (c === 124) {
      seen = true;
      i++;
      spaces();
      continue;
    }
    if (c === -1) return seen ? sizeB : -1;
    return -1;
  }
}

/**
 * Front matter as micromark-extension-frontmatter sees it: `---` on line 1 to a closing `---`; or, as Pandoc reads a
 * YAML metadata block, to a closing `...` (docs/parser.md, "Known micromark divergences").
 */
function findFrontMatter(src: string, lineStarts: Uint32Array, bomLength: number): FrontMatterBlock | undefined {
  const isFence = (start: number, end: number, closing = false): boolean => {
    const fence = src.slice(start, start + 3);
    if (fence !== '---' && !(closing && fence === '...')) return false;
    for (let i = start + 3; i < end; i++) if (!isSpaceOrTab(src.charCodeAt(i))) return false;
    return true;
  };
  const endOf = (n: number): number => lineEnd(src, lineStarts, n);
  if (lineStarts.length < 2 || !isFence(bomLength, endOf(0))) return undefined;
  for (let n = 1; n < lineStarts.length; n++) {
    if (n === lineStarts.length - 1 && lineStarts[n] === src.length) break;
    if (isFence(lineStarts[n], endOf(n), true)) {
      return {
        start: bomLength,
        end: endOf(n),
        contentStart: lineStarts[1],
        contentEnd: lineStarts[n],
        endLine: n,
      };
    }
  }
  return undefined;
}

export function parseBlocks(src: string, shouldStop?: ShouldStop, options: BlockOptions = {}): BlockTree {
  const lineStarts = computeLineStarts(src);
  const bomLength = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  const frontMatter = findFrontMatter(src, lineStarts, bomLength);
  if (bomLength && !frontMatter) lineStarts[0] = 1;
  const parser = new BlockParser(src, lineStarts, options);
  const root = parser.parse(frontMatter ? frontMatter.endLine + 1 : 0, stopper(shouldStop));
  if (bomLength) lineStarts[0] = 0;
  return { root, frontMatter, lineStarts, linkLabels: parser.linkLabels, truncatedAt: parser.truncatedAt, truncatedBy: parser.truncatedBy };
}
