import * as assert from 'assert';
import { readNote } from '../../../server/src/core/notes/classify';

/**
 * How notes are read (docs/rules.md#missing-source-url), one line per kind of
 * note found in real reports, books, legal memos and research blogs; every
 * note here is written for this test.
 */
const cases: Array<[string, string, string?]> = [
  // commentary
  ['The figures were rounded by the authors for readability, and exclude the territories.', 'commentary'],
  ['In 2023, two of us set up an association named *Tidewater* that now works on these measures with several partners.', 'commentary'],
  ['Ada Lovelace (1815–52), a mathematician who wrote the first published algorithm.', 'commentary'],
  ['Sorry, Twitter. I never trusted that feature.', 'commentary'],
  ['As in "Chief X Officer", the executive the chief of staff reports to, and so on down the line.', 'commentary'],
  // cross-references
  ['See section 3 above.', 'cross-reference'],
  ['Cf. Annex B.', 'cross-reference'],
  ['Section 3.2.', 'cross-reference'],
  // citation keys
  ['[@oecd2020, p. 12].', 'citation-key'],
  ['[see @tavares2016; @kuznetsov2015, ch. 2]', 'citation-key'],
  // short citations
  ['Ibid.', 'short-citation', 'ibid'],
  ['*Ibid.*, 45.', 'short-citation', 'ibid'],
  ['Ibíd., p. 3.', 'short-citation', 'ibid'],
  ['*Id.* at 60.', 'short-citation', 'id'],
  ['Marlow, op. cit., p. 88.', 'short-citation', 'op-cit'],
  ['Marlow, *supra* note 4, at 12.', 'short-citation', 'supra'],
  ['Keller, above, at 537.', 'short-citation', 'op-cit'],
  ['Marlow, *Tides*, p. 88.', 'short-citation', 'short-title'],
  ['Marlow, “Harbours,” *Tides*, 391.', 'short-citation', 'short-title'],
  ['*The Long Tide*, p. 215.', 'short-citation', 'short-title'],
  ['Smithfield, 512 U.S. at 106.', 'short-citation', 'short-title'],
  ['Ortiz 2021, 14.', 'short-citation', 'author-date'],
  ['P. U. Marlow et al. 2016, Figure 6.', 'short-citation', 'author-date'],
  ['Gray, Out in the Open (2009); Ortiz and Lund (2021).', 'short-citation', 'author-date'],
  ['p. 202: "A man may take only a little of what he hunts."', 'short-citation', 'page'],
  ['Roza Antunes, *Letters from the Delta*, Volume 3, p. 41.', 'short-citation', 'short-title'],
  ['*The Complete Notebooks*, volume II, p. 20.', 'short-citation', 'short-title'],
  ['*Forty Small Sermons*, pp. v-viii.', 'short-citation', 'short-title'],
  ['Hal Morrow, *Essays on Tides*, Pp. 12-14.', 'short-citation', 'short-title'],
  // a stray control character (DEL) before the text
  ['\u007f Baltar, *Harbour Ledgers*, p. 76.', 'short-citation', 'short-title'],
  ['"Tide tables of the north," p. 723.', 'short-citation', 'short-title'],
  ['Sauliere, ‘Storms’, part 1, p. 95.', 'short-citation', 'short-title'],
  ['Flinn, *Letters of the Keeper*, letter 52, pp. 200–01.', 'short-citation', 'short-title'],
  ['Eaton and Wagoner, *Lights*, chs 3 and 4.', 'short-citation', 'short-title'],
  ['Otsuka, Kaigan mondo, p. 149 and p. 148.', 'short-citation', 'short-title'],
  ['Ana Castell, quoted in Dakers, *Harbour Circle*, 120.', 'short-citation', 'short-title'],
  ['Adolf Kolsen, *ouv.cité*, t.II, p.41.', 'short-citation', 'op-cit'],
  ['Scott, Cook et Naysmith, 2007.', 'short-citation', 'author-date'],
  ['Ovid, *Medicamina*, 83--85.', 'short-citation', 'short-title'],
  ['Vors, "The Lantern Figures" (1879), 5 and 7.', 'short-citation', 'author-date'],
  // German, Latin and agency forms (held-out round 8)
  ['Das Dorf am Meer, 1994 (wie Anm. 8), S. 1.', 'short-citation', 'supra'],
  ['Vogel, a.a.O., S. 12.', 'short-citation', 'op-cit'],
  ['Vogel: *Information über den Hafen*, S. 28--30.', 'short-citation', 'short-title'],
  ['Siehe Vogel: *Information über den Hafen*, S. 28.', 'short-citation', 'short-title'],
  ['Vogel, Harbour Essays of the North, p. 335 et seq.', 'short-citation', 'short-title'],
  ['Ada Reyes: *Tides of Trade.* The full quote: “the tides obey.”', 'citation'],
  ['Ortiz, L., 2018. Tides of frailty. *The Harbour Medical Journal*, 391(10132), pp.1775-1782.', 'citation', 'article'],
  ['Anna Vogel: Das Dorf am Meer. München: Hafenverlag 2006 (Schriften; 17).', 'citation', 'book'],
  ['Anna Vogel: Vorwort. In: Abschied vom Hafen. Tübingen 1970, S. 10.', 'citation', 'book'],
  ['Max Vogel, Über den Hafen. In: Werke. Band IV. Frankfurt am Main u.a.: Hafengilde, 2004, S. 767--783.', 'citation', 'book'],
  ['Aristotle, _Harbour Ethics_, bk. 5, chap. 8', 'citation', 'classical'],
  ['See Thomas, _Summa of Tides_, II–II, Q. 11, Art. 3.', 'citation', 'classical'],
  ['Harbour Commission Staff Accounting Bulletin No. 119, *Guidance on Tides* (Nov. 2008).', 'citation', 'legal'],
  ['NRC memorandum SECY-99-085, "Foreign Ownership of Harbours" (Sept. 9, 1999).', 'citation', 'legal'],
  // short forms led by "See the overview in", "On this, see also", "See in particular", with a remark after the locator
  ['See the overview in Vogel, _Harbours of Capital_, chap. 2, section on the tide tables.', 'short-citation', 'short-title'],
  ['On this, see also L. Ortiz, “Tides in Philosophy: Has Anyone Asked?” esp. p. 319f.', 'short-citation', 'short-title'],
  ['See in particular Vogel, *The Harbour Ideal*, p. 4.', 'short-citation', 'short-title'],
  // a title that holds a colon names no place and publisher
  ['Harbour Service. "Tide Assistance for Workers: Overview and Data." Updated 2023.', 'citation'],
  // an author and a year, then a title in quotes or italics: a full reference (APA), not a short form
  ['Vance, A., & Ortiz, L. (2012). "Harbour Mergers and Prices." Tidewater Foundation.', 'citation'],
  // but a signal or a short form in italics after an author-date form is no title
  ['Parfit 1984, 315. *Cf.* Sidgwick 1907, 12.', 'short-citation', 'author-date'],
  ['Smith 2010. *Ibid.*', 'short-citation', 'author-date'],
  ['Ladd, C. (2020). _Strategy for Harbour Boards._ Lakeview Academic.', 'citation', 'book'],
  ['Hausmann, Rolf, 1927. *The Tide Hymns*. Leipzig: F. Brockhaus, 17, 3.', 'citation', 'book'],
  ['Hausmann, Rolf, 1927. *The Tide* *Hymns, edited*. Leipzig.', 'citation', 'book'],
  // the year closes a full citation: the quoted title is followed by where it was published
  ['Ames, Rolf J. "Budget Rules for Harbour Towns." Tidewater Working Paper (2021).', 'citation'],
  // a date after the title is no publisher; an executive order is a legal citation; a newspaper of a day before the web
  ['Harbour Labs, "Model Card: Tern 3," June 9, 2026.', 'citation'],
  ['Executive Order 14200, "Opening Harbour Data," January 23, 2025.', 'citation', 'legal'],
  ['*Harbour Gazette,* Mar 25, 1899, 3. Index of Harbour Wills, 1858--1995.', 'citation', 'print'],
  // a title italicised in pieces, and plates
  ['Reff, *Notebooks* *of Harbours*, vol. 1, 52.', 'short-citation', 'short-title'],
  ['Boggs, *Portraits* *by* *Lamps*, 67 and pl. 122.', 'short-citation', 'short-title'],
  ['Chambers, *Harbour Sisters*, Chapter 6.', 'short-citation', 'short-title'],
  ['For more on the history of rhythm in Trinidad, see Munro, *Different Drummers*, chap. 2.', 'short-citation', 'short-title'],
  // a year in a title dates nothing
  ['See Childs, *The 1812 Aponte Rebellion in Cuba*.', 'short-citation', 'short-title'],
  ['Harbour Museum, *Lamps of the Coast*, 46--47, cat. no. 6.', 'short-citation', 'short-title'],
  // a chapter in a book cited by its editor's name, and a speaker quoted in a work
  ['Violet Jammet, "The Lady in Blue," in Jammet, *Tides*, 118.', 'short-citation', 'short-title'],
  ['Dora Druick, "Art from Industry," in Tedes and Salve, *Songs on Stone,* 11--12.', 'short-citation', 'short-title'],
  ['Arthur Lane, *Greek Lamps,* quoted in Bell, "Lamps and the Idea of Type," 39.', 'short-citation', 'short-title'],
  // a chapter in an edited volume, its editors in escaped parentheses as written in Markdown
  ['Inez Fa, ‘Salt Roads’, in Berg and Ono \\(eds\\), *Coastal Trades*, pp. 20–41.', 'short-citation', 'short-title'],
  // held-out round 9: OSCOLA's "(n 43)" for "see note 43", short forms by several authors joined with commas
  ['Harbour Board, Guidance on Article 12 (n 43) paras 4–6; Harbour Board, Guidance 02/2021 (n 38) para 9.', 'short-citation', 'supra'],
  ['Tideway Directive (n 53) art 4(2).', 'short-citation', 'supra'],
  ['*Marlow* (n 31) para 48; *Orbis Harbour* (n 12) para 40.', 'short-citation', 'supra'],
  ['Vogel, Lund, and Reyes, _Harbour Threat Assessment 2019_, 4.', 'short-citation', 'short-title'],
  // a lead "On …, see"; an author, a year and a page with full stops between
  ['On likenesses in the thought of Vogel, see Ada Reyes, "Tides and Reason in the North," pp. 145-149.', 'short-citation', 'short-title'],
  ['Lund, 2004. p. 1115', 'short-citation', 'author-date'],
  // a publisher's word as an author's name ("Press"); a page right after the closing quote
  ['Lund and Press, “The New Era of Harbours,” 37-46.', 'short-citation', 'short-title'],
  // held-out round 10: a division in parentheses after the title, a page with its note, a Roman division closed by a
  // full stop, a title in straight quotes, "chaps.", a remark after the pages
  ['Hobbes, *Tides* (I. VI), p. 41.', 'short-citation', 'short-title'],
  ['Pink, *The Sociality of Harbours*, p. 388n6.', 'short-citation', 'short-title'],
  ["Harris, *Vogel's Ladder*, II. p. 46.", 'short-citation', 'short-title'],
  ["Jean Wahl, 'Commentary', pp. 63-4.", 'short-citation', 'short-title'],
  ['On the popularity of the different ports, see Sweet, *Ports and the Grand Tour*, chaps. 2–5.', 'short-citation', 'short-title'],
  ['See Ridley, “To Protect the Harbours,” 118–19, for the duties of the harbour master.', 'short-citation', 'short-title'],
  // a title with a sentence of its own: its full stop ends no citation
  [
    'On the training, see Sani, “Notes on the harbour, its masters and its school. A European path between two ages,” in Pava, *Acts of the Harbour Meeting*, 97–113.',
    'short-citation',
    'short-title',
  ],
  ['Vogel, *Harbour. A History*, 12.', 'short-citation', 'short-title'],
  ['Vogel and Reyes, “Small Boats,”4.', 'short-citation', 'short-title'],
  // citations with their traceable forms
  ['Mira Castell, *Borders of the Future* (Toronto: Lakeview Press, 2019), 45.', 'citation', 'book'],
  ['Castell, Mira. *Borders of the Future*. Lakeview Press, 2019.', 'citation', 'book'],
  ['A. Reyes, *Old Roads*, Harbour Books, Halifax, 1986.', 'citation', 'book'],
  ['_See_ R. Keller, _Capturing the Coast_, 206-07 (1991).', 'citation', 'book'],
  ['J. Park, "Cities as Diplomats," *Global Policy* 12, no. 3 (2021): 45–60.', 'citation', 'article'],
  ['Rao P, Lind K. Heat and hospital admissions. Lancet Reg Health. 2022;14(2):100-108.', 'citation', 'article'],
  ['Lund, "A Theory of Shared Authorship," 11 Tech. L.J. 259, 273–74 (2010).', 'citation', 'legal'],
  ['Smithfield v. Orbis Corp., 512 U.S. 100, 104 (1994).', 'citation', 'legal'],
  ['15 U.S.C. § 78j(b).', 'citation', 'legal'],
  ['R. v. Delorme, 2019 SCC 12, para. 40.', 'citation', 'legal'],
  ['Harlow Ltd v. Minister for Housing [2020] UKSC 5.', 'citation', 'legal'],
  ['Case C-311/18, *Facebook Ireland*, EU:C:2020:559.', 'citation', 'legal'],
  ['Library and Archives Canada, RG 25, vol. 4512, file 20-1-2.', 'citation', 'archival'],
  ['Archivio Comunale di Pienza: Ospedale 0412: *Registro*, 1702-1710.', 'citation', 'archival'],
  ['Interview with a regional trade official, Ottawa, 2 May 2024.', 'citation', 'interview'],
  ['Kris Chen, e-mail message to author, 8 July 2015.', 'citation', 'interview'],
  // journals as exports and abbreviations write them
  ['See Frits Stall, “Artificial Languages Across Sciences,” Journal of Harbour Philosophy 34, no. 1–2 (2006).', 'citation', 'article'],
  ["Fuku, K. (1980), 'Neocog: A Self-Organizing Model', Biological Cybernetics 36 , 193--202 .", 'citation', 'article'],
  ['Yosh Beng, A Connectionist Approach To Harbours Int. J. Patt. Recogn. Artif. Intell., 07, 647 (1993).', 'citation', 'article'],
  // held-out round 9: German court decisions by file number and law journal; journals abbreviated; a school magazine
  ['BGH 3 May 1998, I ZR 12/97, WRP 1999, 94—*Hafenpreis*.', 'citation', 'legal'],
  ['BVerfG, 1 BvR 357/05, BVerfGE 115, 118.', 'citation', 'legal'],
  ['Lund, M. C. et al. Mar. Sci. 27, 1004–1018 (2016).', 'citation', 'article'],
  ['Vogel, Lund & Reyes: _The harbour factor in the rise of trade_, H.E.R. 1976, pg. 748.', 'citation', 'article'],
  ['A. Marlow in the Harbourian 1996, pg. 26.', 'citation', 'article'],
  // books whose publisher is a centre: of the arts, or given with its place
  ['Ranade, H. 2019. *Tide Hymns.* I-III. Harbour National Centre for the Arts.', 'citation', 'book'],
  ['Kashi, C. 2003. *The Tide Sutra*. Delhi: Harbour Centre for Policy Research & Tern Books.', 'citation', 'book'],
  // held-out round 10: classics by their standard numbering (Migne, Bekker, Kant's A/B, book and chapter, act and
  // scene, a Roman book and a section after the title); a book in Bluebook form with its title in roman type
  ['Vogel of St. Tern, *De Portibus*, Prol., chap. 2 (PL 176, 183).', 'citation', 'classical'],
  ['Aristotle, *Harbours*, II, 2 (994b12).', 'citation', 'classical'],
  ['Kant, *Critique of Harbours*, A72/B97.', 'citation', 'classical'],
  ['Ada Smith, *An Inquiry into the Tides*, Book IV, Chapter II, Paragraph 9.', 'citation', 'classical'],
  ['*On Tides and Shores*, i. 3.', 'citation', 'classical'],
  ['See “Old John of the Harbour hath sent post haste,” in Will Shakes, *Richard the Tern*, act 1, scene 4.', 'citation', 'classical'],
  ['Jo Weisen, Computer Power and Harbour Reason, 63 (1976).', 'citation', 'book'],
  ['Ada Lund, “Tides and the Future of Payments,” The Independent Review 20, no. 3 (Winter 2015/2016): 397–404.', 'citation', 'article'],
  // held-out round 13: an issue number followed by the issue's date, no space after the italic journal; a journal's
  // volume and first page alone, after its full name
  ['Ada Lund. 2008. “Tides Follow the Loss of Harbour Seals.” *Harbour Science*319 (5860) (January 11): 192–195.', 'citation', 'article'],
  ['Ada Lund (2007), “Reading Old Harbour Charts,” Tide Recognition: The Journal of the Harbour Society, 40, 389.', 'citation', 'article'],
  // an investigator's interview report by its date and form number
  ['Marlow 5/8/18 302, at 15.', 'citation', 'interview'],
  // classics by their standard numbering, Stephanus pages included
  ['Clement of Alexandria, *Paedagogos*, 3.6.3--4.', 'citation', 'classical'],
  ['Plato, *Timaeus* 91d.', 'citation', 'classical'],
  ['Ovid, *Metamorphoses* 10.243-297.', 'citation', 'classical'],
  ['M. Stone, "Coastal Towns After Coal" (PhD diss., Dalhousie University, 2018).', 'citation', 'thesis'],
  ['Dana Whitlock, “Harbours and Their Keepers,” Maritime Review 12, no. 3 (March 4, 2017): 1-22.', 'citation', 'article'],
  // conference papers, named by their meeting, with their pages
  [
    'Lamport, Leslie, and Ada Byron. "Counting sheep with recurrent nets." In Advances in neural information processing systems, pp. 211-219. 2011.',
    'citation',
    'article',
  ],
  ['Moreau, Paul, et al. "A survey of tidal forecasting." ICML 2016, pp. 40-48.', 'citation', 'article'],
  // a place of several words before the publisher; spaces left doubled by emphasis marks
  ['Ostrander, Miles. 1978. The Lantern Keepers: essays on coastal light. New York: Harbour House.', 'citation', 'book'],
  ['Varga, Lena. 1994-1997. *The Grammar of Small Rivers. I-III. * Port Elgin: Tern Norrie.', 'citation', 'book'],
  ['Mather, B. 1921. Songs of the Shore. Halifax & London: Pelican Tern.', 'citation', 'book'],
  // a one-word publisher and the year close a full citation: no author-date short form
  ['Marlow, Jane. *Tides of the North*. Routledge, 2019.', 'citation', 'book'],
  // the facts of publication in parentheses, long: two places and publishers
  [
    'See Tom Lark and Lin Mer, *Freer: A Legacy* (Washington, D.C.: Harbour Gallery of Art, Smithsonian Institution and New York: Lantern Tern, 1993).',
    'citation',
    'book',
  ],
  // periodicals of the print era, dated in Portuguese, Spanish, German
  ['Lucas Pereira, "O farol que ninguém via" *Revista Marítima*, 5 de julho de 1988.', 'citation', 'print'],
  ['Ana Ruiz, "El puerto olvidado", *El Diario*, 3 de marzo de 1979.', 'citation', 'print'],
  ['Jonas Weber, „Die stille Küste“, *Hafenblatt*, 5. Juli 1983.', 'citation', 'print'],
  // held-out round 9 recall: an author-date entry of the web era closed by an organisation or a kind of report is the
  // issuer's report, not a book; OECD's house style "Org (year), *Title*, details" is the full reference
  ['Vogel, A., & Lund, B. (2022). *Harbour Reliance in Practice*. Coastal Studies Centre, Halifax.', 'citation'],
  ['Government of Tidewater (2024). *Harbour Response Plan 2024-2025*. Office of the Premier.', 'citation'],
  ['Reyes, A., & Lund, B. (2016). *The Right to Work in Harbours: An Assessment*. TIDES Working Paper.', 'citation'],
  ['OECD (2025), *Harbour Administration 2025*, 13th edition.', 'citation'],
  ['Daly (2008), *Steady Harbours*, 12–14.', 'short-citation', 'author-date'],
  ['Gray (2009), “Out in the Open,” 4.', 'short-citation', 'author-date'],
  // citations with nothing to trace them by
  ['Tavares, R. "Foreign Policy Goes Local." 2013.', 'citation'],
  ['Tavares, R. "The Papers We Keep: Archives of the Sea." 2013.', 'citation'],
  ['World Economic Forum. *Global Risks Report 2023*.', 'citation'],
  ['*Harbour Report*, 2019.', 'citation'],
  ['World Economic Forum, *Global Risks Report* (2023).', 'citation'],
  ['Lark, Tom. "Tides of Forecasting." Harbour Research Institute Technical Report, 2013.', 'citation'],
  ['Losses to phone scams in 2023, according to the Federal Trade Commission.', 'citation'],
  // a conference paper without its pages; a meeting's acronym names no venue when it is a word ("chi")
  ['Moreau, Paul, et al. "A survey of tidal forecasting." International Conference on Machine Learning. 2016.', 'citation'],
  ['Okafor, Chidi, and Lena Varga. 2009. "Tagging Spoken Recordings with Open Tools." In LREC.', 'citation'],
  ['Ortega, Luis. "Breathing with the tide." chi, 2019, pp. 4-9.', 'citation'],
  // held-out round 14: German legal and historical forms
  ['Ebd., S. 161.', 'short-citation', 'ibid'],
  ['Vgl. ebenda, S. 4.', 'short-citation', 'ibid'],
  ['*Vogel*, ebd. Rn. 18, 20.', 'short-citation', 'ibid'],
  ['*Vogel*, (Fn. 2), Rn. 14.', 'short-citation', 'supra'],
  ['BGH, GRUR, 1991, 529 (530), - Hafenzeichnungen -; OLG Kiel, GRUR-RR, 2001, 225 (227).', 'citation', 'legal'],
  ['*Lund*/*Marl*, in: HWK Hafenrecht, 1. Aufl. 2023, Schiffsverträge, Rn. 11.', 'citation', 'book'],
  ['Vgl. *Reyes*/*Ortiz*, in: *Vogel* (Hrsg.), Handbuch der Hafenverträge 2024 Rn. 11.', 'citation', 'book'],
  ['Vgl. Ada Lund, Einleitung, in: Ada Lund, Max Vogel (Hg.): Die Hafenbank und ihre Kunden 1900-1950, Kiel 2004, S. 10-13.', 'citation', 'book'],
  ['Vgl. Ada Lund, Max Vogel: Die Vermessung der Häfen. Zählen und Ordnen im Hafenwesen, Bremen 1984, S. 67-105.', 'citation', 'book'],
  // a Commission decision by its number; a Brazilian (ABNT) book, a space before the colon; slides handed out in class
  ['Europeiska kommissionen. (2023). *C(2023) 4745 final, Rec. 126*.', 'citation', 'legal'],
  ['LUND, Ada; VOGEL, Max. Introdução aos Portos. São Paulo : Maré, 2012.', 'citation', 'book'],
  ['Apresentação de Slides: "PORTOS E MARÉS". Professor ADA. Disciplina Direito Marítimo. Disponibilizada na sala em 19/03/2024.', 'citation', 'unpublished'],
  // a magazine by its issue's date and page; items held by a named library; a printed report by its place and date
  ['Ada Lund, "Tidal Ecology: A Short History of the Harbour," *Harbour Watch* (January/February 1998), 15.', 'citation', 'article'],
  ['Harbour Board of Trade, "The Harbour and Its Vicinity," 1897, Tidewater Past, Harbour Room, Port Lund Public Library.', 'citation', 'archival'],
  ['Port Lund Chamber of Commerce, "An Introduction to the Port of Lund," 1964, Port Lund City Library.', 'citation', 'archival'],
  ['Harbour Legislature, *Joint Committee on Open Shores, Preliminary Report* (Tidewater, March 1969), 10.', 'citation', 'book'],
  // notes of short forms and keys made by a reference manager ("@lund1959harbour"), no brackets
  // an aside that opens with a comparison, naming a novel
  ['In the same way that *Half of a Tide* clearly captured the spirit of the harbour in the 1960s.', 'commentary'],
  // held-out round 15: an annotated edition's glosses on people, titles, words and living things
  ['Ada Vogel (2nd century CE), Harbour historian and author of *Histories of the Tides*.', 'commentary'],
  ['Max Lund (1694-1773), English engraver and naturalist. Author of *A Natural History of Gulls* (1743-1751).', 'commentary'],
  ['*Harbour Transactions*, the journal of the Tidewater Society.', 'commentary'],
  ['Harbour Gull (*Larus portus*). A bird of the northern coasts whose range reaches from Norway to the Bay of Biscay.', 'commentary'],
  ["Wife of Ortiz, a king of the coast. In Reyes's *Tides*, she gives the sailors a drink.", 'commentary'],
  ['A line from Ada Lund\'s poem, "An Ode to the Harbour Spring" (1751).', 'commentary'],
  ["A rich, mean man who appears as a character in Max Vogel's *The Harbour Talker* (1709-1711).", 'commentary'],
  // German styles: a book by its town and year, the publisher left out, in any year when the town is one books are
  // published in (a book about Wikipedia is still a book); a series' or periodical's volume by "Bd." with year and pages
  ['Vgl. Lund, Ada: Tides of Wikipedia. Ein Überblick, in: Vogel, Max (Hg.): Wikipedia und Häfen, Berlin/Boston 2015, S. 120.', 'citation', 'book'],
  ['Vgl. Reyes, Ada: Hafenzensur in Tidewater. Aufbau und Grenzen, Wiesbaden 2011, S. 102–104.', 'citation', 'book'],
  ['Vgl. Ortiz, Max: Häfen im Wandel, Frankfurt a. M. 2004, S. 3.', 'citation', 'book'],
  ['Vgl. Vogel, Ada: Häfen und Gezeiten, in: Historische Hafenkunde, Bd. 18, 2016 (Forum), S. 79–83.', 'citation', 'article'],
  // (a capitalised noun before a recent year is no town: German capitalises nouns)
  ['Lund, Ada: Hafenbilanz, Monitoringbericht 2023, S. 45.', 'citation'],
  ['Lund, Ada: Hafenbilanz, Tidewater 2023, S. 45.', 'citation'],
  // an aside whose verb is "developed" or "holds", or a French one's "était" / "sont": the credits of a course, a
  // person's role at the time
  ['**Ada Vogel** developed the original content of this course in 2019, with Max Lund, Harbour University.', 'commentary'],
  ['Lund holds the chair of Harbour Studies at Tidewater University since 2004.', 'commentary'],
  ["Max Lund, qui, à l'époque, était directeur du port de Tidewater, 1998.", 'commentary'],
  // Chicago's bibliography form of a book; "Pub."; an issuing office before the web; an artwork held by a museum;
  // APA's volume in italics with an article number or e-pages; an abbreviated journal with its year and pages
  ['Lund, Ada. From the Quay to the Sea: Harbours and the Origins of Trade. Ivan R. Vogel, 2001.', 'citation', 'book'],
  ['Vogel, Max Ellis van Lund. Tides of Concept: Harbour Strategy in the War. Garland Pub., 1988.', 'citation', 'book'],
  ['Reyes, Ada Debs. Sailors at Midway. Historical Section, Division of Public Information, Harbour Corps, 1948.', 'citation', 'book'],
  ['Ortiz, Max R. Tidewater. Harbour Army Center of Naval History, 1993.', 'citation', 'book'],
  ['Niépce Lund, Ada. 1827. View from the Quay at Les Gras. Heliograph. Harbour Ransom Center.', 'citation', 'archival'],
  ['Lund, A. R., Vogel, M., & Ortiz, S. (2019). Tides and sleep in a national survey. *Harbour Neuroscience*, *13*, 1122.', 'citation', 'article'],
  [
    'Lund, M. J., Reyes, T. L., & Vogel, A. L. (2022). Head injury at sea: Outcomes compared with sport. *Harbour Emergency Care*, *38*(10), e1609-e1614.',
    'citation',
    'article',
  ],
  ['Vogel, GM. "Harbour Closures in the Eastern Ports 1939-1945: Food and the Sea." Law Med. 2021, pgs. 105-113.', 'citation', 'article'],
  // a broadcast by its programme, channel and day
  ['"The harbour is a money pit." Ada Lund, journalist. Speaking on *Harbour Questions?*, Radio 4, 10 February 2006.', 'citation', 'broadcast'],
  // a short form that names the note holding the full citation
  ['HCC, "The Harbour Front Work" (note 8).', 'short-citation', 'supra'],
  // held-out round 16: a court's writ; a statute by name and year; HMSO; an e-locator; a halacha; an exclamation
  ['Writ No. 0545 of the year 2065 B.S. (2008) (Decision No.8928)', 'citation', 'legal'],
  ['Harbour Justice and Welfare Act of 2006, ch. 5.', 'citation', 'legal'],
  ['Section 21, National Harbour (Code) Act, 2074 (2017)', 'citation', 'legal'],
  ['Section 5, Right to Harbour Information Act, 2064 (2007)', 'citation', 'legal'],
  ['Press and Harbour Publication Act, 2048 (1991) – Harbour Law Commission.', 'citation', 'legal'],
  ['Lund, R., (1965). *Report of the Committee on Harbour Welfare*, Cmd. (Great Britain. Parliament), H.M. Stationery Office, 1–84.', 'citation', 'book'],
  ['Lund, A. and Vogel, M. 2016. Harbour text processing: a perspective. Harbour Computer Science 2: e93 (2016)', 'citation', 'article'],
  ['Mishneh Torah, *Sefer Nashim*: Sotah, Ch.3, Halacha 16–17.', 'citation', 'classical'],
  ['**Ada Note:** Ah! The infamous em-dash!', 'commentary'],
  // held-out round 28: a film or a work of art by its labels; a book by place and year; a journal in plain type
  ['Ana Reyes, *The Quay*, Film, installation, 15 October 2010.', 'citation', 'artwork'],
  ['Ben Lund, *Tides*, Documentary, Drama, (2016).', 'citation', 'artwork'],
  ['Ana Reyes, World-Harbours Analysis: Theory and Method (Ann Arbor: 1993).', 'citation', 'book'],
  ['Reyes, A., & Lund, H. (2020). Cohort insights into quay ownership. Journal of Harbour Economics, 47, 101619.', 'citation', 'article'],
  ['Reyes, A. (2019). Wrist strain. *Harbour Health*, *78*(Suppl. 2), 6–9.', 'citation', 'article'],
  // the source named after its label, past the explanation
  [
    '*Harbour capacity.* 403 berths were reported to the agency in 2023, with a combined length of 364 km; traffic reached a record in 2024 and grew again. Source: Harbour Agency, "Berth Data and Operating Experience" (2025).',
    'citation',
  ],
];

describe('notes: what each note is', () => {
  for (const [note, kind, detail] of cases) {
    it(`${kind}${detail ? ` (${detail})` : ''}: ${note}`, () => {
      const r = readNote(note);
      assert.strictEqual(r.kind, kind);
      if (kind === 'short-citation' && detail) assert.strictEqual(r.shortForm, detail);
      if (kind === 'citation' && detail) assert.ok(r.forms.includes(detail as never), `forms ${JSON.stringify(r.forms)}`);
      if (kind === 'citation' && !detail) assert.deepStrictEqual(r.forms, []);
    });
  }

  it("reads the date a page was read on as no book's publisher, whichever way the date is written", () => {
    for (const note of [
      'Ada Lund. "Tides in the Bay." Accessed November 12, 2024.',
      'Max Vogel. "Salt Roads." Accessed Nov. 12, 2024.',
      'Ada Reyes. "Harbour Lights." Accessed on November 12, 2024.',
      'Ada Reyes. "Harbour Lights." Retrieved March 3, 2023.',
    ]) {
      const r = readNote(note);
      assert.deepStrictEqual([r.kind, r.forms], ['citation', []], note);
      assert.ok(r.web?.explicit, note);
    }
  });

  it("does not let round 15's readings silence what an editor flags (a review)", () => {
    for (const note of [
      // a broadcaster's news story is read online: only someone speaking on a programme is a broadcast
      '“Port Strike Talks Collapse,” BBC News, 3 March 2023.',
      '“Port Strike Talks Collapse,” NPR, March 3, 2023.',
      // Chicago's bibliography form of an organisation's report of the web era
      'Lund, Ada. Toward Resilient Harbours. Harbour Audit Office, 2022.',
      'Lund, Ada. Why the Port Plan Failed. Harbour Herald, 2023.',
      'Lund, Ada. Why the Port Plan Failed. Pub. online, 2023.',
      // a page's date is no publisher
      '“Tides in the Bay.” Last modified November 12, 2024.',
      '“Tides in the Bay.” Updated November 12, 2024.',
      // an organisation's series over years is no person's life; a report described is no gloss
      'Harbour Agency (2015–2023), Container traffic statistics.',
      '*Ports at Risk*, a report by the Harbour Commission.',
      '*Tide Watch*, the annual survey of the Harbour Board.',
      "A figure from the Harbour Agency's *Port Traffic Dashboard*.",
      'Ada Vogel (1950–2021), economist and author of *Harbour Futures*, Tidewater Institute.',
      // a report or a blog is no abbreviated journal
      'Lund, Ada. "Port Futures." Tidewater Policy Institute 2021, pp. 1-40.',
      'Lund, Ada. "Port Futures." Harbour Blog 2021, pp. 1-4.',
      // a medium that is part of a name is no artwork
      'Harbour Agency, *Port Survey*, Engraving and Printing Division, Harbour Treasury Library.',
    ]) {
      const r = readNote(note);
      assert.strictEqual(r.kind, 'citation', note);
      assert.deepStrictEqual(
        r.forms.filter((f) => f !== 'legal'),
        [],
        note,
      );
    }
    // a second review: a title naming an Act or a decision, a title ending with "!", a kind of document after a title
    for (const note of [
      'Harbour Agency, Guidance Note on the Port Safety Act, 2019.',
      'Ada Lund, Why the Harbour Act of 2006 Failed, Harbour Times, 14 May 2023.',
      'Lund, A. (2023). Why the Harbour Act of 2006 failed. Harbour Times.',
      "Ada Lund, 'Why the Harbour Act of 2006 Failed' (Harbour Times, 14 May 2023).",
      'Harbour Times, Court Upholds Decision No. 12 on Berth Fees, 3 May 2022.',
      'Lund, Ada, and Max Ortiz. *Ports for All!*',
      'Ministry of Harbours and Tides. “Berth Allocation Review.” Policy brief, 2019.',
    ]) {
      const r = readNote(note);
      assert.ok(r.kind === 'citation' || r.kind === 'short-citation', note);
      assert.deepStrictEqual(r.forms, [], note);
    }
    // the report's own analysis after "Source:" is no source to find
    assert.strictEqual(readNote('Port traffic fell by 12% in 2023, the steepest fall since the war. Source: Secretariat analysis.').kind, 'commentary');
  });

  it('reads the source after a "Source:" label when the explanation before it is prose', () => {
    const r = readNote(
      '*Harbour capacity.* 403 berths were reported to the agency in 2023, with a combined length of 364 km; traffic reached a record in 2024 and grew again. Source: Harbour Agency, "Berth Data and Operating Experience" (2025).',
    );
    assert.strictEqual(r.title, 'berth data and operating experience');
    // without the label the same explanation is an aside
    assert.strictEqual(
      readNote('403 berths were reported to the agency in 2023, with a combined length of 364 km; traffic reached a record in 2024 and grew again.').kind,
      'commentary',
    );
  });

  it('says when a citation is of an online source, and why', () => {
    assert.deepStrictEqual(readNote('Ortiz, L. "Cities Abroad." *The Globe and Mail*. 2 May 2014.').web, {
      reason: 'names Globe and Mail',
      explicit: false,
      strong: true,
    });
    assert.deepStrictEqual(readNote('Ministry of Water. "Drought Dashboard." Accessed 12 May 2024.').web, {
      reason: 'says "Accessed"',
      explicit: true,
      strong: true,
    });
    // A press release or an organisation's report may be in print too: online only as far as a report's policy goes.
    assert.strictEqual(readNote('Northwind Energy, "Northwind Opens Its Third Plant," press release, 3 June 2023.').web?.strong, false);
    assert.strictEqual(readNote('"Paradiplomacy." Wikipedia.').web?.strong, true);
    assert.strictEqual(readNote('Ortiz, L. "Cities Abroad." *The Times*, 3 May 1923, p. 4.').web, undefined);
    assert.strictEqual(readNote('Tavares, R. "Foreign Policy Goes Local." 2013.').web, undefined, 'an outlet named in a title is no outlet');
    // A platform named in an italic title is not where the work was published; an outlet in italics is.
    assert.strictEqual(readNote('Zapp, L. *The Discourse of Twitter*, 29.').web, undefined);
    assert.strictEqual(readNote('Kess, F., "Navigating YouTube," in Snick and Vond, *The YouTube Reader* (2009), 277.').web, undefined);
    assert.strictEqual(readNote('Ada Reyes, "Tides," YouTube, 12 May 2020.').web?.reason, 'names YouTube');
    // Held-out round 9: an EU instrument named after databases is no database; capitals (a form's heading) name no
    // site; "retrieved" in the prose of a long note is what someone did.
    assert.strictEqual(readNote('Harbour Database Directive, art 10(1).').web, undefined);
    assert.strictEqual(readNote('HARBOUR.NO. 3915-').web, undefined);
    assert.strictEqual(readNote('harbour.no, "Tide tables", 2019.').web?.reason, 'names the site harbour.no');
    assert.strictEqual(readNote('Marlow said he then retrieved the notes from his office and typed them, 2018.').web, undefined);
    // A short form "(n 21)" beside web pages cited in full: the pages still need their links.
    const mixed = readNote("Marlow (n 21) s 12(a); Harbour Board, 'Product Terms' (accessed 24 October 2025) (Previews section).");
    assert.strictEqual(mixed.kind, 'citation');
    assert.strictEqual(mixed.web?.reason, 'says "accessed"');
    // Pandoc keys cited in the text of a note (round 10): the bibliography holds the source; handles are no keys.
    assert.strictEqual(readNote('For the *Harbour Collection* of the Ms Vat. lat. 1349, see @vogel_harbour_2005 [79-82].').citationKeys, true);
    assert.strictEqual(readNote('See @reyes [12].').citationKeys, true);
    assert.strictEqual(readNote('Tweet by @harbourboard, 3 May 2019.').citationKeys, false);
    // keys a reference manager makes, the author's name, year and a title word: "@lund1959harbour"
    assert.strictEqual(readNote('Ross, "The Saga of the Harbour," 16, 22---23; @lund1959harbour, 28; Vogel, *Tides*, 104').citationKeys, true);
    assert.strictEqual(readNote('Post by @harbour_news on the 2019 floods.').citationKeys, false);
    // a key's year dates nothing: a report of 1969 cited beside keys is read as printed, not as an online report
    assert.strictEqual(readNote('Harbour Legislature, *Open Shores, Preliminary Report* (Tidewater, March 1969), 10; @lund2007harbour, 43.').web, undefined);
    assert.strictEqual(readNote('Write to ada@example.org for the data, 2019.').citationKeys, false);
    // A draft's placeholder holds the place of a source (round 10: "NEED" in 18 notes of one post).
    assert.strictEqual(readNote('NEED').placeholder, 'NEED');
    assert.strictEqual(readNote('TODO: add the harbour report').placeholder, 'TODO');
    assert.strictEqual(readNote('[citation needed]').placeholder, 'citation needed');
    assert.strictEqual(readNote('TODO').kind, 'citation');
    assert.strictEqual(readNote('Need more tides here, as the survey shows.').placeholder, undefined);
    assert.strictEqual(readNote('TODOS los puertos, 2019.').placeholder, undefined);
    assert.strictEqual(readNote('TK Harbour, Annual Report 2021.').placeholder, undefined);
    // A tweet or a post "by" someone cites it; "Press release" names no publishing house (round 9's recall).
    const tweet = readNote('Tweet by @harbourboard, 3 May 2019.');
    assert.strictEqual(tweet.kind, 'citation');
    assert.strictEqual(tweet.web?.reason, 'is a tweet');
    assert.deepStrictEqual(readNote('Press release from Harbour Board, 12 May 2020.').forms, []);
    assert.deepStrictEqual(readNote('Harbour Board (2021). *Press Release: New Branch Opens at the Quay*.').forms, []);
    // A file's name is no site: a domain's last label is in lower case (round 10).
    assert.strictEqual(readNote('Site.Info.Harbour.READ.NFO (harbour.updated.nfo), n.d., Tern Archive.').web, undefined);
    assert.strictEqual(readNote('Harbour.com, "Drills", 2024.').web?.reason, 'names the site Harbour.com');
    // An interview report cited beside a news story: the story still needs its link.
    const both = readNote('Marlow 1/29/18 302, at 8; Ada Reyes, Timeline of the harbour sale, ABC News (Oct. 20, 2017).');
    assert.ok(!both.forms.includes('interview'));
    assert.strictEqual(both.web?.reason, 'names ABC News');
  });

  it("reads a paper in quotes followed by an organisation and a year of the web era as the organisation's, online", () => {
    const paper = readNote('Okafor, Lena. "Harbour Futures: A Research Agenda." Tidewater Policy Institute, University of Oxford, 2018.');
    assert.strictEqual(paper.kind, 'citation');
    assert.deepStrictEqual(paper.forms, [], 'neither the institute nor "Oxford" after it is a book publisher');
    assert.deepStrictEqual(paper.web, { reason: 'is a paper by Tidewater Policy Institute, published online', explicit: false, strong: false });
    assert.strictEqual(
      readNote('Vance, Ari. "When Tides Fail." Harbour Alignment Forum, 2019.').web?.reason,
      'is a paper by Harbour Alignment Forum, published online',
    );
    // the year given before the title, the organisation closing the note
    assert.strictEqual(
      readNote('Vance, A., & Ortiz, L. (2012). "Harbour Mergers and Prices." Tidewater Foundation.').web?.reason,
      'is a paper by Tidewater Foundation, published online',
    );
    // A publishing house of the organisation, a date before the web, or a title in italics: a book.
    for (const book of [
      'Okafor, Lena. "Harbour Futures." Tidewater Institute Press, 2018.',
      'Okafor, Lena. "Harbour Futures." Tidewater Policy Institute, 1988.',
      'Okafor, Lena. *Harbour Futures*. Tidewater Policy Institute, 2018.',
    ]) {
      const r = readNote(book);
      assert.ok(r.forms.includes('book'), `${book}: ${JSON.stringify(r.forms)}`);
      assert.strictEqual(r.web, undefined, book);
    }
  });

  it('reads a note naming only a kind of document over the years as a citation of no particular work', () => {
    const r = readNote('Harbour Institute. Various publications, 2014–2024.');
    assert.strictEqual(r.kind, 'citation');
    assert.strictEqual(r.vague, 'Various publications');
    assert.strictEqual(readNote('Lena Ortiz. Evaluation documentation, 2023–2024.').vague, 'Evaluation documentation');
    assert.strictEqual(readNote('Lena Ortiz. Evaluation documentation, 2023.').vague, undefined, 'one year and no "various"');
    assert.strictEqual(readNote('Lena Ortiz, "Tides of Trade," Harbour Reports, 2021.').vague, undefined, 'a title');
    assert.strictEqual(readNote('Peirce, Charles. *Collected Papers*, 1931–1958.').vague, undefined, 'a title in italics');
  });

  it("names an organisation's report by the organisation's whole name", () => {
    const reason = (note: string): string | undefined => readNote(note).web?.reason;
    assert.strictEqual(
      reason('Ames, R. "Tides." Tidewater Research Institute Technical Report, 2013.'),
      'is a report by Tidewater Research Institute, published online',
    );
    assert.strictEqual(
      reason('Ministry of Harbours and Coasts. *Coastal Outlook 2030*. 2022.'),
      'is a report by Ministry of Harbours and Coasts, published online',
    );
    assert.strictEqual(
      reason('Lena Ortiz, *Tide Gauges*, Working Paper 12, Institute for Coastal Studies, 2021.'),
      'is a report by Institute for Coastal Studies, published online',
    );
  });

  it("reads a document of a case's own record by its name and pin cite (held-out round 17)", () => {
    for (const note of [
      'NE, 3 April 2018, at 90:11–13.',
      'Notes of Evidence of 20 March 2018 (“NEs 20/03/18”) at p 44 lines 2–6.',
      'Reyes’s affidavit of evidence-in-chief (“AEIC”) sworn on 2 May 2018 at para 7.',
      'Lund Ada’s 1st affidavit filed on 10 July 2018 at para 10.',
      'Reyes’s AEIC, at paras 78 and 79.',
      'PBAEIC, vol III, tab 4, at p 1688.',
      'See Appellants’ Core Bundle, vol 2 (“2 ACB”), p 142.',
      'Corporate structure of the group reproduced in Appellant’s Core Bundle (“ACB”), Vol IV, p. 476',
      'ACB, Vol 4, pgs 477 to 493',
      'See Statement of Claim (Amendment No 2) (“SOC”) at para 6; Defence (Amendment No 3) (“Defence”) at para 11.',
      'Harbour Co’s Defence and Counterclaim (Amendment No 4), at para 8F.',
      'Plaintiffs’ Further Reply (“PFR”) at para 33.',
      'Defendant’s closing submissions for the second tranche (“DCS2”) para 219.',
      'Exhibit (“Exh”) P1.',
      'Transcript, 12 March 2019, at 45:3–9.',
    ]) {
      const r = readNote(note);
      assert.strictEqual(r.kind, 'citation', note);
      assert.deepStrictEqual(r.forms, ['record'], note);
    }
    // Names that only look like a record's: a ministry of defence, a bank's initials, a podcast's transcript, a region.
    for (const note of [
      'Ministry of Defence, *Strategic Defence Review*, 1998, p. 12.',
      'Defence Science Board, Task Force Report, 2019, p. 5.',
      'NE Asia Trade Review, vol 3, p 12.',
      'ECB, Annual Report 2020, p. 5.',
      'Transcript of the Harbour Podcast, episode 4.',
      'Harbour Institute submissions to the inquiry, 2020, p. 4.',
    ])
      assert.ok(!readNote(note).forms.includes('record'), note);
  });

  it("reads round 17's forms: highlighted notes, statutes without full stops, companion pieces, glosses, proceedings", () => {
    // A note in ==highlight== (a Markdown extension) is read without its marks.
    assert.deepStrictEqual(readNote('**==See== _Harbour Business Corporations Act_, RSC 1985, c C-44, s 6(1).**').forms, ['legal']);
    // The McGill Guide writes statutes without full stops.
    assert.deepStrictEqual(readNote('Harbour Pilots Act, SO 2019, c 7, s 3.').forms, ['legal']);
    assert.ok(!readNote('Ada Reyes, *Tide Tables*, SO 2019.').forms.includes('legal'), 'no chapter, no statute');
    // A companion piece of the same series or site is a cross-reference.
    for (const note of [
      'Tides Under Pressure: What Ports Can Do (Essay in this series). Harbour silting is a slow risk.',
      'Harbour Notes, "Ten Tide Tables That Still Work", Article 2.02 on this site.',
      'Harbour series Article 3 "Pilots and Tugs." Published on our blog. Source grade A (series internal forward-link).',
    ])
      assert.strictEqual(readNote(note).kind, 'cross-reference', note);
    assert.strictEqual(readNote('Reyes, *Tides*, 2020 (reviewed in the Harbour Journal).').kind, 'citation');
    // An italic term and what it means is a gloss.
    assert.strictEqual(readNote('*Harbour Area Network*, soit Réseau du Port').kind, 'commentary');
    assert.strictEqual(readNote('*Tide Gauge Array*, that is the sensors along the quay.').kind, 'commentary');
    // A paper in a conference's proceedings, by the conference's acronym and year in italics.
    assert.ok(readNote('Reyes, A. (2006). "Tide Routing." *SIGCOMM 2006*. ACM.').forms.includes('article'));
    assert.ok(readNote('Ortiz, L. "Quay Signatures." *IEEE S&P 2008*.').forms.includes('article'));
    assert.ok(!readNote('Ortiz, L. "Harbour Futures." *Vision 2030*.').forms.includes('article'), 'one capital: a title');
    // "retrieved documents" describes documents; "retrieved from" says where the note was read.
    assert.strictEqual(readNote('Reyes, "Silting." Tide poisoning hides instructions in retrieved documents.').web, undefined);
    assert.match(readNote('Reyes, "Silting." Retrieved from the harbour archive, 2021.').web?.reason ?? '', /retrieved/i);
  });

  it("reads a university's name opening an outlet's as no publisher (held-out round 17)", () => {
    assert.deepStrictEqual(readNote('Ortiz, L. "Quay Robots." MIT Technology Review, July 15, 2026.').forms, []);
    assert.strictEqual(readNote('Ortiz, L. "Quay Robots." MIT Technology Review, July 15, 2026.').web?.reason, 'names MIT Technology Review');
    assert.deepStrictEqual(readNote('Reyes, A. "Quays." *Harvard Business Review*, March 2021.').forms, []);
    // the university's press and a law review's association still publish books
    assert.deepStrictEqual(readNote('Reyes, A. *Quays*. Cambridge, MA: MIT Press, 2019.').forms, ['book']);
    assert.deepStrictEqual(readNote('Vogel, Max. 1905. Lectures on Harbour Law. The Harvard Law Review Association.').forms, ['book']);
  });

  it("does not let round 17's readings silence what an editor flags (a review)", () => {
    // Not the record of a case: published submissions, reports, podcasts and blogs, whatever words they share.
    for (const note of [
      "Harbour Gas Ltd's written submissions on the pipeline route, accessed 3 May 2023.",
      'Tidewater Agency, report on trends in PCB levels in Harbour Bay, p. 4, accessed 3 May 2023.',
      'Reyes, A. Notes on trends in ROA at harbour banks, p. 2. Harbour Finance Blog, 2022.',
      'Transcript, 12 May 2021, Harbour Talk podcast, episode 4, at 14:02.',
      'Closing submissions of Counsel to the Tides Inquiry, para 14, posted on the Inquiry’s blog, 2023.',
      "Tidewater Ports Association's written submissions to the Harbour Select Committee, 2021, para 12.",
      'Harbour Central Bank, Financial Stability Review 2022, chart on trends in ROA, p. 12.',
      'Exhibit 3 in Tidewater Institute, *Port Costs 2022*, p. 14.',
      "Tidewater Council's Statement of Case for the harbour wall inquiry (2022), para 4.2.",
    ])
      assert.ok(!readNote(note).forms.includes('record'), note);
    // Not a companion piece: "this site" in a title, the cited author's own blog or series, an outside source read online.
    for (const note of [
      'Reyes, A. "Notes on This Site\'s Tides." Tidewater Blog, 2022.',
      "Wikipedia, 'Storm surge', accessed 3 May 2024. Also discussed on this site.",
      "Reyes, A. 'Storm Tides.' Tidewater Blog, 12 May 2022; a later post on the same blog returns to it.",
      'Ortiz, A. *Harbour Debt*. Tidewater Working Paper 12, 2021; see also Working Paper 9 of the same series.',
    ])
      assert.notStrictEqual(readNote(note).kind, 'cross-reference', note);
    // Not a gloss when what it means is a source.
    for (const note of [
      "*Harbour Outlook 2023*, namely the Tidewater Agency's annual report (2023).",
      '*Storm Tides*, that is, the blog post by A. Reyes, accessed 12 May 2023.',
      '*Port Strike Ends*, namely the Reuters story of 4 May 2023.',
    ])
      assert.strictEqual(readNote(note).kind, 'citation', note);
    // Not a conference: an outlet, a platform or an organisation in italics with a year.
    for (const note of [
      'Ortiz, A. "Flood Season." *NPR 2022*.',
      '"Port Strike Ends." *BBC News 2023*.',
      'Harbour Pilots. "Tide Tables." *YouTube 2021*.',
      'Tidewater Agency. "Harbour Futures." *TWA 2021*.',
    ])
      assert.ok(!readNote(note).forms.includes('article'), note);
    assert.ok(readNote('Reyes, A. "Tide Routing." *TideConf 2019*. ACM.').forms.includes('article'), 'a proceedings publisher after it');
    // "accessed" before a date in lower case, "here", "last" or an adverb still says it was read online.
    for (const note of [
      'Harbour Agency, Tide Outlook, accessed december 3, 2023.',
      'Harbour Agency, Tide Outlook report, accessed here.',
      'Harbour Agency, Tide Outlook, accessed last 3 May 2023.',
      'Ortiz, A. Tide Ledgers, retrieved electronically 3 May 2023.',
    ])
      assert.strictEqual(readNote(note).web?.explicit, true, note);
    // Not a list of organisations: author-date references, funders, a personal communication.
    for (const note of [
      'Harbour Institute (2021); Tidewater Foundation (2022).',
      'Harbour Institute (funder); Tidewater Foundation (funder).',
      'Harbour Institute; Tidewater Foundation (personal communication, 2023).',
    ])
      assert.strictEqual(readNote(note).vague, undefined, note);
    // Not an organisation's dated document: a person's letter or email, the report's own update, an internal memo.
    for (const note of [
      'Letter from Ada Reyes, 4 May 2001.',
      'Reyes email, 3 March 2023.',
      'Last update, 4 June 2024.',
      "Editor's update, 4 June 2024.",
      'Internal memo, March 2023.',
    ])
      assert.notStrictEqual(readNote(note).kind, 'citation', note);
    // A highlighted draft marker still holds the place of a source.
    assert.strictEqual(readNote('==TODO add source==').placeholder, 'TODO');
    assert.strictEqual(readNote('==citation needed==').placeholder, 'citation needed');
    assert.strictEqual(readNote('Ada Reyes, "Quays," Facebook post, 3 May 2021.').web?.reason, 'is a Facebook post');
  });

  it("does not let round 17's narrowed readings silence what an editor flags (a second review)", () => {
    // A citation that mentions a companion piece after it is still a citation.
    for (const note of [
      'Tidewater Institute, *Dredging Outlook 2024* (2024); see also Part 2 in this series.',
      "Harbour Times, 'Quays Close', 4 May 2023; discussed in Part 2 in this series.",
      "Reyes, A. 'Quays Close', Tidewater Blog, 4 May 2023, republished on our website.",
    ])
      assert.notStrictEqual(readNote(note).kind, 'cross-reference', note);
    // "on file with" is no unpublished work when the note names what was published online.
    for (const note of [
      "Reyes, A. 'Quay Rents', *The Guardian*, 3 May 2023 (copy on file with the authors).",
      'Tidewater Institute, *Tide Outlook 2024* (2024), accessed 3 May 2024 (on file with the authors).',
      'Harbour Ports Ltd, *Annual Report 2023* (on file with the authors).',
    ])
      assert.ok(!readNote(note).forms.includes('unpublished'), note);
    assert.ok(readNote('Ortiz, L., Memo to the Harbour Board (2021) (on file with the author).').forms.includes('unpublished'));
    // A record cite beside a published work, or reported by a newspaper, is not the record alone.
    for (const note of [
      "Reyes's AEIC at para 7; Tidewater Institute, *Tide Outlook 2024* (2024).",
      "Quayle's affidavit, para 14, as reported by the Tidewater Courier, 4 June 2022.",
    ])
      assert.ok(!readNote(note).forms.includes('record'), note);
    // Several record cites in one note, abbreviations and defined terms among them, and a pin cite written "p60".
    for (const note of [
      'See Lund Ada’s 1st affidavit filed on 20 August 2018 (“Lund’s 1st affidavit”) at pp 485, 494; see Notes of Arguments of 12 September 2018 at p 51.',
      'Notes of Evidence, 23 April 2019, p60(14) to 61(10); Reyes’s AEIC at para 53.',
    ])
      assert.deepStrictEqual(readNote(note).forms, ['record'], note);
    // A gloss that names a film, a speech or a lecture names a work.
    for (const note of ['*Salt Roads*, namely Vogel’s documentary for Tidewater TV.', '*Rising Quays*, namely the Minister’s speech at Ostend.'])
      assert.strictEqual(readNote(note).kind, 'citation', note);
    // A conference's blog is a blog.
    assert.strictEqual(readNote('Reyes, A. "Tide Routing." *WWW 2019* blog, 3 May 2019.').web?.reason, 'is a blog');
    // A page after the issue's date marks print.
    assert.strictEqual(readNote("Reyes, A. 'Quay Leadership.' *Harvard Business Review*, May 2019, 44.").web, undefined);
    // Organisations with an aside in brackets say who, not which work.
    assert.strictEqual(readNote('Harbour Foundation; Tidewater Trust (both signatories).').vague, undefined);
  });

  it('names a platform as written and a kind of page with its article', () => {
    assert.strictEqual(readNote('Harbour Commission. Proceedings against a port app (Instagram), 30 April 2024.').web?.reason, 'names Instagram');
    assert.strictEqual(readNote('Ada Reyes, "Quays," op-ed, 3 May 2021.').web?.reason, 'is an op-ed');
    assert.strictEqual(readNote('Ada Reyes, "Quays," online edition, 3 May 2021.').web?.reason, 'is an online edition');
    assert.strictEqual(readNote('Ada Reyes, "Quays," blog post, 3 May 2021.').web?.reason, 'is a blog post');
  });

  it('reads a long note only so far: patterns stay bounded on any input', () => {
    const long = 'Marlow, *Tides*, p. 88. ' + 'word '.repeat(200_000);
    assert.strictEqual(readNote(long).kind, 'commentary');
  });
});
