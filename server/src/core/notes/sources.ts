/**
 * The source of every note, computed once per document: short citations
 * resolved to the full citation they repeat, and, per the team's policy
 * (`sources.require`, docs/rules.md#missing-source-url), whether a citation
 * lacks a way for a reader to find its source.
 */
import type { Identifier } from './identifiers';
import { RESOLVABLE } from './identifiers';
import type { Reading } from './classify';
import { namesJournalOnly, normaliseTitle, reAnyTitle, reSingleQuotedTitle } from './classify';
import { letters } from '../text/letters';

/** What a note needs to know about itself here (the model's Note has more). */
export interface SourceNote {
  id: string;
  reading: Reading;
  urls: ReadonlyArray<{ url: string; kind: string }>;
  identifiers: Identifier[];
  /** The note's prose (what readNote read). */
  prose: string;
  antecedent?: SourceNote;
  missingSource?: string;
}

export type SourcePolicy = 'traceable' | 'link';

export interface SourceOptions {
  require: SourcePolicy;
  allowWithoutUrl: ReadonlyArray<{ test(text: string): boolean }>;
}

/** An address elided on purpose: its start and an ellipsis, "https://www.…", "http://www...". */
export const reElidedAddress = /^https?:\/\/(?:www\.?)?(?:…|\.{2,})$/i;

/** A URL a reader can follow to the source: a web or file address, absolute or relative; not mail, phone or an anchor. */
export function isFollowable(url: string): boolean {
  if (url === '' || url.startsWith('#')) return false;
  // An address elided on purpose, "https://www.…", or only its start, "http://www" (of "http://www. ..."): no link yet.
  if (reElidedAddress.test(url) || /^https?:\/\/(?:www\.?)?$/i.test(url)) return false;
  const scheme = /^([a-z][a-z0-9+.-]{1,31}):/i.exec(url)?.[1].toLowerCase();
  if (!scheme) return true;
  return scheme === 'http' || scheme === 'https' || scheme === 'ftp' || scheme === 'ftps' || scheme === 'doi' || scheme === 'hdl';
}

/**
 * Whether a note gives a link to its source (a followable URL, a resolvable identifier, a citation key, or a wikilink
 * to a page of the site by its path, `[[laws/data-privacy-act|Data Privacy Act]]`, which Quartz, Obsidian and Foam
 * render as a link).
 */
export function hasLink(note: SourceNote): boolean {
  return (
    note.urls.some((u) => isFollowable(u.url)) ||
    note.identifiers.some((i) => RESOLVABLE.has(i.kind)) ||
    (note.prose.includes('[[') && reWikilink.test(note.prose) && !reWikilinkPlaceholder.test(note.prose))
  );
}
// A page's path, with a folder or a slug's hyphen: "[[laws/data-privacy-act]]", "[[port-report-2023|…]]"; not "[[TBD]]",
// "[[citation needed]]", "[[Harbour Institute]]".
const reWikilinkPlaceholder = /\[\[[^\]]{0,40}(?:needed|tbd|todo|fixme|tk)\b/i;
const reWikilink = /\[\[[^\s[\]|]{1,150}[/-][^\s[\]|]{1,150}(?:\|[^[\]\n]{1,300})?\]\]/;

/**
 * Why a citation lacks a source under the policy, or undefined. Only full
 * citations are judged. In a report (a file with a template, or under a
 * `.foresight.yml`) every citation must be traceable; elsewhere (a blog post,
 * a book chapter) only a source the note itself says is online and gives no
 * link is reported: without a report's conventions, a note with no link may
 * be an aside or a printed work the classifier does not know
 * (docs/rules.md#missing-source-url).
 */
export function sourceProblem(note: SourceNote, options: SourceOptions, report = true): string | undefined {
  const r = note.reading;
  if (r.kind !== 'citation') return undefined;
  // A draft's "TODO" or "citation needed" in a report: the source is still to be supplied.
  if (r.placeholder !== undefined) return report ? `holds the place of a source ("${r.placeholder}"): the source is still to be supplied` : undefined;
  // Keys and author-date references are sourced by the bibliography or reference list they point into.
  if (r.citationKeys || r.authorDate) return undefined;
  // In a report, a dated work named by its title and linked only to a site's home page cannot be found from the link.
  // A dated work: a site, a blog or a database cited as itself, undated, is found at its home page.
  // The date it was read on ("Retrieved February 17, 2025, from …") dates the reading, not the work; a title that names
  // a document ("… Report", "Policy Brief No. 7") is a work of its own, dated or not.
  if (
    report &&
    r.title !== undefined &&
    r.forms.length === 0 &&
    reDated.test(note.prose) &&
    (reDated.test(note.prose.replace(reReadOn, ' ')) || reDocumentTitle.test(r.title))
  ) {
    const host = homePageOnly(note);
    if (host !== undefined && !namesTheSite(writtenTitle(note.prose) ?? r.title, host, note.prose) && !reSiteWork.test(note.prose))
      return `links only to the home page of ${host}, not to the work it cites`;
  }
  if (hasLink(note)) return undefined;
  // An address written wrongly ("ttps://…", "www.example.org/x" in code) is invalid-url's to report.
  if (reAddressAttempt.test(note.prose)) return undefined;
  if (options.allowWithoutUrl.some((re) => re.test(note.prose))) return undefined;
  // "Various publications, 2014–2024" names no work to trace, link or not; in a report an editor asks which.
  // (Outside a report, one that names an online source, "Wikipedia (walkouts); NPR", is still reported for its link.)
  if (r.vague !== undefined && report) return `cites no particular work ("${r.vague}"): name the works it draws on`;
  if (options.require === 'link' && report) {
    if (r.forms.includes('interview') || r.forms.includes('unpublished')) return undefined;
    return 'cites a source with no link (the team requires one: sources.require is link)';
  }
  // An address written out without its scheme ("example.org/reports/x") is no link, but a reader can type it.
  if (reBareAddress.test(note.prose)) return undefined;
  // Every form (book, article, legal, archival, interview, thesis, print …) traces the source without a link,
  // even when the note also says it was read online.
  if (r.forms.length > 0 || note.identifiers.length > 0) return undefined;
  if (r.web && (report || r.web.strong)) return `cites an online source (it ${r.web.reason}) but gives no link`;
  if (!report) return undefined;
  if (namesJournalOnly(note.prose)) return 'cites an article with no link and without the volume and pages to find it by';
  // "[@ stock2008, S. 84]": a key with a space after "@" is no key for Pandoc (docs/parser.md, "Citations").
  const spaced = reSpacedKey.exec(note.prose);
  if (spaced) return `writes a citation key with a space after "@" ("${spaced[0]}"), which Pandoc does not read as a key: nothing traces its source`;
  return 'cites a source with no link and nothing to trace it by (a URL, DOI or ISBN, a publisher and year, a journal volume and pages, or a legal reference)';
}

/** `[@ key`: a citation key written with a space after its "@". */
const reSpacedKey = letters(String.raw`\[-?@\s+[\p{L}\d_][\p{L}\d_:.#$%&+?<>~/-]{0,80}`, 'u');

/** A year: a work of a given date (a report, an article), not a site. */
export const reDated = /(?<!\d)(?:1[5-9]|20)\d\d(?!\d)/;
/** The date a page was read on, with its year. */
/** A title that names a document rather than a site or a product. */
const reDocumentTitle =
  /\b(?:report|brief|paper|study|survey|review|strategy|plan|analysis|assessment|guide|guidance|handbook|evaluation|bulletin|memo|dataset|outlook|statistics|yearbook)\b/i;
const reReadOn =
  /\b(?:accessed|retrieved|last\s(?:visited|accessed|checked)|viewed|consulté|abgerufen)(?:\s(?:on|le|am|en))?\s[^;()]{0,30}?(?:1[5-9]|20)\d\d(?!\d)/gi;

/** The first title in quotes or italics as written (its colon kept). */
function writtenTitle(prose: string): string | undefined {
  // In ‘…’ an apostrophe (’ before a letter: ‘Don’t Look Up’) does not close the title.
  const m = /["“]([^"”]{1,200})["”]|‘((?:[^‘’]|’(?=\p{L})){1,200})’|\*([^*]{1,200})\*|_([^_]{1,200})_/u.exec(prose);
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4]) : undefined;
}

/** Letters and digits only, lower-case, accents off: "The World Café" is "theworldcafe". */
function squash(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Whether a title names the site it links to, so the home page is the work: "Two Plantations: …" at
 * twoplantations.com, a blog at its address, "Home" or "Welcome to …" of a site. A report's title that only shares
 * a word with its agency's host ("Mental Health Services Data" at mentalhealth.va.gov) does not.
 */
function namesTheSite(title: string, host: string, prose: string): boolean {
  if (/\b(?:home|welcome|about)\b/i.test(title)) return true;
  // A company's or a product's own page cited as such, by its title or its label: "Harbour Dental, *Company Profile*",
  // "Tidewater, “Corporate Profile — Port Platform”", "Modern Harbour Corporate Profile FY2026, “…”", "… Product Page".
  if (rePagePhrase.test(title) || rePagePhrase.test(prose.split(/,|https?:\/\//)[0])) return true;
  // The note names the site as where the work is ("Jupyter.org. Web."): the site is what it cites.
  if (namesHost(prose, host)) return true;
  // The title's first part: a site's home page is titled "Name | Tagline" (an inner page "Page | Name").
  // (a name's expansion in brackets aside: "ATLAS (Adversarial Threat Landscape …)" at atlas.example)
  const main = squash(title.replace(/\s?\([^()]{0,200}\)/g, '').split(/:\s|\s[-–—|]\s/)[0]);
  if (main.length < 4) return false;
  // (a label's hyphens are no part of the name: "LLM Guard" at llm-guard.example)
  const labels = host.split('.').map((label) => label.replace(/-/g, ''));
  // The host is made of the title's words: "Web3 Is Going Just Great" at web3isgoinggreat.example (the first labels
  // only: a name is there, and a host of a thousand labels costs no more).
  const words = title.split(/\s+/).map(squash);
  if (labels.slice(0, 3).some((label) => label.length >= 8 && madeOfWords(label, words))) return true;
  // The author's own site gives the work a site of its own: Ada Reyes, "Tides of Trade", 2021, at tides.adareyes.example
  // (a department's subdomain named like its report, ptsd.va.gov for "PTSD Prevalence Data", is not the report).
  if (labels.length >= 3 && labels[0].length >= 4 && main.startsWith(labels[0]) && isAuthorsDomain(labels[1], prose)) return true;
  return labels.some((label) => label.length >= 4 && (label.includes(main) || (main.includes(label) && label.length >= 0.55 * main.length)));
}

/** A title or label that opens or closes with the name of a company's or product's page. */
const rePagePhrase =
  /^\W*(?:product\spage|corporate\sprofile|company\s(?:profile|overview))\b|\b(?:product\spage|corporate\sprofile|company\s(?:profile|overview))(?:\s(?:FY)?\d{2,4})?\W*$/i;

/** A URL as written in a note: the text a reader would see as the address, not as the site's name. */
const reWrittenUrl = /<?\bhttps?:\/\/[^\s>)\]]*>?/giu;

/**
 * Whether the note names the host as a name, "Jupyter.org", outside its addresses: not in a URL, not after "www." and
 * not as a link's text ("[rand.org](…)"), which are the link written out.
 */
function namesHost(prose: string, host: string): boolean {
  const written = prose.replace(reWrittenUrl, ' ');
  const text = written.toLowerCase();
  const name = host.toLowerCase();
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    // Named as a name, capitalised ("Jupyter.org"): a link's text, which the note's prose keeps without its brackets,
    // is the address as written, in lower case.
    if ((at === 0 || !/[./[\p{L}\d-]/u.test(text[at - 1])) && /\p{Lu}/u.test(written[at])) return true;
  }
  return false;
}

/**
 * Whether `label` is the title's words (squashed), most of them, in order, run together ("web3isgoinggreat" for "Web3
 * Is Going Just Great"), two words or more.
 */
function madeOfWords(label: string, words: readonly string[]): boolean {
  let at = 0;
  let used = 0;
  for (const w of words) {
    if (w !== '' && label.startsWith(w, at)) {
      at += w.length;
      used++;
    }
  }
  return at === label.length && used >= 2 && used * 2 >= words.filter((w) => w !== '').length;
}

/** Whether a host's label is the name of the note's author, as it opens the note: "Ada Reyes" or "Reyes, Ada" for adareyes. */
function isAuthorsDomain(label: string, prose: string): boolean {
  const [first, second] = prose.slice(0, 120).split(/[.,;(]/, 2);
  return label.length >= 6 && (squash(first) === label || squash(`${second ?? ''} ${first}`) === label);
}

/** A work that is a site of its own, found at its home page: an online catalogue raisonné, a database, a digital edition. */
const reSiteWork = /\bcatalogue raisonn[ée]|\b(?:online|digital|electronic)\s(?:catalogue|catalog|database|edition|archive|atlas)\b/i;

/** The host when every link of the note goes to a site's home page (no path, query or fragment), else undefined. */
function homePageOnly(note: SourceNote): string | undefined {
  if (note.identifiers.some((i) => RESOLVABLE.has(i.kind))) return undefined;
  let host: string | undefined;
  for (const u of note.urls) {
    if (!isFollowable(u.url)) continue;
    const m = /^https?:\/\/([^/?#\s]+)\/?$/i.exec(u.url.trim());
    if (!m) return undefined;
    host ??= m[1].replace(/^www\./i, '');
  }
  return host;
}

/**
 * A host and a path with no scheme, "newamerica.org/reports/building-tools/", a host given as the way into a search
 * ("search accessible via records.harbour.example"; not a document "available at" a site's home page), or a file of
 * the document's own repository by its relative path, closing the note ("Schema. ./schema/harbour_14.sql"): a reader
 * can type or open it.
 */
const reBareAddress =
  /(?<![@\p{L}\d./-])(?:[a-z\d][a-z\d-]{0,62}\.){1,6}[a-z]{2,12}\/[^\s)\]>]+|\b(?:search|query|portal|database|records)\b[^;.]{0,40}\b(?:accessible|available|searchable)\s(?:via|at|from|on)\s(?:[a-z\d][a-z\d-]{0,62}\.){1,6}[a-z]{2,12}\b|(?:^|[.:]\s)\.{1,2}\/(?:[\w.-]{1,80}\/){0,8}[\w-][\w.-]{0,80}\.[a-z\d]{1,6}\.?\s*$/iu;

/** Something written as a web address that is no link: a misspelt scheme, or an address GFM does not link. */
const reAddressAttempt = letters(
  String.raw`(?<![\p{L}\d])(?:h{0,2}t{1,2}p{1,2}s?|ftp):\s?\/{1,3}\s?(?!www\.?(?:…|\.{2}|\s|$)|…|\.)[^\s/]|(?<![\p{L}\d.])www\.[\p{L}\d-]+\.\p{L}{2,}`,
  'iu',
);

/**
 * A chapter's volume: `“Chapter,” in [Editors, eds.,] Volume Title[: subtitle], edited by …` or `… (Place: …)` or
 * `…, p. 17`, or a volume title in quotes or italics, its authors perhaps before it (`"Chapter." In "Volume," pp. 3–18`,
 * `in *Volume*`, `‘Chapter 6’, in Committee of Experts, *Volume*`); so is the
 * work a part of a game or a film is in, named by its kind (`Lund, dialogue, in *Harbour Quest*, "Quest."`). The
 * volume is named by its title's key (`titleKey`); after its authors or a part's kind, by its whole title with any
 * subtitle (`exactKey`): "*Harbour Quest: Deep Water*" is a sequel, not *Harbour Quest*.
 */
const reChapterIn = letters(
  String.raw`(?:[”"’],?|,\s(?<kind>dialog(?:ue)?|in[-‑]game text|audio (?:recordings?|logs?)|cut[-‑\s]?scenes?|voice[-‑\s]?over|narration|lyrics|transcript|loading screen|item description|codex entry),)\s(?:(?:moderated|edited|introduced|moderado|editado|introducido)\s(?:by|por)\s\p{Lu}[^,;()]{1,60},\s)?(?:[Ii]n|en)\s(?:(?<by>\p{Lu}[^,;“”"*_]{1,100},\s)?[*_“"](?<marked>\p{Lu}[^*_“”"]{3,150}?)[,.]?[*_”"]|(?:[^,“”"]{1,80},\s(?:eds?\.|editors?),\s)?(?<title>\p{Lu}[^,;()“”"]{3,150}?)(?:,\s(?:edited|ed\.|eds\.)|\s\(|,\s(?:pp?\.\s?)?\d|\.?$))`,
  'u',
);

/** A title's words before any subtitle as keys compare them: letters and digits of any script, lower-case, accents off. */
function titleWords(title: string): string[] {
  return title
    .split(/:\s/)[0]
    .normalize('NFD')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''));
}

/** Words joined into a key; undefined under 8 letters, too short to tell works apart ("ΕΣΠΑ 2014-2020" is 4). */
function keyOf(words: string[]): string | undefined {
  const key = words.join('');
  return key.replace(/\p{N}+/gu, '').length >= 8 ? key : undefined;
}

/** A title's key (titleWords, keyOf). */
function titleKey(title: string): string | undefined {
  return keyOf(titleWords(title));
}

/** A title's key and the keys of its first two to eight words. */
function titlePrefixes(title: string | undefined): string[] {
  if (title === undefined) return [];
  const words = titleWords(title);
  const keys = new Set<string>();
  for (let n = 2; n < Math.min(words.length, 9); n++) {
    const key = keyOf(words.slice(0, n));
    if (key !== undefined) keys.add(key);
  }
  const whole = keyOf(words);
  if (whole !== undefined) keys.add(whole);
  return [...keys];
}

/**
 * The volume a chapter is in, when the note cites a chapter "in" a titled volume: its key, and its whole title's key,
 * which is the one to look for after a part's kind, or after its authors when it gives a subtitle (`exact`).
 */
function volumeOf(prose: string): { key: string | undefined; whole: string | undefined; exact: boolean } | undefined {
  const groups = reChapterIn.exec(prose)?.groups;
  const title = groups?.marked ?? groups?.title;
  if (title === undefined) return undefined;
  // (after its authors, a volume named without its subtitle is found by its first words, as elsewhere)
  return { key: titleKey(title), whole: exactKey(title), exact: groups?.kind !== undefined || (groups?.by !== undefined && /:\s/.test(title)) };
}

/** A whole title's key, subtitle and all ("harbour quest deep water"), kept apart from titleKey's. */
function exactKey(title: string): string | undefined {
  const key = keyOf(titleWords(title.replace(/:\s/g, ' ')));
  return key === undefined ? undefined : `whole:${key}`;
}

/**
 * The works cited in full with their source so far, which a later note (in reading order) that gives no source of
 * its own may cite again (docs/rules.md#missing-source-url). A later note repeats one when
 * - the volume it cites a chapter "in" is the volume of one, or the title of a book;
 * - its title (in quotes or italics, 8 letters or more) is the title, the first words of the title, or the volume of
 *   one, and it names that citation's author's surname ("see Vogel on tides in *The Harbour Years*, p. 12" after "Ada
 *   Vogel, *The Harbour Years* (Halifax: Tern Press, 2001)"; not "Avicenna, *Metaphysics*" after "Aristotle,
 *   *Metaphysics*");
 * - or its author's names are all that citation's and nearly all of its words (at least four, 85%) are among that
 *   citation's first 48 words, in the same order, locators aside ("Foreville, Lateran I, II, III, and Lateran IV,
 *   pp. 285–95" after the citation with its translator, place and publisher).
 * A year, volume or edition the later note gives that the earlier one does not makes it another work, and a note
 * that cites several works ("A; B", two titles of its own) is never taken for a repeat of one. Bounded: 4096
 * titles, 4096 names with 16 citations each.
 */
export class KnownWorks {
  /** By title and volume key: the citation's work, and whether the key names a volume (or a book's title). */
  private readonly titles = new Map<string, { work: Work; volume: boolean }>();
  /** By each of the first three names of their authors: the citations' works. */
  private readonly byName = new Map<string, Work[]>();

  /** Remembers a citation that gives its source. */
  add(note: SourceNote): void {
    if (note.reading.kind !== 'citation') return;
    const work = workOf(note);
    const book = note.reading.forms.includes('book');
    // A title is also found by its first words ("*Different Drummers*" after "*Different Drummers Rhythm and Race*").
    const keys: Array<[string | undefined, boolean]> = titlePrefixes(note.reading.title).map((key) => [key, book]);
    const volume = volumeOf(note.prose);
    keys.push([volume?.key, true], [volume?.whole, true]);
    // (and a book by its whole title, for a part of it named by its kind: "Lund, dialogue, in *Harbour Quest*")
    if (book && note.reading.title !== undefined) keys.push([exactKey(note.reading.title), true]);
    for (const [key, volume] of keys) {
      if (key === undefined) continue;
      const known = this.titles.get(key);
      if (known ? volume && !known.volume : this.titles.size < 4096) this.titles.set(key, { work, volume });
    }
    for (const name of work.names.slice(0, 3)) {
      const list = this.byName.get(name);
      if (list) {
        if (list.length < 16) list.push(work);
      } else if (this.byName.size < 4096) this.byName.set(name, [work]);
    }
  }

  /**
   * The work whose title is `key` but for one letter left out, added or changed, found by the title's first two words:
   * "*Harbours: Through Phenomenology to Tides*" after "*Harbours: Through Phenomenolgy to Tides*". Titles of 16 letters
   * or more: a short title one letter from another is as often another work.
   */
  private misspelt(key: string, title: string | undefined): Work | undefined {
    const first = title === undefined ? undefined : keyOf(titleWords(title).slice(0, 2));
    const work = first === undefined || key.length < 16 ? undefined : this.titles.get(first)?.work;
    const known = work?.title === undefined ? undefined : titleKey(work.title);
    return known !== undefined && oneEditApart(key, known) ? work : undefined;
  }

  /** Whether a citation cites again a work remembered here. */
  repeats(note: SourceNote): boolean {
    if (note.reading.kind !== 'citation' || reSeveral.test(note.prose.replace(reMarkedOrAside, ' '))) return false;
    // Two titles of its own (a volume after "in" aside): two works ("Vogel, *A*, p. 12, and Ortiz, *B*, p. 4"), one of
    // which may have no source.
    if ((note.prose.match(reTitleMark) ?? []).length > 1) return false;
    const work = workOf(note);
    const same = (earlier: Work): boolean => distinctOf(work).every((token) => distinctOf(earlier).includes(token));
    const volume = volumeOf(note.prose);
    const wanted = volume?.exact ? volume.whole : volume?.key;
    const inVolume = wanted === undefined ? undefined : this.titles.get(wanted);
    if (inVolume !== undefined && inVolume.volume && same(inVolume.work)) return true;
    const title = note.reading.title === undefined ? undefined : titleKey(note.reading.title);
    const entry = title === undefined ? undefined : this.titles.get(title);
    // A volume cited before by a chapter "in" it, now by its title and its authors, all named in that citation: "See
    // Committee of Experts …, *A Free Harbour*." after "See ‘Chapter 6’, in Committee of Experts …, *A Free Harbour: …*,
    // Ministry of Tides, 2018, <link>".
    const fullNames = work.names.filter((n) => !n.endsWith('.'));
    if (entry?.volume && fullNames.length > 0 && same(entry.work) && !addsTo(work, entry.work)) {
      // (named outside its titles: "Ben Lund, ‘Ada Reyes’s Quays’, in …" names Reyes as the chapter's subject)
      const capitals = capitalsOf(entry.work.prose.replace(reAnyTitle, ' ').replace(reSingleQuotedTitle, ' '));
      if (fullNames.every((n) => capitals.has(n))) return true;
    }
    const exact = entry?.work;
    const titled = exact ?? (title === undefined ? undefined : this.misspelt(title, note.reading.title));
    // (a title one letter from the earlier one's is that title: its words are not read as new)
    if (titled?.surname !== undefined && same(titled) && capitalsOf(note.prose).has(titled.surname) && !addsTo(work, titled, exact === undefined)) return true;
    const sequence = sequenceOf(work);
    if (work.names.length === 0 || sequence.length < 4) return false;
    // Nearly all of its words, in their order, among the first words of a citation with the same author's names: a
    // long earlier note that discusses the author's works at length holds many words of any later one, in any order.
    return (this.byName.get(work.names[0]) ?? []).some((earlier) => {
      if (!work.names.every((n) => earlier.names.includes(n)) || !same(earlier) || addsTo(work, earlier)) return false;
      const known = sequenceOf(earlier);
      let shared = 0;
      let at = 0;
      for (const w of sequence) {
        const found = known.indexOf(w, at);
        if (found >= 0) {
          shared++;
          at = found + 1;
        }
      }
      return shared >= 0.85 * sequence.length;
    });
  }
}

/** Whether `a` becomes `b` by leaving out, adding or changing one character (or none): one pass over both. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  // the rest after one character left out of the longer, or changed
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
  if (b.length > a.length) return a.slice(i) === b.slice(i + 1);
  return a.slice(i + 1) === b.slice(i + 1);
}

/** Titles in quotes or italics, and parentheses, whose ";" is no break between citations. */
const reMarkedOrAside = /\([^()]*\)|\*[^*]*\*|_[^_]*_|"[^"]*"|“[^“”]*”/g;
/** "; " between two citations. */
const reSeveral = /;\s/;

/** A citation as KnownWorks compares it. */
interface Work {
  /** Its prose (what readNote read). */
  prose: string;
  /** Its author's names: the capitalised words and initials before its first comma, colon, title or parenthesis. */
  names: string[];
  /** The last of those names that is no initial: what a later note names it by. */
  surname?: string;
  /** The first 48 words of its identity (citationIdentity), in order; read when first compared. */
  sequence?: string[];
  /** Its years, volumes and editions ("year 2001", "vol 2", "ed 2"), a repeat giving no other; read when first compared. */
  distinct?: string[];
  /** Its words, lower-cased, of its first 2000 characters; read when first compared. */
  words?: Set<string>;
  /** Its title as the classifier read it (normalised). */
  title?: string;
}

/** Where an author's names end: a comma, colon, semicolon, parenthesis, a title's mark, or a full stop after a word. */
const reNamesEnd = letters(String.raw`[,;:(*_"“‘]|(?<=\p{L}{2})\.(?:\s|$)`, 'u');
/** A capitalised word. */
const reCapitalised = letters(String.raw`\p{Lu}[\p{L}'’-]{1,40}`, 'gu');
/** A name: a capitalised word, or an initial ("A.", kept with its stop so that "A. Vogel" is not "B. Vogel"). */
const reName = letters(String.raw`\p{Lu}[\p{L}'’-]{1,40}|\p{Lu}\.`, 'gu');
/** A name as compared: lower-case, a possessive "'s" off. */
const nameKey = (word: string): string => word.toLowerCase().replace(/['’]s$/, '');
const NOT_NAMES = new Set(['the', 'and', 'for', 'von', 'van', 'der', 'den', 'des', 'del', 'della', 'les', 'und', 'une']);
/**
 * What tells one edition, volume or year of a work from another: a year (also in "FY2020"), a volume, book, part or
 * tome by number or word ("vol. 2", "Volume Two", "Book 2"), an edition ("2nd ed.", "3rd edn").
 */
const reDistinct =
  /(?<!\d)(?:1[5-9]|20)\d{2}(?!\d)|\b(?:vol(?:ume)?|book|part|tome)\.?\s?(?:[\divxlc]{1,6}|one|two|three|four|five|six|seven|eight|nine|ten)\b|\b\d{1,2}(?:st|nd|rd|th)\s?edn?\b/gi;
/** Titles in italics, or in quotes ending in a comma or stop as titles do (not scare quotes), but for a volume after "in". */
const reTitleMark = /(?<!\b(?:[Ii]n|en)\s)(?:\*[^*\s][^*]*\*|_[^_\s][^_]*_|"[^"]*[,.]"|“[^“”]*[,.]”)/g;

/** "… see Martin Munro, …": the names follow "see". */
const reSeeBeforeName = letters(String.raw`(?:^|[,;.]\s|\s)see(?:\s+also)?\s+(?=\p{Lu})`, 'iu');

/** An author's names: the capitalised words and initials before a citation's first comma, colon, title or parenthesis. */
/** "See", "e.g.", "Zie", "Vgl." opening a note, perhaps in italics as Bluebook sets them ("*See also*"): signals, no word of the work or of its author's name. */
const reSignalOpening = /^(?:[*_]{0,2}(?:see|cf\.?|also|e\.g\.,?|zie|vgl\.|siehe|voir|véase)[*_]{0,2}:?\s+)+/i;

function namesOf(prose: string): string[] {
  // A remark before the citation ("On rhythm in Césaire, see Martin Munro, *Different Drummers*"): the names follow "see".
  const see = reSeeBeforeName.exec(prose.slice(0, 200));
  const from = see ? see.index + see[0].length : 0;
  const head = prose.slice(from).replace(reSignalOpening, '').slice(0, 120);
  const end = head.search(reNamesEnd);
  return [...reName.matchAll(end < 0 ? head : head.slice(0, end))]
    .map((m) => nameKey(m[0]))
    .filter((w) => !NOT_NAMES.has(w))
    .slice(0, 6);
}

/** A citation as KnownWorks remembers it: its names now, the rest when it is first compared (most never are). */
function workOf(note: SourceNote): Work {
  const names = namesOf(note.prose);
  return { prose: note.prose, names, surname: [...names].reverse().find((n) => !n.endsWith('.')), title: note.reading.title };
}

function sequenceOf(work: Work): string[] {
  return (work.sequence ??= citationIdentity(work.prose.replace(reSignalOpening, '').replace(reVolumeOf, ' ')).split(' ', 48));
}
/** The volume of a work in several, "deel 2", "dl. II", "Bd. 3": where in the work, as a page is. */
const reVolumeOf = /\b(?:deel|dl\.|Bd\.|Band|tome|t\.)\s?[\divxlcIVXLC]{1,6}\b/gu;

/** A token per year, volume and edition, of its kind: "year 2001", "vol 2", "ed 2". */
function distinctOf(work: Work): string[] {
  return (work.distinct ??= (work.prose.match(reDistinct) ?? []).map((d) => {
    const t = d.toLowerCase();
    if (/^\d{4}$/.test(t)) return `year ${t}`;
    const ed = /^(\d{1,2})(?:st|nd|rd|th)/.exec(t);
    return ed ? `ed ${ed[1]}` : `vol ${t.split(/[.\s]+/).pop()}`;
  }));
}

/** Short words of a title, which another work's title may share. */
const TITLE_STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'for', 'and', 'to', 'with', 'from', 'by', 'at', 's']);
/** A number that tells one document of a series from another: "13th Meeting", "Circular No. 7". */
const reSeriesNumber = /\b(\d{1,4})(?:st|nd|rd|th)\b|\b(?:No|Nos|Nr|Number)\.?\s?(\d{1,6})\b/gi;

/**
 * Whether a later citation names what the earlier one does not: a word of its title (another country or subtitle:
 * "Article IV Consultation with Tidewater" after "… with Harbouria") or a number of a series (the 13th meeting after
 * the 12th, circular No. 7 after No. 4). Then it cites another work of the same author. Words outside its title
 * (an editor's name spelt out, a locator) tell nothing.
 */
function addsTo(work: Work, earlier: Work, sameTitle = false): boolean {
  const known = (earlier.words ??= wordsOf(earlier.prose.slice(0, 2000)));
  if (!sameTitle) for (const w of work.title?.split(' ') ?? []) if (!TITLE_STOP.has(w) && !known.has(w)) return true;
  for (const m of work.prose.slice(0, 2000).matchAll(reSeriesNumber)) if (!known.has(m[1] ?? m[2])) return true;
  return false;
}

/** Its words, lower-cased: whole ("12th") and in letters and digits ("12", "th"). */
function wordsOf(prose: string): Set<string> {
  const lower = prose.toLowerCase();
  return new Set([...(lower.match(/[\p{L}\d]+/gu) ?? []), ...(lower.match(/\p{L}+|\d+/gu) ?? [])]);
}

/** Its capitalised words, lower-cased. */
function capitalsOf(prose: string): Set<string> {
  const capitals = new Set<string>();
  for (const m of reCapitalised.matchAll(prose)) capitals.add(nameKey(m[0]));
  return capitals;
}

/** The citation a note stands for: itself, or for a short citation the one it repeats. */
export function sourceOf<T extends SourceNote>(note: T): T | undefined {
  if (note.reading.kind === 'short-citation') return note.antecedent as T | undefined;
  return note;
}

/**
 * Resolves short citations, in reading order (notes nobody cites come after,
 * in the order they are written), in one pass:
 * - Ibid. and Id.: the source of the last note that cited one;
 * - supra note N: note N's source;
 * - op. cit. and "Author, Short title": the latest full citation whose
 *   first words hold that author (and, for short titles, whose title starts
 *   with the short title's first word).
 * Author-date short forms ("Smith 2010") point into a reference list, not a note.
 */
export function resolveShortCitations<T extends SourceNote>(sequence: readonly T[], byLabel: (label: string) => T | undefined): void {
  let lastSource: T | undefined;
  const byAuthor = new Map<string, T>();
  const works = new WorksByName<T>();
  for (const note of sequence) {
    let r = note.reading;
    // A short form after "quoted in" that repeats no earlier citation: the note is judged as written.
    if (r.unlessResolved !== undefined && shortTarget(note, r, lastSource, byLabel, byAuthor, works) === undefined) note.reading = r = r.unlessResolved;
    if (r.kind === 'short-citation') {
      const target = shortTarget(note, r, lastSource, byLabel, byAuthor, works);
      note.antecedent = target;
      if (target) lastSource = target;
      // "Ibid., 108; see also Ada Reyes, *Tides* (Harbour Press, 2009).": the works it goes on to cite in full are
      // found by a later short title, as a full citation's are.
      if ((r.shortForm === 'ibid' || r.shortForm === 'id') && note.prose.length > 40) works.add(note);
      continue;
    }
    // (a short title read as written, since it shortened nothing, is no full citation for later ones to shorten)
    if (r.kind === 'citation' && !r.unresolvedShort) for (const w of authorWords(note.prose)) byAuthor.set(w, note);
    if ((r.kind === 'citation' || r.kind === 'commentary') && !r.unresolvedShort) works.add(note);
    // "Ibid." repeats whatever the note before it gave, an aside with a link included.
    if (r.kind !== 'empty') lastSource = note;
  }
}

/** The full citation a short citation repeats, from the notes read before it. */
function shortTarget<T extends SourceNote>(
  note: T,
  r: Reading,
  lastSource: T | undefined,
  byLabel: (label: string) => T | undefined,
  byAuthor: ReadonlyMap<string, T>,
  works: WorksByName<T>,
): T | undefined {
  if (r.container) {
    const before = lastSource?.reading;
    return before?.kind === 'citation' && before.web === undefined && (before.forms.includes('article') || before.forms.includes('book'))
      ? lastSource
      : undefined;
  }
  if (r.shortForm === 'ibid' || r.shortForm === 'id') return lastSource;
  if (r.shortForm === 'supra') {
    const n = r.supraNote ? byLabel(r.supraNote) : undefined;
    const target = n && n !== note ? (sourceOf(n) ?? undefined) : undefined;
    // "Org, “Title” (note 8)" (judged as written when it resolves nothing): note 8 must cite something
    if (r.unlessResolved !== undefined) return target?.reading.kind === 'citation' ? target : undefined;
    return target ?? (r.author ? byAuthor.get(r.author.toLowerCase()) : undefined);
  }
  if (r.author && (r.shortForm === 'op-cit' || r.shortForm === 'short-title')) {
    const candidate = byAuthor.get(r.author.toLowerCase());
    const word = r.title?.split(' ')[0];
    if (candidate && (r.shortForm === 'op-cit' || !word || !candidate.reading.title || candidate.reading.title.includes(word))) return candidate;
    // Another work of the author ("Reyes, *Harbour Futures*." after her *Quays of the North*), one among several a note
    // cites ("…; Ada Reyes, *The 1812 Harbour Strike and Its Sequel* (…); …"), or one an aside names in full: a recent
    // note naming the author that holds a title with the short title's words in order (of four letters at least).
    if (r.shortForm === 'short-title' && r.title !== undefined && r.title.length >= 4) return works.find(r.author.toLowerCase(), r.title);
  }
  return undefined;
}

/**
 * A title in quotes or italics (reAnyTitle), or in single curly quotes as British and OSCOLA styles set an article's
 * ("Born and Barry, ‘Art-Science’"): an apostrophe inside it is one followed by a letter ("Men’s").
 */
const reTitleOrSingle = letters(`${reAnyTitle.source}|‘(?:[^‘’]|’(?=\\p{L})){1,300}’`, 'gu');

/** How much of a note is read for the names and titles it holds: a note citing several works names them all early. */
const NAMES_READ = 2000;
/** The notes kept for each name: the latest, as a short form repeats a work cited not long before. */
const WORKS_PER_NAME = 8;

/**
 * Recent notes by the capitalised words they hold (an author's name among them), with the titles in quotes or italics
 * each gives: where a short title finds its work. Each note is read once (its first NAMES_READ characters, at most 64
 * names and 16 titles) and each lookup compares at most WORKS_PER_NAME notes' titles: linear.
 */
class WorksByName<T extends SourceNote> {
  private readonly byName = new Map<string, Array<{ note: T; titles: string[] }>>();

  add(note: T): void {
    const head = note.prose.slice(0, NAMES_READ);
    const titles: string[] = [];
    for (const m of reTitleOrSingle.matchAll(head)) {
      titles.push(normaliseTitle(m[0]));
      if (titles.length === 16) break;
    }
    if (titles.length === 0) return;
    const work = { note, titles };
    // (at most 64 names: the authors of every work it cites among them)
    for (const name of capitalisedWords(head, 64)) {
      const list = this.byName.get(name) ?? [];
      if (list[list.length - 1]?.note === note) continue;
      list.push(work);
      if (list.length > WORKS_PER_NAME) list.shift();
      this.byName.set(name, list);
    }
  }

  /** The latest note naming `name` with a title that holds `title`'s words in order (an article before them left out). */
  find(name: string, title: string): T | undefined {
    const list = this.byName.get(name);
    const short = title.replace(/^(?:the|a|an|le|la|les|l|der|die|das|el|los|las) /, '');
    for (let k = (list?.length ?? 0) - 1; k >= 0; k--) {
      const { note, titles } = (list as Array<{ note: T; titles: string[] }>)[k];
      if (titles.some((t) => ` ${t} `.includes(` ${short} `))) return note;
    }
    return undefined;
  }
}

/**
 * A citation's author and title, when it gives a title: a later citation with the same repeats the work
 * ("Treasury Board, "Guide to Open Source."" after the full citation with its link) and is judged with it.
 */
export function workKey(note: SourceNote): { author: string; title: string } | undefined {
  const title = note.reading.title;
  if (note.reading.kind !== 'citation' || title === undefined) return undefined;
  return { author: authorWords(note.prose)[0] ?? '', title };
}

/**
 * The works cited so far, by author: a citation is a repeat when an earlier one by the same author has its title,
 * or a longer title that starts with it ("Russell, *Human Compatible*, 2019" after "*Human Compatible: Artificial
 * Intelligence and the Problem of Control*").
 */
export class WorksCited {
  private readonly byAuthor = new Map<string, string[]>();

  /** Whether `work` repeats one seen before; remembers it if not. */
  seen(work: { author: string; title: string }): boolean {
    const titles = this.byAuthor.get(work.author) ?? [];
    if (titles.some((t) => t === work.title || t.startsWith(work.title + ' '))) return true;
    // At most 64 titles an author: a report citing one author hundreds of times stays linear.
    if (titles.length < 64) titles.push(work.title);
    this.byAuthor.set(work.author, titles);
    return false;
  }
}

/** Capitalised words among a citation's first words (lower case): where its author's name is. */
export function authorWords(prose: string): string[] {
  return capitalisedWords(prose.replace(reSignalOpening, '').slice(0, 80), 4);
}

/** The capitalised words of `text`, lower case, the first `max` of them. */
function capitalisedWords(text: string, max: number): string[] {
  const out: string[] = [];
  for (const m of reCapitalised.matchAll(text)) {
    out.push(m[0].toLowerCase());
    if (out.length === max) break;
  }
  return out;
}

/**
 * A citation's identity for comparison: its words, without URLs, locators
 * (pages, figures, paragraphs), access dates and punctuation.
 */
export function citationIdentity(prose: string): string {
  return prose
    .replace(/\((?:["“][^"”]{0,600}["”]|[^()]{0,40}\bquoting\b[^()]{0,200})\)/g, ' ') // ("a quotation from it")
    .toLowerCase()
    .replace(/\b(?:accessed|retrieved|consulté le|last visited|viewed)\b[^.;]{0,40}/g, ' ')
    .replace(
      /\b(?:pp?|at|para|paras|fig|figure|table|chart|ch|chap|chapter|sec|section|box|annex|appendix|slide)\.?\s?[\divxlc]{1,6}(?:\s?[-–]\s?[\divxlc]{1,6})?\b/g,
      ' ',
    )
    .replace(reNotWords, ' ')
    .trim();
}
const reNotWords = letters(String.raw`[^\p{L}\d]+`, 'gu');
