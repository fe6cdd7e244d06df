/**
 * What a note is, read from its prose the way an editor reads it: a
 * citation of a work, a short citation of an earlier one (Ibid., Id., op.
 * cit., supra note N, "Author, Short title, p. N", "Author 2010"), a
 * cross-reference, a citation key, or commentary; and for citations, the
 * traceable forms they carry (book, article, legal, archival, interview,
 * thesis, unpublished) and whether the source is online. The rules are
 * documented in docs/rules.md#missing-source-url ("How notes are read").
 *
 * Every pattern here is linear on any input: no nested quantifiers, and
 * repetitions are bounded. Patterns run on one note's prose at a time.
 */

import { latinScope, letters, type LetterRegExp } from '../text/letters';

export type NoteKind = 'citation' | 'short-citation' | 'commentary' | 'cross-reference' | 'citation-key' | 'empty';
export type ShortForm = 'ibid' | 'id' | 'op-cit' | 'supra' | 'short-title' | 'author-date' | 'page';
export type FormKind =
  | 'book'
  | 'article'
  | 'legal'
  | 'record'
  | 'report'
  | 'standard'
  | 'archival'
  | 'interview'
  | 'thesis'
  | 'unpublished'
  | 'presentation'
  | 'classical'
  | 'print'
  | 'broadcast'
  | 'exhibition'
  | 'artwork';

export interface Reading {
  kind: NoteKind;
  shortForm?: ShortForm;
  /** supra note N: the note referred to (its label as written). */
  supraNote?: string;
  /** op. cit. and short titles: the author's surname, to find the full citation. */
  author?: string;
  /** The title the note gives (quoted or in italics), normalised for comparison. */
  title?: string;
  forms: FormKind[];
  /** Why the cited source is online; `explicit` when the note itself says so ("accessed", "[online]"). */
  /**
   * Why the source is online: `explicit` when the note says so ("accessed",
   * "[online]"), `strong` when that or what it names is read online
   * (Wikipedia, a site's domain, a web page, a post, a news outlet of the
   * web era); an organisation's report or a database may be in print too.
   */
  web?: { reason: string; explicit: boolean; strong: boolean };
  /** The note cites Pandoc citation keys (`[@key]`). */
  citationKeys: boolean;
  /** The note refers into a reference list by author and year ("(Parfit 1984, 315)"). */
  authorDate?: boolean;
  /** The note names no particular work, only a kind of them over years: "Various publications, 2014–2024". */
  vague?: string;
  /** A short aside that links something: a citation of its link, but its words explain rather than cite. */
  aside?: boolean;
  /** The note holds the place of a source still to be supplied: "TODO", "NEED", "citation needed", as written. */
  placeholder?: string;
  /**
   * A short form after "quoted in" ("Reyes, “Tides,” *The Harbour Times*, 2015, quoted in Ortiz, *Harbours*, 4.") or
   * closed by full stops ("Franklin. *Poems*. Poem #260."): the note read as written, which stands when the short
   * form repeats no earlier citation.
   */
  unlessResolved?: Reading;
  /**
   * A work of its own in the periodical or volume of the note before, "Ortiz, “Tides,” ibid.": resolved only when that
   * note cites a journal's article or a book, not a site, a blog or a newspaper read online (each page its own link).
   */
  container?: true;
  /** This reading is a short title's read as written, since it shortened no earlier citation ("Reyes, *Tides*."). */
  unresolvedShort?: boolean;
  /**
   * A document of a case's own record by its pin cite ("NE, 30 April 2018, at 90:11–13"): a short form in itself, so
   * duplicate-source compares it only with the same pin cite nearby (docs/rules.md#duplicate-source).
   */
  recordCite?: true;
}

const L = '\\p{Lu}';
const W = "[\\p{L}'’‘\\-]";

// --- short forms --------------------------------------------------------------
/** Signals before a citation ("See", "Cf.", "quoted in"). */
const rePrefix = letters(
  String.raw`^(?:[*_]{0,2}(?:see|cf\.?|compare|quoted in|cited in|as cited in|also|generally|e\.g\.|siehe|vgl\.|voir|véase|zie|zie\sook|vergelijk|vgl|in particular|especially|(?:the|an)\s(?:overview|discussion|account|summary|analysis|survey)\s(?:in|by))[*_]{0,2}[,:]?[*_]{0,2}\s+){0,3}`,
  'iu',
);
/** Before the signals: a speaker quoted in the work cited ("A. Martin, quoted in …"), "For more on …, see", "On …, see". */
const rePrefixLead = letters(
  String.raw`^(?:(?:[^,;()]{2,60},\s){1,2}(?=(?:as\s)?(?:quoted|cited)\sin\s)|for\s(?:more|further)\b[^,;.]{0,80},\s(?=see\b)|on\sth(?:is|at)(?:\spoint)?,\s(?=see\b)|on\s[^,;.:]{1,80},\s(?=see\b))`,
  'iu',
);
/** What every form of rePrefixLead holds: tried first, as most notes have neither. */
const reLeadHint = /(?:quoted|cited)\sin\s|^for\s(?:more|further)\b|^on\s[^,;.:]{1,80},\ssee\b/i;

/** A citation without the words that lead to it. */
function withoutPrefix(s: string): string {
  return (reLeadHint.test(s) ? s.replace(rePrefixLead, '') : s).replace(rePrefix, '');
}
const reIbid = letters(String.raw`^(?:ibid|ibíd|ibidem|ib\.)`, 'iu');
/**
 * Ibid. in German ("ebd.", "ebenda"), and after the author's name: "*Schulze*, ebd. Rn. 18", "Coase, Ibid., p. 31". Only
 * in a note that cites nothing more (no second work after a semicolon).
 */
const reIbidMore = letters(String.raw`^(?:ebd\.|ebenda\b|\p{Lu}[\p{L}'’-]{1,40}(?:\/\p{Lu}[\p{L}'’-]{1,40})?,\s(?:ibid|ibidem|ebd\.|ebenda\b))`, 'iu');
const reId = /^(?:Id\.|ID\.|Idem\b|Id\b(?=\s*(?:at|,|$)))/u;
// German "a.a.O." (am angegebenen Ort) is op. cit.
const reOpCit = letters(String.raw`\b(?:op\.?,?\s?cit|loc\.?\s?cit|ouvr?\.\s?cit|art\.\s?cit)\b|\ba\.\s?a\.\s?O\.`, 'iu');
const reSupra = letters(
  String.raw`\b(?:supra|cit\.),?\s+(?:note|n\.?|fn\.?)\s?(\d{1,4})|\b(?:above|ante),?\s+(?:note|n\.?|fn\.?)\s?(\d{1,4})|\bnote\s+(\d{1,4})\s+(?:above|supra)\b|\bwie\s(?:Anm|Fn|Fußnote)\.?\s?(\d{1,4})`,
  'iu',
);
/**
 * OSCOLA's "(n 43)", see note 43, read per citation of a note: "Marlow (n 3) para 4; Reyes, 'Tides' (accessed …)";
 * the German "(Fn. 2)" and "(Anm. 2)" alike: "*Schulze*, (Fn. 2), Rn. 14", whichever of note 2's works is by Schulze.
 */
const reOscola = /\((?:n\s|Fn\.\s?|FN\s|Anm\.\s?)(\d{1,4})\)|^[^()]{1,120}\((?:see\s)?note\s(\d{1,4})\)\.?$/u;
const reSupraBare = letters(String.raw`\b(?:supra|ante)\b`, 'iu');
const reLocator =
  /(?:[,.:]?\s*(?:(?:pp?|at|para|paras|ch|chap|chapter|sec|section|s|fig|figure|table|box|appendix|note|col|vol|n|fn|§|Fig|Figure|Table|Box|Appendix|Chapter|Section|Note|Vol|Ch|Sec|Para)\.?\s?)?[\divxlcIVXLC]{1,6}(?:\s?[-–]\s?\d{1,6})?(?:\s?(?:ff|f)\.?)?)/u;
const reAuthorDate = letters(
  `^(?:(?:${L}\\.\\s?){0,3}(?:${L}${W}{0,40}|${L}{2,12})(?:\\s(?:and|&|et|y|und)\\s${L}${W}{0,40}|\\set\\sal\\.?|,\\s${L}${W}{0,40}){0,3}),?\\s\\(?(?:1[5-9]\\d\\d|20\\d\\d)[a-z]?\\)?` +
    `(?:${reLocator.source})?[.。]?$`,
  'u',
);
/**
 * "Gray, Out in the Country (2009)", "Daly (2008), “A Steady-State Economy”": author-date with a title, into a reference
 * list. A quoted title ends right before the year: in `Auerbach, A. "Budget Rules." NBER Working Paper (2021)` the year
 * closes a full citation.
 */
const reAuthorTitleDate = letters(
  `^${L}${W}{0,40}(?:\\s(?:and|&)\\s${L}${W}{0,40}|\\set\\sal\\.?)?(?:,\\s(?:[^;()"“”]{0,100}["“][^;()"“”]{1,100}["”],?|[^;()"“”]{1,100})\\s\\((?:1[5-9]|20)\\d\\d[a-z]?\\)(?:,\\s(?:pp?\\.\\s?)?\\d{1,5}(?:\\s?(?:--|[-–])\\s?\\d{1,5})?(?:\\sand\\s\\d{1,5})?)?|\\s\\((?:1[5-9]|20)\\d\\d[a-z]?\\),?\\s(?:["“][^"”;]{1,120}["”]|[*_]{1,2}[^*_;]{1,120}[*_]{1,2})(?:,?\\s(?:pp?\\.\\s?)?\\d{1,5}(?:\\s?(?:--|[-–])\\s?\\d{1,5})?)?)[.。]?$`,
  'u',
);
/**
 * The author's given name and initials between the surname and the title: "Bishop, Peter B. “Tides.” (1975)", "Reyes,
 * Jr. Ada L. “…”", "Reyes, Ada HD. *…*": a full citation; a short form names no given name.
 */
const reGivenNameBeforeTitle = letters(String.raw`^[^,;]{1,40},\s(?:Jr\.,?\s|Sr\.,?\s)?\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?(?:\s\p{Lu}{1,3}\.)+\s[*_"“]`, 'u');
/** A note that ends with a title in italics or quotes, and perhaps its page: "…, *Steady States*, 12–14." */
const reEndsAtTitle = /(?:[*_]|["”])[,.]?(?:,?\s(?:pp?\.\s?)?\d{1,5}(?:\s?(?:--|[-–])\s?\d{1,5})?)?[.。]?$/u;
/**
 * "U.S. Energy Inform. Admin. (2020), Electric power monthly": an author-date entry pointing into a reference list. With
 * its title in italics or quotes and more after it ("OECD (2025), *Tax Administration 2025*, 13th edition") it is the
 * full reference (OECD's and the World Bank's house style): shortSegment() then takes it only when it ends at the title.
 */
const reOrgDateTitle = letters(`^${L}[\\p{L}.&'’-]{0,40}(?:\\s[\\p{L}.&'’()-]{1,40}){0,8}\\s\\((?:1[5-9]|20)\\d\\d[a-z]?\\),?\\s${L}[^;()]{1,100}[.。]?$`, 'u');
/** Harvard-style references in a note's text, "(Parfit 1984, 315)", point into the reference list. */
const reNarrativeAuthorDate = letters(
  `\\b${L}[\\p{L}'’-]{1,40}(?:\\set\\sal\\.|\\s(?:and|&)\\s${L}[\\p{L}'’-]{1,40})?\\s\\((?:1[5-9]|20)\\d\\d[a-z]?(?:,\\s?[\\d–-]{1,12})?\\)(?!\\s?[,.]?\\s?[*_"“‘'])`,
  'u',
);
const reInTextAuthorDate = letters(
  `\\(${L}${W}{1,40}(?:\\set\\sal\\.|\\s(?:and|&)\\s${L}${W}{1,40})?,?\\s(?:1[5-9]|20)\\d\\d[a-z]?(?:,\\s?[\\d–-]{1,12})?\\)`,
  'u',
);
/**
 * The same with its page marked and authors joined in other languages: "(Reyes y Lund, 2014, p. 324)", "(Lund, 2011, S.
 * 27)", "(Reyes, 2014, pág. 3)"; not a colon's page, as official series number their papers ("(SOU 2023:61)").
 */
const reInTextAuthorDatePage = letters(
  `\\(${L}${W}{1,40}(?:\\set\\sal\\.|\\s(?:and|&|y|e|et|und)\\s${L}${W}{1,40})?,?\\s(?:1[5-9]|20)\\d\\d[a-z]?,\\s?(?:pp?\\.|S\\.|págs?\\.)\\s?[\\d–-]{1,12}\\)`,
  'u',
);
/**
 * An aside closed by an author-date reference with its page (reInTextAuthorDatePage), naming nothing read online, no
 * report, no story of a given day, and citing nothing else ("; "): "… llegando a afirmar que «…» (Reyes y Lund, 2014,
 * p. 324)." (not "Harbour Herald, 3 May 2021 (Reyes y Lund, 2014, p. 324).").
 */
function inTextAuthorDatePage(flat: string): boolean {
  const m = reInTextAuthorDatePage.exec(flat);
  return (
    m !== null &&
    /^[.。]?\s*$/u.test(flat.slice(m.index + m[0].length)) &&
    !flat.includes(';') &&
    !readOnline(flat) &&
    !reOutlet.test(flat) &&
    !reReportWord.test(flat) &&
    !reDayMonthYear.test(flat)
  );
}
/** "Surname, *Short title*, p. 4" / "Surname, “Chapter,” in *Book*, 391" / "Orsini and Sheikh (eds), *After*, pp. 18, 23" / "Surname, Short Title, 12." (a page is needed then) */
const TITLE_MARKED = `(?:[*_]{1,2}[^*_]{1,200}[*_]{1,2}|["“‘](?:[^"”’]|’(?=\\p{L})){1,200}["”’]|'[^'"”’]{1,200}'(?=[,.;:\\s]|$))`;
const NAME = `(?:${L}\\.\\s?){0,3}${L}${W}{0,40}`;
const ROLE = `(?:\\s\\((?:trans|tr|eds?|comp)\\.?\\))?`;
const AUTHOR = `(?<author>${NAME}${ROLE}(?:,?\\s(?:and|&|y|e|und|de|van|von|der|du|le|la|al-|el-)?\\s?${NAME}${ROLE}){0,3}(?:\\set\\sal\\.?)?)`;
const LOC = `(?:(?:pp?|Pp|S|Sp|at|para|paras|chs|[Cc]hapter|ch|chaps|chap|cat\\.\\s?nos?|[Vv]olume|vol|no|book|part|pt|letter|pl|figs|fig|hadith|fols?|n|fn|secs?|art|Vol|Ch|Book|[Ll]ib|[Ll]ibro|[Tt]ít|[Tt]itulo|[Tt]ítulo|[Cc]ap|[Cc]apítulo|[Nn]úm|[Nn]ums?|nº|n\\.º|párrs?|parr|doc|[Tt]omo|t|[Pp]arte|[Dd]iscurso|disc|emp|ley|dist|q|cols?|vv|§)\\.?\\s?)?(?:[\\divxlcIVXLC]{1,8}|(?<=[Pp]arte\\s)(?:primera|segunda|tercera|cuarta|quinta|sexta))(?:n\\d{1,3}|\\.(?=\\s(?:pp?\\.|\\d)))?(?:\\s?(?:--|[-–])\\s?[\\divxlc]{1,6})?(?:\\s?(?:ff|f)\\.?|\\s[*_]?passim[*_]?|\\s(?:and\\s|et\\s)?[*_]?seq\\.?[*_]?|\\s(?:and|&|y|e|et|und)\\s[\\divxlcIVXLC]{1,8})?(?:,?\\s(?:lema\\s)?(?:["“][^"”]{1,120}["”]|'[^']{1,160}'|‘[^‘’]{1,160}’)(?:\\s\\((?:pp?\\.\\s?)?\\d{1,5}(?:\\s?(?:--|[-–])\\s?\\d{1,5})?\\))?)?`;
const LOCS = `(?:(?:(?:,?\\s|(?<=[”’"*_]):\\s|\\sand\\s|(?<=[”’"*_,])(?=\\d))(?:esp\\.\\s|especially\\s)?${LOC}){1,6}(?:,\\s(?:section|sections|esp\\.|especially|on|where|for|quotation|quoted)\\s[^;]{1,120})?|,\\s(?:[Cc]hap\\.|[Cc]hapter|[Cc]h\\.)\\s\\p{Lu}[^;]{0,80})`;
const reShortTitle = letters(
  `^(?!(?:Source|Sources|Note|Notes|Quelle|Quellen|Data|See|Siehe)\\b)${AUTHOR}(?:,\\s(?:eds?|trans|comp)\\.)?(?:,|:|\\s[-–])\\s(?:(?:${TITLE_MARKED},?\\s(?:(?:moderated|edited|introduced|moderado|editado|introducido)\\s(?:by|por)\\s${L}[^,;()]{1,60},\\s)?(?:(?:in|en)\\s(?:${L}${W}{1,40}(?:\\s(?:and|&)\\s${L}${W}{1,40})?(?:\\s\\(eds?\\.?\\))?,\\s)?)?){0,2}(?<title>${TITLE_MARKED})(?:\\s\\([IVXLCivxlc\\d][IVXLCivxlc\\d.,\\s]{0,14}\\))?(?<loc>${LOCS})?|(?<plain>[‘“]${L}(?:[^,;()‘’“”]|’(?=\\p{L})){0,80}|${L}[^,;()]{0,80})(?<ploc>${LOCS}))[.。]?$`,
  'u',
);
/** Newspapers named in other languages: "Diario del Puerto", "Gazzetta del Porto", "Hafen-Zeitung". */
const reNewsName = /(?:Diario|Peri[oó]dico|Noticias|Quotidien|Zeitung|Tageblatt|Gazette|Gazzetta|Corriere|Jornal|Folha)/u;
/** A page after a colon closing a short form: "“Networks”: 47." */
const reColonPage = /[”"’*_]:\s?\d/u;
/** What a short form's piece is "in" (or Spanish "en"): "“Cheap Quays,” en _Harbour Door_: 42." */
const reContainer = /[”"’],?\s(?:in|en)\s(.{1,120}?)(?::\s|,\s\d|[.。]?$)/u;
/** A title in single quotes, straight or curly: a chapter's after a short title ("…, chap. 6, 'Men of Books'"). */
const reSingleQuoted = /'[^']{1,160}'|‘[^‘’]{1,160}’/g;
/** The authors' names before the first comma of a short form: "Lieber and Press, ". */
const reLeadingNames = /^[^,;"“*_]{1,60},/u;
/** "Tavares, R." starts a full citation: a short form does not repeat initials. */
const reSurnameInitials = letters(`^${L}${W}{1,40},\\s${L}\\.`, 'u');
/** "*Law’s Empire*, p. 215." / "“Paul Allen,” 391." / "*Nehru's Speeches*, 1946-53, pp. 214-15." */
/** "W. G. Beasley, p. 5." - an author and a page: the work is the one cited before. */
const reAuthorPage = letters(
  `^(?:${L}\\.\\s?){0,3}${L}${W}{1,40}(?:\\s${L}${W}{1,40}){0,2},\\s(?:(?:pp?|secs?|párrs?|núm|cap)\\.\\s?[\\divxlc]{1,6}|(?!(?:1[5-9]|20)\\d\\d\\b)\\d{1,4})(?:[-–]\\d{1,6})?\\.?$`,
  'u',
);
const reTitleLocator = letters(
  `^(?<title>${TITLE_MARKED}|(?:The\\s)?${L}[\\p{L}'’-]{1,30}(?:\\s[\\p{L}'’-]{1,30}){0,6})(?<loc>,?\\s?(?:(?:pp?|Pp|vol|Vol)\\.|[Vv]olume)\\s?[\\divxlcIVXLC]{1,6}(?:\\s?[-–]\\s?[\\divxlc]{1,6})?(?:,\\s?(?:pp?\\.\\s?)?\\d{1,6}(?:[-–]\\d{1,6})?)?)[.。]?$`,
  'u',
);
/** Remarks an editor adds after a citation: they do not make it commentary. */
const reEditorial = letters(
  String.raw`^(?:(?:italics|emphasis)\s(?:added|mine|in\s(?:the\s)?original)|translation\s(?:mine|modified|amended)|my\stranslation|(?:slightly\s)?(?:modified|amended|adapted)|cited\sin\sfull\sabove|parenthesis\sin\soriginal|original\semphasis)\.?$`,
  'iu',
);
/** A case cited again by its short name: "Thomson, 147 F.3d at 202", "Smithfield, 512 U.S. at 106". */
const reShortCase = letters(`^${L}[\\p{L}.'&\\-]{1,40}(?:\\s[\\p{L}.'&\\-]{1,40}){0,4},\\s\\d{1,4}\\s${L}[\\p{L}.\\s\\d]{1,20}?\\sat\\s\\d{1,6}`, 'u');
/** A note that starts with a page: "p. 202: “…”" quotes the work under discussion. */
const rePageOnly = letters(String.raw`^(?:pp?\.|at|page|pages)\s?[\divxlc]{1,6}\b`, 'iu');
/** "Swisher, above, at 537", "Smith, above n 4". */
const reAbove = letters(String.raw`,\s(?:above|ante|supra)(?:,|\s(?:n|note)\b)`, 'iu');

// --- cross-references ---------------------------------------------------------
const CROSS_TARGET =
  '(?:book\\s\\d|sections?|sect?\\.|§§?|chapters?|ch(?:ap)?\\.|appendi(?:x|ces)|annex(?:es)?|parts?|notes?|n\\.|footnotes?|endnotes?|fn\\.|figures?|fig\\.|tables?|boxes|box|pages?|pp?\\.|above|below|infra|supra|introduction|conclusion|glossary|methodology|annexe|encadré)\\b';
/** "See section 3 above", "Cf. Annex B", "For further discussion, see chapter 2": a pointer within the text. */
const reCrossRef = letters(
  '^(?:see|cf\\.?|compare|refer to|voir|for (?:more|further)(?: details| discussion| information)?,?\\s(?:see)?|as (?:discussed|noted|shown|explained) (?:in|above|below))\\s+(?:also\\s+)?' +
    '(?:the\\s+)?(?:discussion\\s+(?:in|at|of)\\s+)?' +
    CROSS_TARGET,
  'iu',
);
/** A bare pointer: "Section 3.2.", "Annex B", "Figure 4 below". */
const reBarePointer = letters(`^${CROSS_TARGET}\\s?[\\dA-Z][\\w.-]{0,10}(?:\\s(?:above|below|of this report))?\\.?$`, 'iu');

// --- citation signals -----------------------------------------------------------
const reQuoted = letters(String.raw`["“«„‘]\s?((?:[^"“”«»„‘’]|’(?=\p{L})){3,300})\s?["”»“’‘]`, 'gu');
const reItalic = letters(String.raw`(?<![*_\p{L}\d])([*_]{1,2})(?![\s*_])([^*_\n]{2,300}?)(?<![\s*_])\1(?![*_\p{L}\d])`, 'gu');
const reYear = /(?<!\d|\d[./-]|\/)(?:1[5-9]\d\d|20\d\d)[a-z]?(?![\d/]|\.\d)|\bn\.\s?d\.|\bs\.\s?d\./u;
const reMonth = letters(
  String.raw`\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s(?:1[5-9]|20)\d\d\b|\b\d{1,2}(?:er)?\s(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\.?,?\s(?:1[5-9]|20)\d\d\b|\b\d{1,2}(?:º|\.)?\s(?:de\s)?(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|Januar|Februar|März|Juni|Juli|Oktober|Dezember)\.?,?\s(?:de\s|del\s)?(?:1[5-9]|20)\d\d\b`,
  'iu',
);
const rePages = letters(String.raw`\bpp?\.\s?[\divxlc]|\bpages?\s\d|\b(?:at|para|paras|ch|chap|vol|no|nos|art|sec)\.?\s\d|§|\bfol\.\s?\d`, 'iu');
const reAuthorStart = letters(
  `^(?:${L}${W}{1,40},\\s(?:${L}\\.|${L}${W}{1,40})|${L}\\.(?:\\s?${L}\\.){0,3}\\s${L}${W}{1,40}|${L}${W}{1,40}\\s(?:${L}\\.\\s)?${L}${W}{1,40}(?:,|\\s(?:and|y|e|et|und|en|och|og)\\s|\\s&\\s|\\set al\\.?|\\s\\(\\d{4}))`,
  'u',
);
const reOrgStart = letters(`^(?:The\\s)?${L}[\\p{L}&.\\-]{1,40}(?:\\s(?:of|for|and|on|de|du|des|la|le|&)?\\s?${L}[\\p{L}&.\\-]{0,40}){0,6}\\s?[.,(:]`, 'u');
const reInBook = letters(
  String.raw`(?:(?<=[.,;:]\s|^)[Ii]n:?\s(?:[*_]|["“]|\p{Lu}[\p{L}.]*\s\(?(?:eds?|Hrsg|Hg)\.)|\beds?\.|edited by|trans(?:lated)?\.?\sby|dir\.|sous la direction de)`,
  'u',
);
/** McGill's journal article: "(2012) 1(1) *Harbour Studies* 1 at 28", year, volume(issue), journal, first page. */
const reMcGillArticle = /\((?:1[5-9]|20)\d\d\)\s\d{1,4}(?:\(\d{1,3}\))?\s[*_][^*_]{2,150}[*_]\s\d{1,5}\b/u;
const reHistoricalSociety = /\bHistorical\sSociety\b/u;
/** A proceeding's docket number: "NPC 19-910", "NPC BN 18-213", "CID CDO No. 25-001"; not a fiscal year or a goal. */
const reDocket = /\b(?!(?:FY|SDG|SDGs|COVID|ISO|IEC|EN|GDP|CO)\b)[A-Z]{2,5}(?:\s[A-Z]{2,5}){0,2}\s(?:No\.\s?)?\d{2}-(?!(?:19|20)\d\d\b)\d{3,4}\b/u;
/**
 * Legal forms read with the note's titles in quotes or italics set aside, so that a headline naming a law ("Explained:
 * Article 370 of the Constitution", "Council Adopts Resolution No. 2021-14") is no legal citation.
 */
const reLegalBare = letters(
  [
    // numbered issuances of a year: "Advisory Opinion No. 2017-44", "Joint Memorandum Circular No. 2020-0002"
    '\\b(?:Advisory\\sOpinion|Circular|Memorandum|Order|Resolution|Issuance|Guidelines?)\\sNo\\.\\s?(?:19|20)\\d\\d-\\d{1,4}\\b',
    // Philippine "Joint Memorandum Circular No. 20-04-A, Series of 2020"
    '(?<!(?:Brief|Paper|Report|Note|Bulletin)\\s)\\bNo\\.\\s?[\\dA-Z][\\dA-Z-]{0,12},?\\s[Ss]eries\\sof\\s(?:19|20)\\d\\d\\b',
    // Indonesia: "Undang-Undang … Nomor 19 Tahun 2016", "Law No 19 of 2016", "Peraturan Pemerintah"
    '\\bUndang-[Uu]ndang\\b|\\bPeraturan\\s(?:Pemerintah|Presiden|Menteri)\\b|\\b(?:Nomor|No\\.?)\\s\\d{1,4}\\s[Tt]ahun\\s(?:19|20)\\d\\d\\b',
    '\\b(?:Law|Act|Decree|Regulation)\\sNo\\.?\\s?\\d{1,4}\\sof\\s(?:19|20)\\d\\d\\b',
    // a court's writ by its number, "Writ No. 0545 of the year 2065 B.S.", a decision's in parentheses, "(Decision No.8928)"
    '^(?:Writ|Writ\\sPetition|Civil\\sAppeal|Criminal\\sAppeal)\\sNo\\.\\s?\\d{1,6}\\b|\\(Decision\\sNo\\.\\s?\\d{1,6}\\)',
    // a statute by its name and year as the whole note, perhaps with its section or chapter or who issued it:
    // "Harbour Welfare Act of 2006, ch. 5", "Section 21, National Civil (Code) Act, 2074 (2017)", "… Act, 2048 (1991)
    // – Law Commission" (not a title naming an Act, "Why the … Act of 2006 Failed")
    '^(?:(?:Section|Sec\\.|s\\.|Art(?:icle|\\.)?|§)\\s?\\d{1,4}[A-Za-z]?(?:\\(\\d{1,3}\\))?,\\s)?\\p{Lu}[\\p{L}()]+(?:\\s(?:and|of|on|for|to|in|with|the|\\(?\\p{Lu}[\\p{L}()]+)){0,8}\\sAct(?:\\sof|,)\\s(?:1[6-9]|20)\\d\\d(?:\\s\\((?:1[6-9]|20)\\d\\d\\))?(?:,\\s(?:ch|chap|s|sec|section|art|§)\\.?\\s?\\d{1,4}[\\w()]*)?(?:\\s[–—-]\\s\\p{Lu}[^.;]{1,60})?\\.?$',
    // the Philippines: "G.R. No. 198656", "Republic Act No. 10173", "Batas Pambansa Blg. 22"
    '\\bG\\.\\s?R\\.\\s(?:Nos?\\.\\s?)?\\d{4,6}\\b',
    '\\b(?:Republic\\sAct|R\\.\\s?A\\.|Presidential\\sDecree|P\\.\\s?D\\.)\\sNo\\.\\s?\\d{1,5}\\b|\\bBatas\\sPambansa\\sBlg\\.\\s?\\d',
    // constitutions by article or section: "Constitución Uruguay 1997, Art. 331-A", "U.S. Const. art. I, § 8", "Article 5 of the Constitution"
    '\\b(?:Constitution|Const\\.|Constitución|Constituição|Costituzione|Verfassung|Grundgesetz)[^.;:"“]{0,40}?,?\\s(?:[Aa]rt(?:icle|ículo|igo)?\\.?|§|s\\.|[Ss]ec(?:tion)?\\.?)\\s?[\\dIVXLC]{1,6}',
    '\\b(?:[Aa]rticle|[Aa]rtículo|[Aa]rtigo|[Aa]rt\\.)\\s[\\dIVXLC]{1,6}(?:\\(\\d{1,3}\\))?\\s(?:of\\sthe|de\\sla|da)\\s(?:[\\p{Lu}][\\p{L}.]{1,20}\\s){0,2}(?:Constitution|Constitución|Constituição)\\b',
  ].join('|'),
  'u',
);
/** What every form of reLegalBare holds: the cheap test first (it is tried on every note). */
const reLegalBareHint = /No|Undang|Peraturan|G\.|Republic|Presidential|P\.|Batas|Const|Verfassung|Grundgesetz|Costitu|[Aa]rt|Act/u;
/** A law in italics with its country's two-letter code: "*Electronic Transaction Law 2004* (MM)", "*2008-Constitution* (MM)". */
const reLawWithCountry = letters(
  String.raw`[*_](?!(?:A|An|How|What|Why|Guide|Understanding|Explaining|Explained|Inside|Beyond|Reading|Making|Toward|Towards|After)\b)[^*_]{0,60}(?:Law|Constitution|Act|Code|Decree|Ordinance)(?!\p{L})[^*_]{0,20}[*_]\s?\((?!PDF|DOC|XLS|PPT|CSV|TXT|HTM)[A-Z]{2,3}\)`,
  'u',
);
/** Titles in quotes (double, or single curly ones, an apostrophe inside kept: ‘Harbour’s Tides’), as written. */
const reQuotedTitles = letters(String.raw`["“«][^"”»]{0,300}["”»]|‘(?:[^‘’]|’(?=\p{L})){0,300}’`, 'gu');
/** What every form of reEditedVolume holds: an editor's or a page's parenthesis. */
const reEditedVolumeHint = /\((?:[Ee]ds?|[Hh]rsgs?|[Dd]ir|pp?)\.?[)\s]/u;
/**
 * A chapter in an edited volume, named by its editors and title: "In R. Nesse (Ed.), *Commitment*, pp. 290-309.
 * Russell Sage Foundation.", "In Williamson (ed), *The Political Economy of Policy Reform*. IIE."; APA's chapter of a
 * book by its pages: "In The Harbour Health System in Change (pp. 259-264). Harbour Institute."
 */
const reEditedVolume = letters(
  String.raw`(?:(?<=[.,;:"”’]\s)|^)[Ii]n:?\s(?:[^()*_"“”]{1,120}\((?:[Ee]ds?|[Hh]rsgs?|[Dd]ir)\.?\)[.,]?\s[*_"“][^*_"”]{2,200}[*_"”][.,]?\s(?:pp?\.\s?\d|\p{Lu})|[*_]?\p{Lu}[^()*_]{4,200}[*_]?\s\(pp?\.\s?\d{1,5}(?:[-–]\d{1,5})?\)\.?\s\p{Lu})`,
  'u',
);
const reReportWord =
  /\b(?:Report|Working Paper|Discussion Paper|Policy Brief|Policy Paper|White Paper|Green Paper|Brief|Briefing|Background Paper|Occasional Paper|Research Paper|Technical Paper|Issue Paper|Outlook|Survey|Strategy|Factsheet|Fact Sheet|Bulletin|Roadmap|Synthesis|Rapport|Étude|Note de synthèse)\b/u;
const reOrgAuthor =
  /\b(?:OECD|OCDE|World Bank|IMF|United Nations|UNDP|UNESCO|UNEP|UNICEF|UNHCR|WHO|WTO|ILO|FAO|IPCC|IEA|IRENA|European Commission|European Parliament|Council of the European Union|European Union|Eurostat|World Economic Forum|WEF|Government of|Ministry|Ministère|Department of|Department for|Dept\.?|Agency|Statistics Canada|Statistique Canada|Office for National Statistics|ONS|Policy Horizons|GO-Science|Government Office for Science|Cabinet Office|House of Commons|House of Lords|Senate|Congress|Parliament|Bureau|Commission|Committee|Council|Institute|Institut|Foundation|Centre|Center|Brookings|RAND|Chatham House|McKinsey|Deloitte|PwC|KPMG|Accenture|Gartner|Pew Research|Nesta|Forum|Att'y Gen\.|Dep't|Comm'n|Admin\.)(?![\p{L}\d])/u;

/**
 * `"AI Governance: A Research Agenda." Future of Humanity Institute, University of Oxford, 2018`: a title in quotes (a
 * paper, not a book, which is set in italics) followed by an organisation and a year of the web era, or by the
 * organisation closing the note (the year given before the title: `Ortiz, L. (2012). "Title." Tidewater Foundation.`). The organisation
 * is the `org` group; a publishing house in it ("Brookings Institution Press") makes the note a book again.
 */
const reOrgPaper = letters(
  String.raw`["”]\.?,?\s(?<org>(?:\p{Lu}[\p{L}&'’.-]{0,30}\s(?:(?:of|for|and|on|the|&)\s)?){0,6}(?:Institute|Institution|Foundation|Forum|Centre|Center|Council|Initiative|Project|Network|Alliance|Laboratory|Lab|Commission|Agency|Bureau|Ministry|Office|Department)\b(?:\s(?:(?:of|for|and|on|the|&)\s)?\p{Lu}[\p{L}&'’.-]{0,30}){0,6})(?:,\s(?:[^,;()*_"“”]{1,60},\s)?(?:199[5-9]|20\d\d)\b|\.?$)`,
  'u',
);
const rePublishingHouse = /\b(?:Press|Presses|Publishing|Publishers?|Books|Verlag|Éditions|Editions)\b/u;

/** What every note reOrgPaper matches holds: one of its organisation words (tried first: most notes have none). */
const reOrgPaperHint =
  /Institut|Foundation|Forum|Cent(?:re|er)|Council|Initiative|Project|Network|Alliance|Lab|Commission|Agency|Bureau|Ministry|Office|Department/;

/** The organisation's paper `reOrgPaper` finds in the note, by the organisation's name. */
function orgPaper(emphasised: string): string | undefined {
  if (!reOrgPaperHint.test(emphasised)) return undefined;
  const m = reOrgPaper.exec(emphasised);
  const org = m?.groups?.org;
  return org !== undefined && !rePublishingHouse.test(org) ? org : undefined;
}

const reNameJoin = /^(?:of|for|and|on|the|&|de|du|des)$/u;
const reNameWord = letters(String.raw`^\p{Lu}[\p{L}&'’.-]*$`, 'u');

/**
 * An organisation's whole name around the word `reOrgAuthor` found in `text`: "Machine Intelligence Research
 * Institute", "Institute for Fiscal Studies", not "Institute". Capitalised words and joining words before it, up to
 * punctuation; after it, only through a joining word ("Ministry of Finance"), so that "… Institute Technical Report"
 * keeps the organisation apart from the kind of document. Reads at most 120 characters on each side.
 */
function orgName(text: string, m: RegExpExecArray): string {
  const words = m[0].split(' ');
  const before = text.slice(Math.max(0, m.index - 120), m.index).split(' ');
  before.pop(); // what touches the match (empty after a space)
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i];
    if (!(reNameWord.test(w) && !/[.,:;]$/u.test(w)) && !reNameJoin.test(w)) break;
    words.unshift(w);
  }
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120).split(' ');
  let joined = reNameJoin.test(words[words.length - 1]);
  for (let i = after[0] === '' ? 1 : after.length; i < after.length; i++) {
    const w = after[i].replace(/[.,:;)]+$/u, '');
    if (reNameJoin.test(w)) joined = true;
    else if (!joined || !reNameWord.test(w)) break;
    words.push(w);
    if (w !== after[i]) break;
  }
  while (words.length > 1 && reNameJoin.test(words[0])) words.shift();
  while (words.length > 1 && reNameJoin.test(words[words.length - 1])) words.pop();
  return words.join(' ');
}

// --- traceable forms -------------------------------------------------------------
/** Words that name a periodical, not a publisher: "Harbour Review", "Tide News". */
const OUTLET_WORDS = 'Review|Journal|Magazine|Times|News|Post|Herald|Gazette|Blog|Daily|Weekly|Tribune|Monthly';
/**
 * A publisher's name; a university's name opening an outlet's ("MIT Technology Review", "Harvard Business Review") is
 * none, nor is its town as the place of an outlet ("Stanford: Stanford Social Innovation Review").
 */
const rePublisher = letters(
  String.raw`\b(?:University Press|U\.?\s?P\.|Press(?!\s(?:[Rr]eleases?|[Ss]tatements?|[Cc]onferences?|[Bb]riefings?)\b)|Publ?\.(?=,?\s)(?!\s?online)|H\.\s?M\.\sStationery\sOffice|HMSO|Publishing|Publishers?|Publications|Books|Verlag|Éditions|Editions|Presses|Editorial|Editores|Ediciones|Edições|Editore|Editora|Forlag|Förlag|Uitgeverij|Wydawnictwo|Routledge|Penguin|Wiley|Springer|Elsevier|Palgrave|Macmillan|Norton|HarperCollins|Harper|Random House|Knopf|Doubleday|Vintage|Bloomsbury|Polity|Verso|Allen Lane|Basic Books|Simon & Schuster|Hachette|Faber|Picador|Viking|Gallimard|Seuil|Flammarion|Fayard|Grasset|La Découverte|PUF|Armand Colin|Dalloz|Suhrkamp|Brill|(?<=[.:,;(]\s)(?:(?:Walter\s)?[Dd]e\sGruyter|Ashgate|Taylor\s(?:&|and)\sFrancis|Kluwer|Mohr\sSiebeck|Vandenhoeck(?:\s(?:&|und)\sRuprecht)?|Duncker\s(?:&|und)\sHumblot|Peter\sLang|Rowman(?:\s(?:&|and)\sLittlefield)?|Belknap|Thames\s(?:&|and)\sHudson|Phaidon|Schöningh|Klostermann)(?!\s(?:Blog|Online|Conversations|Consulting|Arbitration|Law\sBlog)\b)(?=[.,;)]|\s(?:Verlag|Press|Publishing|Academic|Publishers)\b|$)|Sage|SAGE|Pearson|McGraw[- ]Hill|Edward Elgar|Hurst|Zed|Pluto|Little,? Brown|Crown|Inc\.|Ltd\.|LLC|GmbH|Scribner|Houghton Mifflin|St\.? Martin's|(?:Yale|Harvard|Princeton|Oxford|Cambridge|Chicago|Stanford|Columbia|MIT|Cornell|Duke)(?!:\s?[^,;:]{0,60}\b(?:${OUTLET_WORDS})\b|\s(?:Technology|Tech|Business|Social|Journalism|Law(?!\sReview\sAssociation)|Environment|Sloan|Magazine|Daily|Crimson|Gazette|News|Economics|Analytica|Internet|Political|Kennedy|Tribune|Sun-Times|Health|University(?!\sPress)|J\.|L\.\s?(?:Rev|J)\.)(?![\p{L}])|,\s(?:[A-Z]{2}|Calif\.|Mass\.|Conn\.|Ill\.|N\.\s?[JCY]\.)(?![\p{L}]))|OUP|CUP)(?![\p{L}])`,
  'u',
);
/**
 * Chicago's bibliography form of a book: "Surname, Given. Title: Subtitle. Publisher, Year." (the publisher's name in
 * up to four parts: "Historical Section, Headquarters, U.S. Marine Corps, 1948"). `publisher` and `year` for
 * bibliographyBook().
 */
const reBibliographyBook = letters(
  String.raw`^\p{Lu}[\p{L}'’-]{1,40}(?:\s\p{Lu}[\p{L}'’-]{1,40})?,\s\p{Lu}[\p{L}'’.-]{0,40}(?:\s(?:\p{Lu}[\p{L}'’.-]{0,40}|van|von|de|der|du|la|le)){0,4}\.\s\p{Lu}[^.;"“”*_]{2,200}[.?!]\s(?<publisher>\p{Lu}[^,;()"“”*_]{1,60}(?:,\s\p{Lu}[^,;()"“”*_]{1,60}){0,3}),\s(?:c\.\s?)?(?<year>(?:1[5-9]|20)\d\d)\.?$`,
  'u',
);

/**
 * A book in Chicago's bibliography form. Of the web era only when its publisher is a house named after its founder,
 * "Ivan R. Vogel" (other names there are as often an organisation, an outlet or a site, whose work is read online:
 * see web()), and the note names no report and no online source.
 */
function bibliographyBook(text: string): boolean {
  const m = reBibliographyBook.exec(text);
  if (!m) return false;
  if (+m.groups!.year < 1995) return true;
  return rePersonPublisher.test(m.groups!.publisher) && !reWebKind.test(text) && !reReportWord.test(text) && saysOnline(text) === undefined;
}
/** A publishing house by its founder's name with a middle initial: "Ivan R. Vogel", "Harry N. Lund". */
const rePersonPublisher = letters(String.raw`^\p{Lu}\p{Ll}+\s\p{Lu}\.\s(?:\p{Lu}\.\s)?\p{Lu}\p{Ll}+$`, 'u');

// "…," June 9, 2026: a date after the title is no publisher, nor is a document's number ("*…*, HAO-17-260, 2017"),
// nor a town and its state or province before the year ("*…*, Halifax, NS, 2022": where its issuer is).
const rePublisherAfterTitle = letters(
  String.raw`[*_”"’]\.?,?\s(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d)(?!\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?,\s[A-Z]{2},\s(?:1[5-9]|20)\d\d)(?!(?:Accessed|Retrieved|Viewed|Visited|Consulted|Consulté|Last\s(?:accessed|visited|viewed|checked|modified|updated)|Updated|Published|Posted|Available|Abgerufen|Zugriff|Zugegriffen)\b)(?!(?:\p{L}+\s){0,2}(?:[Bb]rief|[Pp]aper|[Mm]emo|[Mm]emorandum|[Nn]ote|[Ss]ubmission|[Tt]alk)\b)(?![^,;()*_"]{0,60}\b(?:[Bb]log|[Pp]odcast|[Nn]ewsletter|Substack|Medium|YouTube|[Ww]ebsite|[Ww]eb\s?page|[Ww]ebinar|[Tt]weet)\b)(?!\p{Lu}{1,8}[-/\s]?\d)\p{Lu}[^,;()*_"]{1,60},\s(?:(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d)\p{Lu}[^,;()*_"]{1,40},\s){0,2}(?:c\.\s?)?(?:1[5-9]|20)\d\d\b`,
  'u',
);
/**
 * A book in a publisher's series, the series between the publisher and the year: "*Les marées*, Paris, Maison Harbour,
 * coll. Essais, 2018" (not an organisation's own series of notes, "Institut Harbour, coll. Notes de l'Institut, 2021":
 * its reports, read online).
 */
const reSeriesBook = letters(
  String.raw`[*_”"’»]\.?,?\s(?:\p{Lu}[^,;()*_"]{1,40},\s){1,3}(?:coll\.|collection|Reihe)\s[^,;()*_"]{1,60},\s(?:1[5-9]|20)\d\d\b`,
  'u',
);
const rePlaceNoDate = letters(String.raw`[*_],?\s\p{Lu}[\p{L}]{2,20},?\s\((?:n\.\s?d\.?|s\.\s?d\.?|(?:1[5-9]|20)\d\d)\)`, 'u');
/**
 * Bluebook's book with its title in plain type, as a note's whole text: "Ada Reyes et al., Harbours of the North: A
 * History 9-15 (2010)." (authors, the title's capitalised words, the pin pages, the year; not an organisation's
 * report, which is asked for its link).
 */
const reBluebookPlain = letters(
  String.raw`^[^,;:"“*_]{3,60},(?:\set\sal\.,)?\s\p{Lu}[\p{L}'’-]*(?::?\s(?:(?:of|the|and|in|on|for|a|an|to|at|by|from|with)\s){0,3}\p{Lu}[\p{L}'’-]*){1,16}\s\d{1,5}(?:[-–]\d{1,5})?\s\((?:1[5-9]|20)\d\d\)\.?$`,
  'u',
);
const reBluebookBook = letters(
  String.raw`(?:[*_],?|\p{Lu}[\p{L}'’]{1,30},)\s\d{1,5}(?:[-–]\d{1,5})?(?:,\s?\d{1,5})?\s\((?:[^()]{0,40}\s)?(?:1[5-9]|20)\d\d\)`,
  'u',
);
/** Publisher names that need no year to say "book": university presses, OUP, CUP, Verlag, 出版社, 書房, 書店. */
// (not `\b` before the names: JavaScript's `\b` knows ASCII only, and "(Éditions du Seuil)" has none before the É)
// The great French houses, named without "Éditions", only where a publisher stands: after a comma, a colon or a bracket,
// closing the note or before a series or the year ("…, Denoël.", "…, Gallimard, coll. Idées.", "(Éditions du Seuil)");
// not a journalist's surname or a house in a headline ("Claire Julliard, « … »", "“Actes Sud Wins …”").
const reUnambiguousPublisher = letters(
  String.raw`\b(?:University Press|U\.\s?P\.|OUP|CUP|Presses [Uu]niversitaires|Verlag|Shuppan|Editorial)\b|Presses? de l['’]Universit[ée](?![\p{L}])|出版社|出版|書房|書店|(?:[,:(]\s?)(?:Éditions(?:\s(?:du|de\sla|de|des|d['’]))?\s?\p{Lu}[\p{L}'’-]+|Gallimard|Denoël|Flammarion|Fayard|Grasset|Plon|Payot|Maspero|Albin Michel|Robert Laffont|Julliard|Calmann-Lévy|Honoré Champion|Klincksieck|Vrin|L['’]Harmattan|Actes Sud|Mercure de France|Presses de la Cité|[Ll]e [Ss]euil|Armand Colin|La Découverte|Dalloz|Belin|Odile Jacob|Hermann|Minuit|(?:Éditions\sdu\s)?Cerf)(?=\s?(?:[,.;)]|coll\.|$))`,
  'u',
);
/** "Thieme, Paul. 1964. Title. Stuttgart: Reclam." - a place (of up to three words: "New Delhi") and a publisher closing an author-date entry. */
const rePlacePublisherEnd = letters(
  String.raw`(?:(?:1[5-9]|20)\d\d[a-z]?\.\s.{3,300}|(?<=\b\p{Lu}{1,3}\.\s)(?:1[5-9]|20)\d\d\s(?![^.]{0,200}\b(?:retrieved|accessed|online|blog|post|podcast|internet|video|update)\b)[^.]{3,200})\.\s\p{Lu}[\p{L}.]{1,30}(?:(?:,?\s|\s&\s)\p{Lu}[\p{L}.]{0,20}){0,2}:\s\p{Lu}[^:;]{1,60}\.?$`,
  'u',
);
/**
 * Author-date references to a book: the year, the title in italics (in pieces, perhaps), then the publisher or
 * "Place: Publisher" to the end. "Ladwig, C. (2020). _Strategy for Harbours._ West Academic.", "Hauschild, R., 1927.
 * *The Tide Hymns*. Leipzig: F. Brockhaus, 17, 3." (APA and the author-date styles of the humanities).
 */
const reAuthorDateBook = letters(
  String.raw`(?:\((?:1[5-9]|20)\d\d[a-z]?\)|\b(?:1[5-9]|20)\d\d[a-z]?)(?:\s?\((?:1[5-9]|20)\d\d\))?\.\s(?:[*_][^*_]{1,300}[*_][,.]?\s?){1,8}(?:\p{Lu}[\p{L}.]{1,30}(?:,?\s\p{Lu}[\p{L}.]{0,20}){0,2}:\s?)?\p{Lu}[^;()*_]{1,120}$`,
  'u',
);
/**
 * What closes an author-date entry when an organisation issued the work, not a publishing house: "Refugee Studies
 * Centre, Oxford", "Office of the Prime Minister", "KNOMAD Working Paper", "Internal report", "Operational data". A
 * centre or institute is a research one ("Centre for the Arts" publishes books).
 */
const reIssuer = letters(
  String.raw`\b(?:(?:Studies|Research|Policy|Development|Economic|Strategic|Innovation|Governance|Security|Climate|Evaluation|Statistical)\s(?:\p{L}+\s){0,3}(?:Centre|Center|Institute)|(?:Centre|Center|Institute)\sfor\s(?:\p{L}+\s){0,3}(?:Studies|Research|Policy|Development|Economics|Innovation|Governance|Security|Evaluation)|Office|Ministry|Department|Bank|Foundation|Agency|Commission|Council|Government|Authority|Secretariat|Programme|Program|Forum|Observatory|Initiative|Working\sPaper|Discussion\sPaper|Policy\sBrief|Technical\sNote|[Rr]eport|[Ww]hite\s?paper|[Dd]ata|[Ss]urvey)\b`,
  'u',
);
/** A publishing house's name: "Brookings Institution Press", "Harbour Publishing". */
const rePressName = /\b(?:Press|Publishing|Publishers?|Publications|Books|Verlag|Éditions|Editions)\b/u;
/** The text after the last title in italics. */
const reAfterLastItalic = /[*_]([^*_]{0,160})$/u;

/**
 * "Betts, A. (2022). *Self-Reliance in Displacement*. Refugee Studies Centre, Oxford.": an author-date entry of the
 * web era closed by an organisation or a kind of report is a report its issuer published online, not a book; a
 * press's name ("Brookings Institution Press") keeps it a book.
 */
function issuedByOrganisation(emphasised: string, text: string): boolean {
  if (printEra(text)) return false;
  const tail = reAfterLastItalic.exec(emphasised)?.[1];
  // "Delhi: Harbour Centre for the Arts" is a book's imprint, place and publisher.
  return tail !== undefined && reIssuer.test(tail) && !rePressName.test(tail) && !reImprint.test(tail);
}
const reImprint = letters(String.raw`\p{Lu}\p{L}+:\s\p{Lu}`, 'u');

/** Towns German styles name as a book's place, the publisher left out: a capitalised noun before a year is no place. */
const PUBLISHING_PLACES = [
  'Berlin',
  'München',
  'Hamburg',
  'Frankfurt(?: a(?:m)?\\.? ?M(?:ain|\\.))?',
  'Köln',
  'Stuttgart',
  'Leipzig',
  'Wien',
  'Zürich',
  'Basel',
  'Bern',
  'Tübingen',
  'Heidelberg',
  'Göttingen',
  'Freiburg(?: i(?:m)?\\.? ?Br(?:eisgau|\\.))?',
  'Wiesbaden',
  'Bielefeld',
  'Bonn',
  'Mainz',
  'Münster',
  'Düsseldorf',
  'Darmstadt',
  'Paderborn',
  'Opladen',
  'Baden-Baden',
  'Weinheim',
  'Marburg',
  'Konstanz',
  'Hannover',
  'Bremen',
  'Dresden',
  'Jena',
  'Halle',
  'Kassel',
  'Würzburg',
  'Regensburg',
  'Nürnberg',
  'Erlangen',
  'Innsbruck',
  'Graz',
  'Salzburg',
  'Oldenburg',
  'Osnabrück',
  'Trier',
  'Kiel',
  'Rostock',
  'Potsdam',
  'Augsburg',
  'Mannheim',
  'Karlsruhe',
  'Bochum',
  'Dortmund',
  'Essen',
  'Aachen',
  'Gießen',
  'Saarbrücken',
  'Hildesheim',
  'Lüneburg',
  'Bamberg',
  'Passau',
  'Luzern',
  'St\\. Gallen',
  'Wuppertal',
  'Duisburg',
  'Magdeburg',
  'Erfurt',
  'Weimar',
  'Frankfurt/Oder',
  'New York',
  'London',
  'Oxford',
  'Cambridge',
  'Paris',
  'Boston',
  'Chicago',
  'Amsterdam',
  'Leiden',
  'Princeton',
  // Dutch and Flemish towns, the old and new names of The Hague, and the names Dutch gives to German and French ones
  "'s-Gra{1,2}venha{1,2}ge",
  "'s-Hertogenbosch",
  'Den Haag',
  'Utrecht',
  'Groningen',
  'Zwolle',
  'Haarlem',
  'Nijmegen',
  'Kampen',
  'Assen',
  'Hilversum',
  'Antwerpen',
  'Gent',
  'Leuven',
  'Brussel',
  'Berlijn',
  'Parijs',
  'Londen',
  'Keulen',
  'Wenen',
].join('|');

/** What every form of reAuthorDateBook holds: a year closed by a full stop before a title in italics. */
const reAuthorDateBookHint = /\d\)?\.\s[*_]/;
/**
 * German references to a book: "München: Hirmer 2006 (Forschungshefte; 17)", the publisher and the year with no comma
 * between, and "In: *Abschied vom Volksleben*. Tübingen 1970, S. 10", the place and year of the volume, without a
 * publisher, as German styles give them; so too a place and year before the web, before a page, "…, Berlin 1984, S.
 * 67-105" (not a month or a season and its year; German capitalises every noun, "Monitoringbericht 2023, S. 45"), and
 * of any year where the place is one of the towns books are published in, "…, Berlin/Boston 2015, S. 120",
 * "…, Tübingen 2018, S. 77 f.", after a comma or a full stop ("… Autoren. Tübingen 2018, S. 44."); a volume's
 * towns may be joined by slashes ("In: … (Hg.): *Title*. Berlin/Boston 2015, S. 12"), and a volume printed with no
 * place says so, "o.O." ("In: Lenz, Paul (Hrsg.): Häfen und Handel, o.O. 2016, S. 201-230").
 */
const reGermanBook = letters(
  String.raw`(?:^|[.;(]\s)\p{Lu}\p{Ll}{2,20}(?:\s(?:am|an\sder|im)\s\p{Lu}\p{Ll}{1,20})?(?:\su\.\s?a\.)?:\s\p{Lu}[^:;()"“”‘’*_]{1,60}?\s(?:1[5-9]|20)\d\d(?=\s?[(;]|,\s(?:S|Sp|Bd)\.|\.?$)|\b[Ii]n:\s[^;]{2,200}?[.,]\s(?:\p{Lu}\p{Ll}{2,20}(?:\s(?:am|an\sder|im)\s\p{Lu}\p{Ll}{1,20})?(?:\s?\/\s?\p{Lu}\p{Ll}+){0,3}|o\.\s?O\.)\s(?:1[5-9]|20)\d\d\b|,\s(?!(?:Jan|Feb|M[aä]r|Apr|Ma[iy]|Jun|Jul|Aug|Sep|O[ck]t|Nov|De[cz]|Spring|Summer|Autumn|Fall|Winter|Fr[üu]h|Sommer|Herbst)\p{L}*\s)\p{Lu}\p{Ll}{2,20}(?:\s(?:am|an\sder|im)\s\p{Lu}\p{Ll}{1,20})?\s(?:1[5-8]\d\d|19[0-8]\d|199[0-4]),\sS\.\s?\d|[,.]\s(?:${PUBLISHING_PLACES})(?:\s?\/\s?\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?){0,3}(?:\su\.\s?a\.)?\s(?:1[5-9]|20)\d\d(?=,\s(?:S|Sp)\.\s?\d|\.?$)`,
  'u',
);
/** A signal opening a note, perhaps in italics: "See", "*See also*", "Cf.", "E.g.,". */
const SIGNAL = String.raw`(?:[*_]?(?:[Ss]ee(?:\salso)?|[Cc]f\.|[Ee]\.g\.,?)[*_]?,?\s)?`;
/** After a title in italics: Bluebook's pin pages, a year of the web era in parentheses, then nothing, a colon or pages. */
const WEB_YEAR_CLOSING = String.raw`\s?(?:\d{1,5}(?:[-–]\d{1,5})?\s)?\((?:199[5-9]|20\d\d)\)(?:[.\s]*$|:|,\s(?:pp?\.|at)\s)`;
/**
 * "Harbour Institute, *Tides Dataset v14* (2024)", then nothing, a colon or pages, perhaps after a signal ("*See*") and
 * with Bluebook's pin pages before the year ("*Tides* 7–12 (2021)"): an organisation's work of the web era.
 */
function orgWorkByTitleAndYear(emphasised: string): boolean {
  const m = reOrgTitleYear.exec(emphasised);
  return m !== null && reOrgAuthor.test(m[1]);
}
/**
 * A work of the web era whose title in italics names the kind of document it is, "OpenAI, *Harbour-4 Technical Report*
 * (2023)", "Tidal Labs, *Tide Model Card* (2024)": a company's or an office's own publication, not a book, whoever
 * issued it (a one-word company is not told from a surname), nor an author-date short form.
 */
export function webEraDocumentTitle(emphasised: string): boolean {
  // (the year it closes with is of the web era)
  return reDocumentKindTitle.test(emphasised);
}
// The issuer opens the note (after a signal) and the year closes it, or a colon or pages follow: not an aside that names
// such a document ("For a critique of the *… Technical Report* (2024), see …"), nor one traced by its number after the
// year ("*Annual Report 2021–22* (2022), HC 1234").
const reDocumentKindTitle = new RegExp(
  String.raw`^${SIGNAL}[^*_"“,(]{2,120},\s[*_][^*_]{0,150}\b(?:Technical Report|Tech\.\sRep\.|Model Card|System Card|White\s?[Pp]aper|Working Paper|Discussion Paper|Policy Brief|Annual Report|Progress Report|Status Report|Transparency Report|Sustainability Report|Impact Report)\b[^*_]{0,150}[*_]${WEB_YEAR_CLOSING}`,
  'u',
);
/** A title in italics, then a range of pages and the year: "*Fake Tides* 7–12 (2021)". */
const rePinRangeYear = /[*_]\s?\d{1,5}[-–]\d{1,5}\s\((?:199[5-9]|20\d\d)\)/u;
const reOrgTitleYear = new RegExp(String.raw`^${SIGNAL}([^*_"“,(]{3,120}),\s[*_][^*_]{2,200}[*_]${WEB_YEAR_CLOSING}`, 'u');
/**
 * A standalone work named with its author and year: "*Tree* (2017)", "Hanna Arendt, The Human Condition (1958)",
 * "“Walkaway” by Cory Doctorow (2017)", "《The Public and its Problems》by John Dewey, 1927" - a book, a film, a novel.
 */
const reStandaloneWork = letters(
  String.raw`[*_][^*_]{2,150}[*_]\s?\((?:1[5-9]|20)\d\d\)|^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3},\s\p{Lu}[^,;()*_"“]{2,100}\s\((?:1[5-9]|20)\d\d\)\.?$|["“”][^"“”]{2,150}["“”]\s?by\s\p{Lu}[^;()]{1,80}\(?(?:1[5-9]|20)\d\d\)?`,
  'u',
);
/**
 * "(New York: Whitney Museum of American Art, distributed by New York: Harry N. Abrams, 2003)": the facts of
 * publication in parentheses, however long, when they start with a place and a colon and end with the year.
 */
const rePublicationFacts = letters(
  String.raw`\(\p{Lu}[\p{L}.]{1,30}(?:,?\s\p{Lu}[\p{L}.]{0,20}){0,2}:\s?\p{Lu}[^()]{1,200},\s(?:c\.\s?)?(?:1[5-9]|20)\d\d\)`,
  'u',
);
const rePublisherParen = letters(
  String.raw`\((?![^()]{0,40}\b(?:accessed|retrieved|visited|viewed|consulté)\b)(?:[^()]{0,40}:\s?)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d)\p{Lu}(?:[^()]|\([^()]{1,30}\)){1,60},\s(?:c\.\s?)?(?:1[5-9]|20)\d\d\)|\((?![^()]{0,40}\b(?:accessed|retrieved|visited|viewed|consulté)\b)\p{Lu}[\p{L}. ,]{1,40}:\s?\p{Lu}[^()]{1,60}\)`,
  'u',
);
/**
 * "*Tides of Governance* (Harbour Kennedy School, 2021)": an organisation in the publisher's place of the brackets, in
 * the web era, issued its own report, read online (docs/rules.md); "(Harbour University Press, 2021)" is a book's.
 */
function parenIssuedByOrganisation(text: string): boolean {
  if (printEra(text)) return false;
  const facts = rePublisherParen.exec(text)?.[0];
  return facts !== undefined && (reIssuer.test(facts) || reParenIssuer.test(facts)) && !rePressName.test(facts) && !reImprint.test(facts);
}
const reParenIssuer = letters(String.raw`(?<![\p{L}])(?:School|Universit(?:y|é|ät)|Universidad)(?![\p{L}])`, 'u');

/** "*The Inscriptions of Harbour* [Leghorn, 1906]": a title's place (or publisher) and year in square brackets. */
const reBracketFacts = letters(
  String.raw`[*_”"]\s\[(?![^\[\]]{0,60}\b(?:[Oo]nline|[Ii]nternet|[Ww]eb(?:site)?|[Ss]ite|[Bb]log|[Pp]ost|[Vv]ideo|[Aa]udio|[Pp]odcast|[Ee]pisode|[Tt]weet|[Dd]ata(?:set)?|PDF|[Mm]edium|[Ff]ilm|[Ww]ebinar|[Rr]eport|[Bb]rief|[Pp]reprint|[Dd]raft|[Ss]lides|[Ii]mage|[Pp]hoto|[Mm]ap|[Pp]ress|[Ii]nterview|[Aa]ccessed|[Rr]etrieved|[Ww]orking|[Ww]ebpage|[Ww]eb\spage|YouTube|Facebook|Instagram|LinkedIn|TikTok|Twitter|[Ff]act|[Ii]nfographic|[Nn]ewsletter|[Pp]age|[Pp]aper|[Ss]heet|[Cc]hart|[Tt]able|[Tt]hread|[Ss]tatement|[Rr]elease)\b)\p{Lu}[\p{L}'’.-]{1,30}(?:\s\p{Lu}[\p{L}'’.-]{1,30}){0,2},\s(?:c\.\s?)?(?:1[5-9]|20)\d\d\]`,
  'u',
);
/**
 * "Place: Publisher, Year"; French and Brazilian styles put a space before the colon, "São Paulo : Saraiva, 2012"
 * (the place after a full stop, the publisher one name: not a title and its subtitle, "Énergie : Le défi des ports").
 */
/**
 * A printed document's place and date in parentheses after its title in italics, before the web:
 * "*Open Space Land, Preliminary Report* (Sacramento, March 1969), 10".
 */
const reParenFactsPrint = letters(
  String.raw`[*_]\s\(\p{Lu}\p{Ll}{2,20}(?:\s\p{Lu}\p{Ll}{2,20}){0,2},\s(?:[A-Z][a-z]{2,8}\.?\s)?(?:\d{1,2},?\s)?(?:1[5-8]\d\d|19[0-8]\d|199[0-4])\)`,
  'u',
);
const rePlacePublisher = letters(
  String.raw`(?:^|[(.;]\s?|,\s)\p{Lu}[\p{L}.]{1,30}(?:,?\s\p{Lu}[\p{L}.]{0,20}|\s(?:am|an\sder|upon|on|sur|im)\s\p{Lu}[\p{L}.]{0,20}){0,2}(?:\su\.\s?a\.)?:\s?\p{Lu}[^:;()]{1,80},\s(?:c\.\s?)?(?:1[5-9]|20)\d\d\b|(?:^|\.\s)\p{Lu}[\p{L}.]{1,30}(?:\s\p{Lu}[\p{L}.]{0,20}){0,2}\s:\s\p{Lu}[\p{L}.&'’-]*(?:\s[\p{L}.&'’-]+){0,3},\s(?:1[5-9]|20)\d\d\b`,
  'u',
);
/**
 * Whether "Place: Publisher, year" is a book's imprint: not a title and its subtitle in italics ("*Tides: A Critical
 * Review*, 2022"), not a label before a source ("Source: Harbour Statistics Office, 2024"), nor, in the web era, a
 * place before a periodical ("Stanford: Harbour Social Review, 2020"), which is the outlet's home (docs/rules.md).
 */
function imprint(text: string, emphasised: string): boolean {
  const m = rePlacePublisher.exec(text);
  if (!m) return false;
  if (!rePlacePublisher.test(emphasised.replace(reItalicSpan, ' '))) return false;
  const colon = m[0].indexOf(':');
  const place = m[0].slice(0, colon).replace(/^[\s(.;,]+/, '');
  if (rePlaceLabel.test(place)) return false;
  const publisher = m[0].slice(colon + 1);
  return printEra(text) || !reOutletName.test(publisher) || rePressName.test(publisher);
}
/** In the web era, a place before a periodical: "Halifax: Harbour Review, 2020" (see imprint). */
function placeBeforePeriodical(text: string, emphasised: string): boolean {
  return !printEra(text) && rePlaceBeforePeriodical.test(text) && rePlaceBeforePeriodical.test(emphasised.replace(reItalicSpan, ' '));
}
const rePlaceBeforePeriodical = letters(
  String.raw`(?<![\p{L}\d])\p{Lu}\p{L}+:\s(?![^:;,()]{0,60}${rePressName.source})[^:;,()]{0,60}\b(?:${OUTLET_WORDS})(?![\p{L}-])`,
  'u',
);
/**
 * A book's place and year right after its title in italics, the publisher left out, as Dutch and German styles give
 * them: "*Delft en Delfland.* Leiden 1944, 32", "*Geschiedenis.* 's-Gravenhage MDCCXCVI. Derde deel" (a year in Roman
 * numerals), "*Handboek.* 's-Hertogenbosch 1970, deel I". Any town before the web; a town books are published in
 * (PUBLISHING_PLACES) in any year.
 */
const reItalicPlaceYear = letters(
  String.raw`[*_]\.?\s(?:(?:${PUBLISHING_PLACES})\s(?:1[5-9]|20)\d\d|(?!(?:Jan|Feb|M[aäe]r|Apr|Ma[iy]|Mei|Jun|Jul|Aug|Sep|O[ck]t|Nov|De[cz]|Spring|Summer|Autumn|Fall|Winter|Fr[üu]h|Sommer|Herbst|Lente|Zomer|Herfst)\p{L}*\s)(?:'s-\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}{2,20}(?:-\p{Lu}?\p{Ll}+)?)\s(?:1[5-8]\d\d|19[0-8]\d|199[0-4]|M{1,2}[DCLXVI]{2,12}))(?=[,.;]|$)`,
  'u',
);
/**
 * A book's place and year in brackets, the publisher left out: "*World-Systems Analysis* (Ann Arbor: 1993)", "(The
 * Hague: 1973), 58". Not a note read online, an outlet's or an organisation's (see forms()).
 */
const reParenPlaceYear = letters(
  String.raw`[\p{L}*_.]\s\((?:The\s)?(?!(?:Online|Updated|Web|Source|Sources|Accessed|Retrieved|Published|Posted|Revised|Date|Dated|Version|Edition|Ed|Rev|Draft|Forthcoming|Print|Internet|Available|Ebook|Kindle|Medium|Vimeo|Spotify|Substack|SoundCloud|Apple|Google|Amazon|Audible|Netflix|Twitter|Facebook|Instagram|LinkedIn|TikTok|Bandcamp|Patreon|GitHub|Zenodo|Figshare|Academia|ResearchGate)\b)\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2}:\s(?:1[5-9]|20)\d\d\)(?:[,.;:]|$)`,
  'u',
);
/**
 * What a book by place and year (reParenPlaceYear) is not: an article or story in quotes, a periodical, a kind of
 * page, post or paper, an organisation's work.
 */
const reNotPlaceYearBook =
  /["“”]|\b(?:[Vv]ideo|post|[Pp]odcast|[Bb]log|[Ww]ebinar|[Ww]orking\s[Pp]aper|[Ff]act\s[Ss]heet|[Pp]ress\s[Rr]elease|[Ww]ebsite|[Nn]ewsletter|[Tt]weet|[Ee]pisode|[Bb]rief|[Rr]eport|[Rr]eview|[Bb]ulletin)\b/u;
/** Words that name an organisation, read in the name that opens the note (not in its title: "Post and Courier Service"). */
const reOrgWord =
  /\b(?:Organi[sz]ation|Bank|Council|Institute|Agency|Ministry|Department|Authority|Office|Fund|Commission|Foundation|Cent(?:re|er)|Association|Union|Forum|Programme|Program|Trust|Alliance|Observatory|Coalition|Network|Group|Society|Partnership|Initiative|Project|Lab|Laboratory|Board|Services?|Corporation|Company|Inc|Ltd|LLC|Coop|Cooperative|Federation|League|Chamber|Secretariat|Unit|Team|Studio)\b/u;
/** The name that opens a note: up to its first comma. */
function opening(text: string): string {
  const comma = text.indexOf(',');
  return comma < 0 ? '' : text.slice(0, Math.min(comma, 120));
}
/** A person's name (initials allowed) and a comma opening the note, perhaps after "See": "See Ana Reyes, …", "E. John B Allen, …". */
const rePersonOpening = letters(
  String.raw`^(?:(?:See|Cf\.)\s(?:also\s)?)?(?:\p{Lu}\.?\s){0,3}\p{Lu}[\p{L}'’-]+(?:\s(?:\p{Lu}\.?\s)*\p{Lu}[\p{L}'’-]+){0,3},\s`,
  'u',
);
function parenPlaceYear(text: string): boolean {
  return (
    reParenPlaceYear.test(text) &&
    rePersonOpening.test(text) &&
    !reNotPlaceYearBook.test(text) &&
    !reOrgWord.test(opening(text)) &&
    !reNotJournalName.test(text) &&
    !readOnline(text) &&
    !reOutlet.test(text) &&
    !reOrgAuthor.test(text)
  );
}
/** A place books are published in, a publisher and the year closing the note: "…, Berlijn, Reimer, 1834.", "…, Zwolle, Tjeenk Willink, 1921". */
const rePlacePublisherYearEnd = letters(
  String.raw`,\s(?:${PUBLISHING_PLACES}),\s\p{Lu}[\p{L}'’.&-]*(?:\s(?:&\s)?\p{Lu}[\p{L}'’.&-]*){0,3},\s(?:1[5-9]|20)\d\d(?:,\s\d\s(?:dln|delen|Bde|vols)\.?)?\.?$`,
  'u',
);
const reItalicThenImprintEnd = letters(
  String.raw`[*_],?\s(?:[^;*_]{0,80},\s)?\p{Lu}[\p{L}'’.&-]*(?:\s(?:(?:of|de|du|des|and|&|the)\s)?\p{Lu}[\p{L}'’.&-]*){0,4},\s\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?,\s1[5-9]\d\d\.?$`,
  'u',
);
const reItalicSpan = letters(String.raw`\*[^*]{1,300}\*|(?<![\p{L}\d])_[^_]{1,300}_(?![\p{L}\d])`, 'gu');
const rePlaceLabel = /^(?:Sources?|See|Notes?|Data|Quelles?|Fuentes?|Fontes?|Voir|Vgl\.?|Cf\.?)$/u;
/** A label before a colon opening the note or a sentence, "Source: Harbour Agency, 2024" (see rePlaceLabel). */
const reLabelColon = /(?:^|[.;(]\s)(?:Sources?|See|Notes?|Data|Quelles?|Fuentes?|Fontes?|Voir):\s/u;
const reOutletName = new RegExp(`\\b(?:${OUTLET_WORDS})\\b`, 'u');
const reEdition = letters(
  String.raw`\b\d(?:st|nd|rd|th)\s(?:ed\.|edn\.?|edition)|\brev\.\sed\.|\bédition\b|\bvol(?:ume)?s?\.?\s(?:\d|[IVXLC]{1,6}\b)|\breprint(?:ed)?\b|\bfirst published\b|\bpublished by\b|\b(?:second|third|fourth|fifth|sixth|revised|new|enlarged|expanded)\s(?:ed\.|edn\.?|edition)|\b\d{1,2}\.\s?Aufl(?:\.|age\b)`,
  'iu',
);
/**
 * A journal in italics and its volume, issue and pages ("*Harbour Science* 4, no. 2 (2019): 10"), also written with
 * no space after the italics and the issue's date after its number ("*Harbour Science*319 (5860) (January 11): 192"),
 * or a magazine by its issue's date and the page ("*Harbour Watch* (January/February 1998), 15").
 */
const reArticleJournal = letters(
  String.raw`[*_]\s?,?\s\d{1,4}(?:\.\d{1,3})?(?:,\s?(?:no\.\s?\d{1,4}|suppl\.\s?\d{1,3}|\d{1,4}))?(?:\s?\(\d{1,4}\))?(?:\s?\((?:[\p{L}.]{1,12}\s)?(?:1[5-9]|20)\d\d\))?\s?[:,]\s?(?:pp?\.\s?)?[A-Z]?\d|[*_],?\s[IVXLC]{1,6}\s\((?:1[5-9]|20)\d\d\),\s\d|\bVol\.\s?[IVXLC\d]{1,6}\.?,?\s(?:Pt|No|Part)\.?\s?[IVXLC\d]{1,4}|\s\d{1,4}(?:\.\d{1,3})?\s\((?:1[5-9]|20)\d\d\)\s?:\s?[A-Z]?\d|[*_](?!(?:1[5-9]|20)\d\d\b)\d{1,4}\s?\(\d{1,6}\)(?:\s\((?:[A-Z][a-z]{2,8}\.?(?:\s\d{1,2})?|\d{1,2}\s[A-Z][a-z]{2,8})\))?\s?[:,]\s?(?:pp?\.\s?)?\d|[*_]\s\([A-Z][a-z]{2,8}\.?(?:[/–-][A-Z][a-z]{2,8}\.?)?\s(?:\d{1,2},?\s)?(?:1[5-9]|20)\d\d\),\s(?:pp?\.\s?)?\d{1,4}\b`,
  'u',
);
/**
 * An article as French styles cite it: its title in quotes, the comma after them, the periodical in italics, then its
 * issue ("2013/2", "n° 167", "Vol. 10", or a number alone after the periodical) and its year or pages:
 * "« Les quais », _Revue du port_, 2013/2, Vol. 10, p. 24", "« Préambule », *Marées*, 66, « Vagues », 2012.".
 */
const reFrenchArticle =
  /[»”"]\s?,\s[*_][^*_]{1,120}[*_],\s(?=\d{1,4},|[^;]{0,80}?(?:(?<!\d)(?:1[5-9]|20)\d\d\/\d{1,2}\b|\bn[°º]\s?\d|\b[Nn]o\.\s?\d|\b[Vv]ol\.\s?\d))(?=[^;]{0,120}?(?:\bpp?\.\s?\d|(?<!\d)(?:1[5-9]|20)\d\d(?!\d)))/u;
const reArticleVolumeYear = letters(
  String.raw`\b\d{1,4}\s?\((?:[\p{L}.]{1,12}\s(?:\d{1,2},?\s)?)?(?:1[5-9]|20)\d\d\)[:,]\s?(?:article\s|art\.\s?|[a-z]{1,4})?\d|\bno\.\s?\d{1,5}(?:[-–]\d{1,5})?\s?\((?:[\p{L}.]{1,12}\s(?:\d{1,2},?\s)?)?(?:1[5-9]|20)\d\d\)|\bVol\.\s?[IVXLC]{1,6}\b[^;]{0,30}\bpp?\.\s?\d|[*_],?\s\d{1,4}(?:[-–]\d{1,4})?(?:\s?\(\d{1,4}\))?,?\s\((?:[\p{L}.]{1,12}\s)?(?:1[5-9]|20)\d\d\)|,\s(?:[A-Z][a-z]{2,8}\.?\s)?(?:\d{1,2},\s)?(?:1[5-9]|20)\d\d,\sat\s\d|\b(?:1[5-9]|20)\d\d\s?(?:[A-Z][a-z]{2}\s?\d{0,2})?;\s?\d{1,4}\s?\([^)]{1,20}\)`,
  'u',
);
/**
 * A journal named with a year but no volume or pages ("*Journal of Tides*, 2002"): no traceable form; a report asks
 * for the link or the volume and pages (notes/sources.ts says so).
 */
const reJournalYear = /\b(?:Journal|Review|Quarterly|Studies|Annals|Letters|Transactions|Bulletin|Revue|Zeitschrift)\b[^.;()]{0,60},\s(?:1[5-9]|20)\d\d\b/u;
export function namesJournalOnly(text: string): boolean {
  return reJournalYear.test(text) || reAbbreviatedJournalYear.test(text);
}
/** After a title in italics, a name and the year: Bluebook's periodical, "*Ferries Idle*, N.Y. Times (2021)", not an author-date reference. */
const reAfterTitleYear = /[*_],\s[^()*_]{1,60}\s\((?:1[5-9]|20)\d\d\)/u;
/**
 * Bluebook's article with no volume nor pages, its journal abbreviated after the title in italics: "*Large Fictions*,
 * J. Legal Analysis (2024)", "*Rating Arguments*, Pol. Analysis (2025)". An abbreviation ("J.", "Pol.") among the
 * journal's words tells it from a publisher; with its volume the journal follows a number, "*Tides*, 12 J. Tide Stud. 4".
 */
// (not a newspaper as Bluebook abbreviates it, "Wall St. J.", "N.Y. Times", "Wash. Post": a link or a date finds it)
const reAbbreviatedJournalYear = letters(
  String.raw`[*_],\s(?![^()]{0,60}(?:\bSt\.\sJ\.|\bTimes\b|\bPost\b|\bNews\b|\bHerald\b|\bGazette\b|\bTribune\b|\bGuardian\b))(?:(?:\p{Lu}[\p{L}'’&]{0,15}\.?|on|of|for|and|&)\s){0,5}\p{Lu}[\p{L}'’]{0,15}\.\s(?:(?:\p{Lu}[\p{L}'’&]{0,15}\.?|on|of|for|and|&)\s){0,5}\((?:1[5-9]|20)\d\d\)`,
  'u',
);
const reArticleExtra = letters(
  String.raw`\b\d{1,4},\sno\.\s?\d{1,4}(?:[-–]\d{1,4})?\s\([^()]{1,40}\):\s?\d|\b(?:1[5-9]|20)\d\d;\s?\d{0,4}\s?\(\d{1,4}\):\s?[A-Z]{0,4}\d|\bConference\b[^.]{0,120}\bpp?\.\s?\d|\bProceedings of\b|\b[IVXLC]{1,6}\s\((?:1[5-9]|20)\d\d\),\s\d|\bt\.\s?[ivxlc\d]{1,6},[^;]{0,12}\bp\.\s?\d|,\s[^,;]{0,20}(?:1[5-9]|20)\d\d,\sat\s\d|\b\p{Lu}\p{L}{1,20}\.\s\d{1,4},\s\d{1,6}(?:\s?[-–]\s?\d{1,6})?\s\((?:1[5-9]|20)\d\d\)|\b(?:\p{Lu}\.){2,6}\s(?:1[5-9]|20)\d\d,\s(?:pp?g?|pp)\.\s?\d|\bin\s(?:the\s)?\p{Lu}\p{L}{2,30}(?:\s\p{Lu}\p{L}{2,30}){0,3},?\s(?:1[5-9]|20)\d\d,\s(?:pp?g?\.|pages?)\s?\d`,
  'u',
);
/**
 * A periodical's or a series' volume as German styles give it, with its year and the pages: "…, in: *Historische
 * Grundwissenschaften*, Bd. 18, 2016 (Historisches Forum), S. 79–83", "*Harbour Blätter* Jg. 12 (2016), H. 3, S. 45".
 */
const reGermanVolume = /\b(?:Bd\.|Band|Jg\.|Jahrgang)\s?\d{1,4}\b[^;]{0,60}?(?<!\d)(?:1[5-9]|20)\d\d(?!\d)[^;]{0,60}?,\s(?:S|Sp)\.\s?\d/u;
/** What every form of reArticleLoose holds: a number, a comma, a number. */
const reVolumePages = /\d\s?,\s?\d/;
/**
 * A journal's volume and pages as typed in many exports: "Biological Cybernetics 36 , 193--202", or an abbreviated
 * journal with volume, page and year: "Int. J. Patt. Recogn., 07, 647 (1993)".
 */
const reArticleLoose = letters(
  String.raw`\p{Lu}\p{L}{2,40}\s\d{1,4}\s?,\s?\d{1,5}\s?(?:--|[-–])\s?\d{1,5}\b|\bJ\.\s[^;]{0,60}?,\s?\d{1,4},\s?\d{1,5}\s?\((?:1[5-9]|20)\d\d\)`,
  'u',
);
const reArticleMore = letters(
  String.raw`["”],?\s(?:\p{Lu}\p{L}{0,7}\.?\s){0,3}\p{Lu}\p{L}{0,7}\.\s(?:1[5-9]|20)\d\d,\s(?:pp?|pgs?)\.\s?\d{1,5}\s?[-–]\s?\d{1,5}\b|\b(?:1[5-9]|20)\d\d\s?(?:[A-Z][a-z]{2}\s?\d{0,2})?;\s?\d{0,4}\s?(?:\([^)]{1,20}\))?:\s?[A-Z]?\d|\((?:[\p{L}.]{1,12}\s)?(?:1[5-9]|20)\d\d\):\s?\d|\bJ\.,?\s[^;]{0,40}\bat\s\d`,
  'u',
);
/** A journal in italics, its volume in Roman numerals, the issue and its date, then the pages: "*Palladio* IX, nº 3--4 (julho de 1959): 97--209". */
const reRomanVolumeIssue =
  /[*_],?\s[IVXLC]{1,6},\s(?:nº|n\.º|n°|no\.|n\.|núm\.|Nr\.)\s?\d{1,4}(?:\s?(?:--|[-–])\s?\d{1,4})?\s\([^()]{0,30}(?:1[5-9]|20)\d\d\)[:,]\s?(?:pp?\.\s?)?\d/u;
/**
 * A Japanese journal's volume or issue and its pages: "1巻5号、…、1956年11月、87-101頁", "第12号、1962年、1-8頁".
 */
const reJapaneseArticle = /(?:\d{1,4}\s?巻|第\s?\d{1,4}\s?号)[^。]{0,60}?\d{1,5}\s?[-–‐~〜－]\s?\d{1,5}\s?頁/u;
/**
 * APA's journal in plain type with its volume and issue, then an e-locator or nothing more, closing the note: "(2018).
 * _Title_. PLOS Tides, 13(12), e0209086.", "Harbour Reports, 10(1).". Only after APA's year alone in brackets, and
 * not in a note that names a kind of page or an outlet (apaJournalIssue()): a blog, a podcast or a newspaper numbers
 * its issues too.
 */
const reApaVolumeIssue = letters(String.raw`(?<![\p{L}&-])\p{Lu}[\p{L}&-]*(?:\s[\p{L}&-]+){0,6},\s\d{1,4}\s?\(\d{1,4}\)(?:,\s?e\d{3,8})?\.?$`, 'u');
const reApaYear = /\((?:1[5-9]|20)\d\d[a-z]?\)\.\s/u;
/** A genre in brackets, as APA labels what is no article: "[Blog post]", "[Press release]", "[Video]". */
const reGenreLabel = /\[[A-Z][a-z]+(?:\s[a-z]+){0,3}\]/u;
/** A periodical named as a kind of the web or the press: "Harbour Newsroom", "Tide Tech Website", "Harbour Daily News". */
const reNotJournalName =
  /\b(?:Blog|Newsroom|Newsletter|Website|Site|Online|Channel|Magazine|News|Herald|Times|Daily|Weekly|Podcast|Webinar|Threads?|Visuals|Courses|Bulletin|Notes)\b/u;
function apaJournalIssue(text: string): boolean {
  return apaJournal(reApaVolumeIssue, text);
}
/** APA's journal in plain type as `pattern` finds it, after APA's year alone: not a labelled kind, a blog or news, an outlet, a note read online. */
function apaJournal(pattern: LetterRegExp, text: string): boolean {
  const m = pattern.exec(text);
  return m !== null && reApaYear.test(text) && !reGenreLabel.test(text) && !reNotJournalName.test(m[0]) && !reOutlet.test(text) && !readOnline(text);
}
/**
 * An article's title in quotes, then its journal and the volume and issue written with a full stop, and the year: in
 * italics, "‘Maps as Quays’, *Progress in Harbour Geography* 25.2 (2001).", glued to them too ("*Law Review*20.4"), or
 * in plain type after a journal's word or "Journal of …", "“Tides,” Harbour University Law Review 104.1 (2010)."; not a
 * site's, an outlet's or an organisation's (before the title: a university's law review is a journal), nor a version
 * of software, a standard, a dataset or a bulletin (reVersioned).
 */
const reDottedVolumeYear = letters(
  String.raw`[”"’'],?\s(?:[*_][^*_]{1,120}[*_],?\s?|\p{Lu}[^,;”"’*_]{0,80}\b(?:Journal|Review|Quarterly|Annals|Transactions)\s|(?:Journal|Annals|Transactions)\sof\s(?:the\s)?\p{Lu}[^,;”"’*_\d]{0,80}\s)\d{1,4}\.\d{1,3}\s\((?:1[5-9]|20)\d\d\)`,
  'u',
);
/** What numbers its versions, not volumes: software, a standard, a dataset, a model, a report, a bulletin. */
const reVersioned = /\b(?:ISO|Standards?|Soft|Software|Dataset|Data|Database|Model|Report|Manual|Guide|Toolkit|Bulletin|Version|Release)\b|[a-z][A-Z]/u;
function dottedVolumeYear(text: string, emphasised: string): boolean {
  const m = reDottedVolumeYear.exec(emphasised);
  return m !== null && !readOnline(text) && !reOutlet.test(text) && !reOrgAuthor.test(emphasised.slice(0, m.index)) && !reVersioned.test(m[0]);
}
/** A periodical the note names that no site, outlet or organisation issued: a journal's, not a page's or a report's. */
function journalOfItsOwn(text: string): boolean {
  return !readOnline(text) && !reOutlet.test(text) && !reOrgAuthor.test(text);
}
/**
 * APA's journal in plain type with its volume and an article number or pages, closing the note: "(2020). Cohort
 * insights. Journal of Harbour Economics, 47, 101619." (after APA's year alone; see apaJournalIssue()).
 */
const reApaVolumeNumber = letters(String.raw`(?<![\p{L}&-])\p{Lu}[\p{L}&-]*(?:\s[\p{L}&-]+){0,8},\s\d{1,4},\s(?:e?\d{3,8}|\d{1,5}\s?[-–]\s?\d{1,5})\.?$`, 'u');
function apaJournalVolume(text: string): boolean {
  return apaJournal(reApaVolumeNumber, text);
}
/**
 * A journal in italics named by a journal's word, then its year in brackets and a page, after an article's quoted
 * title: "“Quays Alive,” _Harbour Studies Quarterly_, (2009), 215." The page finds it in the year's volume.
 */
const reJournalYearPage = letters(
  String.raw`[”"]\s[*_][^*_]{0,80}\b(?:Journal|Review|Quarterly|Studies|Annals|Letters|Bulletin|Revue|Revista|Zeitschrift)\b[^*_]{0,40}[*_],?\s\((?:1[5-9]|20)\d\d\),\s(?:pp?\.\s?)?\d{1,5}(?:\s?[-–]\s?\d{1,5})?\.?(?:\s|$)`,
  'u',
);
/**
 * A journal named after "in", its volume and year closing the note: "“GIS and Graph Models,” in Digital Applications
 * in Harbour Heritage 9 (2018)." The journal's name holds a word journals are named by.
 */
const reJournalInVolumeYear = letters(
  String.raw`[”"],?\sin\s(?:the\s)?\p{Lu}[^;()"“”]{0,100}\b(?:Journal|Review|Studies|Applications|Quarterly|Letters|Annals|Proceedings|Transactions|Bulletin|Archaeology|History|Heritage|Science|Sciences|Research|Economics|Law)\b[^;()"“”]{0,60}\s\d{1,4}(?:,?\s(?:no\.\s?)?\d{1,4})?\s\((?:1[5-9]|20)\d\d\)(?:[,:]\s?(?:pp?\.\s?)?\d{1,5}(?:\s?[-–]\s?\d{1,5})?)?\.?$`,
  'u',
);
const reArticle = letters(
  String.raw`\b\d{1,4}\s?\((?:\d{1,6}(?:[-–/]\d{1,4})?(?:\s(?:Suppl|Supp|Pt|Spec)\.?\s?\d{0,3})?|(?:Suppl|Supp)\.?\s?\d{1,3})\)(?:\s\((?:[A-Z][a-z]{2,8}\.?(?:\s\d{1,2})?|\d{1,2}\s[A-Z][a-z]{2,8})\))?\s?[:,.]?\s?(?:pp?\.\s?)?\d|\bvol(?:ume)?\.?\s?\d{1,4},?\s(?:no|issue|iss)\.?\s?\d|\b\d{1,4}:\s?\d{1,5}[-–]\d{1,5}\b|\b\d{1,4}:\s?e\d{2,8}\s\((?:1[5-9]|20)\d\d\)|\b\d{1,4}\s[\p{Lu}][\p{L}.&' ]{1,60}(?:L\.|Law)\s?(?:Rev|J|Q)\.?\s\d|\b(?:Journal|Review|Quarterly|Studies|Proceedings|Annals|Letters|Transactions|Bulletin|Revue|Zeitschrift)\b[^.;]{0,80}\b(?:vol\.?\s?)?\d{1,4}\b[^.;]{0,20}(?:pp?\.\s?\d|\d{1,5}[-–]\d{1,5}|:\s?\d)|\b(?:Journal|Review|Quarterly|Proceedings|Annals|Transactions|Bulletin)\b[^.;]{0,80},\s\d{1,4},\s\d{1,5}\.?$`,
  'u',
);
/**
 * Congress's auditors and researchers by report number: "GAO-16-294", "Government Accountability Office, Report
 * 16-294", "CRS Report RL33110" (each found by its number on the office's site). Shown as a numbered report, not as
 * law: written out in full again, it is a repeat (duplicate-source), as a statute cited again is not.
 */
const reNumberedReport =
  /\bGAO-\d\d-\d{2,4}[A-Z]{0,3}\b|\b(?:GAO|Government Accountability Office|General Accounting Office),?\s(?:Report\s)?(?:No\.\s?)?\d\d-\d{2,4}\b|\bCRS\sReport\s(?:No\.\s?)?R[LS]?\d{4,5}\b/u;
const reLegal = letters(
  [
    // United States: reporters, codes, session laws, Congress
    "\\b\\d{1,4}\\s(?:U\\.\\s?S\\.|S\\.\\s?Ct\\.|L\\.\\s?Ed\\.(?:\\s?2d)?|F\\.(?:\\s?(?:2d|3d|4th))?|F\\.\\s?Supp\\.(?:\\s?(?:2d|3d))?|F\\.\\s?App'x|B\\.R\\.|A\\.(?:\\s?[23]d)?|N\\.E\\.(?:\\s?[23]d)?|N\\.W\\.(?:\\s?2d)?|S\\.E\\.(?:\\s?2d)?|S\\.W\\.(?:\\s?[23]d)?|So\\.(?:\\s?[23]d)?|P\\.(?:\\s?[23]d)?|Cal\\.(?:\\s?Rptr\\.)?(?:\\s?[2-5]th)?|N\\.Y\\.(?:S\\.)?(?:\\s?[23]d)?|Stat\\.|Fed\\.\\s?Reg\\.|U\\.S\\.L\\.W\\.|U\\.S\\.C\\.(?:A\\.)?|C\\.F\\.R\\.|I\\.L\\.M\\.|U\\.N\\.T\\.S\\.|UNTS)\\s?(?:§+\\s?)?\\d",
    '\\bPub\\.\\s?L\\.\\s?(?:No\\.\\s?)?\\d{1,3}[-–]\\d{1,4}',
    '\\b(?:H\\.R\\.|S\\.|H\\.\\s?Rept\\.|S\\.\\s?Rept\\.|H\\.\\s?Doc\\.)\\s?\\d{1,5},?\\s\\d{1,3}(?:st|nd|rd|th|d)\\sCong\\.',
    '\\b\\d{1,3}(?:st|nd|rd|th|d)\\sCong\\.',
    '\\b(?:Hearing|Testimony) before\\b',
    '\\b(?:H\\.\\s?R\\.|S\\.)\\s?(?:Rep|Doc|Res|Con\\.\\s?Res|Exec\\.\\s?Rep)\\.\\s?(?:No\\.\\s?)?\\d',
    '\\b(?:FAR|DFARS|CFR|C\\.F\\.R\\.)\\s\\d{1,3}\\.\\d',
    '\\b(?:Federal Acquisition Regulation|Code of Federal Regulations|Federal Register)\\b',
    // agencies' numbered documents: "SEC Staff Accounting Bulletin No. 119", "SECY-99-085", "OMB Memorandum M-22-09"
    '\\b(?:Staff Accounting Bulletin|Staff Legal Bulletin|No-Action Letter|Release No\\.)\\s?(?:No\\.\\s?)?\\d',
    '\\bSECY-\\d\\d-\\d{2,4}\\b',
    '\\bOMB\\s(?:Memorandum\\s)?M-\\d\\d-\\d\\d\\b',
    // presidential documents: "Executive Order 14179", "Exec. Order No. 13,526", "E.O. 14110"
    '\\b(?:Executive Order|Exec\\.\\s?Order|E\\.\\s?O\\.)\\s(?:No\\.\\s?)?\\d{1,2},?\\d{3}\\b',
    // Canada
    '\\b(?:19|20)\\d\\d\\s(?:SCC|FCA|FC|ONCA|ONSC|ONCJ|BCCA|BCSC|ABCA|ABQB|QCCA|QCCS|NSCA|NBCA|MBCA|SKCA|CanLII|CHRT|TCC|CMAC|FCT)\\s\\d',
    '\\b(?:S\\.C\\.R\\.|D\\.L\\.R\\.|O\\.R\\.\\s?\\(\\d)',
    // Sweden: a government bill, "Prop. 2016/17:180", and the statute book, "SFS 2017:900"
    '\\bProp\\.\\s(?:19|20)\\d\\d\\/\\d\\d:\\d{1,4}\\b|\\bSFS\\s(?:19|20)\\d\\d:\\d{1,4}\\b',
    // the McGill Guide's statutes, without full stops: "RSC 1985, c C-44", "SO 2019, c 7"
    '\\b(?:RS|S)(?:C|O|BC|A|M|NS|NB|S|Q|PEI|NL|Y|NWT)\\s(?:1[89]|20)\\d\\d,\\s(?:c|ch)\\.?\\s[A-Z]?-?\\d',
    '\\b(?:R\\.S\\.C\\.|S\\.C\\.|R\\.S\\.O\\.|S\\.O\\.|R\\.S\\.B\\.C\\.|S\\.B\\.C\\.|R\\.S\\.Q\\.|RLRQ|L\\.R\\.C\\.|L\\.C\\.|C\\.R\\.C\\.|SOR|DORS|R\\.R\\.O\\.)\\s?/?\\s?(?:19|20)\\d\\d',
    // United Kingdom and Commonwealth
    '\\[(?:1[6-9]|20)\\d\\d\\]\\s(?:\\d{1,2}\\s)?(?:UKSC|UKHL|UKPC|EWCA\\s(?:Civ|Crim)|EWHC|AC|QB|KB|Ch|WLR|All\\sER|Fam|ICR|IRLR|EWCOP|UKUT|UKFTT|CSIH|CSOH|HCA|NZSC|NZCA|IESC|SGCA|ZACC|1\\sSCR|\\d\\sSCR)\\b',
    '\\b\\d{1,3}\\s(?:WLR|All\\sER|CLR|ALR|ER|LR|Cr\\sApp\\sR)\\s\\d',
    // "Data Protection Act 1998"; in Commonwealth styles "Ports Act (Kenya), No. 4 of 2012", "Act 1 of 2013",
    // "Ports Act, Cap. 52", and, after "The" (a title in italics, "*A Delicate Balancing Act*, 2019", is no statute),
    // "The Companies Act, 2013", "The Port Fees Regulations, 2019"
    '\\b\\p{Lu}[\\p{L} ,()\\-]{2,80}\\s(?:Act\\s(?:1[6-9]|20)\\d\\d\\b|(?:Act|Regulations|Rules|Ordinance|Decree|Proclamation)(?:\\s\\([\\p{L} ]{2,30}\\))?,\\s(?:(?:Act\\s|No\\.\\s?|Act\\sNo\\.\\s?)\\d{1,4}\\sof\\s(?:1[6-9]|20)\\d\\d\\b|Cap\\.\\s?\\d))',
    '\\bThe\\s\\p{Lu}[\\p{L} ,()\\-]{2,80}\\s(?:Act|Regulations|Rules|Ordinance|Decree|Proclamation)(?:\\s\\([\\p{L} ]{2,30}\\))?,\\s(?:1[6-9]|20)\\d\\d\\b',
    // "Statutory Instrument 2019 No. 91", "S.I. No. 12 of 2019"
    '\\b(?:Statutory Instrument|S\\.\\s?I\\.)\\s(?:No\\.\\s?\\d{1,4}\\sof\\s(?:19|20)\\d\\d|(?:19|20)\\d\\d\\sNo\\.\\s?\\d)',
    '\\bSI\\s(?:19|20)\\d\\d\\/\\d{1,5}',
    '\\b(?:HC|HL)\\sDeb\\b',
    '\\bHansard\\b',
    // European Union and international
    '\\bCases?\\s[CTF]-\\d{1,4}\\/\\d\\d',
    '\\bECLI:[A-Z]{2}:',
    '\\bEU:[CTF]:\\d{4}:\\d',
    '\\bO\\.?J\\.?\\s?(?:L|C)\\s?\\d',
    '\\b(?:Regulation|Directive|Decision|Règlement|Directive)\\s\\((?:EU|EC|EEC|CE|UE|Euratom)\\)',
    '\\b(?:Regulation|Directive|Decision)\\s(?:\\(?(?:EU|EC|EEC)\\)?\\s)?(?:No\\.?\\s)?\\d{1,4}\\/\\d{1,4}',
    '\\b\\d{2,4}\\/\\d{1,4}\\/(?:EU|EC|EEC|CE|UE)\\b',
    '\\bE\\.?C\\.?R\\.?\\s?I?-?\\d',
    '\\bCOM\\s?\\((?:19|20)\\d\\d\\)\\s?\\d',
    '\\bCOM\\/(?:19|20)\\d\\d\\/\\d',
    '\\bSWD\\s?\\((?:19|20)\\d\\d\\)',
    // a Commission decision by its number, "C(2023) 4745 final"
    '\\bC\\((?:19|20)\\d\\d\\)\\s\\d{3,5}\\b',
    '\\bArt(?:icle|\\.)?\\s\\d{1,3}(?:\\(\\d+\\))?\\s(?:TFEU|TEU|GDPR|ECHR|EEA|UNCLOS)\\b',
    // a treaty by its name, then the article: "TRIPS art 27(2)"
    '\\b(?:TFEU|TEU|GDPR|ECHR|UNCLOS|TRIPS|GATT|GATS|ICCPR|ICESCR|CEDAW|UNCRC)\\sarts?\\.?\\s\\d',
    // Australia and New Zealand (AGLC): a law report or journal by year, volume and page, "(2004) 62 IPR 420",
    // "(2010) 25(2) Harbour Law Journal 1139"; a medium-neutral citation, "[2022] HCA 5"; "Act 2022 (Cth)"
    // (the series' words capitalised, "of" and "and" aside: "(2021) 10 Ways Ports Can Cut Emissions by 2030" is a title;
    // a court's abbreviation with two capitals: "[2021] Harbour 5" is a title too)
    '\\((?:1[89]|20)\\d\\d\\)\\s\\d{1,4}(?:\\(\\d{1,3}\\))?\\s\\p{Lu}[\\p{L}&.]{0,30}(?:\\s(?:\\p{Lu}[\\p{L}&.]{0,30}|of|and|&)){0,8}\\s\\d{1,5}\\b',
    '\\[(?:1[89]|20)\\d\\d\\]\\s(?:\\d{1,3}\\s)?\\p{Lu}\\p{L}{0,20}\\p{Lu}\\p{L}{0,20}\\s\\d{1,5}\\b',
    '\\b(?:Act|Regulations?|Determination|Rules|Bill|Order|Instrument)\\s(?:19|20)\\d\\d\\s\\((?:Cth|NSW|Vic|Qld|WA|SA|Tas|ACT|NT|NZ)\\)',
    '\\bU\\.?N\\.?\\sDoc\\.',
    '\\b[AES]\\/(?:RES|CONF|HRC|CN)\\.?\\/',
    '\\bI\\.C\\.J\\.',
    '\\bApp(?:lication)?\\.?\\sNo\\.?\\s?\\d',
    '\\bECHR\\s\\d',
    // Germany: a federal court's file number ("BGH … I ZR 7/97", "1 BvR 357/05"), its official reports and law journals by year and page
    '\\b(?:[IVX]{1,4}|\\d{1,2})\\s(?:ZR|ZB|StR|AZR|ABR|BvR|BvL|BvF|BvE|KZR|VR|AR|BLw)\\s\\d{1,5}\\/\\d\\d\\b',
    '\\b(?:BGHZ|BGHSt|BVerfGE|BVerwGE|BAGE|BFHE)\\s\\d{1,3},\\s\\d',
    // (also with a comma after the journal: "BGH, GRUR, 1991, 529 (530)")
    '\\b(?:NJW|GRUR(?:-RR|\\sInt\\.)?|WRP|JZ|NVwZ|ZIP|MMR|ZUM|NZA|NStZ|EuZW|BB|DB)\\s(?:1[89]|20)\\d\\d,\\s\\d',
    '\\b(?:NJW|GRUR(?:-RR|\\sInt\\.)?|WRP|NVwZ|MMR|ZUM|NZA|NStZ|EuZW),\\s(?:1[89]|20)\\d\\d,\\s\\d',
    // France: a court, its town or chamber, then the date of the decision, "TGI Brest, 4 févr. 1998", "CA Rennes, 2e ch.,
    // 11 mars 2004", "Cass. 1re civ., 12 mai 2010", "CE, 3 juin 2002" (the month in French)
    '\\b(?:Cass\\.|CE|Cons\\.\\sconst\\.|CAA?|TA|TGI|TJ|TI|T\\.\\s?com\\.|T\\.\\s?corr\\.|Trib\\.\\s(?:civ|com|corr)\\.)(?:[\\s,][^;:]{0,40}?)?[\\s,]\\s?\\d{1,2}(?:er)?\\s(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec)\\p{L}*\\.?\\s(?:1[89]|20)\\d\\d\\b',
    // Case names: "X v. Y" / "X v Y"
    "\\b\\p{Lu}[\\p{L}.'&\\-]{1,40}(?:\\s\\p{Lu}[\\p{L}.'&\\-]{0,40}){0,4}\\sv\\.?\\s\\p{Lu}",
    '\\bR\\.?\\sv\\.?\\s\\p{Lu}',
    // a case by its name "In re X" opening the note (not a document "in In re X", which is the case's record)
    '^(?:[Ss]ee\\s(?:also\\s)?)?In\\s[Rr]e:?\\s\\p{Lu}',
    '\\bIn re\\s\\p{Lu}',
    '\\b(?:U\\.S\\.\\sConst\\.|Const\\.\\sart\\.)',
    // Bluebook: "32 Law & Phil. 565, 570 (2013)", "136 S. Ct. at 2061"
    // (a supplement's pages carry a letter: "9 Digital Investigation S2, S12 (2009)")
    "\\b\\d{1,4}\\s[\\p{Lu}&][\\p{L}'.&\\s]{1,60}?\\s[SE]?\\d{1,5}(?:,\\s?[SE]?\\d{1,5}(?:[-–][SE]?\\d{1,5})?)?(?:\\s?n\\.?\\s?\\d{1,4})?\\s?\\((?:[^()]{0,30}\\s)?(?:1[6-9]|20)\\d\\d\\)",
    "\\b\\d{1,4}\\s[\\p{Lu}][\\p{L}'.&\\s]{1,40}?\\sat\\s\\d",
    // Codes, restatements, rules
    '§+\\s?\\d(?![^.;]{0,12}\\b(?:above|below|of this))',
    '\\b(?:Restatement|Restat\\.?|U\\.C\\.C\\.|Model Penal Code|Code\\sCiv\\.|C\\.\\sciv\\.|Code civil|Civil Code|Criminal Code|Code criminel)\\b',
    // the Federal Rules, "Fed. R. Civ. P. 26", "Fed. R. Evid. 902(13)" (their advisory committee's notes with them)
    '\\bFed\\.\\s?R\\.\\s?(?:Civ|Crim|Evid|App|Bankr)\\.(?:\\s?P\\.)?\\s?\\d',
    // a numbered recommendation, memorandum or circular of an agency of the year: "Recommendation 2021-1",
    // "Department Memorandum 2020-0189"
    '\\b(?:Recommendation|Rec\\.|Memorandum|Circular)\\s(?:No\\.\\s?)?(?:19|20)\\d\\d-\\d{1,5}[A-Z]?\\b',
    '\\b\\d{1,3}(?:st|nd|rd|th|d)\\sCongress\\b',
    "\\b\\d{1,4}\\s[\\p{Lu}&][\\p{L}'.&\\s]{1,50}?\\s¶\\s?\\d",
    '\\b(?:19|20)\\d\\d\\s(?:WL|U\\.S\\.\\s(?:Dist\\.\\s|App\\.\\s)?LEXIS|[A-Z][\\w.]{0,10}\\sLEXIS)\\s\\d',
  ].join('|'),
  'u',
);
/**
 * A technical standard by its body and number, opening the note: "IEC 61215:2021, “Harbour Cranes …”", "ISO/IEC
 * 27001:2022", "IEEE 802.11", "NIST SP 800-53". Not a standard named in a title or a press release ("achieves ISO 9001
 * certification"), nor a year ("EN 2020", "CSA 2021 State of …").
 */
const reStandard =
  /^(?:[*_"“]{0,2})(?:ISO(?:\/IEC)?|IEC|IEEE(?:\sStd\.?)?|ANSI|ASTM|BS|DIN|EN|CSA|ETSI|AS\/NZS|NIST\sSP)\s?[A-Z]?(?!(?:19|20)\d\d\b)\d{3,6}(?:[-.]\d{1,4})*(?::(?:19|20)\d\d)?\b/u;
/**
 * A journal in italics, its volume and an article number or e-locator: "*Harbour Science*, 4, eaat2340"; in APA the
 * volume in italics too, then the issue and the pages or article number: "*Harbour Care*, *38*(10), e1609-e1614".
 */
const reArticleNumber =
  /[*_],\s\d{1,4}(?:\s?\(\d{1,4}\))?,\s(?:e[a-z]{0,4}\d{3,8}|\d{5,8})\b|[*_],\s[*_]{1,2}\d{1,4}[*_]{1,2}(?:\s?\(\d{1,4}(?:[-–]\d{1,4})?\))?,\s[a-z]{0,4}\d{1,8}(?:\s?[-–]\s?[a-z]{0,4}\d{1,8})?\b/u;
/**
 * A preprint by its server and number, which the server's site finds: "Preprints 2020, 2020050055" (the server, the
 * year, the number), "medRxiv 2020.04.14.20062463" (its posting date and number).
 */
const rePreprintNumber =
  /\b(?:Preprints(?:\.org)?|Research\sSquare|SSRN)\s(?:19|20)\d\d[,;:]\s?\d{6,12}\b|\b(?:bio|med)Rxiv\s?[,:]?\s?20\d\d\.\d\d\.\d\d\.\d{5,9}\b/iu;
// (archives' own words and folio marks in Spanish and Italian, "filza 1", "leg. 3", "fol. 108v", and the great archives
// by their initials and a number, "AGI, Estado, 53")
const reArchival =
  /^#\d{2,6}:|\bMD\.\s\d{3,}|\b(?:Mss?\.\s?(?:No\.\s?)?\d|Box|Folder|Carton|Dossier|Fonds|fonds|Série|MG\s?\d|RG\s?\d|MSS?\.?\s?\d|Add\.?\s?MS|Papers|Archives?|Archiv|Archivio|Archivo|Arquivo|Archief|Archiwum|Collection|Record Group|Manuscript Division|Library and Archives Canada|LAC|TNA|NARA|PRO|Bodleian|British Library|Bundesarchiv|Archives nationales|CAB\s\d|FO\s\d|HO\s\d|WO\s\d|PREM\s\d|file\sno\.?|reel\s\d)\b|\bMus\.\s?(?:ms|Hs)\.\s/u;
/** Published works, which no bundle of an archive is: "annual report", "news article". */
const reNotArchive = /\b(?:report|news|article|newsletter|magazine)\b/i;
/** The same in Spanish and Italian, and the great archives by their initials and a number (see reArchival). */
const reArchivalRomance =
  /\b(?:filza|busta|cartella|legajo|caja(?=\s\d)|expediente|Notai|[Ff]ondo|f(?:ol)?s?\.\s?\d{1,4}[rv]|ff\.\s?\d{1,4}[rv])\b|(?<![\p{L}])(?:leg|pza)\.\s?\d|(?:^|[,;.]\s)(?:AGI|AGN|AHN|AGS|BNE|BNC|BnF|ASV|ASGe|ASF|ASVe|ARSI|ANTT|AHU),\s(?=[^;]{0,60}\d)/u;
/** A medium (an artwork's), a sentence of its own, then the museum, gallery or collection that holds it, closing the note. */
const reArtworkHolding = letters(
  String.raw`(?<=\.\s)(?:[Oo]il\son\s(?:canvas|panel|board|copper)|Heliograph|Daguerreotype|Lithograph|Engraving|Etching|Woodcut|Watercolou?r|Albumen\sprint|Gelatin\ssilver\sprint|Tempera|Fresco|Gouache|Pastel|Mezzotint|Aquatint|Tapestry)(?:\son\s\p{Ll}+)?\.\s(?:[^.;]{0,60},\s)?(?:The\s)?\p{Lu}[^.;]{0,80}\b(?:Museum|Center|Centre|Gallery|Collection|Library|Archives?|Institute|Institution|Musée|Museo|Museu|Rijksmuseum|Louvre|Prado|Uffizi|Hermitage|Tate)\b[^.;]{0,60}\.?$`,
  'u',
);
/**
 * A library named as where an item is, closing the note: "…, California Room, Harbour Public Library.", "…, Bibliothèque
 * nationale de France." Not a digital or online library, which is a site.
 */
/** A copy read online: scanned, digitised, or in a digital library by its name. */
const reDigitised =
  /\b(?:scan(?:ned)?|digiti[sz]ed|digital|online|Gallica|HathiTrust|Europeana|Heritage\sLibrary|Internet\sArchive|Google\sBooks|Trove|Chronicling\sAmerica)\b/i;
const reLibraryHolding = letters(
  String.raw`,\s(?!(?:\p{Lu}[\p{L}'’.-]*\s){0,4}(?:Digital|Online|Virtual|Open|Electronic|Internet)\b)(?:\p{Lu}[\p{L}'’.-]*\s){0,5}(?:Library|Bibliothèque|Bibliothek|Biblioteca)(?:\s(?:of|de|du|des|der|nationale?)(?:\s\p{Lu}?\p{L}*){1,4})?\.?$`,
  'u',
);
/**
 * An item of a digital archive by its file name in parentheses, dated: "Rook, “Shop rules (rook-rules.nfo),” 1998,
 * TextVault." A text file or an archive in a collection is found by its name; a web page's address (a path, ".html",
 * ".pdf") is not, nor a download the note says it read online (see readText).
 */
const reArchiveFile = /\([^()]{0,80}(?<![/\\])\b[\w-][\w.-]{0,80}\.\s?(?:nfo|diz|txt|zip|rar|arj|lzh|7z|tgz|tar\.gz)\s?\)/iu;
const reArchiveFileAll = new RegExp(reArchiveFile.source, 'giu');
const reInterview = letters(
  String.raw`\b(?:interview(?:ed)?\s(?:with|by)|interviews?\b|personal\scommunication|pers\.\s?comm\.|conversation\swith|in\sconversation|discussion\swith|correspondence\s(?:with|from|to)|e-?mail\s(?:message\s)?(?:to|from|with|correspondence)|letter\s(?:to|from)\sthe\sauthor|author'?s\s(?:interview|conversation|correspondence|notes|calculations?|analysis|observation)|focus\sgroup|field\s?notes?|entretien|communication\spersonnelle|courriel|survey\srespondent)\b`,
  'iu',
);
/**
 * Someone speaking on a programme of radio or television, by its channel and day, found in the broadcaster's archive
 * as a newspaper's issue is in a library: "Speaking on *Harbour Hour*, Radio 4, 10 February 2006". Not a story of a
 * broadcaster's news site ("“Port Strike,” BBC News, 3 March 2023"), read online.
 */
/** A museum or gallery and, after it, the dates an exhibition ran: "Musée du Port, Paris, Sep 15, 2003--Jan 5, 2004". */
const reExhibition =
  /(?<![\p{L}])(?:Mus[ée]e|Museum|Museo|Gallery|Galerie|Galleria|Kunsthalle|Exhibition|Exposition)(?![\p{L}])[^;()]{0,80}(?:1[5-9]|20)\d\d\s?(?:--|[-–—])\s?(?:[A-Z][a-zé]{2,8}\.?\s\d{1,2},?\s)?(?:1[5-9]|20)\d\d\b/u;
/**
 * A film or a work of art by its maker, its title in italics, then its medium or a film's genres and its date, as
 * reference managers write them: "Ana Reyes, *The Quay*, Film, installation, 15 October 2010.", "Ben Lund, *Tides*,
 * Documentary, Drama, (2016).", a person's (not an organisation's, see forms()), and not a website.
 */
const MEDIUM =
  '(?:Film|Short\\sfilm|Feature\\sfilm|Documentary|Animation|Installation|Sound\\sinstallation|Performance|Sculpture|Painting|Photograph|Photography|Drawing|Print|Mixed\\smedia|Land\\sart|Artwork|Adventure|Drama|Horror|Mystery|Thriller|Comedy|Romance|Fantasy|Crime|Action|Biography|War|Western|Musical|Family|Sci-Fi|Science\\sFiction)';
const reMediumAfterTitle = letters(
  String.raw`[*_],\s${MEDIUM}(?:,\s(?:${MEDIUM.toLowerCase()}|${MEDIUM})){0,5},\s(?:\((?:1[89]|20)\d\d\)|(?:\d{1,2}\s\p{L}{3,9}\s)?(?:1[89]|20)\d\d)\.?$`,
  'u',
);
/**
 * An exhibition by its venue and the days it ran, its year given before, as author-date styles write it:
 * "Reyes, Ana. 2010. “Tide Lab.” Exhibition at Harbour Stiftung, Berlin, January 15 – February 27."
 */
const reExhibitionDays =
  /(?<![\p{L}])(?:Exhibition|Exposition|Ausstellung)\s(?:at|in|au|à\sla|im|in\sder)\s[^;()]{0,80}?\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2},?\s?(?:--|[-–—])\s?(?:(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s)?\d{1,2}\.?$/u;
/** reExhibitionDays closing the note, with a year before it outside quoted titles (a title's "Tides 2050" dates nothing). */
function exhibitionDays(text: string): boolean {
  const m = reExhibitionDays.exec(text);
  return m !== null && reYear.test(text.slice(0, m.index).replace(reQuotedSpan, ' '));
}
const reBroadcast = letters(
  String.raw`\b(?:[Ss]peaking|[Ii]nterviewed|[Aa]ppearing|[Ii]nterview|[Rr]emarks)\s(?:on|in)\s[*_“"][^*_”"]{1,80}[*_”"],?\s(?:on\s)?(?:BBC\s)?(?:Radio\s?\d|Radio(?:\s\p{Lu}[\p{L}]+){0,2}|BBC\s(?:One|Two|Three|Four|News|World\sService)|NPR|PBS|CBC(?:\sRadio(?:\sOne)?)?|ABC(?:\sRadio(?:\sNational)?)?|Channel\s\d|ITV\d?|Sky\sNews|RTÉ(?:\sRadio\s\d)?|France\s(?:Inter|Culture|Info|\d)|Deutschlandfunk|ARD|ZDF)(?:\s(?:television|radio|TV))?,\s(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?(?:\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2},)\s(?:19|20)\d\d\b`,
  'u',
);
/**
 * A radio or television channel or a news outlet named outside the note's titles: in a note that says it was read
 * online ("…, France Culture, 2016 [consulté le 19/11/2021]"), the programme or story was heard or read on the web, and
 * the channel is no book's publisher nor the interview a private one.
 */
const reChannel = letters(
  String.raw`\b(?:BBC\sRadio\s?\d|Radio\s?\d|France\s(?:Inter|Culture|Info|Musique|Bleu|T[ée]l[ée]visions?|[2-5])|Radio-Canada|ICI\sPremi[èe]re|RFI|RTBF|TV5(?:MONDE|Monde)?|Arte|ARTE|Deutschlandfunk|ZDF|PBS|ABC\sRadio(?:\sNational)?|CBC\sRadio(?:\sOne)?|Sky\sNews|RT[ÉE](?:\sRadio\s\d)?)(?![\p{L}\d])`,
  'u',
);
/** `text` says it was read online and names a channel or an outlet outside its titles in quotes. */
function heardOnline(text: string, bare: () => string): boolean {
  if (saysOnline(text) === undefined) return false;
  // (outside italics, or an outlet that is the whole of its italics, "*The Guardian*": "*The BBC Radio 4 Years*" is a
  // book's title)
  const plain = bare().replace(reItalicSpan, (span) => (reWholeOutlet.test(span) ? span : ' '));
  return reOutlet.test(plain) || reChannel.test(plain);
}
const reThesis = letters(
  String.raw`\b(?:Ph\.?\s?D\.?|doctoral|master['’]?s|MA|MSc|MPhil|DPhil|BA|honours)\s(?:thesis|dissertation|diss\.)|\bthèse\b|\bmémoire\b|\bdissertation\b|\bDiss\.\s\p{Lu}|\b(?:Inaugural[-\s]?)?Diss(?:ertation|\.)?\)|\bInaugural[-\s]?Diss(?:ertation|\.)|\b(?:Dissertação|Tese|Tesis|Doktorarbeit|Habilitationsschrift|(?:MA|BA|Master|Magister|Diplom|Bachelor)-?Arbeit|Masterarbeit|Diplomarbeit|Magisterarbeit)\b`,
  'iu',
);
/** A talk's recording or slides read online: "recording", "vídeo", "enregistrement", "Aufzeichnung", "Folien online". */
const reRecording = letters(
  String.raw`\b(?:recording|recorded|video|vídeo|enregistrement|enregistré|Aufzeichnung|grabación|online|en\sligne|en\slínea)(?![\p{L}])`,
  'iu',
);
/**
 * A paper or talk given at a meeting: "working group, … Annual Meeting, Nashville, April 2015", "paper presented at …",
 * in French "communication présentée à *IFTR 2025*", in German "Vortrag auf …", in Spanish "ponencia presentada en …".
 */
const rePresentation = letters(
  String.raw`\b(?:(?:paper|talk|lecture|keynote|remarks|poster)\s(?:presented|given|delivered)\s(?:at|to|before)|presented\sat|in\sthe\s(?:presentation|talk|lecture|keynote|panel)\b|(?:communication|conférence|intervention|exposé)\sprésentée?\s(?:à|au|aux|lors)|Vortrag\s(?:auf|bei)\s|ponencia\spresentada\s(?:en|a)|(?:Annual|General)\s(?:Meeting|Conference|Congress)\b[^;]{0,60}\b(?:1[5-9]|20)\d\d)`,
  'iu',
);
/**
 * A paper in a conference's proceedings, named by its meeting: "In Advances in Neural Information Processing Systems,
 * pp. 1097-1105. 2012", "ICML 2015, pp. 3-9". With a title, a year and its pages it is as traceable as a journal
 * article; without its pages ("International Conference on Machine Learning. 2015") it is not, as editors judged it
 * (docs/accuracy.md). The acronyms are matched as written ("chi", "acl" are words).
 */
const reProceedings = letters(
  String.raw`\b(?:Proceedings|Proc\.|[Aa]dvances\sin\s[Nn]eural\s[Ii]nformation\s[Pp]rocessing\s[Ss]ystems|NeurIPS|NIPS|ICML|ICLR|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|EACL|COLING|LREC|AAAI|IJCAI|KDD|SIGIR|SIGGRAPH|SIGMOD|VLDB|CHI|UAI|AISTATS|COLT|Interspeech|ICASSP|ICRA|IROS)\b|\b(?:[Cc]onference|[Ss]ymposium|[Ww]orkshop|[Cc]olloquium)\s(?:on|of|in|for)\s\p{L}`,
  'u',
);
/** Scripture and classics cited by their standard numbering: "Qur’an 4:29", "Matthew 5:3", "hadith 632", "Iliad 9.410". */
const reVerse = letters(
  String.raw`^(?:\p{Lu}[\p{L}'’ ]{1,40},\s)?[*_][^*_]{2,80}[*_],?\s(?:\d{1,3}(?:\.\d{1,4}){1,2}|\d{1,3}[a-e]?|\d{1,4}[a-e])(?:\s?(?:--|[-–])\s?\d{1,4}[a-e]?)?\.?$`,
  'u',
);
const reClassical = letters(
  String.raw`\b(?:Qur['’]?[aā]n|Koran|Genesis|Exodus|Leviticus|Deuteronomy|Psalms?|Proverbs|Isaiah|Jeremiah|Matthew|Mark|Luke|John|Acts|Romans|Corinthians|Revelation|Iliad|Odyssey|Aeneid|Rig\s?veda|Ṛgveda|Gītā|Gita|Mahābhārata|Rāmāyaṇa)\s\d{1,3}[:.]\d{1,4}|\bhadith\s\d`,
  'iu',
);
/**
 * Classics by their standard numbering, beyond reClassicalDivisions' cheap gate: "Book IV, Chapter II, Paragraph 9"
 * (Smith), Kant's "A72/B97", Aristotle's Bekker numbers ("994b12", "I, 13, 106a38"), Migne's Patrologia ("PL 176,
 * 183"), a title in italics or an author followed by a book in Roman numerals and a section ("*Satires*, x. 360",
 * "Quintilian, x.7"), and a whole note that is a title abbreviated in italics and its book ("*Ornithol.*, xiv.").
 */
const reCanonical = letters(
  String.raw`\b(?:Halacha|Halakha|Halakhah)\s\d{1,3}\b|\bBook\s[IVXLC\d]{1,6},\s(?:Chapter|Chap\.|Ch\.)\s[IVXLC\d]{1,6}\b|\bA\d{1,3}\s?\/\s?B\d{1,3}\b|(?<![\w.-])\d{2,4}[ab]\d{1,2}\b|\bP[LG]\s\d{1,3},\s(?:col\.\s?)?\d|[*_],\s[ivxlc]{1,6}\.\s?\d{1,4}\b|^\p{Lu}[\p{L}'’]{2,30},\s(?![cv]\.)[ivxlc]{1,6}\.\d{1,3}\b|\bact\s[\divxlcIVXLC]{1,4},\s(?:scene|sc\.)\s[\divxlc]{1,4}\b|^[*_]\p{Lu}\p{L}{1,20}\.(?:\s\p{L}{1,20}\.){0,3}[*_],\s[ivxlc]{1,6}\.?$`,
  'u',
);
/** Classics by their divisions: "bk. 5, chap. 8" (Aristotle), "Q. 11, Art. 3" (Aquinas). Tried after a cheap test. */
const reClassicalDivisions = /\b[Bb]k\.?\s?[ivxlcIVXLC\d]{1,5},\s(?:chap|ch)\.?,?\s?[ivxlcIVXLC\d]{1,6}\b|\bQ\.\s?\d{1,3},\s(?:Art|a)\.\s?\d/u;
/** Unpublished work, and slides or notes handed out in class among it ("Disponibilizada na sala em …"), not put online. */
const reOnFile = /\bon\sfile\swith\b/iu;
const reUnpublished = letters(
  String.raw`\b(?:unpublished|forthcoming|in\spress|manuscript|mimeo|draft|under\sreview|non\spublié|à\sparaître|inédit|handed\sout\sin\s(?:class|the\slecture)|distributed\sin\sclass|distribué\sen\scours|disponibilizad[ao]\sna\s(?:sala|aula)|in\sder\svorlesung\sverteilt)\b`,
  'iu',
);

// --- online sources --------------------------------------------------------------
const reWebExplicit = letters(
  String.raw`\b(?:accessed|retrieved|last\s(?:visited|accessed|checked|modified)|viewed\son|available\s(?:at|from|online|on\sthe\sweb|on\sline)|online\sat|consulté\s(?:le|en)|en\sligne|disponible\s(?:à|sur|en\sligne)|abgerufen\sam|archived\sfrom|archived\sat|wayback\smachine)\b|\[(?:online|en\sligne|internet|web)\]`,
  'iu',
);
const reWebKind = letters(
  String.raw`\b(?:Wikipedia|press\srelease|news\srelease|media\srelease|communiqué(?:\sde\spresse)?|blog\s?post|blog|weblog|website|web\ssite|webpage|web\spage|homepage|home\spage|site\sweb|tweet(?:ed)?|Twitter|X\s\(formerly Twitter\)|Facebook\spost|YouTube|podcast|webinar|Substack|LinkedIn\spost|Instagram|TikTok|Reddit|online\sarticle|online\sedition|mailing\slist|(?:yahoo|google)\s?groups?|forum\spost|listserv|news\sstory|op-ed|newsletter|dashboard|data\sportal|database(?!\s(?:Directive|[Rr]ight))|dataset)\b`,
  'iu',
);
const reOutlet =
  /\b(?:The\sGuardian|Guardian\.com|New\sYork\sTimes|NY\sTimes|N\.Y\.\sTimes|Wall\sSt\.\sJ\.|Wash\.\sPost|L\.A\.\sTimes|Fin\.\sTimes|Washington\sPost|Wall\sStreet\sJournal|Financial\sTimes|The\sEconomist|BBC(?:\sNews)?|CNN|(?<!Thomson\s)Reuters|Thomson\sReuters\sFoundation|Associated\sPress|AP\sNews|Bloomberg|Forbes|Politico|Axios|Vox|Wired|The\sVerge|TechCrunch|Ars\sTechnica|The\sAtlantic|New\sYorker|Foreign\sAffairs|Foreign\sPolicy|Newsweek|Business\sInsider|Quartz|HuffPost|Huffington\sPost|Al\sJazeera|Le\sMonde|Der\sSpiegel|CBC(?:\sNews)?|Globe\sand\sMail|Toronto\sStar|National\sPost|ABC\sNews|NPR|The\sHill|BuzzFeed|Nikkei\sAsia|South\sChina\sMorning\sPost|Times\sof\sIndia|The\sConversation|Project\sSyndicate|Harvard\sBusiness\sReview|MIT\sTechnology\sReview|MIT\sTech\sReview|IEEE\sSpectrum|Dark\sReading|The\sRegister(?!\sof)|ZDNet|VentureBeat|BleepingComputer|SecurityWeek|CyberScoop|Carbon\sBrief|Inside\sClimate\sNews|Canary\sMedia|E&E\sNews|Tech\sPolicy\sPress|Lawfare|Just\sSecurity|War\son\sthe\sRocks|The\sDiplomat|STAT\sNews|KFF\sHealth\sNews|Kaiser\sHealth\sNews|Mongabay|Climate\sHome\sNews|Scientific\sAmerican|Devex|Euractiv|EUobserver|Le\sDevoir|La\sPresse|Radio-Canada|Les\sÉchos|Le\sFigaro|Libération|El\sPaís|Deutsche\sWelle|France\s24|Rest\sof\sWorld|The\sIntercept|ProPublica|Mother\sJones|Semafor|Fast\sCompany|CNBC|CBS\sNews|NBC\sNews|Fox\sNews|USA\sToday|Los\sAngeles\sTimes|Chicago\sTribune|Boston\sGlobe|The\sIndependent(?!\sReview)|The\sTelegraph|Daily\sTelegraph|The\sTimes|Daily\sMail|Sky\sNews|Xinhua|Global\sTimes|China\sDaily|Caixin|Straits\sTimes|Hindustan\sTimes|The\sHindu|Indian\sExpress|Economic\sTimes|Deccan\sHerald|ThePrint|Scroll\.in|Army\s?Times|Navy\s?Times|Air\sForce\sTimes|Defense\sNews|IANS|Inter\s?Press\sService|Agence\sFrance-Presse|AFP|Süddeutsche\sZeitung|Frankfurter\sAllgemeine|Corriere\sdella\sSera|La\sRepubblica|Sydney\sMorning\sHerald|The\sAustralian|Japan\sTimes|Korea\sHerald|Dawn\.com|Haaretz|Times\sof\sIsrael|Vice\sNews|Slate\.com|Salon\.com|Medium\.com|Substack\.com|(?:Stanford|Internet)\sEncyclopedia\sof\sPhilosophy|Scholarpedia)\b/u;
/** An outlet that is the whole of its italics: "*The Guardian*". */
const reWholeOutlet = new RegExp(String.raw`^[*_]\s?(?:${reOutlet.source})\s?[*_]$`, 'u');
const reBareDomain = letters(
  String.raw`(?<![@\w.\-/])(?:[a-z0-9][a-z0-9-]{0,62}\.){1,4}(?:com|org|net|gov|edu|int|io|info|co\.uk|org\.uk|gov\.uk|ac\.uk|gc\.ca|ca|eu|de|fr|au|nz|in|ch|nl|se|no|dk|fi|be|jp|cn|us|uk|ai)\b(?![.\w-]*@)`,
  'iu',
);
/** A title in quotes or italics, roughly: enough to set its words aside. */
export const reAnyTitle = /["“«„][^"“”«»„]{0,300}["”»“]|\*[^*]{1,300}\*|_[^_]{1,300}_/gu;
/** Whether there is one (reAnyTitle without `g`, so that `test` keeps no state). */
const reHasTitle = new RegExp(reAnyTitle.source, 'u');
const reQuotedSpan = /["“«„][^"“”«»„]{0,300}["”»“]/gu;
const rePrintPage = /\bp\.\s?[A-Z]?\d|\bpp\.?\s?\d|\bsec(?:tion)?\.\s?[A-Z]\b|\bS\.(?:\s|&nbsp;)?\d/u;
/** A newspaper's section and page after a comma: "G5", "B7", "D01", "4D", "P7". */
const reSectionPage = /,\s(?:[A-Z]\d{1,2}|\d{1,2}[A-Z])(?=[.;,)]|\s|$)/u;
/** "Accessed via Lexis|Nexis": a research database the article was read in, which keeps the printed page. */
const reViaDatabase =
  /^\s(?:via|through|from|in|on)\s(?:the\s)?(?:Lexis\s?\|?\s?Nexis|LexisNexis|Nexis\s?Uni|Nexis|ProQuest|Factiva|NewsBank|EBSCO(?:host)?|Westlaw|HeinOnline)\b/iu;

/** Pandoc citations: `[@key]`, `[see @key, p. 3; @other]`, `[-@key]`, or a note that is only `@key`. */
const reBracketCite = letters(String.raw`\[[^\]@]{0,80}-?@[\p{L}\d_{][^\]]{0,300}\]`, 'u');
const reOnlyKeys = letters(
  String.raw`^(?:[\s;,.]|-?@\{[^}]{1,200}\}|-?@[\p{L}\d_]+(?:[:.#$%&+?<>~/-][\p{L}\d_]+)*|\[[^\]]{0,300}\]|pp?\.\s?\d+(?:[-–]\d+)?)+$`,
  'u',
);

const MAX_READ = 4000;

/** Italic signal words of legal and academic style: "*See, for example,*", "*Id.*", "*passim*". */
const reSignalWords = letters(
  String.raw`^(?:see|cf|compare|contra|accord|but\ssee|e\.g|for\sexample|generally|id|ibid|supra|infra|passim|et\sal|available\s(?:at|from|online)|hereinafter|sic|(?:last\s)?(?:accessed|retrieved|visited|viewed)|online)\b`,
  'iu',
);

const reUpperStart = letters(String.raw`^[\p{Lu}\d]`, 'u');
const reNotWords = letters(String.raw`[^\p{L}\d]+`, 'gu');
const reNotLetter = letters(String.raw`[^\p{L}]`, 'gu');
const reLetter = letters(String.raw`\p{L}`, 'u');
const reLeadingNonWord = letters(String.raw`^[^\p{L}\d]+`, 'u');
const reFirstWord = letters(String.raw`^[*_"“]*(\p{Lu}[\p{L}'’-]{1,40})`, 'u');
const reKeyStart = letters(String.raw`^-?@[\p{L}\d_]`, 'u');
/**
 * A Pandoc key cited in the text of a note, "see @reyes_tides_2005 [79-82]": a key with its year, an author's name,
 * year and first title word in lower case as reference managers make them ("@clark1959health"), or one followed by
 * its locator in brackets, or Better BibTeX's "@reyes:2005tides" with its colon anywhere. A handle ("@harbourboard") or an
 * address (ada@example.org) is no key.
 */
const reInTextKey = letters(
  String.raw`(?<![\p{L}\d_@.\-])@\p{L}[\p{L}\d_:\-]{0,80}?(?:(?:1[5-9]|20)\d\d[a-z]?(?![\p{L}\d])|(?=\s\[[^\]]{0,40}\d))|(?<=(?:^|[;(\[])\s?|\b(?:[Ss]ee|[Cc]f\.)\s(?:also\s)?)@\p{Ll}{2,40}(?:1[5-9]|20)\d\d\p{Ll}{2,40}(?=[,;.]|\s|$)|(?<![\p{L}\d_@.\-])@\p{Ll}[\p{L}\-]{1,40}:(?:1[5-9]|20)\d\d[\p{L}\d_\-]{0,60}(?![\p{L}\d])`,
  'u',
);
/** Where a note's citations and sentences end: at `;`, and at a full stop that ends no abbreviation. */
const reSegmentEnd = letters(
  String.raw`;\s*|(?<=[\p{Ll}\d)”"’*_]{2}[.!?])(?<!\b(?:[Vv]ols?|pp?|[Nn]os?|[Ee]ds?|[Tt]rans|[Tt]r|[Cc]h|[Cc]hap|[Ss]ec|[Ff]ig|[Aa]rt|[Pp]ara|[Cc]f|vs?|al|[Ii]bid|op|cit|loc|[Dd]r|[Mm]rs?|[Mm]s|[Ss]t|[Jj]r|[Ss]r|[Ii]nc|[Ll]td|[Cc]o|[Cc]orp|[Dd]ept|[Uu]niv|[Ff]ol|[Pp]t|[Cc]ol|[Ss]er|[Rr]epr|[Rr]ev|ca|[Cc]omp|[Ii]b|[Rr]ep|[Dd]oc|[Ll]ib|[Tt][ií]t|[Cc]ap|[Nn][uú]m|[Pp][aá]rr|emp|disc|[Dd]ist|[Ll]ect)\.)\s+(?=[\p{Lu}*_"“‘])`,
  'u',
);

/** A note's title, when it gives one: the first quoted or italic span that reads as a title. */
/** An organisation by its acronym opening the note: "NORC, …", "HCC. …". */
const reAcronymStart = letters(String.raw`^\p{Lu}{2,10}[,.]\s`, 'u');
/** Only a date or a year after a title, closing the note: ", January 8, 2016.", " 2016.", " 8 January 2016". */
const reDateCloses = /^,?\s?(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},\s|\d{1,2}\s[A-Z][a-z]{2,8}\s|[A-Z][a-z]{2,8}\s)?(?:1[5-9]|20)\d\d\.?\s*$/u;
export function titleOf(prose: string): string | undefined {
  // A quotation that is (nearly) the whole note is quoted text, not a title; a title is not a paragraph.
  const fits = (t: string): boolean => t.length <= 200 && t.length < prose.length * 0.8;
  for (const m of reQuoted.matchAll(prose)) {
    // Right after the author ("Chakravarty, M. et al., “The extended UTXO model”") any case is a title.
    const afterName = (m.index as number) <= 80 && /[,.:]\s?$/.test(prose.slice(0, m.index));
    const afterAuthor = afterName && reAuthorStart.test(prose);
    // (most of the note, between a name and the date that closes it, is a long title all the same: "NORC, “Case Study:
    // The Disclosure Risk of Small Cells in Tables,” January 8, 2016.")
    const long =
      afterName &&
      m[1].length <= 200 &&
      (afterAuthor || reOrgStart.test(prose) || reAcronymStart.test(prose)) &&
      reDateCloses.test(prose.slice((m.index as number) + m[0].length));
    if ((fits(m[1]) || long) && (afterAuthor || isTitle(m[1]))) return normaliseTitle(m[1]);
  }
  for (const m of reItalic.matchAll(prose)) {
    const t = m[2].replace(/[.,;:]$/, '');
    if (reSignalWords.test(t)) continue;
    // (after an author, "Harbour Bank, *…*.", italics are the title however much of the note they are)
    const afterAuthor = (m.index as number) > 0 && (m.index as number) <= 80 && /[,.:]\s?$/.test(prose.slice(0, m.index)) && t.length <= 200;
    if ((fits(t) || afterAuthor) && reUpperStart.test(t) && (/\s/.test(t) || t.length >= 5)) return normaliseTitle(t);
  }
  return undefined;
}

export function normaliseTitle(t: string): string {
  return t.toLowerCase().replace(reNotWords, ' ').trim();
}

/** Whether the text up to its first closing quote is in title case ("The Scaling Hypothesis", not "Can't we just …"). */
function isTitleCase(rest: string): boolean {
  const quoted = rest.slice(0, Math.max(0, rest.search(/["”’]/)));
  const long = quoted.split(/\s+/).filter((w) => w.replace(reNotLetter, '').length > 3);
  return long.length > 0 && long.filter((w) => reUpperStart.test(w)).length / long.length >= 0.5;
}

/** Title case, or a Chicago-style title ending with its punctuation inside the quotes. */
function isTitle(q: string): boolean {
  const words = q.split(/\s+/).filter((w) => reLetter.test(w));
  if (words.length === 0 || !reUpperStart.test(q)) return false;
  if (/[.,?!]$/.test(q) && words.length >= 2 && words.length <= 14) return true;
  const long = words.filter((w) => w.replace(reNotLetter, '').length > 3);
  if (long.length === 0) return words.length <= 3;
  return long.filter((w) => reUpperStart.test(w.replace(reLeadingNonWord, ''))).length / long.length >= 0.5;
}

function firstWord(s: string): string | undefined {
  const m = reFirstWord.exec(s);
  return m?.[1];
}

const FULL_WIDTH: Record<string, string> = { '（': ' (', '）': ')', '：': ':', '；': ';', '，': ',', '。': '.', '《': '“', '》': '”', '「': '“', '」': '”' };

const reTitlePieces = /(?<=[^\s*_])([*_]{1,2}) \1(?=[^\s*_])/g;
const reEscape = /\\([!-/:-@[-`{-~])/g;

/** Full-width punctuation as ASCII, punctuation out of emphasis ("*Title;*" is "*Title*;"), and a title italicised in pieces made one ("*Notebooks* *of Degas*"). */
function normalisePunctuation(text: string): string {
  const out = text.replace(/[（）：；，。《》「」]/gu, (c) => FULL_WIDTH[c]).replace(/([.,;:])([*_]{1,3})(?=\s|$)/g, '$2$1');
  // Every piece boundary holds "* *" or "_ _": most notes have none, and the pattern is not tried.
  return out.includes('* *') || out.includes('_ _') ? out.replace(reTitlePieces, ' ') : out;
}

/** ", italics added." at the end of a note: a remark on the quotation, not part of the citation. */
const reTrailingEmphasisNote = letters(String.raw`[,.;]\s*(?:italics|emphasis)\s(?:added|mine|in\s(?:the\s)?original)\.?\s*$`, 'iu');

// eslint-disable-next-line no-control-regex -- the control characters are what it removes
const reControl = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const reControlTest = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Reads one note. `prose` is its text without URLs, code or HTML (see the model). */
export function readNote(prose: string, hasLocator = false): Reading {
  // A citation says what it is in its first lines; past that a note is prose,
  // and bounding the text bounds the cost of every pattern below.
  // A backslash escape is the character it escapes, as GFM renders it: "Sheikh \(eds\)" is "Sheikh (eds)".
  // Control characters (a stray DEL before the text) are not read.
  let read = normalisePunctuation(prose.length > MAX_READ ? prose.slice(0, MAX_READ) : prose);
  if (reControlTest.test(read)) read = read.replace(reControl, '');
  if (read.includes('\\')) read = read.replace(reEscape, '$1');
  const text = read.replace(reTrailingEmphasisNote, '.').trim();
  // Every pattern below matches `text` or pieces of it.
  return latinScope(text, () => {
    const reading = readText(text, hasLocator);
    // "**Clear Labelling.** No security through obscurity.": a run-in heading in bold, then the note. When what follows
    // it is an aside, so is the note; a name in bold ("**Harbour Institute.** Ports in Transition.") or a heading that
    // names an online source ("**Wikipedia.** …") leaves it as read.
    if (reading.kind === 'citation' && reading.web === undefined && reading.placeholder === undefined && text.startsWith('**')) {
      const rest = reRunInHeading.exec(text)?.groups?.rest;
      const after = rest === undefined ? undefined : readText(rest, hasLocator);
      if (after?.kind === 'commentary' && ((rest ?? '').match(reLowerWord)?.length ?? 0) >= 3) return after;
    }
    // "Capacity grew to 364 GW in 2023, a record. Source: Harbour Agency, *Annual Data 2023*.": explanation first, then
    // the source it is drawn from, after its label. The note cites what the label names.
    if (reading.kind !== 'commentary' || !text.includes('ource')) return reading;
    const tail = reSourceTail.exec(text)?.groups?.tail;
    // (not the report's own work: "Source: Secretariat analysis.", "Source: Commission staff estimates.")
    const cited = tail === undefined || reOwnWork.test(tail) ? undefined : readText(tail, hasLocator);
    return cited?.kind === 'citation' || cited?.kind === 'short-citation' ? cited : reading;
  });
}
/** A run-in heading in bold, closed by its stop ("**Clear Labelling.** …", "**Seriously, Delete It!** …"), and the text after it. */
/** A word in lower case: prose has several ("No security through obscurity."), a title few ("Ports in Transition."). */
const reLowerWord = letters(String.raw`(?<![\p{L}])\p{Ll}{2,}(?![\p{L}])`, 'gu');
// (its full stop or colon is outside the marks by now: see normalisePunctuation)
const reRunInHeading = /^\*\*[^*]{1,80}?(?:[!?]\*\*|\*\*[.:])\s+(?<rest>\S.*)$/su;
/** "… Source: …" / "… Sources: …" after a sentence of its own: what follows is the source. */
const reSourceTail = /[.!?;)]\s+[*_]{0,2}Sources?[*_]{0,2}\s?:[*_]{0,2}\s+(?<tail>\S.{2,})$/u;
/** A source that is the writers' own work: their team's, staff's or secretariat's analysis, calculations or estimates. */
const reOwnWork =
  /^(?:[\p{L}'’ ]{0,40}\b(?:staff|team|secretariat|own|our|authors?|authors['’]|internal|in-house)\b[\p{L}'’ ]{0,20}\b(?:analysis|analyses|calculations?|estimates?|elaboration|compilation|research|modelling|modeling)\b|(?:own|our)\s)/iu;

/** `resolvable`: whether forms that are short only when an earlier note cites their work are read as such. */
function readText(text: string, hasLocator: boolean, resolvable = true): Reading {
  const reading: Reading = { kind: 'commentary', forms: [], citationKeys: false };
  if (text === '') return withKind(reading, hasLocator ? 'citation' : 'empty');
  if (reBracketCite.test(text) || reKeyStart.test(text) || (text.includes('@') && reInTextKey.test(text))) {
    reading.citationKeys = true;
    if (reOnlyKeys.test(text)) return withKind(reading, 'citation-key');
  }
  // "TODO", "NEED", "[citation needed]": the source is still to come.
  // (a draft's marker may be highlighted: "==TODO==")
  const placeholder =
    (text.length <= 200 ? rePlaceholder.exec(text.startsWith('==') ? text.replace(/==/g, '') : text) : null) ??
    (text.length <= 600 ? rePlaceholderWithin.exec(text) : null);
  const gap = placeholder || text.length > 300 ? null : reTrailingGap.exec(text);
  if (placeholder || gap) {
    reading.placeholder = placeholder ? (placeholder[1] ?? placeholder[2]) : gap![1];
    return withKind(reading, 'citation');
  }
  // Emphasis marks out, for the patterns ("*Id.*", "*supra* note 4", "_See_"),
  // and the spaces they leave doubled ("*I-II. * Benares") made one.
  const marksOut = text.replace(/[*_]+|==/g, '');
  const flat = marksOut.includes('  ') ? marksOut.replace(/ {2,}/g, ' ') : marksOut;
  const body = withoutPrefix(flat);
  const short = shortForm(body, text, resolvable);
  if (short) {
    // "Org, “Title” (note 8)" points to note 8; when note 8 gives no source, the note is judged as written.
    const { pointer, ...form } = short;
    // "Author, *Title*." with no page repeats an earlier citation only if there is one; else it is the citation, and is
    // judged as written ("Harbour Institute, “Waiting for Ships 2024.”", "Wikipedia, “Harbour.”").
    if (pointer || form.container) reading.unlessResolved = readText(text, hasLocator, false);
    else if (resolvable && form.shortForm === 'short-title' && !hasShortLocator(text))
      reading.unlessResolved = Object.assign(readText(text, hasLocator, false), { unresolvedShort: true });
    return Object.assign(withKind(reading, 'short-citation'), form);
  }
  const quoted = resolvable ? quotedInShortForm(text) : undefined;
  if (quoted) {
    // An edition cited by author and year points into a reference list; a short title must repeat a citation.
    if (quoted.shortForm !== 'author-date') reading.unlessResolved = readText(text, hasLocator, false);
    return Object.assign(withKind(reading, 'short-citation'), quoted);
  }
  const dotted = resolvable && text.length <= 120 ? reDottedShort.exec(text) : null;
  if (dotted) {
    reading.unlessResolved = readText(text, hasLocator, false);
    return Object.assign(withKind(reading, 'short-citation'), { shortForm: 'short-title' as const, author: dotted.groups?.author, title: titleOf(text) });
  }

  // A title in quotes or italics names a work: "*Collected Papers*, 1931–1958" is no vague source.
  const vague = reHasTitle.test(text) ? undefined : (vagueSource(flat) ?? outletsOnly(body));
  if (vague !== undefined) {
    reading.vague = vague;
    // (what it names may be online, "Wikipedia (walkouts); NPR": outside a report that is what is reported)
    web(flat, text, reading, undefined);
    return withKind(reading, 'citation');
  }
  // A companion piece of the same series or site ("(Essay in this series)", "Article 2.02 on this site"): the reader
  // finds it where they are reading; a cross-reference, not a source to link.
  // (read outside its titles, "Notes on This Site's Tides"; not an outside source it says the site discusses, read online)
  // Nor one that cites a work first and mentions the series after it ("…; see also Part 2 in this series", "…,
  // republished on our website"): the marker is in the note's first part, not after a verb of discussing.
  if (
    !hasLocator &&
    reSameSeries.test(flat) &&
    reSameSeries.test(flat.split(';')[0].replace(reAnyTitle, ' ')) &&
    !reSeriesAside.test(flat) &&
    saysOnline(flat) === undefined &&
    !reOutlet.test(flat)
  )
    return withKind(reading, 'cross-reference');
  // "*Network Area Storage*, soit Système de Stockage Réseau": an italic term and what it means.
  // (not when what it means is itself a source: "*Port Strike Ends*, namely the Reuters story of 4 May 2023")
  if (
    !hasLocator &&
    reGlossSaying.test(text) &&
    !reYear.test(flat) &&
    saysOnline(flat) === undefined &&
    !reOutlet.test(flat) &&
    !reWebKind.test(flat) &&
    !reReportWord.test(flat) &&
    !/\b(?:report|article|story|paper|study|book|documentary|film|movie|speech|lecture|talk|almanac|episode|programme|program|album|essay|chapter|letter|memo|testimony|hearing|interview|address)\b/iu.test(
      flat,
    )
  )
    return withKind(reading, 'commentary');
  // Harvard-style references in the text, "(Parfit 1984, 315)", are sourced by the reference list.
  // (not a journal's name before the year, "*Title*, J. Legal Analysis (2024)": an article with no volume nor pages)
  // (with the page marked, only an aside it closes: "…, accessed 4 May 2022; compare (Lund, 2021, p. 4)" still cites
  // the page it accessed)
  if (
    reInTextAuthorDate.test(flat) ||
    inTextAuthorDatePage(flat) ||
    (reNarrativeAuthorDate.test(text) && !reStandaloneWork.test(text) && !reAbbreviatedJournalYear.test(text) && !reAfterTitleYear.test(text))
  )
    reading.authorDate = true;
  // `"…." Future of Humanity Institute, 2018`: an organisation's paper of the web era, read once for forms() and web().
  const paper = printEra(flat) ? undefined : orgPaper(text);
  forms(flat, text, reading, paper !== undefined);
  reading.title = titleOf(text) ?? germanTitle(flat);
  web(flat, text, reading, paper);
  // A file of a digital archive by its name and date, when nothing says it was read online (a site named as where the
  // file is, "…, 2000, scene-files.info", an access date, a website): then it is the archive's item.
  if (
    reading.web === undefined &&
    !reading.forms.includes('archival') &&
    flat.includes('(') &&
    reArchiveFile.test(flat) &&
    reYear.test(flat) &&
    !reBareDomain.test(flat.replace(reArchiveFileAll, ' '))
  )
    reading.forms.push('archival');
  // An investigator's interview report by its date, "Marlow 5/8/18 302, at 15", or its form, "FD-302", is an interview;
  // a news story cited beside it in the same note still needs its link.
  if (!reading.web?.strong && flat.includes('302') && re302.test(flat) && !reading.forms.includes('interview')) reading.forms.push('interview');
  if (!reading.forms.length && body.length <= 160 && (reCrossRef.test(flat) || reBarePointer.test(flat)) && !reading.title && !reYear.test(body)) {
    return withKind(reading, 'cross-reference');
  }
  if ((reGloss.test(text) || reLiterally.test(flat)) && !hasLocator) return withKind(reading, 'commentary');
  if (isCitation(flat, body, reading, text)) reading.kind = 'citation';
  else if (hasLocator && isShortEnough(flat)) {
    reading.kind = 'citation';
    // Its words are an explanation, running prose with a verb; the link is what it cites ("`Sys.time()` returns an
    // object …, so we are using …; read the help for [`?format`](…)"). A page's title as the link's text
    // ("What is Polymarket? - Atomic Wallet") is too short for that.
    if (isRunningProse(flat) && !reAttribution.test(flat) && reFiniteVerb.test(outsideTitles(flat))) reading.aside = true;
  } else reading.kind = 'commentary';
  return reading;
}

/**
 * Sets the kind in place. (A spread, `{ ...reading, kind, ...short }`, gave
 * every short citation an object layout of its own in V8: 50 000 Ibid. notes
 * cost 10 MB of layouts alone.)
 */
function withKind(reading: Reading, kind: Reading['kind']): Reading {
  reading.kind = kind;
  return reading;
}

/**
 * "Harbour Institute. Various publications, 2014–2024.", "Ada Reyes. Public statements and interviews, 2021–2023.": a
 * whole note that names only a kind of document (statements, publications, reports …) over a year or years, with no
 * title. `what` is that kind as written.
 */
const reVague = letters(
  String.raw`^(?:[^.;:"“”]{1,60}(?:\.\s|['’]s\s))?(?<what>(?:(?:Various|Several|Multiple|Numerous|Assorted|Miscellaneous|Other|Many)\s)?(?:[\p{L}-]{2,20}\s){0,3}(?:statements|publications|reports|interviews|documentation|research|papers|posts|articles|speeches|remarks|sources|materials|documents|filings|communications|writings|press releases|testimony|talks|lectures|presentations|updates|announcements)(?:\s(?:and|&)\s(?:[\p{L}-]{2,20}\s){0,2}[\p{L}-]{2,20})?)(?:\s(?:on|about|from|by|of|in)\s[^,.;"“”]{1,80})?,\s(?<years>(?:1[5-9]|20)\d\d(?:\s?[–-]\s?(?:(?:1[5-9]|20)\d\d|\d\d))?)\.?$`,
  'iu',
);
/** What every note reVague matches holds: one of its kinds of document, then a year. */
const reVagueHint = /(?:s|documentation|research|testimony),\s(?:1[5-9]|20)\d\d/iu;

const reIssuerKindYear =
  /^((?:the\s)?(?:[A-Z]{2,8}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3})\s(?:report|study|survey|paper|analysis|assessment|review|data))\s?,?\s(?:of\s|in\s)?(?:1[5-9]|20)\d\d\.?$/u;
/** The kind of document a vague note names ("Various publications"), when it says "various" or spans years. */
function vagueSource(flat: string): string | undefined {
  // A kind of document and nothing more: "Law enforcement investigation reports.", "Media coverage and documentation."
  if (flat.length <= 80) {
    const kind = reKindOnly.exec(flat);
    // (a noun phrase, not a sentence: "These figures exclude … their reports.")
    if (kind && !reSentenceWord.test(kind[1])) return kind[1];
    // An issuer's kind of document and a year, the whole note: "UN report, 2010.", "CIA study, 1975." (which one?)
    const one = reIssuerKindYear.exec(flat);
    if (one) return one[1];
  }
  if (flat.length > 240 || !reVagueHint.test(flat)) return undefined;
  const m = reVague.exec(flat);
  const what = m?.groups?.what;
  if (what === undefined) return undefined;
  return /^(?:Various|Several|Multiple|Numerous|Assorted|Miscellaneous|Other|Many)\s/iu.test(what) || /[–-]/u.test(m?.groups?.years ?? '') ? what : undefined;
}

/**
 * "NPR; NBC News; BBC.", "The Guardian, Reuters and Al Jazeera", "Fox News; RealClearPolitics.", "Aspen Institute; ADL.":
 * a whole note that names news outlets or organisations and nothing else (no story, no title, no date) points to no
 * particular work. Names parted by commas or "and" must each be a known outlet; names parted by semicolons may be any
 * proper names, one of them an outlet or an organisation (a list of surnames, "Smith; Jones", is not read so). The
 * names as written, or undefined.
 */
function outletsOnly(body: string): string | undefined {
  // (an author-date reference, "Harbour Institute (2021); Tidewater Foundation (2022)", is the reference list's)
  if (body.length > 160 || reInTextAuthorDate.test(body)) return undefined;
  const names = body.replace(/[.\s]+$/u, '');
  const outlet = (item: string): boolean => {
    const name = item.replace(/^the\s(?=\p{Lu})/u, '');
    const m = reOutlet.exec(name);
    return !!m && m.index === 0 && m[0].length === name.length;
  };
  if (!reOutlet.test(names) && !reOrgAuthor.test(names)) return undefined;
  if (names.split(/\s*(?:;|,|\s(?:and|&)\s)\s*/u).every(outlet)) return names;
  const items = names.split(/\s*;\s*/u);
  // (a topic in brackets only after a platform, "Wikipedia (walkouts)": "Harbour Trust (both signatories)" says who)
  const named = (item: string): boolean => reProperName.test(item) && (!item.includes('(') || /^(?:Wikipedia|Medium|Substack|YouTube)\s\(/u.test(item));
  if (items.length < 2 || !items.every(named)) return undefined;
  return items.some((item) => outlet(item) || reOrgAuthor.test(item)) ? names : undefined;
}
/** A proper name alone: capitalised words (with "of", "and", "&" between), an aside in brackets after. */
const reProperName = letters(
  String.raw`^(?:the\s)?\p{Lu}[\p{L}\d&.'’/-]*(?:\s(?:of|for|and|on|the|&|\p{Lu}[\p{L}\d&.'’/-]*)){0,5}(?:\s\((?![^()]*\b(?:personal|communication|funders?|members?|partners?|clients?|sponsors?)\b)[^()\d]{1,40}\))?$`,
  'u',
);

/** Words of a sentence or of a phrase that says more than a kind of document. */
const reSentenceWord =
  /\b(?:is|are|was|were|be|been|has|have|had|the|these|this|those|their|its|our|my|from|of|in|on|to|by|with|for|that|which|see|exclude\w*|include\w*|show\w*)\b/i;
/** A note that names only a kind of document, in lower case after its first word, in the plural. */
const reKindOnly = letters(
  String.raw`^(\p{Lu}\p{Ll}+(?:\s(?:and|or|&|\p{Ll}[\p{Ll}-]+)){0,6}\s(?:records|reports|reporting|documents|accounts|studies|analyses|analysis|coverage|documentation|sources|materials|publications|articles|papers|filings))\.?$`,
  'u',
);

/**
 * A place left for a link or a source anywhere in a note: the word "LINK" in capitals, or "Link" or "URL" in bold
 * ("Run on 31 Jan. 2020 LINK", "the DOREMUS project **Link**"); a note to self that a source is still to be added,
 * in German ("durch Literatur abgesichert werden", "Quelle fehlt", "Beleg ergänzen"). Group 1 is what holds the place.
 */
const rePlaceholderWithin = letters(
  String.raw`(?<![\p{L}\d])((?:\*\*|__)?LINK(?:\*\*|__)?|\*\*(?:Link|URL)\*\*|__(?:Link|URL)__)(?![\p{L}\d])|\b((?:durch\s)?Literatur\s(?:ab)?(?:gesichert|belegt|ergänzt|nachgewiesen)\swerden|(?:Quelle|Quellen|Beleg|Belege|Literatur|Literaturangabe|Nachweis)\s(?:fehlt|fehlen|ergänzen|einfügen|nachtragen|suchen))\b`,
  'u',
);

/** An investigator's interview report: "Marlow 5/8/18 302", "FD-302". */
const re302 = /\d\/\d{1,2}\/\d{2,4}\s(?:FD-)?302\b|\bFD-302\b/u;

/**
 * A note that holds the place of its source: a draft's marker in capitals ("TODO", "TBD", "NEED", "XXX", "FIXME")
 * or "citation needed", "source needed", "add source", first in the note, or a locator with no number ("cf pp."); in Chinese, a translation still to come or a
 * source to add ("（翻譯內容中）", "（待補）"). Not "TK" (a journalist's marker): "TK Elevator, Annual Report 2021" is a
 * company's.
 */
/** A sentence that stops where its source should be: "… can be seen in ...", "… pode ser vista em …", "voir …". */
const reTrailingGap = /(?:^|\s)((?:in|at|on|see|em|na|no|en|dans|à|voir|cf\.?|ver|véase|siehe|bei|unter)\s?(?:\.{3}|…))\s*$/iu;
const rePlaceholder = letters(
  String.raw`^[*_[(（]{0,2}((?:TODO|TBD|TBC|NEED|NEEDED|XXX|FIXME)(?![\p{L}\d])|(?:[Cc]itation|[Ss]ource|[Rr]eference)\sneeded|(?:[Aa]dd|ADD|[Pp]ut|PUT|[Ii]nsert|INSERT)\s(?:a\s|the\s|A\s|THE\s)?(?:source|reference|citation|link|SOURCE|REFERENCE|CITATION|LINK)(?=\s(?:here|HERE|of|about|for|on)\b|[.:\])）]|\s*$)|(?:[Cc]f|CF|[Vv]oir|[Ss]ee)\.?\s(?:pp?\.)(?=\s*$)|(?:翻譯|翻译)(?:內容|内容)?中(?=[）)]|\s*$)|待(?:補|补)(?:充|上)?(?:來源|来源|出處|出处)?(?=[）)]|\s*$))`,
  'u',
);

/** A companion piece of the writer's own series or site, named as such. */
const reSameSeries =
  /\b(?:(?:in|on)\s(?:this|our)\s(?:series|site|website)\b|series[\s-]internal\b|(?:essay|article|post|part|episode)\s(?:\d{1,3}\s)?in\sthis\sseries\b)/iu;
/** A work discussed, reviewed or republished in the series: the note cites that work. */
const reSeriesAside =
  /\b(?:see\salso|discussed|reviewed|republished|reprinted|cited|mentioned|summari[sz]ed|covered|quoted|featured)\b[^.;]{0,40}\b(?:in|on)\s(?:this|our)\s/iu;
/** An italic term, then what it means: "soit", "that is", "i.e.", "c'est-à-dire", "d. h.", "o sea", "cioè". */
const reGlossSaying = /^[*_]{1,2}[^*_]{1,60}[*_]{1,2},?\s(?:soit|c['’]est-à-dire|i\.\s?e\.|that\sis|namely|d\.\s?h\.|o\ssea|cioè)(?=[\s,])/iu;

/** "Wörtlich also: „…“", "Literally: '…'": what a phrase says word for word, a gloss. */
const reLiterally = /^(?:wörtlich|literally|littéralement|letterlijk|literalmente|letteralmente)\b/iu;

/** A note that is one italic term ("*Shini-gurui*.") glosses a word. */
const reGloss = /^[*_]{1,2}[^*_\s]{1,40}(?:\s[^*_\s]{1,40}){0,2}[*_]{1,2}[.,]?$/u;

/** A short note with a link or identifier cites it; a long one is an aside that links something. */
function isShortEnough(flat: string): boolean {
  return flat.length <= 300;
}

/** The citations and sentences of a note: split at `;` and at the end of sentences. */
function segments(written: string): string[] {
  // A title's own sentences ("“… la sua scuola. Un percorso europeo …”", "*Harbour. A History*") end no citation:
  // their full stops are set aside while splitting, then put back.
  const masked = written.includes('“') || written.includes('*') ? written.replace(reTitleWithStop, maskStops) : written;
  const parts = masked.split(reSegmentEnd);
  const out: string[] = [];
  for (const part of parts) {
    const x = (masked === written ? part : part.replace(/\u2024/g, '.')).trim();
    if (x !== '') out.push(x);
  }
  return out;
}

/** A title in curly quotes or italics (one quantifier each: linear); maskStops() finds its stops. */
const reTitleWithStop = /“[^“”]{1,600}”|\*[^*]{1,600}\*/gu;
function maskStops(title: string): string {
  return title.replace(/[.!?](?=\s)/gu, '\u2024');
}

/** A sentence of commentary: it has a finite verb outside its titles. */
const reFiniteVerb =
  /(?<=\s)(?:is|was|are|were|has|had|have|does|did|will|would|should|could|can|may|might|must|refers|means|comprised|argues|suggests|describes|explains|shows|holds|developed|est|était|étaient|sont|avait|avaient|fut|furent)\s/u;
/**
 * What a legislature or a government did, in an example: "For example, in 2001 India introduced the *… Act*." (not
 * "adopted", which dates documents: "Guidelines 8/2020, adopted on 13 April 2021").
 */
const reLawVerb = /(?<=\s)(?:introduced|enacted|ratified|repealed|abolished)\s/u;

/** "According to Black, …", "He saw …": what an author says or did, prose before a citation. */
const reProseLead = /^(?:according\sto|he|she|they|we)\s/i;

/**
 * A segment that reads as a full citation: a year, a publisher or a traceable form, and no finite verb nor the lead
 * of a sentence about an author ("According to Black, during the war (1700–1714), more travellers …").
 */
function isFullCitation(flat: string, written: string): boolean {
  if (reFiniteVerb.test(outsideTitles(flat))) return false;
  // Not when the sentence names a work or a page read online: "According to Wikipedia, “Harbour,” accessed …".
  if (reProseLead.test(flat) && !reHasTitle.test(written) && !reWebExplicit.test(flat) && !reBareDomain.test(flat)) return false;
  return (
    reYear.test(flat) ||
    rePublisher.test(flat) ||
    reLegal.test(flat) ||
    reNumberedReport.test(flat) ||
    reArticle.test(flat) ||
    reWebExplicit.test(flat) ||
    reArticleNumber.test(written)
  );
}

/** A segment that starts with a signal or a short form in italics: "*Cf.* …", "*Ibid.*", "_See_ …". */
const reSignalStart = /^[*_]{1,2}(?:cf\.?|see|ibid|id\.|idem|op\.|also|compare)/i;

/** "Ebd., S. 161", "*Schulze*, ebd. Rn. 18", "Coase, Ibid., p. 31 n.": then only a locator, no other work. */
function ibidAfterAuthor(body: string): boolean {
  const m = body.length <= 120 && !body.includes(';') ? reIbidMore.exec(body) : null;
  return !!m && !reCapitalWord.test(body.slice(m[0].length).replace(/\b(?:Rn|Rdnr|Fn|Anm|Abs|Bd|Sp)\b/g, ''));
}
const reCapitalWord = letters(String.raw`\p{Lu}\p{Ll}`, 'u');

/** `pointer`: the form is "… (note N)", which says less than "supra" that the note holds no full citation. */
type ShortFormFound = Pick<Reading, 'shortForm' | 'supraNote' | 'author' | 'title' | 'container'> & { pointer?: boolean };

/** A note's link said to be another note's: "Link see footnote 1", "for the link, see note 4", "Link siehe Fußnote 2". */
const reLinkInNote =
  /\b(?:[Ll]ink|URL|[Ll]ien|[Aa]dresse)\b[^.;]{0,12}?\b(?:see|in|at|voir|dans|siehe|unter)\s(?:the\s|la\s|der\s)?(?:[Ff]oot|[Ee]nd|[Ff]u(?:ß|ss))?[Nn]ote\s(\d{1,4})\b/u;
/** A title that ends in the kind of a report: "Monitoringbericht", "Jahresbericht", "Port Outlook", "Lagestudie". */
const reReportTitleEnd = /(?:bericht|berichte|report|studie|gutachten|outlook|monitor|statistik|jahrbuch|survey)$/iu;
/** German styles' short title (see shortForm): the surname (or two, joined by a slash), a short title, the year, the page. */
const reGermanShortTitle = letters(
  String.raw`^(?:(?:[Vv]gl|[Ss]iehe|[Ss])\.\s)?(?<author>\p{Lu}[\p{L}'’-]+(?:\s?\/\s?\p{Lu}[\p{L}'’-]+){0,2}),\s(?<title>\p{Lu}[^,;:()"“”*_]{2,100}?)\s(?:1[5-9]|20)\d\d[a-z]?,\s(?:S|Sp)\.\s?\d`,
  'u',
);

/** ABNT's author-date short form: surnames in capitals, then the year and perhaps the page ("SERRA; LIMA, 2024, p. 9"). */
const reAbntAuthorDate = letters(
  String.raw`^(\p{Lu}{2,}(?:[-'’\s]\p{Lu}{2,}){0,2})(?:\set\sal\.?)?(?:[,;]\s\p{Lu}{2,}(?:[-'’\s]\p{Lu}{2,}){0,2}(?:\set\sal\.?)?){0,3}[,;]\s(?:1[5-9]|20)\d\d[a-z]?(?:,\s(?:pp?\.\s?)?\d{1,5}(?:[-–]\d{1,5})?)?\.?$`,
  'u',
);

/**
 * An article's title, then "ibid." for the periodical or volume the note before gives: "Ada Reyes, “Tides and Quays,”
 * ibid.", "…,” in ibid., 12–30.".
 */
const reTitleInIbid = /^[^;]{0,200}[”"],?\s(?:in\s)?ibid\.?(?:,\s?(?:pp?\.\s?)?\d{1,5}(?:\s?[-–]\s?\d{1,5})?)?\.?$/iu;
/** APA's authors, surnames with initials, and the year alone: "Reyes, A. (2021).", "Reyes, A. B., & Ortiz, C. (2021)." */
const reApaAuthorLead = letters(
  String.raw`^\p{Lu}[\p{L}'’-]{1,40}(?:\s\p{Lu}[\p{L}'’-]{1,40})?,\s(?:\p{Lu}\.\s?(?:-\p{Lu}\.\s?)?){1,3}(?:,?\s(?:&|and)\s\p{Lu}[\p{L}'’-]{1,40},\s(?:\p{Lu}\.\s?){1,3}|,\s\p{Lu}[\p{L}'’-]{1,40},\s(?:\p{Lu}\.\s?){1,3}){0,6}\s?\((?:1[5-9]|20)\d\d[a-z]?\)\.$`,
  'u',
);
/** What opens an editor's or author's remark after a citation, not a title: "My translation.", "Adapted with permission." */
const reRemarkStart =
  /^(?:On|My|Our|Figures?|Data|Authors?['’]s?|Adapted|Emphasis|Translated|Translation|Quoted|Cited|Reproduced|Reprinted|Used|Calculations?|Based|Source|Sources|Note|See|Cf|Also|Compare|This|These|That|Those|It|Here|There|For|In|As|Italics|Original|Updated|Figure|Table|Rounded|Estimates?)\b/u;
/** A title in plain type opening a segment: a capital, then words (no signal, no short form). */
const rePlainTitleStart = letters(String.raw`^\p{Lu}[\p{L}'’-]*\s\p{L}`, 'u');

function shortForm(body: string, text: string, resolvable: boolean): ShortFormFound | undefined {
  if (reIbid.test(body) || ibidAfterAuthor(body)) return { shortForm: 'ibid' };
  // (read as written when not resolvable: readText() reads the note again so)
  if (resolvable && reTitleInIbid.test(body)) return { shortForm: 'ibid', container: true };
  if (reId.test(body)) return { shortForm: 'id' };
  const supra = reSupra.exec(body);
  if (supra) return { shortForm: 'supra', supraNote: supra[1] ?? supra[2] ?? supra[3] ?? supra[4], author: firstWord(body) };
  if (body.length <= 300 && (reOpCit.test(body) || reAbove.test(body) || (reSupraBare.test(body) && body.length < 160))) {
    return { shortForm: 'op-cit', author: firstWord(body) };
  }
  if (rePageOnly.test(body)) return { shortForm: 'page' };
  // A page of the web read in a book is still the page: "Greyport Council website, 2021, cited in Vogel, 150-51."
  if (webPageReadIn(text)) return undefined;
  // "…, from 7 October 2021. Link see footnote 1.": the note's link is note 1's; when note 1 gives none, the note is
  // judged as written.
  const linkIn = resolvable ? reLinkInNote.exec(body) : null;
  if (linkIn) return { shortForm: 'supra', supraNote: linkIn[1], author: firstWord(body), pointer: true };
  // German styles' short title: "Vgl. Hartwig, Hafenbücher der Hanse 2019, S. 42." (the surname, a short title and the
  // year with no comma between, then the page), which the reference list or an earlier note gives in full.
  // (not an organisation's report by its title and year, "Bundesnetzagentur, Monitoringbericht 2023, S. 45": a
  // document of the web era, cited in full)
  const kurz = reGermanShortTitle.exec(body);
  if (kurz && !reOrgAuthor.test(kurz.groups?.author ?? '') && !reReportTitleEnd.test(kurz.groups?.title ?? ''))
    return { shortForm: 'short-title', author: kurz.groups?.author, title: normaliseTitle(kurz.groups?.title ?? '') };
  // ABNT's author-date with its authors in capitals, the year after a semicolon too: "KIMBALL; ROSS, 2013, p. 44",
  // "KIMBALL, ROSS; 2013, p. 44" (one citation, which the split at semicolons below would cut).
  const abnt = reAbntAuthorDate.exec(body);
  if (abnt) return { shortForm: 'author-date', author: abnt[1] };
  // A journal abbreviated after the title with a year ("*Title*, J. Mar. Analysis (2024)") is cut by no full stop of
  // its abbreviations: "Analysis (2024)" is no author-date short form of its own.
  if (reAbbreviatedJournalYear.test(text) && !text.includes(';')) return undefined;
  // Each citation of the note in turn: short forms, editors' remarks and asides may mix;
  // one full citation makes the note a citation.
  let found: ShortFormFound | undefined;
  let authorDateLead = false;
  let apaLead = false;
  const parts = segments(text);
  for (let k = 0; k < parts.length; k++) {
    const written = parts[k];
    // Nor one whose author is given with initials, APA's way, then a title in plain type and where it appeared: "Reyes,
    // A. (2021). Strike closes quays. The Harbour Herald." (a short form names no initials: "Reyes (2021), 4"; a
    // remark after one is no title: "Reyes, A. (2021). Figures rounded to the nearest thousand.").
    if (
      apaLead &&
      k + 1 < parts.length &&
      rePlainTitleStart.test(written) &&
      !reRemarkStart.test(written) &&
      withoutPrefix(written) === written &&
      !reFiniteVerb.test(` ${outsideTitles(written)}`)
    )
      return undefined;
    // "Glaese et al. (2022). “Improving Dialogue Agents.” Harbour Labs.": an author and a year, then a title in quotes
    // or italics, is a full reference (APA), not a short form followed by a remark.
    if (authorDateLead && /^["“*_]/.test(written) && !reSignalStart.test(written)) return undefined;
    // Nor is one whose title in plain type is followed by APA's label of its kind: "(2021). Rising seas [Podcast episode]."
    if (authorDateLead && reGenreLabel.test(written)) return undefined;
    const stripped = withoutPrefix(written);
    const flat = stripped.replace(/[*_]+/g, '');
    if (reEditorial.test(flat)) continue;
    // "Fowler, *Confession*, 151. Hirano made this claim in his *Art and Life* (1964), cited in Fowler, 150-51.": after
    // a short form, a remark naming a source read in a work cited before adds no citation of its own; the note stays
    // the short form found first. (Opening the note, one is read as written when it repeats no earlier citation:
    // readText().)
    if (found !== undefined && reQuotedIn.test(flat) && quotedInShortForm(stripped) !== undefined) continue;
    const oscola =
      flat.includes('(n ') ||
      flat.includes('(Fn') ||
      flat.includes('(FN') ||
      flat.includes('(Anm') ||
      // "Org, “Title” (note 8)": with no date or reading of its own, the full citation is note 8's
      (flat.includes('note ') && !reYear.test(flat) && !reWebExplicit.test(flat))
        ? reOscola.exec(flat)
        : null;
    const short: ShortFormFound | undefined =
      oscola && (oscola[1] !== undefined || resolvable)
        ? { shortForm: 'supra', supraNote: oscola[1] ?? oscola[2], author: firstWord(flat), pointer: oscola[2] !== undefined }
        : shortSegment(stripped, flat, text, resolvable);
    authorDateLead = found === undefined && short?.shortForm === 'author-date';
    apaLead = authorDateLead && reApaAuthorLead.test(flat);
    if (short) {
      found ??= short;
      continue;
    }
    if (isFullCitation(flat, stripped)) return undefined;
  }
  return found;
}

/**
 * "Franklin. *Poems*. Poem #260.": a surname, a short title in italics and where in it, each closed by a full stop (the
 * short form of a bibliography style that separates with full stops). A full citation gives initials or a publisher.
 */
const reDottedShort = letters(
  String.raw`^(?<author>\p{Lu}[\p{L}'’-]{1,40})\.\s(?<title>[*_]{1,2}[^*_]{1,80}[*_]{1,2})\.\s(?:Poem|Letter|Song|Hymn|Sermon|Item|No|Nr|Doc|pp?|Vol|Ch|Chap|Book|Part)\.?\s?#?[\divxlcIVXLC]{1,6}(?:\s?[-–]\s?[\divxlc]{1,6})?\.?$`,
  'u',
);

/**
 * Whether a short title gives where in the work: a number outside its titles ("*Borders*, 12"), or a page, book or
 * letter in Roman numerals after the title ("*Dictionary*, ix–xi", "*Iliad*, ix.", "*Epistles*, cvi.", "Chapter X"; one case
 * only: "Vic." is no numeral).
 */
function hasShortLocator(text: string): boolean {
  return /\d/.test(text.replace(reAnyTitle, ' ')) || reRomanLocator.test(text);
}
const reRomanLocator =
  /(?:[*_"”’],?|,)\s(?:(?:[Cc]h(?:ap(?:ter)?)?|[Bb](?:oo)?k|[Vv]ol|[Pp]t|[Pp]art|[Ll]etter|[Ee]p|[Pp]p?|[Ll]ib|[Tt][ií]t|[Cc]ap|[Tt]omo|[Pp]arte|t|disc|doc|[Nn][uú]m|§|secs?|emp)\.?\s)?(?:[ivxlc]{1,8}(?:\s?[-–]\s?[ivxlc]{1,8})?|[IVXLC]{1,8}(?:\s?[-–]\s?[IVXLC]{1,8})?)(?:[,.;]|$)/;

/** ", quoted in " / ", as cited in " / ". Cited in ": what follows is the work the author read. */
const reQuotedIn = /,\s(?:as\s)?(?:quoted|cited)\sin\s|\.\s(?:As\s)?(?:Quoted|Cited)\sin\s/i;

/**
 * "Ada Reyes, “Tides,” *The Harbour Times*, May 3, 2015, quoted in Ortiz, *Harbours*, 4.": a source quoted from
 * a work cited before is read from that work, whatever the quoted source is (the short form of its citation
 * resolves it). A speaker's name alone before "quoted in" is a prefix (rePrefixLead).
 */
/** Whether what comes before "quoted in" or "cited in" names a page of the web outside its titles ("… website, 2021, cited in …"). */
function webPageReadIn(text: string): boolean {
  const citedIn = reQuotedIn.exec(text);
  return citedIn !== null && reWebKind.test(outsideTitles(text.slice(0, citedIn.index)));
}
function quotedInShortForm(text: string): ReturnType<typeof shortForm> {
  if (text.length > 600) return undefined;
  const quoted = reQuotedIn.exec(text);
  if (quoted) {
    // One citation quoted in another: not a note that cites other works before ("…, accessed 2 May 2024; the mayor's
    // remark, quoted in …"), nor one that says its quoted source was read online.
    const lead = text.slice(0, quoted.index);
    if (lead.includes(';') || reWebExplicit.test(lead) || webPageReadIn(text)) return undefined;
    const rest = text.slice(quoted.index + quoted[0].length);
    return shortForm(withoutPrefix(rest.replace(/[*_]+/g, '')), rest, false);
  }
  // "Berry Herald, in Stevenson 1863: 295": a chronicler read in an edition, cited by its editor and year.
  const source = reSourceIn.exec(text);
  if (!source) return undefined;
  const rest = text.slice(source[0].length);
  // The edition with its page: "Stevenson 1863: 295", not "Reuters, in Guardian 2015."
  if (!/\d\s?[:,]\s?\d/.test(rest)) return undefined;
  const short = shortForm(rest.replace(/[*_]+/g, ''), rest, false);
  return short?.shortForm === 'author-date' ? short : undefined;
}
const reSourceIn = letters(String.raw`^\p{Lu}[^,;()"“*_\d]{1,40},\sin\s(?=\p{Lu})`, 'u');

const reLocatorNumber = letters(String.raw`(?<![\p{L}])(?:pp?|secs?|loc|núm|para|§)\.?\s?\d{1,5}(?:\s?(?:--|[-–])\s?\d{1,5})?`, 'gu');
function shortSegment(written: string, flat: string, note: string, resolvable = true): Pick<Reading, 'shortForm' | 'author' | 'title'> | undefined {
  if (written.length > 200) return undefined;
  if (reShortCase.test(flat)) return { shortForm: 'short-title', author: firstWord(flat) };
  // "Routledge, 2019." closing a full citation is its publisher and year, not an author and a year.
  // (nor is a journal named after the title with a year: "*Title*, J. Mar. Analysis (2024)", an article without its volume)
  if (
    !reAbbreviatedJournalYear.test(written) &&
    ((reAuthorDate.test(flat) && !rePublisher.test(flat)) ||
      // (an organisation's work named by its title in quotes or italics and its year, "OECD, “Harbour Bargaining” (2019).",
      // is the citation itself: an organisation's author-date short form gives no title, "OECD (2019)")
      (reAuthorTitleDate.test(flat) &&
        !(reOrgAuthor.test(flat.slice(0, 60)) && /[*_"“]/u.test(written)) &&
        !webEraDocumentTitle(written) &&
        !reGivenNameBeforeTitle.test(written)) ||
      (reOrgDateTitle.test(flat) && !reWebExplicit.test(flat) && (!/[*_"“]/u.test(written) || reEndsAtTitle.test(written))))
  )
    return { shortForm: 'author-date', author: firstWord(flat) };
  // "*Speeches*, 1946-53, pp. 214-15" is a title and its pages; "“High and Dry.” 2016." is a title and its year.
  const titleAndPages = ((m) => (m && (/\b(?:pp?|at|vol|ch|para|no)\.|\bp\s\d/i.test(m.groups?.loc ?? '') || !reYear.test(m.groups?.loc ?? '')) ? m : null))(
    reTitleLocator.exec(written),
  );
  // A year in a title ("*The 1812 Rebellion*") dates nothing, nor does a number after a locator ("sec. 2001", an
  // e-book's location).
  const undated = reYear.test(written) ? written.replace(reLocatorNumber, ' ') : written;
  const dated = reYear.test(undated) && (!/["“«„*_]/.test(undated) || reYear.test(undated.replace(reAnyTitle, ' ')));
  // "Lieber and Press, “…,” 37-46": a publisher's word among the authors is a name.
  // (a publisher's word in a title, "“Gender-Specific Series Books,” 19", names no publisher)
  if (
    !titleAndPages &&
    (dated ||
      reWebExplicit.test(written) ||
      (rePublisher.test(flat) &&
        rePublisher.test(flat.replace(reLeadingNames, '')) &&
        rePublisher.test(outsideTitles(written.replace(reLeadingNames, '').replace(reSingleQuoted, ' ')))))
  )
    return undefined;
  if (reAuthorPage.test(flat)) return { shortForm: 'short-title', author: firstWord(flat) };
  const m = titleAndPages ?? (reSurnameInitials.test(written) ? null : reShortTitle.exec(written));
  if (!m) return undefined;
  // No short form of a newspaper's, a blog's or a site's piece: an outlet as the author ("Harbour Herald, “Strike”: 4."),
  // as the title in plain type ("Reyes, Harbour Notes Blog, chap. 6") or as what the piece is in ("…,” en _Diario del
  // Puerto_: 42."): each piece is asked for its own link.
  // (Without a page the short form is judged as written when it shortens nothing: readText().)
  const container = hasShortLocator(written) ? reContainer.exec(written)?.[1] : undefined;
  // (A plain title whose closing quote was left out, "Reyes and Lund, ‘Quay Database Security, p. 2.", names its words,
  // not a kind of site.)
  for (const part of hasShortLocator(written) ? [m.groups?.author, m.groups?.plain, container] : []) {
    const bare = part?.replace(/[*_]+/g, '');
    const quoted = part !== undefined && part === m.groups?.plain && /^[‘“]/u.test(part);
    if (bare !== undefined && (reNotJournalName.test(bare) || reNewsName.test(bare) || reOutlet.test(bare) || (!quoted && reWebKind.test(bare))))
      return undefined;
  }
  // (nor an organisation's work with its page after a colon, "Greyport Council, “Quay Plan 2030”: 47.")
  if (reColonPage.test(written) && reOrgAuthor.test(m.groups?.author ?? '')) return undefined;
  // "Seiffert: *Title*, S. 28" (German styles) is a short form by its locator; "Ada Reyes: *Tides*." is the whole citation.
  if (!titleAndPages && written.charAt(m.groups?.author?.length ?? 0) === ':' && !m.groups?.loc && !m.groups?.ploc) return undefined;
  // Read as written (no earlier citation to repeat): "Author, *Title*." with no page is the citation itself.
  if (!resolvable && !titleAndPages && !hasShortLocator(written)) return undefined;
  // (the segment's own title: "Lund, *Tides*; Reyes, ‘Quays’." shortens two works)
  const title = titleOf(written.length < note.length - 2 ? written : note) ?? normaliseTitle(m.groups?.title ?? m.groups?.plain ?? '');
  return {
    shortForm: 'short-title',
    author: m.groups?.author
      ?.replace(/\s\(.*$/, '')
      .split(/\s/)
      .pop(),
    title,
  };
}

/**
 * A document of a court case's own record named by its kind, then where in it: an affidavit (Singapore's "AEIC"),
 * the notes of evidence or a transcript, a bundle of documents ("Appellant's Core Bundle", "ACB"), a pleading
 * ("Statement of Claim", "Defence and Counterclaim", "Further Reply"), the parties' submissions, an exhibit. It opens
 * the note or a part of it (after "See", a party's name in the possessive, "reproduced in"), and a pin cite follows:
 * "at para 7", "vol 2, p 142", "pgs 477 to 493", "at 90:11–13". "Defence" and "Reply", which name other things too
 * ("Defence Science Board, *Review*, p. 5"), only with the pin cite right after them.
 */
const RECORD_OPENING = String.raw`(?:^|;\s|\breproduced\sin\s)(?:See\s)?(?:(?:the\s)?\p{Lu}[\p{L}\d&.-]*(?:\s\p{Lu}[\p{L}\d&.-]*){0,4}['’]s?\s)?(?:(?:1st|2nd|3rd|[4-9]th|first|second|third|fourth|[Ss]upplementary|[Ff]urther)\s)?`;
/** A pin cite: "at para 7", "vol 2", "p 142", "pgs 477", "tab 4", "lines 2–6", "at 90:11" (the word whole: not "pipeline"). */
const RECORD_PIN = String.raw`\b(?:at\s)?(?:[Pp]aras?|[Pp]gs?|[Pp]p?|[Tt]ab|[Vv]ol|[Ll]ines?)(?:\b\.?\s?(?:\d|[IVXivx]+\b)|\d)|\bat\s\d{1,4}:\d`;
/**
 * Before the pin cite, brackets and the date it was filed only: "ACB, Vol IV, p. 476", "Defence (Amendment No 3)
 * (“Defence”) at para 11", "Defence and Counterclaim, filed 3 May 2019, at para 8".
 */
const RECORD_TIGHT = String.raw`(?:\s?\([^()]{0,40}\)){0,2}(?:,?\s(?:filed|dated|served|sworn)\s(?:on\s)?\d{1,2}\s\p{L}{3,9}\s(?:19|20)\d\d)?,?\s(?:${RECORD_PIN})`;
const reRecordDocument = letters(
  RECORD_OPENING +
    String.raw`(?:(?:[Aa]ffidavit(?:\sof\sevidence-in-chief)?|AEICs?|[Ss]tatutory\sdeclaration|Notes\sof\s(?:Evidence|Argument)|NEs?(?=,?\s(?:\d{1,2}[\s/.]|of\s|dated\s))|(?:(?:Trial|Hearing)\s)?[Tt]ranscript(?=,?\s(?:\d|at\s\d|of\s(?:the\s)?(?:proceedings|hearing|trial|evidence)|\(?Day\s\d))|(?:Core|Supplementary|Agreed|Joint)\sBundle(?:\sof\s(?:Documents|Authorities|AEICs))?|Bundle\sof\s(?:Documents|Authorities|AEICs|Pleadings|Affidavits)|Record\sof\s(?:Appeal|Proceedings)|Statement\sof\sClaim|Particulars\sof\s(?:Claim|Defence)|Further\sand\sBetter\sParticulars|(?:[Cc]losing|[Oo]pening|[Rr]eply)\s[Ss]ubmissions(?!\s(?:to|on)\s)|Skeleton\s[Aa]rguments?)\b[^;]{0,120}?(?:${RECORD_PIN})|(?:[A-Z]{0,4}BAEIC|(?:[1-9]\s)?[AR]CB|ROA|Defence(?:\s(?:and|to)\sCounterclaim)?|Reply(?:\sand\sDefence\sto\sCounterclaim)?)${RECORD_TIGHT}|(?:Exhibit|Exh\.?)(?:\s?\([^()]{0,20}\))?\s(?:[A-Z]{1,3}-?)?\d{1,4}[A-Z]?\.?(?:;|$))`,
  'u',
);
/** Words one of which every note reRecordDocument matches holds: the cheap test first. */
const reRecordHint =
  /affidavit|AEIC|Notes of|\bNEs?\b|[Tt]ranscript|Bundle|Record of|CB\b|ROA|Statement of|Particulars|Defence|Reply|[Ss]ubmissions|Skeleton|Exh/u;

/** Whether the note cites a document of a case's record (reRecordDocument), read outside its quoted titles. */
function citesTheRecordIn(text: string, bare: () => string): boolean {
  // (not a note read online, "…, accessed 3 May 2023", nor one on a blog or a podcast, nor a news story that reports
  // it: those are published; nor one with a part that names a published work, "Reyes's AEIC at para 7; Harbour
  // Institute, *Tide Outlook 2024* (2024)": that is still a report to link)
  return (
    reRecordHint.test(text) &&
    reRecordDocument.test(text) &&
    !text.split(/;\s/).some((part) => !reRecordDocument.test(part) && citesAWork(part)) &&
    saysOnline(text) === undefined &&
    !reWebKind.test(bare()) &&
    !reOutlet.test(bare()) &&
    !/\b(?:reported|quoted|published)\s(?:by|in)\b/iu.test(text)
  );
}
/** A part of a note that names a published work: a title with a year, or an organisation's report. */
function citesAWork(part: string): boolean {
  // (a defined term in brackets, "(“Kok’s 1st affidavit”)", is no title)
  const titled = reHasTitle.test(part.replace(/\(\s?["“][^"“”]{1,80}["”]\s?\)/gu, ' '));
  return (titled && reYear.test(part)) || (reReportWord.test(part) && reOrgAuthor.test(part));
}

/**
 * A paper in a conference's proceedings, its quoted title then the conference in italics, by one of the common
 * acronyms and its year (`"SybilGuard." *SIGCOMM 2006*`, `*IEEE S&P 2008*`, `*CCS '04*`), or "Proc." before any name,
 * or a proceedings' publisher after it (`*TideConf 2019*. ACM`): not an outlet or a platform in italics, `*NPR 2022*`.
 */
// (also Google Scholar's MLA form: `"Title." 2019 IEEE/ACM 16th International Conference on Mining Harbours (MHR). IEEE, 2019.`)
/**
 * Before the web, a paper in a conference's or a workshop's proceedings named in plain type, with the year: "“Tides.”
 * In Proc. of IJCAI-69. 1969.", "In First International Workshop on Harbour Evolution. 1988.", "In Infotech State of
 * the Art Conference, Harbourtown, 1977." (printEra decides the era).
 */
const rePrintProceedings =
  /\bIn\s(?:(?:Proc\.|Proceedings)\s(?:of\s)?(?:the\s)?[A-Z][A-Za-z&]{1,15}[-'’\s]?\d{2,4}\b|[^.;]{0,80}\b(?:Conference|Workshop|Symposium|Colloquium)\b[^;]{0,80}?(?<!\d)1[5-9]\d\d\b)/u;
/**
 * Before the web, the institution that issued a report, a manual or a thesis closing the note with its year (and month):
 * "…. Establishment, Procurement Executive, Ministry of Defence, 1977.", "…. University of Harbour (United Kingdom),
 * 1983.", "…. Regents of the University of Harbour; 1983 Jun.", "…. HARBOUR INST OF TECH CAMBRIDGE TIDE LAB; 1977 Aug
 * 1.", or its report by number and year, "Computer Science Department Technical Report 66 (1977)", "HTI rapport, 1974".
 */
const rePrintIssuer =
  /\b(?:University|Univ\.|UNIV|Universit[éäa]t?|Institute|INST|Inst\.|Laboratory|LAB|Lab\.|Ministry|Department|DEPT|Dept\.|Project|PROJECT|Establishment|Executive|Corporation|CORP|Corp\.|Regents|Courant)\b[^.;]{0,80}[,;]\s1[5-9]\d\d(?:\s[A-Z][a-z]{2}\.?(?:\s\d{1,2})?)?\.?$|\b(?:Technical\s)?(?:Report|Memo|Note|rapport)\s(?:No\.\s?)?[A-Z]{0,4}-?\d{1,5}\s\(1[5-9]\d\d\)|\b[A-Z]{2,10}\s(?:rapport|report),\s1[5-9]\d\d\.?$/u;
/** A note that says it was read online, or names a kind of page or a site's domain: "Ministry of Tides website, 1977". */
function readOnline(text: string): boolean {
  return saysOnline(text) !== undefined || reWebKind.test(text) || reBareDomain.test(text);
}
/**
 * An article of a printed encyclopedia or dictionary by its edition's year: "*Encyclopédie des ports*, 2012, article
 * « Quai »", "Harbour Dictionary, 1998, s.v. quay". Not one that lives on the web (the Stanford and Internet
 * encyclopedias of philosophy, Urban Dictionary), nor one the note says was read online.
 */
const reReferenceEntry = letters(
  String.raw`(?<!\bUrban\s)\b(?:Encyclop(?:a|æ|ae)?edia|Encyclopédie|Enzyklopädie|Enciclopedia|Dictionnaire|Dictionary|Dizionario|Diccionario|Lexikon|Wörterbuch)(?![\p{L}])(?!\sof\sPhilosophy)[^;]{0,80}?\b(?:1[5-9]|20)\d\d\b[^;]{0,30}?(?:\b(?:article|entrée|entry|Artikel)(?![\p{L}])|\bs\.\s?v\.)`,
  'u',
);
/** "…. Edinburgh & London: Oliver & Boyd, 1968.": two towns, then the publisher and the year, after the title's full stop. */
const TOWNS = `(?:${PUBLISHING_PLACES}|London|New\\sYork|Edinburgh|Oxford|Cambridge|Boston|Chicago|Toronto|Sydney|Melbourne|Philadelphia|Glasgow|Dublin|Paris|Amsterdam|Vienna|Geneva|Brussels|Madrid|Barcelona|Milan|Rome|Florence|Tokyo|New\\sDelhi|Delhi|Washington|Baltimore|Princeton|New\\sHaven|Berkeley|Los\\sAngeles|San\\sFrancisco|Stanford|Ithaca|Minneapolis|Montreal|Montréal|Ottawa|Wellington|Auckland|Cape\\sTown)`;
const reTownsImprint = letters(String.raw`\.\s${TOWNS}\s(?:&|and)\s${TOWNS}:\s?\p{Lu}[^:;()]{1,80},\s(?:c\.\s?)?(?:1[5-9]|20)\d\d\b`, 'u');
const reConferencePaper = new RegExp(
  String.raw`["”]\.?,?\s[*_](?:(?:IEEE\s|ACM\s|USENIX\s)?(?:SIGCOMM|SIGMOD|SIGIR|SIGGRAPH|CCS|NDSS|S&P|EuroS&P|EuroS&PW|Security|EUROCRYPT|CRYPTO|ASIACRYPT|ESORICS|PETS|RAID|NeurIPS|NIPS|ICML|ICLR|AAAI|IJCAI|ACL|EMNLP|NAACL|COLING|CVPR|ICCV|ECCV|KDD|WWW|WSDM|CHI|CSCW|UIST|FAccT|FAT\*|AIES|SOSP|OSDI|NSDI|EuroSys|PODC|STOC|FOCS|SODA|ICALP|VLDB|ICDE|ICSE|FSE|ASE|PLDI|POPL|OOPSLA|ISCA|MICRO|ASPLOS|INFOCOM|MobiCom|IMC|HotNets|RFIDSec|WPES|SOUPS|ITCS)|Proc(?:eedings|\.)\s[^*_]{2,80}?)\s(?:['’]\d\d|(?:19|20)\d\d)[*_]|["”]\.?,?\s[*_][A-Z][A-Za-z&@-]{1,15}\s(?:['’]\d\d|(?:19|20)\d\d)[*_]\.?,?\s(?:ACM|IEEE|USENIX|Springer|AAAI|PMLR|ACL|LIPIcs)\b|["”]\.?,?\s[*_]?(?:19|20)\d\d\s(?:IEEE|ACM|USENIX)(?:\/(?:IEEE|ACM))?\s[^.;]{0,40}?\b(?:International\s)?(?:Conference|Symposium|Workshop)\son\s[^.;]{3,150}\([A-Z][A-Za-z&-]{1,15}\)[*_]?\.\s(?:ACM|IEEE|USENIX)\b`,
  'u',
);

/** `text` has no emphasis marks; `emphasised` is the prose as written. */
const reThesisWord = letters(String.raw`thesis|diss|thèse|mémoire|tese|tesis|arbeit|habilitation`, 'iu');
// Every form of reEdition holds one of these.
const reEditionWord = letters(String.raw`ed\.|edn|edition|édition|vol|reprint|published|aufl`, 'iu');

/**
 * A reference work that lives only on the web and dates its versions like editions: "*Stanford Encyclopedia of
 * Philosophy* (Fall 2020 Edition)" is no printed book (docs/rules.md, what counts as a source).
 */
const reOnlineReferenceWork = /\b(?:Stanford|Internet)\sEncyclopedia\sof\sPhilosophy\b|\bScholarpedia\b/u;

/** A publisher with a year or an edition, or an edition or "in" a book with a year (each pattern tried once). */
function bookByPublisherOrEdition(text: string): boolean {
  const year = reYear.test(text);
  const publisher = rePublisher.test(text);
  if (publisher && year) return true;
  const edition = (publisher || year) && reEditionWord.test(text) && reEdition.test(text);
  if (publisher && edition) return true;
  return year && (edition || reInBook.test(text));
}

/**
 * A code of the old Spanish law by its abbreviation in italics opening the note, then its book and title (and law):
 * "*Recop. Ind.*, lib. III, tít. XIII, ley 8", "*NRecop*, Lib. VIII, tít. 25", "*Partidas*, P. VII, tít. 1".
 */
const reOldCode = /^[*_][^*_]{1,40}[*_],\s(?:[Ll]ib(?:ro)?|P(?:artida)?)\.?\s[IVXLC\d]{1,8},\s[Tt][ií]t(?:ulo)?\.?\s[IVXLC\d]{1,8}\b/u;

function forms(text: string, emphasised: string, reading: Reading, paper: boolean): void {
  const add = (f: FormKind): void => void (reading.forms.includes(f) || reading.forms.push(f));
  // `paper`: `"…." Future of Humanity Institute, University of Oxford, 2018` is an organisation's paper, read online
  // (see web()): neither the organisation nor "Oxford" in it is a book's publisher.
  // Quoted titles set aside: a headline that names a law is no legal citation; italics stay (a law is set in italics).
  // Made only for a note whose text matches a pattern read on it (few do): a copy of every note costs.
  let unquoted: string | undefined;
  const bare = (): string => (unquoted ??= emphasised.replace(reQuotedTitles, ' '));
  if (
    reLegal.test(text) ||
    (reLegalBareHint.test(text) && reLegalBare.test(text) && reLegalBare.test(bare()) && !reWebKind.test(bare())) ||
    (reLawWithCountry.test(emphasised) && saysOnline(text) === undefined) ||
    reOldCode.test(emphasised)
  )
    add('legal');
  if (reNumberedReport.test(text)) add('report');
  if (reStandard.test(text)) add('standard');
  // A document of a proceeding's own record by its docket number ("Fact-Finding Report, at 3. NPC 19-910"): found in
  // the record, as a court's or a regulator's reader knows. Not a legal citation: written out in full again, it
  // is a repeat (duplicate-source), as a case cited again is not. Not a press release naming the case, read online.
  if (reDocket.test(text) && reDocket.test(bare()) && saysOnline(text) === undefined) add('record');
  // A document of the case's record by its name and a pin cite ("Goh's AEIC at para 7", "NE, 30 April 2018, at 90:11"):
  // that is all a judgment gives, a short form in itself; no book's or article's details are read into its dates.
  if (citesTheRecordIn(text, bare)) {
    add('record');
    reading.recordCite = true;
    return;
  }
  if (
    (reConferencePaper.test(emphasised) && !reWebKind.test(text)) ||
    (rePrintProceedings.test(text) && printEra(text) && !readOnline(text)) ||
    reArticleNumber.test(emphasised) ||
    rePreprintNumber.test(text) ||
    reMcGillArticle.test(emphasised) ||
    reArticle.test(text) ||
    apaJournalIssue(text) ||
    apaJournalVolume(text) ||
    (reJournalYearPage.test(emphasised) && journalOfItsOwn(text) && !reNotJournalName.test(text)) ||
    (reJournalInVolumeYear.test(text) &&
      journalOfItsOwn(text) &&
      !/\b(?:Bank|Hub|Brief|Briefs|Insights?|Newsletter|Notes|Update|Digest|Series|Outlook|Monitor|Blog|Papers?)\b/u.test(text)) ||
    reJapaneseArticle.test(text) ||
    reRomanVolumeIssue.test(emphasised) ||
    reArticleMore.test(text) ||
    reArticleExtra.test(text) ||
    reGermanVolume.test(text) ||
    // (not an organisation's report with Bluebook's pin pages: "N.Y. Att'y Gen., *Fake Tides* 7–12 (2021)")
    (reArticleVolumeYear.test(emphasised) && !(rePinRangeYear.test(emphasised) && orgWorkByTitleAndYear(emphasised))) ||
    dottedVolumeYear(text, emphasised) ||
    reFrenchArticle.test(emphasised) ||
    reArticleJournal.test(emphasised) ||
    (reVolumePages.test(text) && reArticleLoose.test(text)) ||
    (reYear.test(text) && reProceedings.test(text) && rePages.test(text) && reHasTitle.test(emphasised))
  )
    add('article');
  if (
    imprint(text, emphasised) ||
    // before the web, a publisher and its place closing the note after a title in italics: "*Ashrams*, second
    // edition, Voice of Harbour, New Delhi, 1994."
    (reItalicThenImprintEnd.test(emphasised) && printEra(text)) ||
    (rePublisherParen.test(text) && !parenIssuedByOrganisation(text)) ||
    (emphasised.includes('[') && reBracketFacts.test(emphasised)) ||
    (emphasised.includes('(') && reParenFactsPrint.test(emphasised) && printEra(text) && saysOnline(text) === undefined && !reWebKind.test(text)) ||
    rePublicationFacts.test(text) ||
    (reBluebookBook.test(emphasised) && !orgWorkByTitleAndYear(emphasised)) ||
    (reBluebookPlain.test(emphasised) && !reOrgAuthor.test(text) && !reReportWord.test(text)) ||
    // "…," Harbour Institute Technical Report, 2013: an organisation's report, read online (see web()), not a book
    (rePublisherAfterTitle.test(emphasised) && !(reOrgAuthor.test(text) && reReportWord.test(text)) && !paper && !placeBeforePeriodical(text, emphasised)) ||
    rePlaceNoDate.test(emphasised) ||
    (rePrintIssuer.test(text) && printEra(text) && !readOnline(text)) ||
    reTownsImprint.test(text) ||
    (reSeriesBook.test(emphasised) && !reOrgAuthor.test(text)) ||
    // (not a periodical's issue of a given day of the web era: « La grève », *Nouvelles du Port*, Éditions de Brest, 3 mai 2019)
    (reUnambiguousPublisher.test(text) && !(reMonth.test(text) && !printEra(text)) && !reWebKind.test(text)) ||
    rePlacePublisherEnd.test(text) ||
    reItalicPlaceYear.test(emphasised) ||
    parenPlaceYear(text) ||
    rePlacePublisherYearEnd.test(text) ||
    // an organisation's report named with its year is no book: it is read online (see web()); nor is a work of the web
    // era that an organisation opening the note issued, named by title and year alone ("Harbour Institute, *Harbour
    // Dataset v14* (2024): …"); a document number after it ("(2001), ETS No. 185", "(2011), CCPR/C/GC/34") traces it
    (reStandaloneWork.test(emphasised) &&
      !(reOrgAuthor.test(text) && reReportWord.test(text)) &&
      !orgWorkByTitleAndYear(emphasised) &&
      !webEraDocumentTitle(emphasised)) ||
    (!paper && bookByPublisherOrEdition(text) && !issuedByOrganisation(emphasised, text) && !reOnlineReferenceWork.test(text)) ||
    (reAuthorDateBookHint.test(emphasised) &&
      reAuthorDateBook.test(emphasised) &&
      !(reOrgAuthor.test(text) && reReportWord.test(text)) &&
      !issuedByOrganisation(emphasised, text)) ||
    ((text.includes(': ') || text.includes(', S.')) && reGermanBook.test(text) && !placeBeforePeriodical(text, emphasised) && !reLabelColon.test(text)) ||
    (reReferenceEntry.test(text) && !readOnline(text)) ||
    bibliographyBook(text) ||
    // (not an organisation's own report: "World Bank. (2022). Ports. In *World Development Report 2022* (pp. 45-60).")
    (reEditedVolumeHint.test(emphasised) && reYear.test(text) && reEditedVolume.test(emphasised) && !(reOrgAuthor.test(text) && reReportWord.test(text)))
  ) {
    // (not a channel or an outlet in the publisher's place of a note read online: "*Tides*, France Culture, 2016
    // [consulté le 19/11/2021]")
    if (!heardOnline(text, bare)) add('book');
  }
  // "Papers", "Archives" in a quoted title name no collection.
  if (reArchival.test(text) && /\d/.test(text) && reArchival.test(text.replace(reQuotedSpan, ' '))) add('archival');
  // (not a page read online, a website, a blog or a press release that happens to say "Fondo" or "fol. 2r")
  else if (
    reArchivalRomance.test(text) &&
    reArchivalRomance.test(text.replace(reQuotedSpan, ' ')) &&
    saysOnline(text) === undefined &&
    !reWebKind.test(text) &&
    !reNotArchive.test(text)
  )
    add('archival');
  // a manuscript at a historical society by its page: "Commonplace-book, Harbour Historical Society, Halifax, p. 20"
  else if (reHistoricalSociety.test(text) && rePages.test(text) && saysOnline(text) === undefined && !reQuotedSpan.test(text)) add('archival');
  // an item of before the web held by a library named at the note's end: "…, 1897, California Room, Harbour Public Library."
  else if (
    (text.includes('Librar') || text.includes('Biblio')) &&
    reLibraryHolding.test(text) &&
    !reDigitised.test(text) &&
    printEra(text) &&
    saysOnline(text) === undefined &&
    !reWebKind.test(text)
  )
    add('archival');
  // an artwork by its medium, held by the museum or collection named at the note's end: "…, 1827. View from the
  // Quay. Heliograph. Harbour Ransom Center."
  else if (reArtworkHolding.test(text) && saysOnline(text) === undefined && !reWebKind.test(text)) add('archival');
  // (an interview on a programme or in a paper, read online, is that programme or story: not a private conversation)
  if (reInterview.test(text) && !heardOnline(text, bare)) add('interview');
  if (reBroadcast.test(emphasised)) add('broadcast');
  // an exhibition by its venue and its dates: "*Tanagra*, Musée du Port, Paris, Sep 15, 2003--Jan 5, 2004"
  if ((reExhibition.test(text) || exhibitionDays(text)) && saysOnline(text) === undefined && !reWebKind.test(text)) add('exhibition');
  if (
    reMediumAfterTitle.test(emphasised) &&
    rePersonOpening.test(text) &&
    !reOrgWord.test(opening(text)) &&
    saysOnline(text) === undefined &&
    !reWebKind.test(text)
  )
    add('artwork');
  // Every form of reThesis holds one of these words: the cheap test first (it is tried on every note).
  if (reThesisWord.test(text) && reThesis.test(text)) add('thesis');
  if (reUnpublished.test(text)) add('unpublished');
  // A paper "on file with" someone, when the note names nothing published online (a copy of a news story, a web
  // page or an organisation's report of the web era "on file with the authors" is still that story, page or report).
  else if (
    reOnFile.test(text) &&
    saysOnline(text) === undefined &&
    !reWebKind.test(text) &&
    !reOutlet.test(text) &&
    !(reReportWord.test(text) && !printEra(text))
  )
    add('unpublished');
  // (not a talk the note says was recorded or read online: "…, available on YouTube", "Aufzeichnung auf YouTube")
  if (rePresentation.test(text) && !readOnline(text) && !reRecording.test(text)) add('presentation');
  if (
    reClassical.test(text) ||
    reVerse.test(emphasised) ||
    ((text.includes('k.') || text.includes('Q.')) && reClassicalDivisions.test(text)) ||
    reCanonical.test(emphasised)
  )
    add('classical');
  // Before the web: a dated periodical with a page, or a newspaper of a given day, is found in print archives.
  // So is a periodical's issue of a month ("*Harbour Review*, septembre 1938", "supplément d'août 1932 de *La Marée*").
  if (
    printEra(text) &&
    (rePages.test(text) || /\bp\s\d/u.test(text) || reMonth.test(text) || reDayMonthYear.test(text) || (reHasTitle.test(emphasised) && reMonthYear.test(text)))
  )
    add('print');
  // A review's issue by its number, the whole note: "*La Marée*, n° 8.", "*Courants*, série II, n°6." (not a report
  // series, "*Policy Brief*, No. 8.", whose issues are read online).
  else if (reIssueOnly.test(emphasised) && !reReportWord.test(text)) add('print');
  // A newspaper of a given day before the web ("*Daily News,* Mar 25, 1899, 3"), whatever later years the note names.
  else if (reOldDayDate.test(text) && reOldDayDate.test(text.replace(reQuotedSpan, ' '))) add('print');
  // A newspaper of a given day by its printed page ("*Harbour Times*, 16 January 2003, G5", "…, p. 33"), in any era:
  // every citation of the note gives its page, and none says it was read online.
  else if (reDayMonthYear.test(text) && printedPages(text) && reOutlet.test(text.replace(reQuotedSpan, ' ')) && saysOnline(text) === undefined) add('print');
  // So is a story of a given day read in a research database the note names at its close ("‘Quays Reopen’, *Harbour
  // Times*, 19 March 1996, ProQuest Historical Newspapers."): the database keeps the printed story.
  else if (readInDatabase(text)) add('print');
}

/** A title in single curly quotes, opening with a capital; a closing quote before a letter is an apostrophe ("‘Ortiz’s Quays’"). */
export const reSingleQuotedTitle = /‘(?=\p{Lu})(?:[^‘’]|’(?=\p{L})){1,300}’/gu;

/** A title in single quotes, set aside; not a site's name quoted alone ("‘Wikipedia’", "‘blog’" is no title). */
function notASiteName(title: string): string {
  const words = title.slice(1, -1);
  return reOnlineOnly.test(words) || reSiteNameEnd.test(words) ? title : ' ';
}
/** A site's name ending in its kind: "‘The Harbour Blog’", "‘Tide Talk Podcast’". */
const reSiteNameEnd = /(?:^|\s)(?:blog|weblog|website|web\ssite|podcast|wiki|newsletter|vlog)$/iu;

/**
 * A research database named as the citation's last part, where the story was read: ", ProQuest Historical Newspapers.",
 * "(Factiva)" (not "(not found in ProQuest)", "Searched in Factiva without result").
 */
const reReadInDatabase =
  /(?:[,.(]\s?|\s(?:via|through)\s(?:the\s)?)(?:Lexis\s?\|?\s?Nexis|LexisNexis|Nexis\s?Uni|Nexis|ProQuest|Factiva|NewsBank|EBSCO(?:host)?|Westlaw|HeinOnline)(?:\s(?:Historical|Central|Global|Newsstand|Newspapers?|Documents?|Archives?|Database|Academic|Premier|Complete|Plus)){0,4}\)?\.?\s*$/iu;

/**
 * A periodical's story of a given day that the note says it read in a research database (reReadInDatabase), one story
 * alone (no "; "), and nothing read online (no site's address, blog, post, podcast, press release or report).
 */
function readInDatabase(text: string): boolean {
  return reReadInDatabase.test(text) && reDayMonthYear.test(text) && !text.includes(';') && !readOnline(text) && !reReportWord.test(text);
}

/** Where one citation of a note may end: a semicolon, or a full stop before a capital ("…, A1. Tom Lund, …"). */
const reCitationBreak = letters(
  String.raw`;|(?<!\b(?:[Ss]ec|[Nn]os?|[Vv]ols?|pp?|[Ee]ds?|[Ss]t|[Mm]rs?|[Dd]r|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z]))\.\s+(?=\p{Lu})`,
  'u',
);

/** A page alone after the issue's date, closing the note: "*Harbour Review*, May 2019, 44." */
const reDatePage = /(?:19|20)\d\d\)?,?\s\d{1,4}(?:[-–]\d{1,4})?\.?$/u;

function printedPages(text: string): boolean {
  // no page anywhere: nothing to split (it is tried on every note that names an outlet or a date)
  if (!reSectionPage.test(text) && !rePrintPage.test(text) && !reDatePage.test(text)) return false;
  // A title's own semicolons and full stops ("“Harbour Delays Scanning; Costs Rise,”") part no citations.
  // A remark with no date ("Accessed via Lexis|Nexis.") is no citation.
  const parts = text.replace(reQuotedSpan, ' ').split(reCitationBreak);
  const paged = (part: string): boolean => reSectionPage.test(part) || rePrintPage.test(part) || reDatePage.test(part);
  return parts.some(paged) && parts.every((part) => paged(part) || !reYear.test(part));
}

/** Platforms reWebKind names by their names. */
const rePlatform = /^(?:Twitter|X\s\(formerly Twitter\)|YouTube|Substack|Instagram|TikTok|Reddit)$/iu;

/** Kinds of source that exist only online (a press release or a dataset may be printed). */
const reOnlineOnly = letters(
  String.raw`^(?:Wikipedia|blog\s?post|blog|weblog|website|web\ssite|webpage|web\spage|homepage|home\spage|site\sweb|tweet(?:ed)?|Twitter|X\s\(formerly Twitter\)|Facebook\spost|YouTube|podcast|webinar|Substack|LinkedIn\spost|Instagram|TikTok|Reddit|online\sarticle|online\sedition|mailing\slist|(?:yahoo|google)\s?groups?|forum\spost|listserv)$`,
  'iu',
);

/** A word in lower case after "retrieved"/"accessed" that is a noun it describes, not where or when ("from", "on", a date). */
const reDescribesNoun = letters(
  String.raw`^\s(?!(?:from|on|at|via|in|online|through|using|by|with|and|or|over|under|the|de|le|la|el|em|am|thru|web|here|there|last|first|today|now|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)(?!\p{Ll}+ly\b)\p{Ll}{3,}\b(?![\s,.]{1,2}\d)`,
  'u',
);

/** What in the note says it was read online ("accessed", "available at", "[online]"), if anything. */
function saysOnline(text: string): string | undefined {
  let rest = text;
  // Each marker in turn (a few: a note that says "accessed" more often is read online all the same).
  for (let tries = 0; tries < 8; tries++) {
    const explicit = reWebExplicit.exec(rest);
    if (!explicit) return undefined;
    const end = explicit.index + explicit[0].length;
    // "This information was retrieved from the survey's files", "he then retrieved the notes" tell how, not where: a verb
    // of the prose. "Accessed via Lexis|Nexis": read in a research database, as printed.
    const prose = /\b(?:was|were|is|are|been|be|being|he|she|they|we|I|who|then|later|had|has|have)\s$/i.test(
      rest.slice(Math.max(0, explicit.index - 8), explicit.index),
    );
    // "embedded in retrieved documents", "accessed records": the word describes a noun, it says nothing of the note.
    const adjective = /^(?:accessed|retrieved)$/i.test(explicit[0]) && reDescribesNoun.test(rest.slice(end, end + 30));
    if (!prose && !adjective && !reViaDatabase.test(rest.slice(end, end + 40))) return explicit[0];
    rest = rest.slice(end);
  }
  return 'accessed';
}

/**
 * A German citation's unmarked title, between the author's colon and the year and page that close it, a place before
 * the year or none (a short form): "Vgl. Gredel, Eva: *title*, Tübingen 2018, S. 77 f.", "Gredel: *title*, 2018, S. 83".
 * The author, the colon and the close are kept (group 1 and the lookahead); the title is what the match drops.
 */
const reGermanTitle = letters(
  String.raw`^((?:(?:[Vv]gl|[Ss]iehe|[Ss]\.|[Cc]f)\.?\s)?\p{Lu}[\p{L}'’-]+(?:,\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})?:)\s[^:;]{3,300}?(?=,\s(?:\p{Lu}[\p{L}\/. -]{1,40}\s)?(?:1[5-9]|20)\d\d,\s(?:S|Sp)\.\s?\d)`,
  'u',
);

/** `text` without a German citation's unmarked title (reGermanTitle), its author and close kept. */
function withoutGermanTitle(text: string): string {
  return text.includes(': ') ? text.replace(reGermanTitle, '$1 ') : text;
}

/** A German citation's unmarked title (reGermanTitle), as titleOf gives titles: "Gredel: Diskurse, 2018, S. 83" → "diskurse". */
function germanTitle(flat: string): string | undefined {
  const m = flat.includes(': ') ? reGermanTitle.exec(flat) : null;
  const title = m ? normaliseTitle(m[0].slice(m[1].length)) : '';
  return title.length > 0 && title.length <= 200 ? title : undefined;
}

/** A kind of site named in a container ("Harbour blog"), not a platform's name ("*The YouTube Reader*" is a book's title). */
function containerKind(container: string | undefined): RegExpExecArray | null {
  return container === undefined ? null : reContainerKind.exec(container);
}
// (its last word: "Harbour blog", not a book's title that starts with one, "*Website Accessibility for Harbours*")
const reContainerKind = /\b(?:blog|weblog|website|web\ssite|podcast)\.?$/iu;
/** An italic container right after a quoted title: '"Title." _Harbour blog_', '“Title,” *Tide Weblog*'. */
const reContainerAfterQuote = /["”][.,]?["”]?[.,]?\s[*_]([^*_]{2,80})[*_]/u;

function web(text: string, emphasised: string, reading: Reading, paper: string | undefined): void {
  const explicit = saysOnline(text);
  if (explicit !== undefined) {
    reading.web = { reason: `says "${explicit}"`, explicit: true, strong: true };
    return;
  }
  // An outlet or a kind of page named in a quoted title ("Foreign Policy Goes Local") is not where the note was published,
  // nor one in a title German styles leave unmarked ("Gredel, Eva: Diskurse und Wikipedia, Tübingen 2018, S. 77").
  const unquoted = withoutGermanTitle(text.replace(reQuotedSpan, ' '));
  // A kind of site named in a title in single quotes, as British styles quote titles, is the title's word too ("‘The
  // Materialities of Database Technology’, *Harbour Culture*"; an apostrophe inside, "‘Ortiz’s Quays’", does not close
  // it); an outlet or a site's address in single quotes is still where the note read it.
  const untitled = unquoted.replace(reSingleQuotedTitle, notASiteName);
  // Nor is a platform named in an italic title (*The YouTube Reader*); outlets, which are set in italics, are read as written.
  // But a container in italics after a work's quoted title is where it was published: '"Title". _Harbour blog_.'
  // (not a book's title after a chapter's, '"Tides," *The YouTube Reader* (Harbour Press, 2019)': the note has a form)
  const container = reading.forms.length === 0 && reWebKind.test(untitled) ? reContainerAfterQuote.exec(emphasised) : null;
  const kind = reWebKind.test(untitled)
    ? (reWebKind.exec(emphasised.replace(reAnyTitle, ' ').replace(reSingleQuotedTitle, notASiteName)) ?? containerKind(container?.[1]))
    : null;
  // "ORDER.NO." in capitals (a form's heading, OCR) names no site: addresses are written in lower case.
  // "Site.Info.Leaker.READ.NFO" (a file's name) neither: a domain's last label is written in lower case.
  const domain = kind ? undefined : ((m) => (m && (m[0] === m[0].toUpperCase() || /\.[^.]*\p{Lu}[^.]*$/u.test(m[0])) ? null : m))(reBareDomain.exec(unquoted));
  // A page number or a date before the web marks a printed newspaper or magazine; not when the note names the
  // outlet's site ("CBC, “The Harbour Strike of 1962,” cbc.ca": its page about 1962, read online).
  // An outlet cited with no date at all ("Coop et al. letters, New York Times") is a short form, or in print.
  let outlet = kind ? undefined : reOutlet.exec(unquoted);
  // (A paper's best-seller list is no story of it: "ranked in the top 10 on the NY Times Best Sellers". An outlet named
  // after it still is: "…; see Reyes, “Tides,” *The New York Times*, 3 May 2019.")
  for (let left = unquoted, tries = 0; outlet; tries++) {
    const end = outlet.index + outlet[0].length;
    if (!/^\s?best[-\s]?sellers?\b/iu.test(left.slice(end, end + 14))) break;
    left = left.slice(end);
    // (a few lists at most; past them no outlet is read)
    outlet = tries < 4 ? reOutlet.exec(left) : null;
  }
  if (outlet && (printedPages(text) || readInDatabase(text) || printEra(text) || !/(?<!\d)(?:199[5-9]|20\d\d)(?!\d)/u.test(text))) {
    if (!domain || printedPages(text)) return;
    outlet = null;
  }
  const found = kind ?? outlet ?? domain;
  if (!found) {
    // A report an organisation published (the UN's, a ministry's, a think tank's) is published online, since the web.
    const report = reReportWord.exec(unquoted) ?? reReportWord.exec(text);
    // (the organisation outside the work's title: "Decker, *Who Uses AI in Congress?* (Working Paper, 2026)" is no report by Congress)
    const untitled = emphasised.replace(reAnyTitle, ' ');
    const org = reOrgAuthor.exec(untitled);
    if (report && org && !printEra(text))
      reading.web = { reason: `is a report by ${orgName(untitled, org)}, published online`, explicit: false, strong: false };
    else if (paper !== undefined) reading.web = { reason: `is a paper by ${paper}, published online`, explicit: false, strong: false };
    return;
  }
  // A platform by its name ("Instagram", "YouTube") is named as written; a kind of page takes its article ("an op-ed").
  const platform = kind && rePlatform.test(found[0]);
  const kindWord = /^(?:Facebook|LinkedIn)\s/iu.test(found[0]) ? found[0] : found[0].toLowerCase();
  const what = platform
    ? `names ${found[0]}`
    : kind
      ? `is ${/^[aeio]/.test(kindWord) ? 'an' : 'a'} ${kindWord}`
      : outlet
        ? `names ${found[0]}`
        : `names the site ${found[0]}`;
  // A news outlet of the web era (print-era dates and pages returned above) is read online today.
  const strong = !!domain || !!outlet || (!!kind && reOnlineOnly.test(kind[0]));
  reading.web = { reason: kind && /wikipedia/i.test(found[0]) ? 'cites Wikipedia' : what, explicit: false, strong };
}

const reDayMonthYear =
  /\b\d{1,2}[\s-](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[\s,-]{1,3}(?:1[5-9]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s(?:\d{1,2},?\s)?(?:1[5-9]|20)\d\d\b/u;

/** "Mar 25, 1899", "25 March 1899": a day before the web, as newspapers are dated (not a title's "May 5, 1871"). */
const reOldDayDate =
  /\b(?:\d{1,2}[\s-](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[\s,-]{1,3}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2},?\s)(?:1[5-8]\d\d|19[0-8]\d|199[0-4])\b/u;

/** A month and its year, no day: "septembre 1938", "d'août 1932", "March 1990". */
const reMonthYear = letters(
  String.raw`(?<![\p{L}\d])(?:Jan(?:uary)?|Feb(?:ruary)?|March|Apr(?:il)?|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|Januar|Februar|März|Juni|Juli|Oktober|Dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)\s(?:de\s)?(?:1[5-9]|20)\d\d(?!\d)`,
  'iu',
);
/**
 * A periodical's title in italics and its issue, nothing else, as French and German styles number a review's issues:
 * "*La Marée*, n° 8.", "*Courants*, série II, n°6." (not "*Tidewatch Newsletter*, Issue 42.", "*The Harbour Letter*,
 * No. 12.": a newsletter of the web era, read online).
 */
const reIssueOnly = letters(
  String.raw`^[*_](?![^*_]{0,120}\b(?:[Nn]ewsletter|[Dd]igest|[Ii]nsights|[Bb]ulletin|[Bb]rief|[Uu]pdate)\b)[^*_]{2,120}[*_],?\s(?:(?:série|serie|tome|t\.|Jahrgang)\s[\dIVXivx]{1,6},\s)?(?:n°|nº|numéro|núm\.|Nr\.|Heft)\s?\d{1,5}\.?$`,
  'u',
);

function printEra(text: string): boolean {
  // (not the year in a citation key, "@snyder1966landuse")
  const years = text.match(reYearsOutsideKeys);
  return !!years && years.every((y) => +y < 1995);
}
const reYearsOutsideKeys = letters(String.raw`(?<!\d)(?<!@[\p{L}\d_:-]{1,80})(?:1[5-9]\d\d|20\d\d)(?!\d)`, 'gu');

/** Words an editor reads as running prose (outside titles and quotations), not as a reference. */
const reProseWord = letters(
  String.raw`(?<![\p{L}'’-])(?!(?:and|the|of|in|for|from|on|to|with|by|at|et|al|ed|eds|edn|vol|pp|no|trans|accessed|retrieved|available|online|edited|translated|press|report|paper|working|university|journal|review|proceedings|conference|see|also|cf|ibid|op|cit|supra|infra|ch|chap|sec|part|pt|fig|http|https|www|and|or|an|a)\b)\p{Ll}[\p{Ll}'’-]{2,}(?![\p{L}'’-])`,
  'gu',
);
/**
 * "Nabeshima Naozumi (1616–69), the first daimyo of …", "Ada Reyes (2nd century CE), Roman poet …": a note on a person,
 * not a citation.
 */
const reLifeDates = letters(
  `^${L}${W}{1,40}(?:\\s${L}${W}{0,40}){0,3}\\s\\((?:c\\.\\s?|b\\.\\s?|d\\.\\s?|fl\\.\\s?)?(?:\\d{3,4}\\s?[–-]\\s?(?:c\\.\\s?)?\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)\\scentury(?:\\s(?:BCE?|CE|AD))?)\\),?\\s(?:\\p{Ll}|\\p{Lu}\\p{Ll}+\\s\\p{Ll})`,
  'u',
);
/** A note on a person that names what they wrote: "…, Roman historian and author of *Histories*." */
const reAuthorOf = /\b[Aa]uthor\sof\b|\b(?:best\s)?known\sfor\b/u;
/** A title closing the note, perhaps with its years: "… author of *Harbours* (1743-1751)." */
const reTitleCloses = /[*_”"](?:\s\((?:1[5-9]|20)?\d{2,4}(?:\s?[-–]\s?\d{2,4})?\))?\.?$/u;
/** Words of data and documents issued over time, which a person's life dates never precede. */
const reSeriesWord = /\b(?:statistics|surveys?|data|dataset|database|dashboard|series|reports?|posts|study|studies|assessment|index|report)\b/iu;
/**
 * The glosses of an annotated edition, which cite nothing: what a title is ("*Harbour Transactions*, the journal of the
 * Harbour Society."), who or what a word is ("A rich man who appears in …", "A line from Reyes's poem …", "Wife of
 * Ortiz, a king of …"), a living thing by its Latin name ("Harbour Gull (*Larus portus*). A bird …").
 */
const reGlossMarked = letters(
  String.raw`^[*_]{1,2}[^*_]{1,120}[*_]{1,2},\s(?:the|an?)\s(?:\p{Ll}[\p{Ll}-]*\s){0,2}(?:journal|magazine|newspaper|periodical|gazette|weekly|novel|poem|play|opera|song|hymn|painting|ship|town|city|village|river|island|kingdom|empire|epic|saga|festival)\s(?:of|for|by|in|from|published|founded|edited|run)\b[^\d]{0,120}$|^(?:\p{Lu}[\p{L}-]*\s){0,3}\p{L}[\p{L}-]+\s\([*_]{1,2}\p{Lu}\p{Ll}+\s\p{Ll}+[*_]{1,2}\)\.\s\p{Lu}`,
  'u',
);
const reGlossLead = letters(
  String.raw`^(?:An?|The)\s(?:[\p{Ll}-]+,?\s){0,4}(?:man|woman|person|people|character|line|lines|term|word|phrase|allusion|nickname|pun|verse|stanza|passage|god|goddess|hero|heroine|king|queen|species|plant|bird|fish|tree)\s(?:who|whose|which|that|from|of|used)\b|^(?:Wife|Husband|Son|Daughter|Father|Mother|Brother|Sister|Widow|Widower|Nephew|Niece|Cousin)\sof\s\p{Lu}`,
  'u',
);
/** "See also “The Scaling Hypothesis”": a work pointed to by its title. */
const reSeeTitle = letters(String.raw`^(?:see|cf\.?)(?:\s(?:also|generally))?,?\s["“‘]`, 'iu');
/** "according to the Federal Trade Commission", "Source: OECD": the note attributes a fact to a source. */
const reAttribution = letters(
  String.raw`\b(?:according to|source:|sources:|data from|figures from|estimates? (?:by|from)|as reported by|reported by|published by|selon|source :)\s(?:the\s|la\s|le\s|l'|les\s)?\p{Lu}|^(?:Tweet|Post|Blog post|Thread|Video|Podcast|Webinar|Press release)\s(?:by|from)\s@?[\p{L}\d_]`,
  'u',
);
const reNameOrNumber = letters(String.raw`(?<![\p{L}\d'’-])(?:\p{Lu}[\p{L}'’.-]{0,40}|\d[\d.,:–-]{0,20})`, 'gu');
const reQuotedOrItalic = /["“«][^"”»]{0,300}["”»]|[*_][^*_]{0,300}[*_]|\([^()]{0,200}\)|\[[^[\]]{0,300}\]/gu;
/** A note's words outside its titles, quotations and parentheses, and outside a German citation's unmarked title. */
function outsideTitles(flat: string): string {
  return withoutGermanTitle(flat.replace(reQuotedOrItalic, ' '));
}

/**
 * Running prose (many lower-case words outside titles, quotations and parentheses) is commentary, even when it names
 * a work or a law; a short note that says its source is online is a citation all the same.
 */
function isProse(flat: string, reading: Reading): boolean {
  const explicit = reading.web?.explicit === true;
  const outside = outsideTitles(flat);
  const proseWords = outside.match(reProseWord)?.length ?? 0;
  if ((!explicit || flat.length > 300) && isRunningProse(flat, outside, proseWords)) return true;
  // A comparison that opens a note of one sentence is an aside, whatever work it names: "In the same way that *Tides*
  // captured …" (not one that cites a dated work, "In contrast to Reyes, “Tides,” 2020, …").
  if (
    reading.web === undefined &&
    proseWords >= 5 &&
    reComparisonLead.test(flat) &&
    !reNextSentence.test(flat) &&
    !reYearNotDecade.test(flat) &&
    !reAuthorComma.test(flat)
  )
    return true;
  // A sentence with a verb of its own is an aside: "X was a department store founded in 1882", and after "For example,"
  // a short one: "For example, in 2001 India introduced the *… Act*."
  return (
    !explicit &&
    !reAttribution.test(flat) &&
    ((proseWords >= 3 && reFiniteVerb.test(outside)) || (proseWords === 2 && reExampleLead.test(flat) && reLawVerb.test(outside) && !flat.includes(':')))
  );
}
const reExampleLead = /^(?:for\sexample|for\sinstance|e\.g\.),\s/iu;
/** A second sentence; a year that is not a decade ("2020", not "1960s"). */
const reNextSentence = letters(String.raw`[.!?]\s+\p{Lu}`, 'u');
const reYearNotDecade = /(?<!\d)(?:1[5-9]|20)\d\d(?![\ds])/;
/** An author's name and a comma, as before a cited work: "Much like Vogel, *Quay Walls*, …". */
const reAuthorComma = letters(String.raw`\b\p{Lu}[\p{L}'’-]+,\s`, 'u');
const reComparisonLead = /^(?:in\sthe\ssame\sway\s(?:that|as)|just\sas|much\s(?:as|like)|in\scontrast\sto|unlike)\s/iu;

/** Many lower-case words outside titles, quotations and parentheses, at least as many as names and numbers. */
function isRunningProse(flat: string, outside = flat.replace(reQuotedOrItalic, ' '), proseWords = outside.match(reProseWord)?.length ?? 0): boolean {
  return proseWords >= 8 && proseWords >= (outside.match(reNameOrNumber)?.length ?? 0);
}

/**
 * Data named by its publisher, what it is and when: "Harbour Statistics Office, container traffic data, mid-2025.",
 * "Tide Act projections, Harbour Budget Office analysis, 2025." A source, and one with nothing to find it by.
 */
const reDataSource = letters(
  String.raw`^(?!(?:Our|Own|My|Authors?|Staff)\b)\p{Lu}[^,;:]{1,80},\s[^,;:]{0,60}\b(?:statistics|data|dataset|database|figures|survey|census|estimates|projections|analysis|indicators)\b[^,;:]{0,30},\s(?:(?:early|mid|late)[\s-]|(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|H[12])\s)?(?:1[5-9]|20)\d\d\.?$`,
  'u',
);

/**
 * An organisation's document of the web era named by its kind and date, and nothing more: "Acme Corp statement, March
 * 3, 2023", "Harbour Agency blog post, June 2024", "Statement by the Ministry of Health, 12 May 2022". It cites a
 * particular document, so it is a citation (and one with nothing to trace it by). Not the writers' own analysis; not
 * a kind in the plural ("Public statements, 2021"), which is read as a vague source or not at all; not a letter or an
 * email (a person's is a personal communication), nor the report's own update ("Last update, 4 June 2024").
 */
const reDatedDocument = letters(
  String.raw`^(?!(?:Our|Own|My|Authors?|Author['’]s|Authors['’]|Staff|Team|Secretariat|Personal|Private|Internal|Last|Latest|Editor['’]s|Editors['’])\b)(?:Open\sletter(?:\sfrom\s(?:the\s)?\p{Lu}[\p{L}\d&.'’-]{0,40}(?:\s(?:of|for|and|on|&|\p{Lu}[\p{L}\d&.'’-]{0,40})){0,6})?|(?:Press\s)?[Ss]tatement,\s(?:the\s)?\p{Lu}[\p{L}\d&.'’-]{0,40}(?:\s(?:of|for|and|on|&|\p{Lu}[\p{L}\d&.'’-]{0,40})){0,6}|(?:Statement|Press\srelease|Announcement|Memo|Memorandum|Blog\spost|Briefing)\s(?:by|from)\s(?:the\s)?\p{Lu}[\p{L}\d&.'’-]{0,40}(?:\s(?:of|for|and|on|&|\p{Lu}[\p{L}\d&.'’-]{0,40})){0,6}|(?:The\s)?\p{Lu}[\p{L}\d&.'’-]{0,40}(?:\s(?:of|for|and|&|\p{Lu}[\p{L}\d&.'’-]{0,40})){0,5}(?:['’]s?)?\s(?:(?:official|public|press|written|joint|internal|company|corporate|quarterly|earnings|investor|engineering|product)\s){0,2}(?:statement|announcement|press\srelease|blog(?:\spost)?|memo|memorandum|newsletter|briefing|remarks|earnings\scall|presentation|open\sletter)(?:\s(?:on|about|regarding)\s[^,;:"“”]{1,60})?),\s(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s(?:\d{1,2},?\s)?|\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s)?(?:199[5-9]|20\d\d)\.?$`,
  'u',
);

/** The kind of document an organisation issues, capitalised as in a citation (not "guidance" in a sentence). */
const reOrgDocumentKind =
  /\b(?:Guidance|Guidelines?|Bulletin|Notice|Circular|Advisory|Memorandum|Commentary|Formal\sOpinion|Proposed\sRule|Practice\sDirection|Policy\sStatement|Framework)\b|\bBull\./u;

const reRecordPart = /\b(?:Exhibit|Annex|Attachment)\s[A-Z\d]/u;

function isCitation(flat: string, body: string, reading: Reading, text: string): boolean {
  if (reading.citationKeys || reading.authorDate) return true;
  const explicit = reading.web?.explicit === true;
  if (isProse(flat, reading)) return false;
  if (flat.length <= 200 && (reDataSource.test(flat) || reDatedDocument.test(body))) return true;
  // (an organisation's series over years, "Harbour Agency (2015–2023), Container statistics.", is no person; what an
  // author wrote names no work of the note when the title closes it)
  // "Ah! The infamous em-dash!": an exclamation cites nothing.
  // (not a title in quotes or italics, "*Ports for All!*"; a bold label, "**Ada Note:**", is none)
  if (
    flat.endsWith('!') &&
    !reYear.test(flat) &&
    reading.web === undefined &&
    !reading.forms.length &&
    !/["“”«»]/.test(flat) &&
    !/(?<![*_])[*_](?![*_])/.test(text)
  )
    return false;
  if (reLifeDates.test(body) && !reOrgAuthor.test(body) && !reWebKind.test(flat) && !reSeriesWord.test(flat)) {
    if (reading.title === undefined || (!reading.forms.length && reAuthorOf.test(flat) && reTitleCloses.test(text))) return false;
  }
  if (
    !reading.forms.length &&
    reading.web === undefined &&
    (reGlossLead.test(body) || reGlossMarked.test(text)) &&
    !reReportWord.test(flat) &&
    !reSeriesWord.test(flat) &&
    !reOrgAuthor.test(flat)
  )
    return false;
  if (reading.forms.length) return true;
  const author = reAuthorStart.test(body);
  const org = !author && (reOrgStart.test(body) || reOrgAuthor.test(body));
  const title = reading.title !== undefined;
  const year = reYear.test(flat) || reMonth.test(flat);
  const pages = rePages.test(flat);
  const published = reReportWord.test(flat) || reInBook.test(flat) || rePublisher.test(flat);
  // An organisation's document by its kind and date: "Harbour Advisory Council, Guidance on Quays (Nov. 15, 2025)",
  // "Federal Bureau of Tides, Quay Safety (Law Enforcement Bull., Jan. 2026)": a citation (in a report, asked for its link).
  // (not an exhibit or annex of a proceeding's record: "Privacy Notice, Exhibit E, Compliance … dated 23 May 2025")
  if (org && year && reOrgDocumentKind.test(flat) && !reRecordPart.test(flat)) return true;
  const seeTitle = reSeeTitle.exec(flat);
  const attributed = reAttribution.test(flat) || (!!seeTitle && title && isTitleCase(flat.slice(seeTitle[0].length)));
  const score =
    (attributed ? 2 : 0) +
    (author ? 2 : org ? 1 : 0) +
    (title ? 2 : 0) +
    (year ? 1 : 0) +
    (pages ? 1 : 0) +
    (published ? 1 : 0) +
    (explicit ? 2 : reading.web ? 1 : 0);
  return score >= 3 && (title || year || pages || published || explicit || attributed);
}

/**
 * Readings remembered by what the note says, for a caller that checks the
 * same notes again and again (the language server, on every edit): a note
 * that did not change is not read again. A reading depends only on the
 * note's prose and whether it has a locator, and nothing changes a reading
 * once made, so one may serve every note that says the same. At most `size`
 * are kept, the least recently used going first.
 */
export class NoteReadings {
  private readonly readings = new Map<string, Reading>();

  constructor(private readonly size = 20_000) {}

  read(prose: string, hasLocator: boolean): Reading {
    const key = (hasLocator ? '1' : '0') + prose;
    let reading = this.readings.get(key);
    if (reading) {
      this.readings.delete(key);
    } else {
      reading = readNote(prose, hasLocator);
      if (this.readings.size >= this.size) this.readings.delete(this.readings.keys().next().value as string);
    }
    this.readings.set(key, reading);
    return reading;
  }
}
