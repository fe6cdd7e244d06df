/**
 * The document's own reference list: the entries under a heading such as "Bibliography", "References", "Works
 * cited" or "Literaturverzeichnis", outside its footnotes. A note that names an entry's author and the words of its
 * title ("Weinstein, The Corporate Ideal in the Liberal State" with "Weinstein, James. _The Corporate Ideal in the
 * Liberal State, 1900–1918_. Boston: …" listed) is a short form of that entry: the list gives its details
 * (docs/rules.md#missing-source-url). Read once per document, when a note first needs it; linear in the text.
 */
import type { Span } from '../parse/blocks';
import type { MdFootnoteDef, MdHeading } from '../parse/markdown';
import { readNote, titleOf } from './classify';
import { letters } from '../text/letters';

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
const reEntryStart = letters(String.raw`^[ \t]{0,3}(?:(?:[-*+]|\d{1,4}[.)])[ \t]+)?(?:\*\*?|__?)?(\p{Lu}[\p{L}'’-]{1,40})(?:\*\*?|__?)?(?:,|:|\.|\s\()`, 'u');
/** A list item; a line that opens with a surname and a comma before a name. */
const reListItem = /^[ \t]{0,3}(?:[-*+]|\d{1,4}[.)])[ \t]+/;
const reSurnameComma = letters(String.raw`^[ \t]{0,3}(?:\*\*?|__?)?\p{Lu}[\p{L}'’-]{1,40}(?:\*\*?|__?)?,\s`, 'u');
/** A line that opens an author-year entry: "Jones, K. (2021).", "World Bank. 2020.", "Okafor, Ada, 2019". */
const reAuthorYear = letters(String.raw`^[ \t]{0,3}(?:\p{Lu}[\p{L}'’&.-]*[\s,]{1,2}){2,6}\(?(?:1[5-9]|20)\d\d[a-z]?\)?[.,]`, 'u');
/**
 * An organisation's entry with a title: "Ministry of Harbours and Tides. “Port Gateway.” 2020. <…>" (read by the
 * organisation's first word, as a note's names are), the name perhaps in italics (an outlet's, "*Harbour FT*.") or with
 * its initials ("Harbour Science Institute (HSI)."), the title perhaps on the next line.
 */
const reOrgEntryStart = letters(
  String.raw`^[ \t]{0,3}(?:(?:[-*+]|\d{1,4}[.)])[ \t]+)?(?:\*\*?|__?)?(\p{Lu}[\p{L}'’&-]+)(?:,?\s(?:of|for|and|on|to|in|a|an|the|de|du|des|la|le|&|\(?\p{Lu}[\p{L}'’&.()-]*)){1,12}(?:\*\*?|__?)?[.,](?:\s(?:\(?(?:1[5-9]|20)\d\d[a-z]?\)?[.,]\s)?[“"*_]|\s*$)`,
  'u',
);
/**
 * The end of an entry hard-wrapped onto a line of its own: a publisher, a comma and a year, then only a link or
 * nothing ("World Bank, 2004. <https://doi.org/…>."; not an author-date entry of its own, "World Bank. 2021. <…>").
 */
const reWrappedTail = /^[^"“*_.]{1,80},\s(?:1[5-9]|20)\d\d[a-z]?[.,]?\s*(?:<?(?:https?:\/\/|doi:)\S+>?\.?)?\s*$/u;
/** An entry by a surname with a particle, "van der Berg, P.", which the list does not read as a surname. */
const reOtherAuthor = letters(String.raw`^[ \t]{0,3}(?:van|von|de|der|den|du|da|di|del|le|la|ten|ter)\s(?:\p{Ll}{1,4}\s)?\p{Lu}[\p{L}'’-]+,\s`, 'u');
/** The dashes that stand for the author of the entry before: "——.", "---.", "———,". */
const reDitto = /^[ \t]{0,3}(?:(?:[-*+]|\d{1,4}[.)])[ \t]+)?(?:[—–]{2,}|-{3,}|_{3,})[.,]?\s/;
/** The spaces opening a line. */
function leadingSpaces(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}
/** An ordered list item's marker other than 1: "2.", "2019.", "3)". */
const reOrderedNotOne = /^[ \t]{0,3}(?!1[.)])\d{1,4}[.)]/;
/** A list item's marker. */
const reListMarker = /^(?:[-*+]|\d{1,4}[.)])[ \t]+/;
/** An entry's text read for its words: its first lines. */
const ENTRY_CHARS = 400;

export interface ListedEntry {
  /** The entry's first line, as written (its list marker left out). */
  line: string;
  /** Its author's surname, lower case. */
  surname: string;
  /** Its words in order, in lower case, space-separated and padded: " weller lena 2010 … ". */
  sequence: string;
  /** Its text, its first lines. */
  text: string;
  /** Its own title's words, padded, when first compared. */
  title?: string;
  /** Whether it gives what traces its work: a link or identifier, or a traceable form (read once, when first matched). */
  traceable?: boolean;
}

/** A year, not inside a longer number. */
const reYears = /(?<!\d)(?:1[5-9]|20)\d\d(?!\d)/g;
const reYear = /(?<!\d)(?:1[5-9]|20)\d\d(?!\d)/;
/** What makes an entry a source by itself: an address (also one GFM links from "www.", with a path), a DOI, an ISBN, a handle. */
const reEntryLink =
  /\bhttps?:\/\/(?!www\.?(?:\s|$|…|\.\.))[\w-]+(?:\.[\w-]+)+|(?<![\w.@/-])www\.[\w-]+(?:\.[\w-]+)+\/|\bdoi\.org\/10\.\d{4,9}\/|\bdoi:\s?10\.\d{4,9}\/|\b10\.\d{4,9}\/|\bISBN(?:-1[03])?:?\s?[\dXx][\dXx -]{8,16}|\bhdl\.handle\.net\//i;
/**
 * A title in quotes, then the journal it appeared in, in italics, named as a journal or given with its volume:
 * "“Title.” _Business History Review_ (1967)", "'Title' (1990) *GRUR Int*. 112" (not a blog or a newsletter by its
 * name alone, "*Harbour Insights*, 2021").
 */
const reContainer =
  /["”'’],?\s*(?:\((?:1[5-9]|20)\d\d\)\s*)?(?:[Ii]n:?\s)?[*_](?:[^*_]{0,100}(?<![A-Za-z])(?:Journal|Review|Quarterly|Studies|Annals|Bulletin|Proceedings|Transactions|Letters|Zeitschrift|Revue|Law|Int)(?![A-Za-z])[^*_]{0,60}[*_]|[^*_]{3,120}[*_]\.?,?\s(?!(?:1[5-9]|20)\d\d\b)\d{1,4}\b)/;
/** A work of several in a note: the note is sourced by the list only if each is. */
const reWorkBreak = letters(String.raw`;\s*(?:and\s)?|(?<=[.!?])\s+(?=\p{Lu}[\p{L}'’-]+,\s["“*_])`, 'u');

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
   * The entry a note points to, when every work the note cites (its parts between semicolons or sentences, at most 8) is an entry
   * that traces its work (`names`: how a part's author is found, its first capitalised words in lower case). The entry
   * of its first work. `whole`: each work's title is its entry's whole title (a note read as online: a story or a report
   * is not traced by a longer work of its author's).
   */
  find(prose: string, names: (part: string) => string[], whole = false): ListedEntry | undefined {
    const parts = prose.split(reWorkBreak).filter((p) => p.trim() !== '');
    if (parts.length > 8) return undefined;
    let first: ListedEntry | undefined;
    for (const part of parts) {
      const entry = this.findWork(part, names(part), whole);
      if (!entry) return undefined;
      first ??= entry;
    }
    return first;
  }

  /**
   * An entry by the author a short title names ("Ali, “Law.”" with "Ali, Syed. “Law: How Can the Rules Be Fixed?” …
   * <https://…>" listed) that traces its work: a style whose notes shorten its list's entries, in words of their own.
   */
  byAuthor(prose: string, names: (part: string) => string[]): ListedEntry | undefined {
    const name = names(prose)[0];
    return name === undefined ? undefined : this.bySurname.get(name)?.find((entry) => isTraceable(entry));
  }

  /**
   * The entry by a surname among `names` that gives the work: it names every author the note names before the title,
   * and its own title (in quotes or italics, else all its words) holds the note's title in order (up to twelve words;
   * with no title in quotes or italics, the first words after the surname, up to four, a first name right after it
   * left out), two of them not function words; a year the note gives is the entry's too. Only an entry that traces
   * its work itself (a link to a real host, an identifier, or a publisher, a journal's volume …) stands for it.
   */
  private findWork(part: string, names: readonly string[], whole: boolean): ListedEntry | undefined {
    const lower = part.toLowerCase();
    const title = titleOf(part);
    const years = lower.match(reYears) ?? [];
    const titleMark = part.search(reTitleMark);
    const head = part.slice(0, titleMark >= 0 ? titleMark : Math.max(0, part.indexOf(',')));
    // (a possessive is the name: "Unsworth’s *Companion*"; "D’Andrea" is read as the list's words are)
    const authors = (head.match(reCapitalised) ?? []).flatMap((w) => tokens(w.replace(/['’]s$/u, ''))).filter((w) => w.length >= 2 && !NOT_AUTHORS.has(w));
    for (const name of names) {
      const entries = this.bySurname.get(name);
      if (!entries) continue;
      let words: string[];
      if (title !== undefined) words = whole ? tokens(title) : tokens(title).slice(0, 12);
      else {
        const at = lower.indexOf(name);
        const from = at < 0 ? 0 : at + name.length;
        // "Okafor, Chidi, …": the first name is no word of the title; the title runs to the next stop or comma
        const rest = lower
          .slice(from, from + 200)
          .replace(/^,\s\p{L}+,/u, ',')
          .replace(/^[\s,:.]+/, '');
        const end = rest.search(/[,.;:(]/);
        words = tokens(end < 0 ? rest : rest.slice(0, end)).slice(0, 4);
      }
      const telling = words.filter((w) => /\p{L}/u.test(w) && !FUNCTION_WORDS.has(w));
      if (telling.length < 2 && !(title !== undefined && telling.length === 1 && telling[0].length >= 6)) continue;
      const seq = ` ${words.join(' ')} `;
      for (const entry of entries) {
        if (years.some((y) => !entry.sequence.includes(` ${y} `))) continue;
        if (!authors.every((a) => entry.surname === a || entry.sequence.includes(` ${a} `))) continue;
        // the entry's own title where it has one in quotes or italics: not its journal's name
        const own = (entry.title ??= titleSequence(entry.text));
        // `whole`: the entry's own title is the note's, no more ("Port Statistics Report" is not "… Report Card: …")
        const found = whole ? title !== undefined && own.startsWith(seq) && (own.length === seq.length || own.startsWith('| ', seq.length)) : own.includes(seq);
        if (found && isTraceable(entry)) return entry;
      }
    }
    return undefined;
  }
}

/** Words that tell no title from another: "The State of the …". */
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'for',
  'and',
  'to',
  'at',
  'by',
  'with',
  'from',
  'der',
  'die',
  'das',
  'und',
  'le',
  'la',
  'les',
  'de',
  'des',
  'et',
  'el',
  'los',
  'y',
]);

/** An entry's title in quotes or italics as padded words, or, with none, all its words. */
function titleSequence(text: string): string {
  const title = titleOf(text);
  // A chapter's entry names its book too, in italics after "in": "“Writing Off Treaties.” Chapter 4 in *The Harbour
  // Possessive*. …": a note may cite the book ("Reyes, *The Harbour Possessive*, Introduction.").
  const book = title === undefined ? undefined : reInBook.exec(text)?.[1];
  return ` ${tokens(title ?? text).join(' ')} ${book ? `| ${tokens(book).join(' ')} ` : ''}`;
}
/** The book a chapter is in: "in *Title*" (after "Chapter 4", "pp. 3-20", or alone). */
const reInBook = /\b[Ii]n:?\s(?:[^*_"“”]{0,40}\s)?[*_]{1,2}([^*_]{3,200})[*_]{1,2}/u;

/** Letters and digits, in lower case, as words. */
function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
}
/** Where a title in quotes or italics starts. */
const reTitleMark = /["“«‘*_]/;
const reCapitalised = letters(String.raw`\p{Lu}[\p{L}'’-]+`, 'gu');
/** Capitalised words before a title that name no author. */
const NOT_AUTHORS = new Set(['see', 'siehe', 'vgl', 'cf', 'also', 'so', 'auch', 'in', 'on', 'for', 'compare', 'e.g', 'ibid', 'und', 'and', 'et']);

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
 * definitions are not entries (notes are often put under "References"), nor lines of code or raw HTML (`literal`).
 * `sectionEnds[i]` is where heading i's block ends; `normalise` is how headings are compared.
 */
export function readReferenceList(
  text: string,
  headings: readonly MdHeading[],
  sectionEnds: readonly number[],
  defs: readonly MdFootnoteDef[],
  literal: readonly Span[],
  normalise: (name: string) => string,
): ReferenceList {
  const list = new ReferenceList();
  // Footnote definitions, and code and raw HTML (a list commented out, an example in a code block): no entries.
  const sorted = [...defs, ...literal].sort((a, b) => a.start - b.start);
  let d = 0;
  let reach = -1;
  let covered = -1;
  for (let h = 0; h < headings.length; h++) {
    if (!LIST_HEADINGS.has(normalise(headings[h].name))) continue;
    // A list inside a list's section (a "Sources" under "Bibliography") was read with it.
    if (headings[h].end < covered) continue;
    const end = sectionEnds[h];
    covered = end;
    let pos = headings[h].end;
    let open: { surname: string; line: string; text: string; inList: boolean; contentIndent: number } | undefined;
    let last: string | undefined;
    const close = (): void => {
      if (open) list.add(open.surname, { line: open.line, surname: open.surname, sequence: ` ${tokens(open.text).join(' ')} `, text: open.text });
      open = undefined;
    };
    while (pos < end) {
      let eol = text.indexOf('\n', pos);
      if (eol < 0 || eol > end) eol = end;
      const line = text.slice(pos, eol);
      while (d < sorted.length && sorted[d].start <= pos) reach = Math.max(reach, sorted[d++].end);
      const skipped = pos < reach;
      if (skipped || line.trim() === '') close();
      else {
        // A number and a stop opening a line that runs on from an entry's paragraph ("2019. <https://…>." wrapped by
        // Pandoc) is no list item: in CommonMark only "1." starts a list inside a paragraph; in a list, every number does.
        // A line indented to the item's text runs on in the item ("1. Ortiz, … May 3," then "   2019. <…>.").
        const item = reListItem.test(line) && (!open || (open.inList ? leadingSpaces(line) < open.contentIndent : !reOrderedNotOne.test(line)));
        const person = reEntryStart.exec(line);
        // an organisation's entry after an entry that ended: one entry a line
        const org = person === null && (!open || /[.)>]\s*$/.test(open.text)) ? reOrgEntryStart.exec(line) : null;
        const m = person ?? org;
        // "——. “Another Title.” …": another work of the author of the entry before.
        const ditto = !m && last !== undefined && reDitto.test(line);
        // A line that runs on from the one before ("Legende. Frankfurt am Main: …") is the same entry, unless it is a
        // list item, or the entry before ended and this one opens with a surname and a comma (one entry a line).
        const starts =
          ditto || (m && (!open || org !== null || item || (reSurnameComma.test(line) && (/[.)]\s*$/.test(open.text) || reAuthorYear.test(line)))));
        if (starts) {
          close();
          const entry = line.trim().replace(reListMarker, '');
          last = m ? m[1].toLowerCase() : last;
          const marker = reListItem.exec(line);
          open = { surname: last as string, line: entry.slice(0, 200), text: entry, inList: marker !== null, contentIndent: marker ? marker[0].length : 0 };
        } else if (open && !item && reWrappedTail.test(line)) {
          if (open.text.length < ENTRY_CHARS) open.text += ` ${line.trim()}`;
        } else if (item || reAuthorYear.test(line) || reOtherAuthor.test(line)) {
          // an item whose author is no surname (an organisation, "Van der Berg"): an entry of its own, not read
          close();
          last = undefined;
        } else if (open && open.text.length < ENTRY_CHARS) open.text += ` ${line.trim()}`;
      }
      pos = eol + 1;
    }
    close();
  }
  return list;
}
