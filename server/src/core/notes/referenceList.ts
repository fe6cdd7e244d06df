/**
 * The document's own reference list: the entries under a heading such as "Bibliography", "References", "Works
 * cited" or "Literaturverzeichnis", outside its footnotes. A note that names an entry's author and the words of its
 * title ("Weinstein, The Corporate Ideal in the Liberal State" with "Weinstein, James. _The Corporate Ideal in the
 * Liberal State, 1900–1918_. Boston: …" listed) is a short form of that entry: the list gives its details
 * (docs/rules.md#missing-source-url). Read once per document, when a note first needs it; linear in the text.
 */
import type { MdFootnoteDef, MdHeading } from '../parse/markdown';
import { readNote, titleOf } from './classify';

/** Headings of a reference list, as normalised by the templates (lower case, no closing punctuation). */
const LIST_HEADINGS = new Set([
  'bibliography',
  'select bibliography',
  'selected bibliography',
  'references',
  'reference list',
  'list of references',
  'works cited',
  'works consulted',
  'literature',
  'literature cited',
  'sources',
  'sources cited',
  'further reading',
  'bibliographie',
  'références',
  'références bibliographiques',
  'ouvrages cités',
  'literatur',
  'literaturliste',
  'literaturverzeichnis',
  'quellen',
  'quellenverzeichnis',
  'quellen und literatur',
  'bibliografía',
  'bibliografia',
  'referencias',
  'referências',
  'referencias bibliográficas',
  'referências bibliográficas',
  'obras citadas',
  'fuentes',
  'fontes',
  'literatuur',
  'literatuurlijst',
]);

/** An entry's first line: an optional list marker or emphasis, then the author's surname and a comma, colon, stop or "(". */
const reEntryStart = /^[ \t]{0,3}(?:(?:[-*+]|\d{1,4}[.)])[ \t]+)?(?:\*\*?|__?)?(\p{Lu}[\p{L}'’-]{1,40})(?:\*\*?|__?)?(?:,|:|\.|\s\()/u;
/** A list item; a line that opens with a surname and a comma before a name. */
const reListItem = /^[ \t]{0,3}(?:[-*+]|\d{1,4}[.)])[ \t]/;
const reSurnameComma = /^[ \t]{0,3}(?:\*\*?|__?)?\p{Lu}[\p{L}'’-]{1,40}(?:\*\*?|__?)?,\s/u;
/** The dashes that stand for the author of the entry before: "——.", "---.", "———,". */
const reDitto = /^[ \t]{0,3}(?:(?:[-*+]|\d{1,4}[.)])[ \t]+)?(?:[—–]{2,}|-{3,}|_{3,})[.,]?\s/;
/** A list item's marker. */
const reListMarker = /^(?:[-*+]|\d{1,4}[.)])[ \t]+/;
/** Words of four letters or more: the ones that tell a title. */
const reWord = /\p{L}{4,}/gu;
/** An entry's text read for its words: its first lines. */
const ENTRY_CHARS = 400;

export interface ListedEntry {
  /** The entry's first line, as written (its list marker left out). */
  line: string;
  /** Its text, its first lines. */
  text: string;
  words: Set<string>;
  /** Its years. */
  years: Set<string>;
  /** Whether it gives what traces its work: a link or identifier, or a traceable form (read once, when first matched). */
  traceable?: boolean;
}

/** A year, not inside a longer number. */
const reYears = /(?<!\d)(?:1[5-9]|20)\d\d(?!\d)/g;
const reYear = /(?<!\d)(?:1[5-9]|20)\d\d(?!\d)/;
/** What makes an entry a source by itself: an address, a DOI, an ISBN, a handle. */
const reEntryLink = /\bhttps?:\/\/|\bdoi\.org\/|\bdoi:\s?10\.|\b10\.\d{4,9}\/|\bISBN\b|\bhdl\.handle\.net\//i;
/**
 * A title in quotes, then the journal or volume it appeared in, in italics: "“Title.” _Business History Review_ (1967)",
 * "'Title' (1990) *GRUR Int*. 112".
 */
const reContainer = /["”'’],?\s*(?:\((?:1[5-9]|20)\d\d\)\s*)?(?:[Ii]n:?\s)?[*_][^*_]{3,120}[*_]/;
/** A work of several in a note: the note is sourced by the list only if each is. */
const reWorkBreak = /;\s*(?:and\s)?/;

export class ReferenceList {
  private readonly bySurname = new Map<string, ListedEntry[]>();

  add(surname: string, entry: ListedEntry): void {
    const list = this.bySurname.get(surname) ?? [];
    // At most 64 entries a surname: a list of one author's hundred papers stays linear to search.
    if (list.length < 64) list.push(entry);
    this.bySurname.set(surname, list);
  }

  get size(): number {
    return this.bySurname.size;
  }

  /**
   * The entry a note points to, when every work the note cites (its parts between semicolons) is an entry that traces
   * its work (`names`: how a part's author is found, its first capitalised words in lower case). The entry of its
   * first work.
   */
  find(prose: string, names: (part: string) => string[]): ListedEntry | undefined {
    let first: ListedEntry | undefined;
    for (const part of prose.split(reWorkBreak, 8)) {
      if (part.trim() === '') continue;
      const entry = this.findWork(part, names(part));
      if (!entry) return undefined;
      first ??= entry;
    }
    return first;
  }

  /**
   * The entry by a surname among `names` that gives the work: its words hold the first two long words of the work's
   * title in quotes or italics (its one, if it has one); with no such title, two of the long words after the surname
   * (a first name right after it left out); a year the note gives is the entry's too. Only an entry that traces its
   * work itself (a link, an identifier, or a publisher, a journal's volume …) stands for it.
   */
  private findWork(part: string, names: readonly string[]): ListedEntry | undefined {
    const lower = part.toLowerCase();
    const title = titleOf(part);
    const titleWords = (title?.split(' ') ?? []).filter((w) => w.length >= 4).slice(0, 2);
    const years = lower.match(reYears) ?? [];
    for (const name of names) {
      const entries = this.bySurname.get(name);
      if (!entries) continue;
      let after: string[] = [];
      if (titleWords.length === 0) {
        const at = lower.indexOf(name);
        const from = at < 0 ? 0 : at + name.length;
        // "Okafor, Chidi, …": the first name is no word of the title
        const rest = lower.slice(from, from + 200).replace(/^,\s\p{L}+,/u, ',');
        after = (rest.match(reWord) ?? []).slice(0, 12);
      }
      for (const entry of entries) {
        if (years.some((y) => !entry.years.has(y))) continue;
        let match = titleWords.length > 0 && titleWords.every((w) => entry.words.has(w));
        if (!match && titleWords.length === 0) {
          let hits = 0;
          for (const w of after) if (entry.words.has(w) && ++hits === 2) break;
          match = hits === 2;
        }
        if (match && isTraceable(entry)) return entry;
      }
    }
    return undefined;
  }
}

function isTraceable(entry: ListedEntry): boolean {
  if (entry.traceable === undefined) {
    const r = readNote(entry.text);
    entry.traceable =
      reEntryLink.test(entry.text) ||
      (r.forms.length > 0 && r.web === undefined) ||
      (r.web === undefined && reYear.test(entry.text) && reContainer.test(entry.text));
  }
  return entry.traceable;
}

/**
 * The entries under every reference-list heading, up to the next heading of its level or higher. Lines of footnote
 * definitions are not entries (notes are often put under "References"). `sectionEnds[i]` is where heading i's block
 * ends; `normalise` is how headings are compared.
 */
export function readReferenceList(
  text: string,
  headings: readonly MdHeading[],
  sectionEnds: readonly number[],
  defs: readonly MdFootnoteDef[],
  normalise: (name: string) => string,
): ReferenceList {
  const list = new ReferenceList();
  const sorted = [...defs].sort((a, b) => a.start - b.start);
  let d = 0;
  let covered = -1;
  for (let h = 0; h < headings.length; h++) {
    if (!LIST_HEADINGS.has(normalise(headings[h].name))) continue;
    // A list inside a list's section (a "Sources" under "Bibliography") was read with it.
    if (headings[h].end < covered) continue;
    const end = sectionEnds[h];
    covered = end;
    let pos = headings[h].end;
    let open: { surname: string; line: string; text: string } | undefined;
    let last: string | undefined;
    const close = (): void => {
      if (open) {
        const lower = open.text.toLowerCase();
        list.add(open.surname, { line: open.line, text: open.text, words: new Set(lower.match(reWord) ?? []), years: new Set(lower.match(reYears) ?? []) });
      }
      open = undefined;
    };
    while (pos < end) {
      let eol = text.indexOf('\n', pos);
      if (eol < 0 || eol > end) eol = end;
      const line = text.slice(pos, eol);
      while (d < sorted.length && sorted[d].end < pos) d++;
      const inNote = d < sorted.length && sorted[d].start <= pos && pos < sorted[d].end;
      if (inNote || line.trim() === '') close();
      else {
        const m = reEntryStart.exec(line);
        // "——. “Another Title.” …": another work of the author of the entry before.
        const ditto = !m && last !== undefined && reDitto.test(line);
        // A line that runs on from the one before ("Legende. Frankfurt am Main: …") is the same entry, unless it is a
        // list item, or the entry before ended and this one opens with a surname and a comma (one entry a line).
        const starts = ditto || (m && (!open || reListItem.test(line) || (reSurnameComma.test(line) && /[.)]\s*$/.test(open.text))));
        if (starts) {
          close();
          const entry = line.trim().replace(reListMarker, '');
          last = m ? m[1].toLowerCase() : last;
          open = { surname: last as string, line: entry.slice(0, 200), text: entry };
        } else if (open && open.text.length < ENTRY_CHARS) open.text += ` ${line.trim()}`;
      }
      pos = eol + 1;
    }
    close();
  }
  return list;
}
