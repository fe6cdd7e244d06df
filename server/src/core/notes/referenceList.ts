/**
 * The document's own reference list: the entries under a heading such as "Bibliography", "References", "Works
 * cited" or "Literaturverzeichnis", outside its footnotes. A note that names an entry's author and the words of its
 * title ("Weinstein, The Corporate Ideal in the Liberal State" with "Weinstein, James. _The Corporate Ideal in the
 * Liberal State, 1900–1918_. Boston: …" listed) is a short form of that entry: the list gives its details
 * (docs/rules.md#missing-source-url). Read once per document, when a note first needs it; linear in the text.
 */
import type { MdFootnoteDef, MdHeading } from '../parse/markdown';

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
/** Words of four letters or more: the ones that tell a title. */
const reWord = /\p{L}{4,}/gu;
/** An entry's text read for its words: its first lines. */
const ENTRY_CHARS = 400;

export interface ListedEntry {
  /** The entry's first line, as written. */
  line: string;
  words: Set<string>;
}

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
   * The entry a note points to: one by a surname among the note's first capitalised words (`names`, lower case)
   * whose words hold the first two long words of the note's title (its one, if it has one), or two of the long
   * words that follow the surname in the note.
   */
  find(names: readonly string[], prose: string, title: string | undefined): ListedEntry | undefined {
    let lower: string | undefined;
    for (const name of names) {
      const entries = this.bySurname.get(name);
      if (!entries) continue;
      lower ??= prose.toLowerCase();
      const at = lower.indexOf(name);
      const from = at < 0 ? 0 : at + name.length;
      const after = (lower.slice(from, from + 200).match(reWord) ?? []).slice(0, 12);
      const titleWords = (title?.split(' ') ?? []).filter((w) => w.length >= 4).slice(0, 2);
      for (const entry of entries) {
        if (titleWords.length > 0 && titleWords.every((w) => entry.words.has(w))) return entry;
        let hits = 0;
        for (const w of after) if (entry.words.has(w) && ++hits === 2) return entry;
      }
    }
    return undefined;
  }
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
    const close = (): void => {
      if (open) list.add(open.surname, { line: open.line, words: new Set(open.text.toLowerCase().match(reWord) ?? []) });
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
        if (m) {
          close();
          open = { surname: m[1].toLowerCase(), line: line.trim().slice(0, 200), text: line };
        } else if (open && open.text.length < ENTRY_CHARS) open.text += ` ${line}`;
      }
      pos = eol + 1;
    }
    close();
  }
  return list;
}
