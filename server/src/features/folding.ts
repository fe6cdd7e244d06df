/** Folding: sections (every heading), front matter, the block of notes, and multi-line notes. */
import type { FoldingRange } from 'vscode-languageserver-types';
import { headingEnds } from '../core/model';
import type { Analysis } from './analysis';

export function foldingRanges(a: Analysis): FoldingRange[] {
  const model = a.model;
  const out: FoldingRange[] = [];
  const lineOf = (offset: number): number => a.index.positionAt(offset).line;
  const lastContentLine = (end: number): number => {
    let e = end;
    while (e > 0 && /\s/.test(model.text[e - 1])) e--;
    return lineOf(e);
  };
  const fm = model.md.frontMatter;
  if (fm) out.push({ startLine: lineOf(fm.start), endLine: lineOf(fm.end), kind: 'imports' });
  const ends = headingEnds(model.headings, model.text.length);
  model.headings.forEach((h, i) => {
    const endLine = lastContentLine(ends[i]);
    if (endLine > h.endLine) out.push({ startLine: h.line, endLine, kind: 'region' });
  });
  const defs = [...model.md.defs].sort((x, y) => x.start - y.start);
  // Runs of notes that follow one another (blank lines between are fine).
  let runStart = -1;
  let runEnd = -1;
  const flush = (): void => {
    if (runStart >= 0 && runEnd > runStart) out.push({ startLine: runStart, endLine: runEnd, kind: 'region' });
  };
  for (const d of defs) {
    if (d.endLine > d.line) out.push({ startLine: d.line, endLine: d.endLine, kind: 'region' });
    if (runStart >= 0 && model.text.slice(a.index.offsetAt({ line: runEnd + 1, character: 0 }), d.start).trim() === '') runEnd = d.endLine;
    else {
      flush();
      runStart = d.line;
      runEnd = d.endLine;
    }
  }
  flush();
  return out;
}
