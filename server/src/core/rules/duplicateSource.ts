import type { Messages } from '../messages';
import { sourceUrls, type Note, type ReportModel } from '../model';
import { citationIdentity, reDated } from '../notes/sources';
import type { Fix } from '../types';
import { citeAgainFix } from '../fixes/footnotes';
import type { Rule } from './rule';
import { collapseWhitespace, trimEndChars } from '../text/trim';
import { partitionPoint } from '../text/search';
import { letters } from '../text/letters';

/** What comes before a note's first title in quotes or italics when that title is a volume the work is in: "…, in *". */
const reBeforeVolume = /^([^*_"“]{0,300})\b[Ii]n:?\s[*_"“]/u;

/**
 * Two notes that each name a work in a volume ("Ada Reyes. Tides, in *Harbour Essays*, <https://…>" and "Ben Lund.
 * Quays, in *Harbour Essays*, <https://…>"): two chapters at the volume's address, unless they name the same one.
 */
function otherChapters(a: Note, b: Note): boolean {
  const ca = reBeforeVolume.exec(a.prose);
  const cb = ca ? reBeforeVolume.exec(b.prose) : null;
  return ca !== null && cb !== null && citationIdentity(ca[1]) !== citationIdentity(cb[1]);
}

export function normalizeUrl(url: string): string {
  const bare = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  return trimEndChars(bare, '/#').toLowerCase();
}

/**
 * A citation written out again in full (docs/rules.md#duplicate-source), in
 * a report only (a template or a `.foresight.yml` in scope): the same words
 * once locators and access dates are set aside, or the same address under
 * the same title. Books, blogs and catalogues repeat full citations by style
 * (judged by hand on real text, docs/accuracy.md), so other files are left
 * alone. Short forms, asides, cross-references, notes that cite several
 * works and statutes are never compared; a case may be given in full again
 * once it was last cited more than five notes before (legal style).
 */
export const duplicateSource: Rule = {
  code: 'duplicate-source',
  defaultSeverity: 'info',
  description: 'A citation is written out again in full where a short form ("Ibid." or author and short title) would do.',
  needsTemplate: false,
  check({ model, messages, report }) {
    if (!model.isReport) return;
    const byIdentity = new Map<string, Note>();
    const byUrlAndTitle = new Map<string, Note>();
    // Notes nobody cites are unused-footnote's: a copy of a citation left behind is no repeat in the text.
    const sequence = model.readingOrder;
    const urlsOf = new Map<Note, string[]>();
    const chapters = chapterBoundaries(model);
    const records = new Map<string, Note>();
    for (const note of sequence) {
      if (note.reading.kind !== 'citation') continue;
      // A document of a case's record by its pin cite ("NE, 30 April 2018, at 90:11–13") is a short form already: only
      // the same pin cite again, word for word, within a few notes, where "Ibid." would do, is a repeat.
      if (note.reading.recordCite) {
        // (the same pin cite, however its apostrophes, dashes and last full stop were typed)
        const key = collapseWhitespace(note.prose.trim())
          .replace(/[‘’]/g, "'")
          .replace(/[‐‑‒–—]/g, '-')
          .replace(/[.\s]+$/, '');
        const before = records.get(key);
        records.set(key, note);
        const gap = (note.readingIndex ?? 0) - (before?.readingIndex ?? 0);
        if (before && before.id !== note.id && gap <= NEAR && !chapters.between(before, note))
          report({
            message: messages.t('duplicate-source.record', { label: note.def.rawLabel, first: before.def.rawLabel }),
            start: note.def.start,
            end: note.def.labelEnd,
            fixes: duplicateFixes(model, note, before, messages),
          });
        continue;
      }
      if (!isFull(note) || isBundle(note.prose) || isStatute(note)) continue;
      // A figure's credit is never a repeat itself, but the work it names, given again in full, is.
      const credit = reFigureCredit.test(note.prose);
      const legal = note.reading.forms.includes('legal');
      const urls = [...new Set(sourceUrls(note).map((u) => normalizeUrl(u.url)))];
      urlsOf.set(note, urls);
      // Too few words say nothing about the work ("stabilized in <link>"): then the address is the identity.
      const words = citationIdentity(note.prose);
      const identity = words.split(' ').length >= 3 ? words : urls.length ? `${words} url ${urls.join(' ')}` : '';
      const keys = note.reading.title ? urls.map((u) => `${u} ${note.reading.title}`) : [];
      // The same words at other addresses are other works ("Wex Legal Encyclopedia" on two of its pages).
      const sameWork = (n: Note | undefined): Note | undefined => {
        const other = n ? (urlsOf.get(n) ?? []) : [];
        return n && (urls.length === 0 || other.length === 0 || (other.length === urls.length && other.every((u) => urls.includes(u)))) ? n : undefined;
      };
      const near = (n: Note | undefined): Note | undefined =>
        n && (!legal || (n.readingIndex !== undefined && note.readingIndex !== undefined && note.readingIndex - n.readingIndex <= NEAR)) ? n : undefined;
      const first = near(
        sameWork(identity ? byIdentity.get(identity) : undefined) ??
          keys.map((k) => byUrlAndTitle.get(k)).find((n) => n !== undefined && !otherChapters(note, n)),
      );
      // A note that is only a link, or an aside that links something ("`tide()` returns …; see the help for
      // [`?tide`](…)"), given again notes later, is a pointer with nothing to shorten (judged so on real text); given
      // again in the very next note, "Ibid." would do.
      const pointer =
        first !== undefined &&
        ((note.reading.title === undefined && urls.length > 0 && (isOnlyLink(note.prose) || rePointsToLink.test(note.prose))) || note.reading.aside === true) &&
        (note.readingIndex ?? 0) - (first.readingIndex ?? 0) > 1;
      // A short note of an entry of the file's reference list ("Ministry of Ports, *Harbour ID*", the entry under
      // "References" giving its details; no year outside its title, as short notes give none) is that style's short
      // form: given again, it repeats nothing in full.
      const listed = first !== undefined && first.listed !== undefined && !reDated.test(note.prose.replace(/\*[^*]*\*|_[^_]*_|["“][^"”]*["”]/g, ' '));
      // A note written as a short form with nothing before it to shorten ("Reyes, _[Tides](https://…)_.", a blog's own
      // style), given again notes later, is as short as it gets; given again in the very next note, "Ibid." would do.
      const ownShort = first !== undefined && note.reading.unresolvedShort === true && (note.readingIndex ?? 0) - (first.readingIndex ?? 0) > 1;
      if (first && first.id !== note.id && !chapters.between(first, note) && !pointer && !listed && !ownShort && !credit) {
        report({
          // The same note again, word for word: said so, as that note may itself be short ("Reyes, *Tides*, 4, <link>").
          message: messages.t(note.prose.trim() === first.prose.trim() ? 'duplicate-source.same' : 'duplicate-source', {
            label: note.def.rawLabel,
            first: first.def.rawLabel,
          }),
          start: note.def.start,
          end: note.def.labelEnd,
          fixes: duplicateFixes(model, note, first, messages),
        });
        continue;
      }
      if (identity && (!byIdentity.has(identity) || first)) byIdentity.set(identity, note);
      for (const k of keys) if (!byUrlAndTitle.has(k) || first) byUrlAndTitle.set(k, note);
    }
  },
};

/** Legal style gives a case in full again once it was last cited more than this many notes before. */
const NEAR = 5;

/** A note citing several works ("A; B; C"): it is compared with nothing, since one shared work does not make it a repeat. */
function isBundle(prose: string): boolean {
  return prose.split(/;\s+/).filter((p) => citationIdentity(p).split(' ').length >= 5).length >= 2;
}

/**
 * A note that is a link and nothing else, its prose (the note without its addresses, model.ts) empty or the address
 * written as the link's text: `<https://example.org>`, `[example.org/x](https://example.org/x)`, the address twice
 * (`https://example.org/x [https://example.org/x]`, as converters write a link); not a link with a name
 * (`[Harbour Board](https://…)`).
 */
function isOnlyLink(prose: string): boolean {
  return /^(?:(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S{0,300})?)?\.?$/i.test(prose.replace(/[[\]]/g, '').trim());
}

/**
 * A sentence that says where something is, closed by the link (which the prose leaves out): "Code for these years can
 * be found in [`project.R`](…).", "The data are available at <…>." A pointer, as a note that is only a link is.
 */
const rePointsToLink =
  /^[^.;]{0,120}\b(?:can\sbe\s(?:found|seen|downloaded|read)|(?:is|are)\s(?:available|found|kept|published))\s(?:in|at|on|from|here)\s*\.?$/i;

/** A book's chapters, as headings name them: "Chapter 3: …", "Chapitre 2", "Kapitel 2", "Part I". */
const reChapterHeading = /^(?:chapter|chapitre|kapitel|part|book)\s+[\divxlc]+\b/i;
/** A book's front matter: a report may have a foreword, but not a copyright page and a table of contents. */
const reBookFront = /^(?:(?:table of )?contents|copyright(?: page)?|title page|preface)\b/i;

/** A label numbered within its chapter, "13.3" or "4_12": the chapter's number. */
const reChapterLabel = /^(\d{1,4})[._-]\d{1,4}$/;

/**
 * Whether a chapter starts between two notes' first references: an H1, when a file has several (a book in one
 * file), an H2 under a book's one title when its headings name chapters ("Chapter 1", "Chapter 2") or a book's
 * front matter (two of "Contents", "Copyright", "Title page", "Preface"),
 * or labels numbered by chapter that differ in it ([^13.3], then [^16.6]).
 */
function chapterBoundaries(model: ReportModel): { between(a: Note, b: Note): boolean } {
  let starts = model.headings.filter((h) => h.level === 1).map((h) => h.start);
  const h2 = model.headings.filter((h) => h.level === 2);
  const isBook = h2.filter((h) => reChapterHeading.test(h.name)).length >= 2 || h2.filter((h) => reBookFront.test(h.name)).length >= 2;
  if (starts.length < 2 && isBook) {
    starts = h2.map((h) => h.start);
  }
  const firstRef = (n: Note): number => model.refsById.get(n.id)?.[0].start ?? n.def.start;
  return {
    between(a: Note, b: Note): boolean {
      const chapterA = reChapterLabel.exec(a.def.rawLabel)?.[1];
      const chapterB = reChapterLabel.exec(b.def.rawLabel)?.[1];
      if (chapterA !== undefined && chapterB !== undefined && chapterA !== chapterB) return true;
      if (starts.length < 2) return false;
      const from = firstRef(a);
      const to = firstRef(b);
      // the first chapter start after `from`, by binary search
      const lo = partitionPoint(starts.length, (k) => starts[k] <= from);
      return lo < starts.length && starts[lo] <= to;
    },
  };
}

/**
 * A full citation: it carries a link or an identifier, the details of a book,
 * article, legal or archival source, or names where it was published online.
 * "Aymonier, Histoire, 1920, p. 178" repeated is a text's own short style.
 */
function isFull(note: Note): boolean {
  const r = note.reading;
  if (sourceUrls(note).length > 0 || note.identifiers.length > 0) return true;
  // German styles' short form, the author's surname, a short title, the year and the page, with no given name nor place
  // ("Vgl. Lund: Häfen und Gezeiten, 2018, S. 83"), is given again and again after the full citation.
  if (reGermanShort.test(note.prose)) return false;
  const year = /\b(?:1[5-9]|20)\d\d\b/.test(note.prose);
  // An online source by its name and title alone, no date, no link ("Harbour Foundation. *Tide Brief*."): as short as
  // it gets, nothing to shorten. One that says "n.d." or when it was read is written in full, again.
  if (r.web !== undefined) return year || r.web.explicit || /\bn\.\s?d\./.test(note.prose);
  // A document of a proceeding's record by its docket number ("Fact-Finding Report, at 3. NPC 19-910") names it in full:
  // unlike a legal citation, given in full again it is a repeat however far apart (docs/rules.md).
  if (r.forms.includes('record')) return citationIdentity(note.prose).split(' ').length >= 3;
  // A work's details with a year and enough words to name it: "Aymonier, Le Cambodge, t. i, p. 183" is a short form.
  if (r.forms.some((f) => FULL_FORMS.has(f))) return year && citationIdentity(note.prose).split(' ').length >= 6;
  // An author, a title and a year, and no page: a work named in full, not a short form with a page.
  return r.title !== undefined && year && !/\bpp?\.?\s?\d/.test(note.prose) && /^[^,.]{2,60}[,.]/.test(note.prose);
}

/** "Vgl. Lund: Titel, 2018, S. 83", "Lund; Vogel: Titel, 2020, Abschn. 2": surnames alone before the colon, no place. */
const reGermanShort = letters(
  String.raw`^(?:(?:[Vv]gl|[Ss]iehe|[Ss])\.\s)?\p{Lu}[\p{L}'’-]+(?:(?:;\s?|\s?\/\s?|\sund\s|\su\.\s)\p{Lu}[\p{L}'’-]+){0,3}:\s[^:;]{3,200}?,\s(?:1[5-9]|20)\d\d,\s(?:S|Sp|Abschn|Kap|Rn|Rz)\.\s?\d`,
  'u',
);

/**
 * A figure's or a table's credit ("Abbildung aus [Harbour Payments 2019](…)", "Figure from …", "Image source: …"): each
 * figure gives its own, so two figures from one report credit it twice, and no credit is reported as a repeat (the work
 * it names, given again in full without a credit, is).
 */
const reFigureCredit =
  /^(?:(?:Abbildung|Abb\.|Grafik|Bild|Tabelle|Figure|Fig\.|Image|Photo|Illustration|Table|Figura|Imagen|Tableau|Ilustración)(?:\s\d{1,3}(?:\.\d{1,3})?)?[.:]?\s(?:aus|nach|from|taken\sfrom|adapted\sfrom|reproduced\sfrom|tirée?\sde|tomad[ao]\sde|extraíd[ao]\sde|d['’]apr[eè]s)\s|(?:Image|Photo|Figure|Bild|Abbildung)(?:\s(?:credit|source|Quelle))?:\s|Quelle\sder\sAbbildung)/iu;

const FULL_FORMS = new Set(['book', 'article', 'legal', 'report', 'archival', 'thesis', 'presentation']);

/** Statutes and regulations are cited in full every time ("17 U.S.C. § 101"): there is no short form to use. */
function isStatute(note: Note): boolean {
  return note.reading.forms.includes('legal') && /§|U\.S\.C|C\.F\.R|\bAct\b|\bRegulation\b|\bDirective\b|\bFAR\b|\bStat\./.test(note.prose);
}

const reLocator = /\b(?:pp?|at|para|paras|fig|figure|table|ch|chap|chapter|sec|section|box|annex|appendix)\.?\s?[\divxlc]{1,6}(?:\s?[-–]\s?\d{1,6})?\b/i;

/**
 * "Ibid." (with this note's page, if any) when the first citation is the note
 * just before in reading order; otherwise the author and the title as the
 * first citation gives them.
 */
/** The short form, when one can be written, and citing the first note again. */
function duplicateFixes(model: ReportModel, note: Note, first: Note, messages: Messages): Fix[] {
  const short = shortFormFix(model, note, first, messages);
  const again = citeAgainFix(model, note, first, messages);
  return short ? [short, again] : [{ ...again, preferred: true }];
}

/** Undefined when the first citation gives neither author nor title to shorten to (a bare link). */
function shortFormFix(model: ReportModel, note: Note, first: Note, messages: Messages): Fix | undefined {
  const locator = reLocator.exec(note.prose)?.[0];
  const previous = note.readingIndex !== undefined && note.readingIndex > 0 ? model.readingOrder[note.readingIndex - 1] : undefined;
  const immediately = previous !== undefined && (previous === first || previous.antecedent === first);
  let short: string;
  if (immediately) short = locator ? `Ibid., ${locator}.` : 'Ibid.';
  else {
    const written = collapseWhitespace(model.text.slice(first.def.contentStart, first.def.end)).trim();
    // A note that starts with its address has no author to name.
    const author = /^(?:<?https?:|www\.|\[)/i.test(written) ? undefined : /^[^,.(“"*_]{1,80}/.exec(written)?.[0].trim();
    const title = /(["“][^"”]{1,200}["”]|\*[^*]{1,200}\*|_[^_]{1,200}_)/.exec(written)?.[0].replace(/[,.]([”"])$/, '$1');
    if (!author && !title) return undefined;
    short = [author, title, locator].filter((x) => x).join(', ') + '.';
  }
  // (no fix that would write the note as it is)
  if (short === collapseWhitespace(model.text.slice(note.def.contentStart, note.def.end)).trim()) return undefined;
  return {
    title: messages.t('fix.shorten', { text: short }),
    edits: [{ start: note.def.contentStart, end: note.def.end, newText: short }],
    safe: false,
    preferred: true,
  };
}
