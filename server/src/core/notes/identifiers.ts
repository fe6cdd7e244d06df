/**
 * Identifiers a note can cite a work by, found in its text with their
 * offsets: DOIs, ISBNs (checksum verified), arXiv ids, handles, PubMed and
 * PubMed Central ids, SSRN ids, URNs. docs/rules.md#missing-source-url lists them.
 * Every pattern is linear: no nested quantifiers, bounded repetitions.
 */
import type { Span } from '../parse/blocks';
import { partitionPoint } from '../text/search';

/** `address`: a web address written in code formatting (`https://…`): copyable, not clickable. */
export type IdentifierKind = 'doi' | 'isbn' | 'arxiv' | 'handle' | 'pmid' | 'pmcid' | 'ssrn' | 'urn' | 'address';

export interface Identifier {
  kind: IdentifierKind;
  /** The identifier itself (a DOI without `doi:`, an ISBN's digits). */
  value: string;
  start: number;
  end: number;
}

/** Identifiers that resolve to a web page (doi.org, arxiv.org, hdl.handle.net, PubMed, SSRN): as good as a link. */
export const RESOLVABLE: ReadonlySet<IdentifierKind> = new Set(['doi', 'arxiv', 'handle', 'pmid', 'pmcid', 'ssrn']);

/**
 * `doi:10.1000/xyz`, `DOI 10.1000/xyz` or a bare `10.1000/xyz` (not inside a URL or a word); the slash may be
 * written URL-encoded, as copied from a publisher's link (`doi:10.1177%2F0956797617734615`).
 */
const reDoi = /(?<![\w/.])(?:doi:?\s?|(?:dx\.)?doi\.org\/)?(10\.\d{4,9}(?:\/|%2[Ff])[^\s"<>]+)/gi;
const reIsbn = /\bISBN(?:-1[03])?:?\s?((?:\d[\s-]?){9}[\dXx](?:[\s-]?\d){0,3})(?![\w-])|\b(97[89]-\d{1,5}-\d{1,7}-\d{1,7}-\d)\b/g;
// (also as Semantic Scholar exports it, "ArXiv abs/1309.6226")
const reArxiv = /\barXiv(?::\s?|\sabs\/)(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]{2,20}(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?)/gi;
const reHandle = /\bhdl:\s?(\d+(?:\.\d+){0,8}\/[^\s"<>]+)/gi;
const rePmid = /\bPMID:?\s?(\d{1,9})\b/g;
const rePmcid = /\b(?:PMCID:?\s?)?(PMC\d{4,9})\b/g;
/** An SSRN paper by its abstract id: "SSRN Working Paper No. 5695662", "SSRN 3456789" (ssrn.com/abstract=ID). */
const reSsrn = /\bSSRN(?:\s(?:Working|Electronic)\sPapers?(?:\sSeries)?)?(?:\sNo\.?|\sid:?|:)?\s?(\d{6,8})\b/g;
const reUrn = /\b(urn:[a-z0-9][a-z0-9-]{0,31}:[^\s"<>]+)/gi;

/** Drops sentence punctuation a DOI cannot end with; keeps a closing parenthesis the DOI itself opened. */
export function trimDoi(doi: string): string {
  let open = 0;
  let close = 0;
  for (let i = 0; i < doi.length; i++) {
    const c = doi.charCodeAt(i);
    if (c === 40) open++;
    else if (c === 41) close++;
  }
  let end = doi.length;
  for (;;) {
    const last = doi[end - 1];
    if (end > 0 && ".,;:!?'*_]}".includes(last)) end--;
    else if (last === ')' && open < close) {
      end--;
      close--;
    } else return doi.slice(0, end);
  }
}

/** The resolver URL of a DOI (doi.org's own encoding advice: %, ", #, ?, space and non-ASCII are escaped). */
export function doiUrl(doi: string): string {
  return 'https://doi.org/' + doi.replace(/[%"#? ]|[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
}

function isbnValid(digits: string): boolean {
  if (digits.length === 10) {
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      const c = digits[i];
      const v = c === 'X' || c === 'x' ? (i === 9 ? 10 : NaN) : c.charCodeAt(0) - 48;
      sum += v * (10 - i);
    }
    return sum % 11 === 0;
  }
  if (digits.length === 13) {
    let sum = 0;
    for (let i = 0; i < 13; i++) sum += (digits.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
    return sum % 10 === 0 && /^\d{13}$/.test(digits);
  }
  return false;
}

interface Scan {
  re: RegExp;
  kind: IdentifierKind;
  /** Which group holds the value; the identifier's range is that group's. */
  value(m: RegExpMatchArray): string | undefined;
  normalise?(v: string): string | undefined;
}

const SCANS: Scan[] = [
  {
    re: reDoi,
    kind: 'doi',
    value: (m) => m[1],
    // (a prefix and its slash with nothing after them, "10.1177/.", names no work)
    normalise: (v) => {
      const doi = trimDoi(v.replace(/^(10\.\d+)%2f/i, '$1/'));
      return doi.endsWith('/') ? undefined : doi;
    },
  },
  {
    re: reIsbn,
    kind: 'isbn',
    value: (m) => m[1] ?? m[2],
    normalise: (v) => {
      const digits = v.replace(/[\s-]/g, '');
      return isbnValid(digits) ? digits.toUpperCase() : undefined;
    },
  },
  { re: reArxiv, kind: 'arxiv', value: (m) => m[1] },
  { re: reHandle, kind: 'handle', value: (m) => m[1], normalise: (v) => trimDoi(v) },
  { re: rePmid, kind: 'pmid', value: (m) => m[1] },
  { re: rePmcid, kind: 'pmcid', value: (m) => m[1] },
  { re: reSsrn, kind: 'ssrn', value: (m) => m[1] },
  { re: reUrn, kind: 'urn', value: (m) => m[1], normalise: (v) => trimDoi(v) },
];
const ORDER: IdentifierKind[] = ['address', ...SCANS.map((s) => s.kind)];

/** Quick test before running the scans on a line. */
const reMaybe = /10\.\d|isbn|97[89]-|arxiv|hdl:|pmid|pmc\d|ssrn|urn:/i;

/**
 * Identifiers in a note's lines, outside its code spans and outside the
 * URLs it links (a DOI inside a doi.org link is that link's).
 */
export function findIdentifiers(
  text: string,
  lines: readonly Span[],
  skip: ReadonlyArray<{ start: number; end: number }>,
  code: readonly Span[] = [],
): Identifier[] {
  const found: Identifier[] = [];
  // Some styles (EIPs) write a source's address in code formatting on purpose: it still names the source.
  for (const c of code) {
    const inner = text.slice(c.start, c.end).replace(/^`+\s?|\s?`+$/g, '');
    if (/^https?:\/\/[^\s`]{3,}$/.test(inner)) found.push({ kind: 'address', value: inner, start: c.start, end: c.end });
  }
  for (const span of lines) {
    const line = text.slice(span.start, span.end);
    if (!reMaybe.test(line)) continue;
    for (const scan of SCANS) {
      for (const m of line.matchAll(scan.re)) {
        const raw = scan.value(m);
        if (!raw) continue;
        const value = scan.normalise ? scan.normalise(raw) : raw;
        if (!value) continue;
        const at = span.start + (m.index as number) + m[0].indexOf(raw);
        // A DOI's range includes its `doi:` prefix, as written.
        const start = scan.kind === 'doi' ? span.start + (m.index as number) : at;
        found.push({ kind: scan.kind, value, start, end: at + (scan.kind === 'isbn' ? raw.length : value.length) });
      }
    }
  }
  if (found.length === 0) return found;
  // One sweep in offset order: drop what lies in a URL or code span, and
  // overlaps (a PMCID is no URN, a DOI no handle): the earlier-listed kind wins.
  found.sort((a, b) => a.start - b.start || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  const sortedSkip = [...skip].sort((a, b) => a.start - b.start);
  const out: Identifier[] = [];
  for (const id of found) {
    if (id.kind !== 'address' && overlapsAny(sortedSkip, id.start, id.end)) continue;
    const last = out[out.length - 1];
    if (last && last.end > id.start) continue;
    out.push(id);
  }
  return out;
}

/** Whether [start, end) meets one of `ranges` (disjoint, sorted by start): a binary search. */
export function overlapsAny(ranges: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  const last = partitionPoint(ranges.length, (k) => ranges[k].start < end) - 1;
  return last >= 0 && ranges[last].end > start;
}
