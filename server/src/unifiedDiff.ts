/**
 * A unified diff of two texts, by line, for `--fix-dry-run` (README, "Command line"): the output `git apply` and
 * `patch -p1` take. Myers' O((N+M)·D) algorithm on the lines between the common prefix and suffix, with D capped:
 * past MAX_EDITS differing lines the rest of the middle is one replacement, so the work stays linear in the
 * texts' length with a bounded factor, whatever they hold.
 */

const CONTEXT = 3;
/** Edit steps Myers' search may take before the middle is shown as one replacement. */
const MAX_EDITS = 1_000;

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Lines with their endings kept (the last may have none). */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      lines.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** The shortest edit script between a[lo..ahi) and b[lo..bhi), or undefined past MAX_EDITS steps. */
function myers(a: readonly string[], b: readonly string[], lo: number, ahi: number, bhi: number): Op[] | undefined {
  const n = ahi - lo;
  const m = bhi - lo;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // The frontier after each step, for the walk back: step d keeps diagonals -d..d.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[lo + x] === b[lo + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return walkBack(a, b, lo, trace, d, n, m);
    }
  }
  return undefined;
}

function walkBack(a: readonly string[], b: readonly string[], lo: number, trace: Int32Array[], last: number, n: number, m: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = last; d > 0; d--) {
    const vd = trace[d];
    // vd holds diagonals -d-1..d+1 of the frontier before step d: index k + d + 1.
    const at = (k: number): number => vd[k + d + 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    // The snake back to the step's middle point, then the step: down (a line of b added) or right (a line of a removed).
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[lo + x] });
    }
    if (x === prevX) {
      y--;
      ops.push({ kind: '+', line: b[lo + y] });
    } else {
      x--;
      ops.push({ kind: '-', line: a[lo + x] });
    }
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    ops.push({ kind: ' ', line: a[lo + x] });
  }
  return ops.reverse();
}

/** `--- a/NAME`, `+++ b/NAME` and the hunks; the empty string when the texts are equal. */
export function unifiedDiff(name: string, before: string, after: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  let ahi = a.length;
  let bhi = b.length;
  while (ahi > lo && bhi > lo && a[ahi - 1] === b[bhi - 1]) {
    ahi--;
    bhi--;
  }
  const middle = myers(a, b, lo, ahi, bhi) ?? [
    ...a.slice(lo, ahi).map((line) => ({ kind: '-' as const, line })),
    ...b.slice(lo, bhi).map((line) => ({ kind: '+' as const, line })),
  ];
  const ops: Op[] = [...a.slice(0, lo).map((line) => ({ kind: ' ' as const, line })), ...middle, ...a.slice(ahi).map((line) => ({ kind: ' ' as const, line }))];
  return `--- a/${name}\n+++ b/${name}\n${hunks(ops)}`;
}

/** The changed ops with CONTEXT lines around them, as `@@ -l,s +l,s @@` hunks. */
function hunks(ops: readonly Op[]): string {
  let out = '';
  let i = 0;
  let aLine = 1;
  let bLine = 1;
  const lineOf = (op: Op): string => {
    const text = op.line.endsWith('\n') ? op.line : `${op.line}\n\\ No newline at end of file\n`;
    return op.kind + text;
  };
  while (i < ops.length) {
    if (ops[i].kind === ' ') {
      aLine++;
      bLine++;
      i++;
      continue;
    }
    // A hunk: from CONTEXT lines before this change to CONTEXT lines after the last change within 2·CONTEXT of the next.
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    for (let j = i, quiet = 0; j < ops.length; j++) {
      if (ops[j].kind === ' ') {
        if (++quiet > 2 * CONTEXT) break;
      } else {
        quiet = 0;
        end = j;
      }
    }
    const stop = Math.min(ops.length, end + CONTEXT + 1);
    const lead = i - start;
    const aStart = aLine - lead;
    const bStart = bLine - lead;
    let aCount = 0;
    let bCount = 0;
    let body = '';
    for (let j = start; j < stop; j++) {
      const op = ops[j];
      if (op.kind !== '+') aCount++;
      if (op.kind !== '-') bCount++;
      body += lineOf(op);
    }
    const range = (s: number, c: number): string => `${c === 0 ? s - 1 : s}${c === 1 ? '' : `,${c}`}`;
    out += `@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@\n${body}`;
    for (let j = i; j < stop; j++) {
      if (ops[j].kind !== '+') aLine++;
      if (ops[j].kind !== '-') bLine++;
    }
    i = stop;
  }
  return out;
}
