/** One document's check, shared by every feature: parsed once per version. */
import type { CheckResult } from '../core/checker';
import type { ForesightConfig } from '../core/config/config';
import type { LinkLookup } from '../core/rules/rule';
import { LineIndex } from './lineIndex';

export interface Analysis extends CheckResult {
  uri: string;
  version: number;
  index: LineIndex;
  config: ForesightConfig;
  /** Link check results, when link checking is on for this document. */
  links?: LinkLookup;
}

export function withIndex(uri: string, version: number, result: CheckResult, config: ForesightConfig, links?: LinkLookup): Analysis {
  const md = result.model.md;
  return { ...result, uri, version, config, links, index: new LineIndex(md.lineStarts, result.model.text) };
}

/** The footnote reference or definition label at an offset, with the label's own range. */
export interface LabelAt {
  id: string;
  rawLabel: string;
  kind: 'reference' | 'definition' | 'undefined-reference';
  /** Offsets of the label text (inside the brackets). */
  labelStart: number;
  labelEnd: number;
  /** Offsets of the whole `[^label]` (or definition). */
  start: number;
  end: number;
}

export function labelAt(a: Analysis, offset: number): LabelAt | undefined {
  const md = a.model.md;
  const inside = (s: number, e: number): boolean => offset >= s && offset <= e;
  for (const r of md.refs)
    if (inside(r.start, r.end))
      return { id: r.id, rawLabel: r.rawLabel, kind: 'reference', labelStart: r.start + 2, labelEnd: r.end - 1, start: r.start, end: r.end };
  for (const r of md.undefinedRefs) {
    if (inside(r.start, r.end))
      return { id: r.id, rawLabel: r.rawLabel, kind: 'undefined-reference', labelStart: r.start + 2, labelEnd: r.end - 1, start: r.start, end: r.end };
  }
  for (const d of md.defs) {
    if (inside(d.start, d.labelEnd))
      return { id: d.id, rawLabel: d.rawLabel, kind: 'definition', labelStart: d.start + 2, labelEnd: d.labelEnd - 1, start: d.start, end: d.end };
  }
  return undefined;
}
