/** A bibliography as the checks read it: its entries with their positions, and where it cannot be read. */
import type { MessageKey } from '../messages';

export interface Reference {
  /** The citation key. */
  key: string;
  /** The CSL type Pandoc gives it (`article-journal`, `book`, `webpage`; `""` for BibTeX `misc`). */
  type: string;
  /** The entry's own type as written, lower case (BibTeX), or the CSL type. */
  sourceType: string;
  title?: string;
  url?: string;
  doi?: string;
  /** For display: the authors (or editors), family names first. */
  authors?: string;
  year?: string;
  /** Journal, book or site the work appears in. */
  container?: string;
  publisher?: string;
  /** Other fields that make the work traceable without a link (ISBN, ISSN, PMID, …), as written. */
  identifiers: string[];
  /** The whole entry in its file. */
  start: number;
  end: number;
  /** The key in its file. */
  keyStart: number;
  keyEnd: number;
  /** The key's line in its file (1-based), for messages. */
  line: number;
  /** The key's column on that line (0-based, in UTF-16 units), for editors. */
  column: number;
}

/**
 * Where and why Pandoc would stop reading a bibliography. `message` is in English; `key` and `params` say it in
 * the user's language (`wordProblem`, messages/index.ts): parsed bibliographies are cached and shared, whatever
 * the locale.
 */
export interface BibliographyProblem {
  message: string;
  key: MessageKey;
  params: Readonly<Record<string, string | number>>;
  start: number;
  end: number;
  /** 1-based, for messages. */
  line: number;
}

export type BibliographyFormat = 'bibtex' | 'csljson' | 'cslyaml';

export interface Bibliography {
  format: BibliographyFormat;
  /** In the file's order, duplicates included. */
  entries: Reference[];
  /** The entry of each key that Pandoc uses: the last of that key in the file. */
  byKey: Map<string, Reference>;
  /** Entries a later entry of the same key overrides (Pandoc uses the last), in the file's order. */
  duplicates: Reference[];
  /** Places Pandoc could not read: the entries read around them are still known. */
  problems: BibliographyProblem[];
}

/** Entries and problems with their offsets in `text`, before their lines are known. */
export type Unlined<T> = Omit<T, 'line' | 'column'>;

/** The bibliography of `text` (placed at `base` in a larger text): entries indexed by key, and every offset given its line in `text`. */
export function indexEntries(
  format: BibliographyFormat,
  text: string,
  unlinedEntries: Array<Unlined<Reference>>,
  unlinedProblems: Array<Unlined<BibliographyProblem>>,
  base = 0,
): Bibliography {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineOf = (at: number): number => {
    const offset = at - base;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  // Set in place: a reference's fields may be computed when first read (bibtex.ts), and a copy would read them all.
  const entries = unlinedEntries as Reference[];
  for (const e of entries) {
    e.line = lineOf(e.keyStart);
    e.column = e.keyStart - base - starts[e.line - 1];
  }
  const problems = unlinedProblems as BibliographyProblem[];
  for (const p of problems) p.line = lineOf(p.start);
  const byKey = new Map<string, Reference>();
  const duplicates: Reference[] = [];
  for (const e of entries) {
    const earlier = byKey.get(e.key);
    if (earlier) duplicates.push(earlier);
    byKey.set(e.key, e);
  }
  return { format, entries, byKey, duplicates, problems };
}

/** An entry's DOI without the `https://doi.org/` or `doi:` it may be written with; undefined when it has none. */
export function entryDoi(ref: Reference): string | undefined {
  const doi = ref.doi?.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
  return doi || undefined;
}

/** A bibliography's file name, for messages: the last part of its path. */
export function fileNameOf(file: string): string {
  return file.replace(/^.*[\\/]/, '');
}
