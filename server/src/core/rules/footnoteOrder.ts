import { firstFootnoteNumber, renumberFootnotesFix } from '../fixes/footnotes';
import { strayCallOf, strayCalls } from '../model';
import type { Rule } from './rule';

/**
 * Numbers should rise by one in reading order from wherever they start (a
 * chapter may continue a book's numbering at [^31], a note may be [^0]).
 * Reports the first swap or gap only: the renumbering fix mends them all.
 */
export const footnoteOrder: Rule = {
  code: 'footnote-order',
  defaultSeverity: 'info',
  description: 'Numeric footnote labels do not rise by one in reading order (a swap, or a gap in the numbers).',
  needsTemplate: false,
  check({ model, messages, report }) {
    // Each number, and whether a named note ([^editor]) was cited since the number before it.
    const cited: Array<{ n: number; label: string; start: number; end: number; afterNamed: boolean }> = [];
    let named = false;
    for (const [id, refs] of model.refsById) {
      if (!/^\d{1,9}$/.test(id)) named = true;
      else {
        cited.push({ n: parseInt(id, 10), label: refs[0].rawLabel, start: refs[0].start, end: refs[0].end, afterNamed: named });
        named = false;
      }
    }
    if (cited.length < 2) return;
    // In a Pandoc grid table a reader takes a row cell by cell: a note in its fourth cell's first line comes after one
    // wrapped onto the first cell's second line. Such notes are put in cell order; the renumbering fix, which follows
    // the source, is then not offered (it would number them against the reading order checked here).
    const rows = gridTableRows(model.text, model.md.lineStarts);
    const inCellOrder = rows.length > 0 && sortByCells(cited, rows, model.text);
    // Labels such as issue numbers ([^107421], [^117703]) name notes; they are not a numbering.
    let max = -Infinity;
    let min = Infinity;
    for (const c of cited) {
      max = Math.max(max, c.n);
      min = Math.min(min, c.n);
    }
    if (max - min > 3 * cited.length + 10) return;
    const first = firstFootnoteNumber(model);
    const citedNumbers = new Set(cited.map((c) => c.n));
    const defined = new Set<number>();
    for (const note of model.notes) if (/^\d{1,9}$/.test(note.id)) defined.add(parseInt(note.id, 10));
    if (
      isSidebarSeries(
        cited.map((c) => c.n),
        (n) => citedNumbers.has(n) || defined.has(n),
      )
    )
      return;
    // A number cited but never defined ("[^3]" with no "[^3]:") is a gap the message names as such.
    const citedUndefined = new Map<number, number>();
    for (const ref of model.md.undefinedRefs) {
      if (!/^\d{1,9}$/.test(ref.id)) continue;
      const n = parseInt(ref.id, 10);
      citedUndefined.set(n, Math.min(citedUndefined.get(n) ?? Infinity, ref.start));
    }
    let expected = first;
    let previous: (typeof cited)[number] | undefined;
    // A number cited only on a line GFM shows as code, typed in HTML (`<sup>31</sup>`) or run into by a bare address,
    // between the numbers around it, is cited as its author sees it: no gap (unused-footnote says where). Looked up at
    // a number out of place only.
    const strayAt = (n: number): number | undefined => strayCallOf(strayCalls(model), String(n));
    for (const c of cited) {
      // A named note cited where a number is missing takes its place: "[^45], [^editor], [^47]" skips nothing.
      if (c.n === expected + 1 && c.afterNamed && !citedNumbers.has(expected) && !defined.has(expected)) expected++;
      while (c.n > expected && !citedNumbers.has(expected) && defined.has(expected)) {
        const at = strayAt(expected);
        if (at === undefined || at > c.start || (previous !== undefined && at < previous.start)) break;
        expected++;
      }
      if (c.n !== expected) {
        // Every number below `expected` has been seen once already, so c.n > expected:
        // either `expected` comes later (a swap) or never (a gap).
        let message: string;
        // A lower number cited later makes it a swap, whatever is missing before it: [^10] cited first, then [^2].
        const later = citedNumbers.has(expected) ? expected : lowestBetween(citedNumbers, expected, c.n);
        // A gap whose number is cited before here but never defined stays when renumbered (the label keeps its place):
        // only its definition mends it.
        const onlyUndefined = later === undefined && (citedUndefined.get(expected) ?? Infinity) < c.start;
        // Renumbering would not reach calls in code, HTML or an address (left as written): no fix when the file has any.
        const stray = strayCalls(model);
        const fix =
          inCellOrder || onlyUndefined || stray.code.size + stray.html.size + stray.address.size + stray.block.size > 0
            ? undefined
            : renumberFootnotesFix(model, first, messages);
        if (later !== undefined) message = messages.t('footnote-order.swap', { label: c.label, expected: later });
        else {
          const why = messages.t(
            defined.has(expected) ? 'footnote-order.uncited' : citedUndefined.has(expected) ? 'footnote-order.undefined' : 'footnote-order.absent',
            { expected },
          );
          message = previous
            ? messages.t('footnote-order.skip', { previous: previous.label, label: c.label, why })
            : messages.t('footnote-order.start', { label: c.label, why });
        }
        report({ message, start: c.start, end: c.end, fixes: fix ? [fix] : [] });
        return;
      }
      previous = c;
      expected++;
    }
  },
};

/** A grid table's border line: `+----+:===+`. */
const reGridBorder = /^ {0,3}\+(?:[-=:]+\+)+[ \t]*\r?$/;

/**
 * The rows of Pandoc grid tables, [start, end) offsets of the lines between two borders that all start with `|`. Only
 * lines that start with `+` or `|` are looked at, by their first character (this runs on every check).
 */
function gridTableRows(text: string, lineStarts: Uint32Array): Array<[number, number]> {
  const rows: Array<[number, number]> = [];
  let rowStart = -1;
  for (let i = 0; i < lineStarts.length; i++) {
    const at = lineStarts[i];
    let first = at;
    while (first < at + 3 && text.charCodeAt(first) === 32) first++;
    const ch = text.charCodeAt(first);
    if (ch === 43 /* + */) {
      const end = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length;
      if (reGridBorder.test(text.slice(at, end))) {
        if (rowStart >= 0 && rowStart < at) rows.push([rowStart, at]);
        rowStart = end + 1;
        continue;
      }
    }
    if (ch !== 124 /* | */) rowStart = -1;
  }
  return rows;
}

/**
 * Sorts `cited` (in source order) so that the notes of one grid-table row come cell by cell, then line by line.
 * Whether that changed the order.
 */
function sortByCells(cited: Array<{ start: number }>, rows: ReadonlyArray<[number, number]>, text: string): boolean {
  // Rows, notes and the text are all read in source order, once: each note gets its row, and its cell (the `|` before
  // it on its line). A note outside the rows keeps its place.
  const keys: Array<[number, number, number]> = [];
  let inRow = 0;
  let r = 0;
  let pos = 0;
  let cell = 0;
  for (const c of cited) {
    for (; pos < c.start; pos++) {
      const ch = text.charCodeAt(pos);
      if (ch === 10 /* \n */) cell = 0;
      else if (ch === 124 /* | */) cell++;
    }
    while (r < rows.length && rows[r][1] <= c.start) r++;
    const row = r < rows.length && rows[r][0] <= c.start;
    if (row) inRow++;
    keys.push(row ? [rows[r][0], cell, c.start] : [c.start, 0, c.start]);
  }
  // One note in a row, or none, cannot change places.
  if (inRow < 2) return false;
  const order = keys.map((_, i) => i).sort((a, b) => keys[a][0] - keys[b][0] || keys[a][1] - keys[b][1] || keys[a][2] - keys[b][2]);
  if (order.every((k, i) => k === i)) return false;
  const sorted = order.map((k) => cited[k]);
  for (let i = 0; i < sorted.length; i++) cited[i] = sorted[i];
  return true;
}

/** The lowest of `numbers` above `low` and below `high`, if any (one pass). */
function lowestBetween(numbers: ReadonlySet<number>, low: number, high: number): number | undefined {
  let best: number | undefined;
  for (const n of numbers) if (n > low && n < high && (best === undefined || n < best)) best = n;
  return best;
}

/**
 * Two series, each rising by one: a box or sidebar numbered from the lowest number, cited in one stretch, inside
 * a text that continues a numbering begun in another file ([^28] … [^32], the box's [^1] … [^4], then [^33] …;
 * no note between [^5] and [^27] in this one). A series that runs on from the box, or skips notes this file
 * has, is one series out of order, and is reported.
 */
function isSidebarSeries(ns: readonly number[], present: (n: number) => boolean): boolean {
  let min = Infinity;
  for (const n of ns) min = Math.min(min, n);
  const at = ns.indexOf(min);
  let end = at;
  while (end + 1 < ns.length && ns[end + 1] === ns[end] + 1) end++;
  const boxSize = end - at + 1;
  if (at === 0 || boxSize < 2 || ns.length - boxSize < 2) return false;
  const rest = [...ns.slice(0, at), ...ns.slice(end + 1)];
  for (let i = 1; i < rest.length; i++) if (rest[i] !== rest[i - 1] + 1) return false;
  if (rest[0] <= min + boxSize) return false;
  for (let n = min + boxSize; n < rest[0]; n++) if (present(n)) return false;
  return true;
}
