import * as assert from 'assert';
import { check } from '../../../server/src/core/checker';
import { configFrom, findings, joinLines, problemsOf } from '../../support/helpers';

/** A report citing each note once, in order, with the notes below. */
function notes(...defs: string[]): string {
  const labels = defs.map((d) => /^\[\^([^\]]+)\]:/.exec(d)?.[1]).filter((l): l is string => !!l);
  return joinLines(labels.map((l) => `Claim[^${l}].`).join(' '), '', ...defs);
}

const flagged = (text: string, options = {}): string[] => findings(text, 'missing-source-url', options);
/** A `.foresight.yml` in scope: the file is a report, held to the full standard. */
const report = (): { config: ReturnType<typeof configFrom> } => ({ config: configFrom('rules: {}') });
/** Each note alone in a report: reported, or not. */
function flaggedInReport(defs: string[]): void {
  for (const def of defs) assert.deepStrictEqual(flagged(notes(def), report()), ['3:1 missing-source-url'], def);
}
function quietInReport(defs: string[]): void {
  for (const def of defs) assert.deepStrictEqual(flagged(notes(def), report()), [], def);
}

describe('missing-source-url', () => {
  describe('in a report, reports a citation a reader cannot follow', () => {
    const cases: Array<[string, string]> = [
      ['a news article from an online outlet', '[^1]: Lena Ortiz, "Cities Sign Their Own Climate Pacts," The Guardian, 4 March 2021.'],
      ['a page the note says was accessed', '[^1]: Ministry of Water. "Drought Dashboard." Accessed 12 May 2024.'],
      ['a French note "consulté le"', '[^1]: Ville de Lyon, « Plan climat », consulté le 3 mai 2024.'],
      ['Wikipedia', '[^1]: "Paradiplomacy." Wikipedia.'],
      ['a press release', '[^1]: Northwind Energy, "Northwind Opens Its Third Plant," press release, 3 June 2023.'],
      ['a site named only by its domain', '[^1]: Citymayors.com, "Largest Cities in the World," 2020.'],
      ['a report with no link and no publisher', '[^1]: World Economic Forum. *Global Risks Report 2023*.'],
      ['an article with no link and nothing to trace it by', '[^1]: Tavares, R. "Foreign Policy Goes Local." 2013.'],
      ['a fact attributed to an agency', '[^1]: Losses to phone scams in 2023, according to the Federal Trade Commission.'],
      ["an organisation's paper named by its year and a title in straight single quotes", "[^1]: Harbour Bank (2025), 'Building Strong Harbour Foundations'."],
      ["an organisation's paper named after its title", '[^1]: Okafor, Lena. "Harbour Futures: A Research Agenda." Tidewater Policy Institute, 2018.'],
      ['data named by its publisher, what it is and when', '[^1]: Harbour Statistics Office, container traffic data, mid-2025.'],
      ['an analysis named by its agency and year', '[^1]: Tide Act projections, Harbour Budget Office analysis, 2025.'],
    ];
    for (const [what, def] of cases) {
      it(what, () => assert.deepStrictEqual(flagged(notes(def), report()), ['3:1 missing-source-url']));
    }

    it('says why: an online source without its link, or nothing to trace', () => {
      const [online] = problemsOf(notes(cases[0][1]), 'missing-source-url', report());
      assert.match(online.message, /^Footnote \[\^1\] cites an online source \(it names The Guardian\) but gives no link\.$/);
      const [nothing] = problemsOf(notes(cases[7][1]), 'missing-source-url', report());
      assert.match(nothing.message, /no link and nothing to trace it by/);
    });

    it('an article named by its journal and year, without the volume and pages', () => {
      const journal = notes('[^1]: Ortiz, Lena. "Tides at Risk." *Journal of Harbour Studies*, 2002.');
      assert.deepStrictEqual(
        problemsOf(journal, 'missing-source-url', report()).map((p) => p.message),
        ['Footnote [^1] cites an article with no link and without the volume and pages to find it by.'],
      );
      assert.deepStrictEqual(flagged(journal), [], 'outside a report, an article is left alone');
      assert.deepStrictEqual(flagged(notes('[^1]: Ortiz, Lena. "Tides at Risk." *Journal of Harbour Studies* 14, no. 2 (2002): 33–51.'), report()), []);
    });

    it('a chapter "in" a volume whose publication facts an earlier chapter gave', () => {
      const first =
        '[^1]: Lena Ortiz, “Tides of Trade,” in The Harbour at One Hundred: A Review, edited by Ada Reyes and Max Vogel (Toronto: Lakeview Press, 2014), pp. 3–20.';
      const later = '[^2]: Max Vogel, “Fog and Ledgers,” in The Harbour at One Hundred, edited by Reyes and Vogel, pp. 31–42.';
      assert.deepStrictEqual(flagged(notes(first, later), report()), []);
      assert.deepStrictEqual(flagged(notes(later.replace('[^2]', '[^1]')), report()), ['3:1 missing-source-url'], 'alone, nothing traces it');
    });

    it('a note that names only a kind of document, in the plural (held-out round 14)', () => {
      const kinds = notes('[^1]: Historical records and harbour accounts.', '[^2]: Law enforcement investigation reports.');
      assert.deepStrictEqual(
        problemsOf(kinds, 'missing-source-url', report()).map((p) => p.message),
        [
          'Footnote [^1] cites no particular work ("Historical records and harbour accounts"): name the works it draws on.',
          'Footnote [^2] cites no particular work ("Law enforcement investigation reports"): name the works it draws on.',
        ],
      );
      assert.deepStrictEqual(flagged(kinds), [], 'outside a report, left alone');
      // a named kind, a capitalised name, a year or an aside is something else
      for (const def of [
        '[^1]: Harbour Board records.',
        '[^1]: Port records, 1890.',
        "[^1]: Author's calculations.",
        '[^1]: These figures exclude the territories and their reports.',
      ])
        assert.ok(!problemsOf(notes(def), 'missing-source-url', report()).some((p) => /no particular work/.test(p.message)), def);
    });

    it('a note that names only news outlets or organisations (held-out round 15)', () => {
      const names = notes(
        '[^1]: NPR; NBC News; BBC.',
        '[^2]: The Guardian, Reuters and Al Jazeera',
        '[^3]: CNN.',
        '[^4]: Harbour Institute; Tidewater Foundation.',
        '[^5]: Fox News; Quayside Daily.',
      );
      assert.deepStrictEqual(
        problemsOf(names, 'missing-source-url', report()).map((p) => p.message),
        [
          'Footnote [^1] cites no particular work ("NPR; NBC News; BBC"): name the works it draws on.',
          'Footnote [^2] cites no particular work ("The Guardian, Reuters and Al Jazeera"): name the works it draws on.',
          'Footnote [^3] cites no particular work ("CNN"): name the works it draws on.',
          'Footnote [^4] cites no particular work ("Harbour Institute; Tidewater Foundation"): name the works it draws on.',
          'Footnote [^5] cites no particular work ("Fox News; Quayside Daily"): name the works it draws on.',
        ],
      );
      assert.deepStrictEqual(flagged(names), [], 'outside a report, left alone');
      // Outside a report, a list that names Wikipedia is still an online source without its link.
      assert.deepStrictEqual(flagged(notes('[^1]: Wikipedia (harbour strikes); NPR; Fortune.')), ['3:1 missing-source-url']);
      // Surnames alone, names that are not all outlets, a sentence about outlets, an outlet with a date: something else.
      for (const def of ['[^1]: Ortiz; Reyes.', '[^1]: Quayside Daily, Harbour Gazette and Reuters.', '[^1]: The Times and the Daily Mail both ran the story.'])
        assert.ok(!problemsOf(notes(def), 'missing-source-url', report()).some((p) => /no particular work/.test(p.message)), def);
      assert.match(problemsOf(notes('[^1]: Reuters, 12 March 2021.'), 'missing-source-url', report())[0].message, /it names Reuters/);
    });

    it("an organisation's statement, memo or blog post named by its date alone (held-out round 15)", () => {
      const dated = notes(
        '[^1]: Harbour Freight Corp statement, March 3, 2023.',
        '[^2]: Statement by the Ministry of Ports, 12 May 2022.',
        '[^3]: Tidewater Bank internal memo, April 2021.',
        '[^4]: Harbour Agency blog post, June 2024.',
      );
      assert.deepStrictEqual(flagged(notes('[^1]: Open letter, December 2020.'), report()), ['3:1 missing-source-url'], 'an open letter by its date');
      // An organisation's open letter or press statement, however it is named (a review of round 17's readings).
      flaggedInReport([
        '[^1]: Tidewater Council open letter, 3 June 2023.',
        "[^1]: Open letter from the Harbour Pilots' Guild, 3 June 2023.",
        '[^1]: Press statement, Harbour Ministry, 4 May 2023.',
      ]);
      // a press's book is still a book
      assert.deepStrictEqual(flagged(notes('[^1]: Ortiz, L. *Quays*. Harbour Press, 2019.'), report()), []);
      assert.deepStrictEqual(flagged(dated, report()), [
        '3:1 missing-source-url',
        '4:1 missing-source-url',
        '5:1 missing-source-url',
        '6:1 missing-source-url',
      ]);
      assert.match(problemsOf(dated, 'missing-source-url', report())[0].message, /no link and nothing to trace it by/);
      // Outside a report only the blog post, which is online.
      assert.deepStrictEqual(flagged(dated), ['6:1 missing-source-url']);
      // The writers' own memo, a statement before the web, a statement with its link: none.
      quietInReport([
        "[^1]: Authors' memo, May 2023.",
        '[^1]: Harbour Board statement, 12 May 1962.',
        '[^1]: Harbour Freight Corp statement, March 3, 2023. https://harbourfreight.example/news/2023-03-03',
      ]);
    });

    it('a note that names no particular work, only a kind of document over the years', () => {
      const vague = notes('[^1]: Harbour Institute. Various publications, 2014–2024.', '[^2]: Ada Reyes. Public statements and interviews, 2021–2023.');
      assert.deepStrictEqual(
        problemsOf(vague, 'missing-source-url', report()).map((p) => p.message),
        [
          'Footnote [^1] cites no particular work ("Various publications"): name the works it draws on.',
          'Footnote [^2] cites no particular work ("Public statements and interviews"): name the works it draws on.',
        ],
      );
      assert.match(
        problemsOf(vague, 'missing-source-url', { ...report(), locale: 'fr' })[0].message,
        /ne cite aucune œuvre précise \(« Various publications »\)/,
      );
      assert.deepStrictEqual(flagged(vague), [], 'outside a report, left alone');
      // A kind of document in one year without "various", a titled report, an archival series: each names what it cites.
      for (const def of [
        '[^1]: Ada Reyes. Public statements, 2021.',
        '[^1]: Harbour Institute, *Annual Report 2021*, 2022. https://harbour.example/ar2021.pdf',
        '[^1]: Parish registers of San Marco, 1677–1702.',
      ]) {
        assert.deepStrictEqual(flagged(notes(def), report()), [], def);
      }
    });

    it('a template named in the front matter makes a file a report', () => {
      const text = joinLines('---', 'template: force-of-change', '---', notes(cases[7][1]));
      assert.deepStrictEqual(flagged(text), ['6:1 missing-source-url']);
    });
  });

  describe('outside reports (a blog post, a book), only a source the note says is online', () => {
    const online: Array<[string, string]> = [
      ['a news article from an outlet of the web era', '[^1]: Lena Ortiz, "Cities Sign Their Own Climate Pacts," The Guardian, 4 March 2021.'],
      ['a page the note says was accessed', '[^1]: Ministry of Water. "Drought Dashboard." Accessed 12 May 2024.'],
      ['Wikipedia', '[^1]: "Paradiplomacy." Wikipedia.'],
      ['a site named by its domain', '[^1]: Citymayors.com, "Largest Cities in the World," 2020.'],
      ['a blog post', '[^1]: Ortiz, L. "Why Cities Sign Pacts," blog post, 2 May 2022.'],
      ['a post on a named blog', "[^1]: Harbour PFM Blog (2020), 'Reform in Small Islands'."],
      ['a mailing-list message', '[^1]: Lund, A. "Re: Port Cities." Message to the CityPlanners Yahoo group, 3 March 2003.'],
      ['an article in a technology magazine read online', '[^1]: Lund, A. "Robots at the Port," *IEEE Spectrum*, 2021.'],
      ['a post on a policy blog', '[^1]: Ortiz, L. "Harbours and the Law of the Sea," Lawfare, 3 May 2022.'],
    ];
    for (const [what, def] of online) {
      it(`reports ${what}`, () => assert.deepStrictEqual(flagged(notes(def)), ['3:1 missing-source-url']));
    }
    const quiet: Array<[string, string]> = [
      ['a book named by author, title and year', '[^1]: Mira Castell, "The Long Border" (2015).'],
      [
        'a conference paper without its proceedings details',
        '[^1]: Chen, L., and R. Okafor. "Forecasting City Growth." In Proceedings of the Urban Data Workshop. 2019.',
      ],
      ['a software package', '[^1]: Lund, A. (2021). citymap: Maps of City Networks. R package version 1.2.'],
      ['a report with no link and no publisher', '[^1]: World Economic Forum. *Global Risks Report 2023*.'],
      ['an article with nothing to trace it by', '[^1]: Tavares, R. "Foreign Policy Goes Local." 2013.'],
      ['a fact attributed to an agency', '[^1]: Losses to phone scams in 2023, according to the Federal Trade Commission.'],
      ["an organisation's paper named by its year and a title in straight single quotes", "[^1]: Harbour Bank (2025), 'Building Strong Harbour Foundations'."],
      ["an organisation's paper named after its title", '[^1]: Okafor, Lena. "Harbour Futures: A Research Agenda." Tidewater Policy Institute, 2018.'],
      ['a press release, which may be printed', '[^1]: Northwind Energy, "Northwind Opens Its Third Plant," press release, 3 June 2023.'],
      ['a printed newspaper of the 1980s', '[^1]: "Port Strike Ends," The Times, 3 May 1984, p. 2.'],
      ['a short title with a page', '[^1]: Castell, *The Long Border*, p. 45.'],
      ['an outlet named with no date, a short form', '[^1]: Ortiz et al. letters, *The Guardian*.'],
      ['a book about a newspaper, with pages', '[^1]: Lund, A. The Paper: Inside The New York Times, 2019. Harbour Books, pp 17, 25.'],
      ["a German master's thesis", '[^1]: Weber, K. 2018. *Städte als Akteure*. MA-Arbeit, Universität Graz.'],
      ['data named by its publisher, which may be printed', '[^1]: Harbour Statistics Office, container traffic data, mid-2025.'],
    ];
    for (const [what, def] of quiet) {
      it(`is quiet for ${what}`, () => assert.deepStrictEqual(flagged(notes(def)), []));
    }
    it('leaves an address with a misspelt scheme to invalid-url', () => {
      const text = notes('[^1]: Ministry of Water. "Drought Dashboard." Online. Accessed 12 May 2024. URL: ttps://water.example.org/drought');
      assert.deepStrictEqual(flagged(text), []);
      const invalid = findings(text, 'invalid-url');
      assert.strictEqual(invalid.length, 1);
      assert.match(invalid[0], /^3:\d+ invalid-url$/);
    });
  });

  describe('never reports what an editor would leave alone', () => {
    const cases: Array<[string, string[]]> = [
      ['an aside', ['[^1]: The figures were rounded by the authors for readability, and exclude the territories.']],
      ['a book with its publisher', ['[^1]: Mira Castell, *Borders of the Future* (Toronto: Lakeview Press, 2019), 45.']],
      ['a book in bibliography style', ['[^1]: Castell, Mira. *Borders of the Future*. Lakeview Press, 2019.']],
      ['a journal article with volume and pages', ['[^1]: J. Park, "Cities as Diplomats," *Global Policy* 12, no. 3 (2021): 45–60.']],
      ['a medical-style article', ['[^1]: Rao P, Lind K. Heat and hospital admissions. Lancet Reg Health. 2022;14(2):100-108.']],
      ['a US case', ['[^1]: Smithfield v. Orbis Corp., 512 U.S. 100, 104 (1994).']],
      ['a US statute', ['[^1]: 15 U.S.C. § 78j(b).']],
      ['a Canadian case', ['[^1]: R. v. Delorme, 2019 SCC 12, para. 40.']],
      ['a UK case', ['[^1]: Harlow Ltd v. Minister for Housing [2020] UKSC 5.']],
      ['an EU judgment', ['[^1]: Case C-311/18, *Facebook Ireland and Schrems*, EU:C:2020:559.']],
      ['an EU regulation', ['[^1]: Regulation (EU) 2016/679, art. 6.']],
      ['an archival reference', ['[^1]: Library and Archives Canada, RG 25, vol. 4512, file 20-1-2.']],
      ['an interview', ['[^1]: Interview with a regional trade official, Ottawa, 2 May 2024.']],
      ['a personal communication', ['[^1]: A. Lund, personal communication, 14 February 2024.']],
      ['a cross-reference', ['[^1]: See section 3 above.']],
      ['a cross-reference to an annex', ['[^1]: See Annex B for the method.']],
      ['an author-date short form', ['[^1]: Ortiz 2021, 14.']],
      ['a Harvard-style reference in an aside', ['[^1]: Estimates vary widely (Ortiz 2021, 14).']],
      ['a citation key', ['[^1]: [@oecd2020, p. 12].']],
      ['an ISBN', ['[^1]: A. Reyes, *Tomorrow’s Cities*. ISBN 978-0-306-40615-7.']],
      ['a DOI written as text', ['[^1]: Park, J. "Cities as Diplomats." doi:10.1111/1758-5899.12345']],
      ['an arXiv id', ['[^1]: Chen, L. "Forecasting City Growth." arXiv:2301.01234.']],
      ['a reference-style link', ['[^1]: Ortiz, L. [Cities Sign Their Own Climate Pacts][pacts]. 2021.', '', '[pacts]: https://news.example.org/pacts']],
      ['a raw HTML link', ['[^1]: Ortiz, L. <a href="https://news.example.org/pacts">Cities Sign Their Own Pacts</a>. 2021.']],
      ['a relative link to a file of the site', ['[^1]: Ortiz, L. [Cities Sign Their Own Pacts](/reports/pacts.pdf). 2021.']],
      ['a biographical note', ['[^1]: Ada Lovelace (1815–52), a mathematician who wrote the first published algorithm.']],
      [
        'a German newspaper of a given day with its page',
        ['[^1]: Ada Reyes: Tides in Halle. Frankfurter Allgemeine Zeitung vom 13. Oktober 1999, Nr. 238, S. 54.'],
      ],
    ];
    for (const [what, defs] of cases) {
      it(what, () => assert.deepStrictEqual(flagged(notes(...defs)), []));
    }
    // nor, in a report, these traceable forms (held-out round 8)
    for (const def of [
      '[^1]: Ortiz, L., 2018. Tides of frailty. *The Harbour Medical Journal*, 391(10132), pp.1775-1782.',
      '[^1]: Anna Vogel: Vorwort. In: Abschied vom Hafen. Tübingen 1970, S. 10.',
      '[^1]: Aristotle, _Harbour Ethics_, bk. 5, chap. 8',
      '[^1]: Harbour Commission Staff Accounting Bulletin No. 119, *Guidance on Tides* (Nov. 2008).',
      // statutes in Commonwealth styles (held-out round 11)
      '[^1]: The Harbour Safety Act (Kenya), No. 4 of 2012, as amended, Sections 9 and 11.',
      '[^1]: The Harbour Communications (Fees) Regulations, 2019 (Statutory Instrument 2019 No. 12), Regulations 3 and 5.',
      '[^1]: The Carriage of Goods Act, Cap. 52, Sections 40–44.',
      '[^1]: The Harbour Information Act, 2000, s. 66A.',
      '[^1]: The Harbour Communications Act, 2013, Act 1 of 2013, Section 4.',
      '[^1]: The Harbour Licensing Rules, S.I. No. 12 of 2019, rule 4.',
      // the authors' own estimates are no source to find
      '[^1]: Our estimates, based on survey data, 2021.',
      // held-out round 12: an article number, a standard, Vancouver books, Australian legal forms, a law publisher
      '[^1]: Ortiz, L. and Reyes, A. (2018). "Tides of trade." *Harbour Science Advances*, 4, eaat2340.',
      '[^1]: IEC 61999:2021, "Harbour Cranes — Design Qualification." International Electrotechnical Commission.',
      '[^1]: Ortiz RG and Reyes RS. 2017 Harbour Economics. New York: Lakeview.',
      '[^1]: Reyes A, Ortiz L. Harbour Economics. Toronto: Lakeview Press; 2017.',
      '[^1]: Re Harbour Pty Ltd (2004) 62 IPR 420.',
      '[^1]: TRIPS art 27(2).',
      '[^1]: Harbour Levy Determination 2022 (Cth).',
      "[^1]: Ortiz, 'Tides and law' [2022] HarbourLawJl 25.",
      '[^1]: Lena Ortiz, *Harbour Law* (Thomson Reuters (Professional) Australia Limited, 2011) 57 ff',
    ]) {
      it(`in a report: ${def}`, () => assert.deepStrictEqual(flagged(notes(def), report()), []));
    }
  });

  describe('short citations', () => {
    it('Ibid., op. cit. and short titles after a traceable book are never reported', () => {
      const text = notes(
        '[^1]: Mira Castell, *Borders of the Future* (Toronto: Lakeview Press, 2019), 45.',
        '[^2]: Ibid.',
        '[^3]: Ibid., 52.',
        '[^4]: *Id.* at 60.',
        '[^5]: Castell, op. cit., p. 70.',
        '[^6]: Castell, *Borders*, 71.',
      );
      assert.deepStrictEqual(flagged(text), []);
    });

    it('one warning per source: the full citation, never each Ibid. after it', () => {
      const text = notes(
        '[^1]: Lena Ortiz, "Cities Sign Their Own Climate Pacts," The Guardian, 4 March 2021.',
        '[^2]: Ibid.',
        '[^3]: Ibid.',
        '[^4]: Ortiz, "Cities Sign," 2.',
      );
      assert.deepStrictEqual(flagged(text), ['3:1 missing-source-url']);
    });

    it('the same unlinked citation written out twice is reported once', () => {
      const def = 'Lena Ortiz, "Cities Sign Their Own Climate Pacts," The Guardian, 4 March 2021.';
      assert.deepStrictEqual(flagged(notes(`[^1]: ${def}`, `[^2]: ${def}`)), ['3:1 missing-source-url']);
      assert.deepStrictEqual(flagged(notes(`[^1]: ${def}`, `[^2]: ${def}`), report()), ['3:1 missing-source-url']);
    });

    it('a work cited again in words of its own after a citation without its source is reported once, at the first', () => {
      const text = notes('[^1]: Harbour Council, "Dollars at Sea," July 2025.', '[^2]: The council counts 40 ports.', '[^3]: Harbour Council, July 2025.');
      assert.deepStrictEqual(flagged(text, report()), ['3:1 missing-source-url']);
      // another work by the same council is its own finding
      const other = notes('[^1]: Harbour Council, "Dollars at Sea," July 2025.', '[^2]: Harbour Council, "Ports in Peril," May 2024.');
      assert.deepStrictEqual(flagged(other, report()), ['3:1 missing-source-url', '4:1 missing-source-url']);
    });

    it("a company's profile or a product's page cited with its home page is that page", () => {
      quietInReport([
        '[^1]: Harbour Dental, *Company Profile*, 2026. https://harbourdental.example/ (accessed 2026-05-08).',
        '[^1]: Tidewater, "Corporate Profile — Port Platform," 2026. https://tidewater.example/',
      ]);
    });

    it("a work named by its title and linked only to a site's home page", () => {
      const home = notes('[^1]: Harbour Institute, "Tides of Trade," 2021, https://www.harbour.org/');
      assert.deepStrictEqual(flagged(home, report()), ['3:1 missing-source-url']);
      assert.strictEqual(
        problemsOf(home, 'missing-source-url', report())[0].message,
        'Footnote [^1] links only to the home page of harbour.org, not to the work it cites.',
      );
      assert.match(problemsOf(home, 'missing-source-url', { ...report(), locale: 'fr' })[0].message, /ne renvoie qu’à la page d’accueil de harbour\.org/);
      // Not outside a report; not with a path; not without a title; not for a book with its publisher.
      assert.deepStrictEqual(flagged(home), []);
      assert.deepStrictEqual(flagged(notes('[^1]: Harbour Institute, "Tides of Trade," 2021, https://www.harbour.org/tides'), report()), []);
      assert.deepStrictEqual(flagged(notes("[^1]: See the institute's site, https://www.harbour.org/"), report()), []);
      assert.deepStrictEqual(flagged(notes('[^1]: Mira Castell, *Borders* (Toronto: Lakeview Press, 2019), https://lakeview.example/'), report()), []);
      // A site, a blog or a database cited as itself: undated, or its title names the site.
      assert.deepStrictEqual(flagged(notes('[^1]: Harbour Project, *Tides Database*, https://tides.example.org/'), report()), []);
      // an online catalogue raisonné is a site of its own, dated or not
      assert.deepStrictEqual(
        flagged(
          notes('[^1]: Ada Reyes, *Tide Prints: A Catalogue Raisonné* (University of Harbour, 2012), online at https://prints.harbour.example/'),
          report(),
        ),
        [],
      );
      assert.deepStrictEqual(flagged(notes('[^1]: *Two Harbours: Families of the Coast*, 2019, http://www.twoharbours.example/'), report()), []);
      assert.deepStrictEqual(flagged(notes('[^1]: Lena Ortiz, *Tidewatch* (blog), 2020, https://tidewatch.example/'), report()), []);
      // A site cited as itself: its title in single quotes, named as the container ("Tidewatch.org."), or its words
      // run together as the host; but not a link written out as its own text.
      for (const def of [
        '[^1]: Lena Ortiz. ‘Tidewatch: Plan Together’. Accessed 10 May 2022. https://www.tidewatch.example/',
        '[^1]: N.a. "Project Tidewatch." Tidewatch.org. 17 Jan. 2017. Web. <http://www.tidewatch.org>',
        '[^1]: Ortiz, Lena. ‘Harbours Are Going Just Great’. Accessed 9 Nov 2022. https://harboursaregoinggreat.example/',
      ]) {
        assert.deepStrictEqual(flagged(notes(def), report()), [], def);
      }
      for (const def of [
        '[^1]: Harbour Institute, "Tides of Trade," 2021, [www.harbour.org](https://www.harbour.org/)',
        '[^1]: Ada Reyes, "Tides of the Harbour Trade", 2020. [harbourexample.org](https://harbourexample.org/).',
        // the title's words, but few of them, and an apostrophe inside single quotes that does not end the title
        '[^1]: Harbour Board, “The World Bank and the Harbour”, 2020. https://theworld.example/',
        '[^1]: Ada Reyes, ‘Don’t Look Up at the Tides’, 2021. https://dontlookupatthetides.example.org/',
      ]) {
        assert.deepStrictEqual(flagged(notes(def), report()), def.includes('Don’t') ? [] : ['3:1 missing-source-url'], def);
      }
      // A site's home page titled "Name | Tagline" names the site; an inner page "Page | Name" is a work on it.
      const tagline = '[^1]: See Tide Ledgers (2014), “Tide Ledgers | Exploring the Trade of Harbours,” http://tideledgers.blogs.harbour.example/.';
      assert.deepStrictEqual(flagged(notes(tagline), report()), []);
      const inner = '[^1]: Harbour Institute (2014), “Annual Report 2014 | Harbour Institute,” https://harbourinstitute.example/.';
      assert.deepStrictEqual(flagged(notes(inner), report()), ['3:1 missing-source-url']);
      // A work on a site of its own, at the author's domain; not a report at its agency's subdomain named like it.
      assert.deepStrictEqual(flagged(notes('[^1]: Ada Reyes, "Tides of Trade", March 16, 2021 https://tides.adareyes.example/'), report()), []);
      assert.deepStrictEqual(flagged(notes('[^1]: Harbour Health Centre, *Tides Prevalence Data*, 2024. <https://tides.health.example/>'), report()), [
        '3:1 missing-source-url',
      ]);
    });

    it('a work cited again by its author and title is judged at its first citation only', () => {
      const linked = notes('[^1]: Harbour Board, "Guide to Open Tools," 28 July 2020, https://e.org/guide', '[^2]: Harbour Board, "Guide to Open Tools."');
      assert.deepStrictEqual(flagged(linked, report()), []);
      const unlinked = notes(
        '[^1]: Lena Ortiz, "Tides of Forecasting" (Blog) - on the biases of forecasters',
        '[^2]: Lena Ortiz, "Tides of Forecasting" (Blog) - on what forecasts cannot know',
      );
      assert.deepStrictEqual(flagged(unlinked, report()), ['3:1 missing-source-url']);
      // A shorter title by the same author repeats the work it starts.
      const shortened = notes(
        '[^1]: Russell, Stuart. *Harbour Compatible: Tides and the Problem of Control*. Viking, 2019.',
        '[^2]: Russell, Stuart. *Harbour Compatible*, 2019.',
      );
      assert.deepStrictEqual(flagged(shortened, report()), []);
    });

    it('a later note that cites again a work given in full with its source is found by it', () => {
      const book = '[^1]: Ada Vogel, *The Harbour Years*, translated by Max Reyes (Halifax: Tern Press, 2001), pp. 3, 40.';
      // Its title in italics, inside a sentence that names the author.
      const aside = '[^2]: For one case, see Vogel on winter tides in *The Harbour Years*, p. 12.';
      assert.deepStrictEqual(flagged(notes(book, aside), report()), []);
      assert.deepStrictEqual(flagged(notes(aside.replace('[^2]', '[^1]')), report()), ['3:1 missing-source-url'], 'alone, nothing traces it');
      // The same title by another author, or in another year, is another work.
      for (const another of [
        '[^2]: For one case, see Ortiz on winter tides in *The Harbour Years*, p. 12.',
        '[^2]: For one case, see Vogel on winter tides in *The Harbour Years*, 2015 edition, p. 12.',
      ]) {
        assert.deepStrictEqual(flagged(notes(book, another), report()), ['4:1 missing-source-url'], another);
      }
      // A chapter in a volume named in quotes, "In" capitalised, after another chapter of it with its publisher.
      const chapter = '[^1]: Reyes, Max. "The Grey Pier." In "Tidewater Tales," Tern Press, 1984, pp. 9-20.';
      const other = '[^2]: Reyes, Max. "Salt and Rope." In "Tidewater Tales," pp. 41-50.';
      assert.deepStrictEqual(flagged(notes(chapter, other), report()), []);
      assert.deepStrictEqual(flagged(notes(other.replace('[^2]', '[^1]')), report()), ['3:1 missing-source-url']);
      // Author and nearly all the words, the title unmarked.
      const full = '[^1]: Ferrante, Lucia. Tides I, II, and III of the Northern Shore. Translated by A. Vogel. Halifax: Tern Press, 1987, pp. 1-30.';
      const short = '[^2]: Ferrante, Tides I, II, and III of the Northern Shore, pp. 20-25.';
      assert.deepStrictEqual(flagged(notes(full, short), report()), []);
      // Pages in roman numerals, a range of them included, are locators too.
      assert.deepStrictEqual(flagged(notes(full, '[^2]: Ferrante, Tides I, II, and III of the Northern Shore, preface, pp. xii-xxv.'), report()), []);
      assert.deepStrictEqual(flagged(notes(short.replace('[^2]', '[^1]')), report()), ['3:1 missing-source-url']);
      const fewer = '[^2]: Ferrante, Tides I, II, and III of the Southern Coast, its Ports and Fisheries, pp. 20-25.';
      assert.deepStrictEqual(flagged(notes(full, fewer), report()), ['4:1 missing-source-url'], 'too many words of its own');
      // Another author of the same given name; the author's surname alone after a full name; a second work after ";".
      const given = '[^1]: Ada Vogel. Tides I, II, and III of the Northern Shore. Halifax: Tern Press, 1987.';
      assert.deepStrictEqual(flagged(notes(given, '[^2]: Ada Ortiz, Tides I, II, and III of the Northern Shore, pp. 20-25.'), report()), [
        '4:1 missing-source-url',
      ]);
      assert.deepStrictEqual(flagged(notes(given, '[^2]: Vogel, Tides I, II, and III of the Northern Shore, pp. 20-25.'), report()), []);
      assert.deepStrictEqual(flagged(notes(full, `${short.slice(0, -1)}; Ortiz, Tides.`), report()), ['4:1 missing-source-url']);
      // Another volume or edition of the same work.
      const volume = '[^1]: Ferrante, Lucia. Tides I, II, and III of the Northern Shore, vol. 1, 2nd ed. Halifax: Tern Press, 1987.';
      assert.deepStrictEqual(flagged(notes(volume, '[^2]: Ferrante, Tides I, II, and III of the Northern Shore, vol. 1, 2nd ed., pp. 20-25.'), report()), []);
      for (const another of [
        '[^2]: Ferrante, Tides I, II, and III of the Northern Shore, vol. 2, 2nd ed., pp. 20-25.',
        '[^2]: Ferrante, Tides I, II, and III of the Northern Shore, vol. 1, 3rd ed., pp. 20-25.',
      ]) {
        assert.deepStrictEqual(flagged(notes(volume, another), report()), ['4:1 missing-source-url'], another);
      }
      // A title's "The" or an organisation's words are not a name the later note must give; an article is no volume.
      const society = '[^1]: The Royal Society, *Harbour Futures Review* (London: Royal Society Press, 2019).';
      assert.deepStrictEqual(flagged(notes(society, '[^2]: Lena Ortiz, a critique of the sector in *Harbour Futures Review*, p. 4.'), report()), [
        '4:1 missing-source-url',
      ]);
      const article = '[^1]: Lena Ortiz, "Harbour Futures," *Journal of Coastal Studies* 12, no. 3 (2001): 3-19.';
      assert.deepStrictEqual(flagged(notes(article, '[^2]: Max Reyes, "Salt and Rope," in Harbour Futures, edited by Ada Vogel, pp. 41-50.'), report()), [
        '4:1 missing-source-url',
      ]);
      // The earlier citation's surname must be a name in the later note: not a word ("world" for World Bank), not a
      // given name shared with another author; initials and two-letter names tell authors apart.
      const bank = '[^1]: World Bank, *Harbour Finance Review* (Washington: World Bank Press, 2019).';
      assert.deepStrictEqual(flagged(notes(bank, '[^2]: Lena Ortiz, on the world of ports in *Harbour Finance Review*, p. 4.'), report()), [
        '4:1 missing-source-url',
      ]);
      assert.deepStrictEqual(flagged(notes(book, '[^2]: For one case, see Ada Ortiz on winter tides in *The Harbour Years*, p. 12.'), report()), [
        '4:1 missing-source-url',
      ]);
      const tides = 'Tides I, II, and III of the Northern Shore';
      for (const [first, later] of [
        [`A. Vogel, ${tides}. Halifax: Tern Press, 1987.`, `B. Vogel, ${tides}, pp. 20-25.`],
        [`Wang Li, ${tides}. Halifax: Tern Press, 1987.`, `Wang Wu, ${tides}, pp. 20-25.`],
        // Volumes and editions in words, and numbers elsewhere in the earlier citation ("2 March").
        [`Vogel, Ada. ${tides}, Volume One. Halifax: Tern Press, 1987.`, `Vogel, ${tides}, Volume Two, pp. 20-25.`],
        [`Vogel, Ada. ${tides}, 2nd edn. Halifax: Tern Press, 1987.`, `Vogel, ${tides}, 3rd edn., pp. 20-25.`],
        [`Vogel, Ada. ${tides}, vol. 1, 2 March. Halifax: Tern Press, 1987.`, `Vogel, ${tides}, vol. 2, pp. 20-25.`],
      ]) {
        assert.deepStrictEqual(flagged(notes(`[^1]: ${first}`, `[^2]: ${later}`), report()), ['4:1 missing-source-url'], later);
      }
      // Two works joined by "and", one of which has no source.
      const two = '[^2]: See Vogel, *The Harbour Years*, p. 12, and Ortiz, *Salt and Rope in the North*, p. 4.';
      assert.deepStrictEqual(flagged(notes(book, two), report()), ['4:1 missing-source-url']);
      // A remark before "see" and the names after it; a title found by its first words.
      const munro = '[^1]: On tides in Halifax, see Max Munro, *Tern Harbours Rhythm and Race* (Halifax: Tern Press, 2010), chap. 3.';
      const again = '[^2]: On rope, Tern Power, and Ada Vogel, see Munro, *Tern Harbours*, chap. 4.';
      assert.deepStrictEqual(flagged(notes(munro, again), report()), []);
      assert.deepStrictEqual(flagged(notes(again.replace('[^2]', '[^1]')), report()), ['3:1 missing-source-url']);
      // Titles in other scripts are compared by their own letters, not only their digits.
      const greek = '[^1]: Παπαδόπουλος, Γιώργος. *ΕΣΠΑ 2014-2020 Πρόγραμμα Ανάπτυξης*. Αθήνα: Κριτική, 2015.';
      assert.deepStrictEqual(flagged(notes(greek, '[^2]: Βλ. Παπαδόπουλος για τα έργα στο *ΕΣΠΑ 2014-2020 Τελική Αξιολόγηση*, σ. 12.'), report()), [
        '4:1 missing-source-url',
      ]);
      // An online source named again in other words still needs its link.
      const page = '[^1]: "Harbour tides," Wikipedia, https://en.wikipedia.org/wiki/Harbour_tides.';
      assert.deepStrictEqual(flagged(notes(page, '[^2]: Ada Reyes, discussed in "Harbour tides," Wikipedia.'), report()), ['4:1 missing-source-url']);
    });

    it('a note that tells how it got its data ("was retrieved from the files") names no online source', () => {
      const text = notes('[^1]: This information was retrieved from the survey files of the 2016 sample, by municipality.');
      assert.deepStrictEqual(flagged(text), []);
      assert.deepStrictEqual(flagged(notes('[^1]: Harbour Board, "Tide Tables." Retrieved 3 May 2024.')), ['3:1 missing-source-url']);
    });

    it('reads character references as the characters they render (&rsquo;, &ndash; …)', () => {
      // A short form as exported from HTML: read as written, its ";" would end the citation inside the title.
      assert.deepStrictEqual(flagged(notes('[^1]: Seta, *L&rsquo;Italia del Porto*, 43&ndash;45.'), report()), []);
      const { model } = check(notes('[^1]: Vogel, &ldquo;Tides,&rdquo; 12&#8211;14 &amp; &#x2014; &bogus; &#0;.'), {});
      assert.strictEqual(model.notes[0].prose, 'Vogel, “Tides,” 12–14 & — &bogus; \uFFFD.');
    });

    it('a draft\'s placeholder ("TODO", "NEED", "citation needed") in a report: the source is still to be supplied', () => {
      const text = notes('[^1]: NEED', '[^2]: TODO: the harbour survey', '[^3]: Vogel, Ada. *Tides*. Halifax: Tern Press, 2001.', '[^4]: NEED');
      assert.deepStrictEqual(
        problemsOf(text, 'missing-source-url', report()).map((p) => p.message),
        [
          'Footnote [^1] holds the place of a source ("NEED"): the source is still to be supplied.',
          'Footnote [^2] holds the place of a source ("TODO"): the source is still to be supplied.',
          // each placeholder stands for a source of its own
          'Footnote [^4] holds the place of a source ("NEED"): the source is still to be supplied.',
        ],
      );
      assert.match(problemsOf(text, 'missing-source-url', { ...report(), locale: 'fr' })[0].message, /tient la place d’une source \(« NEED »\)/);
      // Outside reports a note like this is an author's reminder, not a citation to check.
      assert.deepStrictEqual(flagged(text), []);
      // an author's note to self to put the citation in (round 19); not a sentence that adds sources to a model
      assert.deepStrictEqual(
        problemsOf(notes('[^1]: Put citation here about remittances in the harbour.', '[^2]: Insert citation.'), 'missing-source-url', report()).map(
          (p) => p.message,
        ),
        [
          'Footnote [^1] holds the place of a source ("Put citation"): the source is still to be supplied.',
          'Footnote [^2] holds the place of a source ("Insert citation"): the source is still to be supplied.',
        ],
      );
      assert.deepStrictEqual(flagged(notes('[^1]: Add sources of wealth to the model, as the harbour survey does.'), report()), []);
      // in brackets, or in capitals
      flaggedInReport(['[^1]: [Insert citation]', '[^1]: (Insert citation)', '[^1]: INSERT CITATION HERE']);
      // in Chinese: a translation still to come, a source to add
      // ordinary Chinese notes that begin with the same characters are no placeholders
      for (const def of ['[^1]: 翻譯中的問題在於原文並未說明出處。', '[^1]: 待補償的金額由港務局另行公告。', '[^1]: 翻译中心，《年度报告》（2019）。'])
        assert.ok(!problemsOf(notes(def), 'missing-source-url', report()).some((p) => p.message.includes('holds the place')), def);
      const zh = notes('[^1]: （翻譯內容中）', '[^2]: （待補來源）');
      assert.deepStrictEqual(
        problemsOf(zh, 'missing-source-url', report()).map((p) => p.message),
        [
          'Footnote [^1] holds the place of a source ("翻譯內容中"): the source is still to be supplied.',
          'Footnote [^2] holds the place of a source ("待補來源"): the source is still to be supplied.',
        ],
      );
    });

    it('an address written out without its scheme can be typed: it traces the source, but is no link', () => {
      const text = notes('[^1]: New Harbour, "Building Open Tools," consulted 4 July 2022. (newharbour.org/reports/building-tools/)');
      assert.deepStrictEqual(flagged(text, report()), []);
      assert.deepStrictEqual(flagged(text), []);
      assert.deepStrictEqual(flagged(text, { config: configFrom('sources:\n  require: link') }), ['3:1 missing-source-url']);
    });

    it('a document "available at" a site is asked for its own link', () => {
      flaggedInReport([
        '[^1]: Harbour Agency, *Port Statistics 2023*, available at harbouragency.gov.',
        '[^1]: Tidewater Institute, “Ports in Transition” (2024), available at tidewater.org.',
      ]);
    });

    it('a host given as the way into a searchable portal can be typed: it traces the source', () => {
      const via = notes(
        '[^1]: Harbour Records Office, *Committee Filings Portal*, contribution filings (search accessible via records.harbour.gov; query committee names for 2018–2022).',
      );
      assert.deepStrictEqual(flagged(via, report()), []);
      assert.deepStrictEqual(flagged(via), []);
      // a site named as what the note cites, with no way in, is still an online source without its link
      assert.deepStrictEqual(flagged(notes('[^1]: Harbour Records Office, committee filings, records.harbour.gov, 2022.')), ['3:1 missing-source-url']);
    });

    it("a file of the document's own repository by its relative path can be opened: it traces the source", () => {
      const text = notes('[^1]: **Harbour Schema (tables and triggers)**.  ', './schema/harbour_14.sql');
      assert.deepStrictEqual(flagged(text, report()), []);
      // a path with no file in it, or a bare word, is no address
      assert.deepStrictEqual(flagged(notes('[^1]: **Harbour Schema (tables and triggers)**.  ', 'See ./schema/'), report()), ['3:1 missing-source-url']);
    });

    it('supra note N resolves to note N', () => {
      const text = notes(
        '[^1]: Smithfield v. Orbis Corp., 512 U.S. 100, 104 (1994).',
        '[^2]: Some aside that matters to nobody here at all.',
        '[^3]: Smithfield, *supra* note 1, at 106.',
      );
      assert.deepStrictEqual(flagged(text), []);
    });
  });

  describe('held-out round 10: archive files, classics by number, titles with an apostrophe, sources quoted in a work', () => {
    it('in a report, an item of a digital archive named by its file name and date is traceable', () => {
      const def = '[^1]: Rook, “Shop Rules (rook-rules.1998.04.02.nfo),” April 2, 1998, TextVault.';
      assert.deepStrictEqual(flagged(notes(def), report()), []);
      // its name broken before the extension, as a line break leaves it
      assert.deepStrictEqual(flagged(notes('[^1]: Rook, “Shop Rules (rook-rules.1998.04.02. nfo),” April 2, 1998, TextVault.'), report()), []);
      // the same item without its file name has nothing to trace it by
      assert.deepStrictEqual(flagged(notes('[^1]: Rook, “Shop Rules,” April 2, 1998, TextVault.'), report()), ['3:1 missing-source-url']);
    });
    it('a file on a site named as where it is, or a web document by its file name, still wants its link', () => {
      assert.deepStrictEqual(flagged(notes('[^1]: “Shop Rules (shop_rules.txt),” 2000, scene-files.info.')), ['3:1 missing-source-url']);
      assert.deepStrictEqual(flagged(notes('[^1]: Harbour Board, “Annual Plan (plan.pdf),” 2021.'), report()), ['3:1 missing-source-url']);
    });
    it('in a report, a classic cited by author, book and section is traceable', () => {
      assert.deepStrictEqual(flagged(notes('[^1]: Seneca, iv.12. “It is rare that a harbour is calm.”'), report()), []);
    });
    it('in a report, a short form whose title holds an apostrophe is a short form', () => {
      assert.deepStrictEqual(flagged(notes('[^1]: Lund, “The Harbour’s Two Faces,” 12.'), report()), []);
      // a title in single quotes still closes at its closing quote
      assert.deepStrictEqual(flagged(notes('[^1]: Lund, ‘The Harbour’s Two Faces’, 12.'), report()), []);
    });
    it('a source quoted in a work cited before is read from that work', () => {
      const text = notes(
        '[^1]: Ortiz, Lena. *Harbour Histories*. Lakeview Press, 2019.',
        '[^2]: Ada Reyes, “Tides Rise,” *The Guardian*, 3 May 2015, quoted in Ortiz, *Harbour Histories*, 4.',
      );
      assert.deepStrictEqual(flagged(text), []);
      assert.deepStrictEqual(flagged(text, report()), []);
      // quoted in a web page, it is the web page that wants a link
      const online = notes('[^1]: Ada Reyes, “Tides Rise,” *The Guardian*, 3 May 2015, quoted in Ortiz, “Harbour Notes,” harbour-notes.info, 2016.');
      assert.deepStrictEqual(flagged(online), ['3:1 missing-source-url']);
    });
    it('in a report, a chronicle read in an edition cited by its editor, year and page is a short form', () => {
      assert.deepStrictEqual(flagged(notes('[^1]: Harbour Chronicle, in Lund 1863: 261'), report()), []);
      assert.deepStrictEqual(flagged(notes('[^1]: Lund 1863: 261'), report()), []);
      // a name, then "in" a paper with a year, is no edition
      assert.deepStrictEqual(flagged(notes('[^1]: Ada Reyes, in Harbour Times, 2015.'), report()), ['3:1 missing-source-url']);
    });
    it('in a report, what an author says ("According to …"), then a short form, is a short form', () => {
      const def =
        '[^1]: According to Ortiz, during the strike (1921–1923), more ships sailed to Halifax, avoiding the port. Ortiz, “Strikes,” *Tides*, 104–17.';
      assert.deepStrictEqual(flagged(notes(def), report()), []);
    });
  });

  describe('what those readings must not silence (a review of them)', () => {
    const full = '[^1]: Ortiz, Lena. *Harbour Histories*. Lakeview Press, 2019.';
    it('a sentence about an author that names a page read online, then a short form, is still judged', () => {
      for (const def of [
        '[^2]: According to Wikipedia, “Harbour,” accessed 4 May 2024, the port closed in 1921; Ortiz, *Harbour Histories*, 4.',
        '[^2]: She relies on Vogel, “Fog at Sea,” Harbour Blog, 3 May 2021, accessed 4 May 2024. Ortiz, *Harbour Histories*, 4.',
      ])
        assert.deepStrictEqual(flagged(notes(full, def)), ['4:1 missing-source-url'], def);
    });
    it('another work of the same author, by another country, meeting or number, is a finding of its own', () => {
      for (const [a, b] of [
        ['IMF, “Article IV Consultation with Harbouria,” 2023.', 'IMF, “Article IV Consultation with Tidewater,” 2023.'],
        ['Harbour Board, Minutes of the 12th Meeting of the Board, 2024.', 'Harbour Board, Minutes of the 13th Meeting of the Board, 2024.'],
        ['Harbour Treasury, Budget Circular No. 4 of 2024.', 'Harbour Treasury, Budget Circular No. 7 of 2024.'],
        ['Harbour Institute, “Harbour Governance: Lessons from Norway,” 2020.', 'Harbour Institute, “Harbour Governance: Lessons from Chile,” 2020.'],
      ]) {
        assert.deepStrictEqual(flagged(notes(`[^1]: ${a}`, `[^2]: ${b}`), report()), ['3:1 missing-source-url', '4:1 missing-source-url'], b);
        // nor is it traced by the first when that one gives its link
        assert.deepStrictEqual(flagged(notes(`[^1]: ${a} https://harbour.example/a`, `[^2]: ${b}`), report()), ['4:1 missing-source-url'], b);
      }
    });
    it('a title in italics ending in Act or Rules is no statute', () => {
      assert.deepStrictEqual(flagged(notes('[^1]: Ortiz, *Breaking the Rules*, 2019, Harbour Blog.')), ['3:1 missing-source-url']);
      assert.deepStrictEqual(flagged(notes('[^1]: Reyes, *A Delicate Balancing Act*, 2019.'), report()), ['3:1 missing-source-url']);
    });
    it('a download or a saved copy read online is no archive item', () => {
      for (const def of [
        '[^1]: Harbour Council, “Port data (ports.zip),” 2021, accessed 3 May 2024.',
        '[^1]: Harbour Council, “Port data (ports.zip),” 2021, Harbour Council website.',
        '[^1]: Reyes, “Tides Rise,” *The Guardian*, 3 May 2015 (saved as tides.txt).',
      ])
        assert.deepStrictEqual(flagged(notes(def)), ['3:1 missing-source-url'], def);
      assert.deepStrictEqual(flagged(notes('[^1]: World Bank, World Development Indicators, WDI_CSV.zip, 2024.'), report()), ['3:1 missing-source-url']);
    });
    it('"quoted in" a work no note cites, or after another citation, leaves the note judged as written', () => {
      const orphan = '[^1]: Ada Reyes, “Tides Rise,” *The Guardian*, 3 May 2015, quoted in Ortiz, *Harbour Histories*, 4.';
      assert.deepStrictEqual(flagged(notes(orphan)), ['3:1 missing-source-url']);
      const after = '[^2]: Vogel, “Fog at Sea,” Harbour Blog, accessed 2 May 2024; the mayor’s remark, quoted in Ortiz, *Harbour Histories*, 4.';
      assert.deepStrictEqual(flagged(notes(full, after)), ['4:1 missing-source-url']);
    });
    it('"c. 2021" (circa) is no book and section of a classic', () => {
      assert.deepStrictEqual(flagged(notes('[^1]: Wikipedia, c. 2021, “Harbour”.')), ['3:1 missing-source-url']);
      assert.deepStrictEqual(flagged(notes('[^1]: Ortiz, c. 2015, “Tides of Trade,” Harbour Blog.')), ['3:1 missing-source-url']);
    });
    it('"in" a newspaper of a year is no edition, and a path in a sentence is no file of the repository', () => {
      assert.deepStrictEqual(flagged(notes('[^1]: Reuters, in Guardian 2015.'), report()), ['3:1 missing-source-url']);
      const path = '[^1]: Vogel, “Fog at Sea,” Harbour Blog, accessed 3 May 2024; we ran ./setup.sh on our copy.';
      assert.deepStrictEqual(flagged(notes(path)), ['3:1 missing-source-url']);
    });
  });

  describe("what round 12's readings must not silence (a second review)", () => {
    it('in a report, still reports each of these', () => {
      flaggedInReport([
        '[^1]: Tidewater Energy Limited, *Sustainability Report 2022*, 2023.',
        '[^1]: Harbour Cranes Ltd, "Harbour Cranes achieves ISO 9001 certification," press release, 12 March 2023.',
        '[^1]: Harbour Health Institute. Tides of care [Internet]. Halifax: Harbour Health Institute; 2020 [cited 2023 May 1].',
        '[^1]: Ministry of Ports, *National Port Strategy 2030*, 2022. Official website: https://ports.gov.example/',
        '[^1]: Tidewater Logistics, "Sustainability Report 2023," 2024 (see the company overview). https://tidewater.example/',
        '[^1]: Reyes, A. "Foreign Policy Goes Local." 2013. EN 2020 edition.',
        '[^1]: Tavares R. 2022 annual review, retrieved online. Harbour Council: Annual Review.',
      ]);
    });
    it('outside reports, still reports these online sources', () => {
      for (const def of [
        '[^1]: Harbour Cranes Ltd, "We are now ISO 14001 certified," blog post, 2023.',
        '[^1]: Reyes, A. "Tenants face rising rents," Thomson Reuters Foundation News, 12 May 2021.',
        '[^1]: Reyes, A. (2021) 10 Ways Ports Can Cut Emissions by 2030. Harbour Blog.',
        '[^1]: Ortiz, L. "Wi-Fi 6 and IEEE 802.11ax explained," *The Verge*, 2021.',
        '[^1]: Reyes, A. "GDPR article 17 in practice," *Harbour Privacy Blog*, 2019, accessed 2 May 2021.',
        '[^1]: Tavares, R. "Harbour rules 2022 (NSW) explained," blog post, 2022.',
        '[^1]: Ortiz, L. "Ports after the strike [2021] Harbour 5," *The Guardian*, 2021.',
      ])
        assert.deepStrictEqual(flagged(notes(def)), ['3:1 missing-source-url'], def);
    });
  });

  describe('held-out leftovers: a law named in an example, short forms closed by full stops, abbreviated classics', () => {
    it('in a report, a note that gives an example naming a law is an aside', () => {
      assert.deepStrictEqual(flagged(notes('[^1]: For example, in 2004 Harbouria introduced the _Tidal Rights and Fisheries Act_.'), report()), []);
      assert.deepStrictEqual(flagged(notes('[^1]: For instance, Tidewater repealed the *Port Levy Act* in 2011.'), report()), []);
    });
    it('in a report, an example that names a document, or an adopted guideline, is still judged', () => {
      flaggedInReport([
        '[^1]: For example, in 1998 the regulator published the _Review of Harbour Markets_.',
        '[^1]: See Harbour Board, Guidelines 3/2020 on port data, version 2.0, adopted on 9 March 2021, para. 15.',
      ]);
    });
    it('in a report, "Surname. *Title*. Poem #N." repeats the citation of that work', () => {
      const text = notes('[^1]: Lund, A.B. *The Poems of Ada Lund: Reading Edition*. Lakeview Press, 1999.', '[^2]: Lund. *Poems*. Poem #260.');
      assert.deepStrictEqual(flagged(text, report()), []);
      // and like every short form, one that repeats nothing is judged as written
      assert.deepStrictEqual(flagged(notes('[^1]: Lund. *Poems*. Poem #260.'), report()), ['3:1 missing-source-url']);
      assert.deepStrictEqual(flagged(notes('[^1]: Reyes. *Tides of Trade*. p. 12.'), report()), ['3:1 missing-source-url']);
    });
    it('in a report, a book whose place and year follow its title in square brackets is traceable', () => {
      const def = '[^1]: (Ortiz and Reyes, *The Inscriptions of the Old Harbour Cemetery* [Leghorn, 1906], 85; no transcription given)';
      assert.deepStrictEqual(flagged(notes(def), report()), []);
      // square brackets that say it was read online are no place of publication
      for (const d of ['[^1]: Ortiz, *Harbour Days* [Online, 2020].', '[^1]: Ortiz, "Harbour Days" [Harbour Blog, 2020].'])
        assert.deepStrictEqual(flagged(notes(d), report()), ['3:1 missing-source-url'], d);
    });
    it('in a report, a classic by its title abbreviated in italics and its book is traceable, a periodical is not', () => {
      assert.deepStrictEqual(flagged(notes('[^1]: *Hist. anim.*, ix.'), report()), []);
      assert.deepStrictEqual(flagged(notes('[^1]: *Harbour Weekly*, iv.'), report()), ['3:1 missing-source-url']);
    });
  });

  describe('held-out round 13: newspapers cited by their printed page', () => {
    it('a newspaper article of a given day with its section page is found in print, in a report or not', () => {
      for (const def of [
        '[^1]: Ada Reyes, “With Every Post, a Pundit Stirs the Harbour,” *New York Times*, 16 January 2003, G5.',
        '[^1]: Lena Ortiz (13 August 2005), “Harbour Delays Scanning; Costs Rise,” *Washington Post*, D01.',
        '[^1]: Lena Ortiz (6 May 2005), “Harbour Project Angers Port,” The Independent (London), p. 33. Accessed via Lexis|Nexis.',
        '[^1]: See Ada Reyes, “Ports Sue,” *USA Today*, 15 September 2003, 4D; Lena Ortiz, “Is the Harbour a Pirate?” *Toronto Star*, 18 September 2003, P7.',
      ]) {
        assert.deepStrictEqual(flagged(notes(def)), [], def);
        assert.deepStrictEqual(flagged(notes(def), report()), [], def);
      }
    });
    it('in a report, an SSRN paper by its id, a chapter in an edited volume, a constitution by article are traceable', () => {
      quietInReport([
        '[^1]: Reyes, A. (2025). "Law as Tide." SSRN Working Paper No. 5737383.',
        '[^1]: Ortiz, L. (2024). "Harbours Before Darwin." SSRN 5741544, pp. 31-47.',
        '[^1]: Reyes, A. (2001). "Tides as a sign of commitment." In L. Ortiz (Ed.), *Harbours and Commitment*, pp. 290-309. Harbour Sage Foundation.',
        '[^1]: Reyes, A. & Ortiz, L. (1994). "Conditions for Port Reform." In Reyes (ed), *The Political Economy of Ports*. IHE.',
        '[^1]: Constitución de Harbouria 1997, Art. 331-A: the threshold for a referendum.',
        '[^1]: Harbour Const. art. I, § 8.',
      ]);
      // a volume named without its editors, or an SSRN number too short to be an id, is still judged
      for (const def of ['[^1]: Ortiz, L. (2019). "Tides of Trade." In *Harbour Essays*.', '[^1]: Ortiz, L. (2019). "Tides of Trade." SSRN No. 12.'])
        assert.deepStrictEqual(flagged(notes(def), report()), ['3:1 missing-source-url'], def);
    });
    it("in a report, a regulator's and other countries' legal forms, and a proceeding's own record, are traceable", () => {
      quietInReport([
        '[^1]: Harbour Privacy Commission, Advisory Opinion No. 2017-44 (16 August 2017).',
        '[^1]: Ministry of Health, Joint Memorandum Circular No. 2020-0002, VI (F) (2020).',
        '[^1]: Ministry of Trade, Supplemental Guidelines, Joint Memorandum Circular No. 20-04-A Series of 2020 (15 August 2020).',
        '[^1]: *Reyes vs. Harbour Airlines*, G.R. No. 198656, 08 September 2014.',
        '[^1]: Harbour Commission, Rules Implementing Republic Act No. 10173, s. 34 (2016).',
        '[^1]: Undang-Undang Republik Indonesia Nomor 19 Tahun 2016 tentang Perubahan, (2016).',
        '[^1]: Press Law No 40 of 1999.',
        '[^1]: _Electronic Transaction Law 2004_ (MM).',
        '[^1]: _2008-Constitution_ (MM).',
        '[^1]: Fact-Finding Report, at 3. HPC 19-910',
        '[^1]: Minute Resolution CID CDO No. 25-001, dated 08 May 2025.',
      ]);
      // a report whose title names a law, with its file type in brackets, is not one
      assert.deepStrictEqual(flagged(notes('[^1]: Harbour Council, *Harbour Law Review* (PDF), 2021.'), report()), ['3:1 missing-source-url']);
    });
    it("in a report, a wikilink to the site's own page is a link", () => {
      const def = '[^1]: Harbour Commission, [[opinions/2020/opinion-2020-043|Advisory Opinion No. 43]] (Nov. 4, 2020).';
      assert.deepStrictEqual(flagged(notes(def), report()), []);
      assert.deepStrictEqual(flagged(notes('[^1]: Harbour Commission, Guide to tides [[guides/tides]], 2020.'), report()), []);
      // brackets that hold no page name are no wikilink
      assert.deepStrictEqual(flagged(notes('[^1]: Harbour Commission, Guide to tides [[]], 2020.'), report()), ['3:1 missing-source-url']);
    });
    it('in a report, "(cit. note 17)", a McGill article, a manuscript at a historical society, an APA chapter by pages', () => {
      quietInReport([
        '[^1]: Lund, “Mapping Harbour Exchange” (cit. note 17), in particular, pp. 103–105.',
        '[^1]: Ada Reyes and Lena Ortiz, "Tides are not a metaphor" (2012) 1(1) *Harbour Studies* 1 at 28.',
        '[^1]: Ada Reyes, Commonplace-book, Harbour Historical Society, Halifax, NS, p. 20. Used by permission.',
        '[^1]: The Political System in Harbouria. (2012). In The Harbour Health System in Change (pp. 259-264). Harbour Institute.',
      ]);
    });
    it('one citation of the note without its page, or one read online, keeps the note judged', () => {
      for (const def of [
        '[^1]: Ada Reyes, “Ports Sue,” *New York Times*, 2 February 2003, A28; Lena Ortiz, “Coverage Mixed,” Online Harbour Review, 2 February 2003, available at link #10.',
        '[^1]: Ada Reyes, “Ports Sue,” *New York Times*, 2 February 2003, A28; Lena Ortiz, “Coverage Mixed,” *The Guardian*, 3 February 2003.',
        '[^1]: Ada Reyes, “Ports Sue,” *New York Times*, 2 February 2003, A28. Accessed 4 May 2024.',
        '[^1]: Ada Reyes, “Ports Sue,” *New York Times*, 2 February 2003.',
      ])
        assert.deepStrictEqual(flagged(notes(def)), ['3:1 missing-source-url'], def);
    });
  });

  describe("what round 13's readings must not silence (a third review)", () => {
    it('in a report, still reports each of these', () => {
      flaggedInReport([
        // an act's or an organisation's acronym is no country's code
        '[^1]: Harbour Commission, "Questions and Answers: Port Services Act (PSA)," press release, 25 April 2023.',
        '[^1]: Tidewater Law Centre (TLC), "Port Workers\' Rights Explained," 2021.',
        // a headline that names a law, an issuance or a series is no legal citation
        '[^1]: Ada Reyes, "Explained: Article 370 of the Harbour Constitution," *The Harbour Times*, 5 August 2019.',
        '[^1]: Harbour City Council, "Council Adopts Resolution No. 2021-14," press release, 3 June 2021.',
        '[^1]: Harbour Institute, *Policy Brief No. 12, Series of 2021*, 2021.',
        // a docket in a press release read online, or a fiscal year or a goal, is no proceeding's record
        '[^1]: Harbour Privacy Commission, "Status of Proceeding HPC 19-910," press release, 2 June 2021, accessed 3 June 2021.',
        '[^1]: Harbour Council, Budget Statement FY 22-2023, 2022.',
        // an organisation's flagship report cited by a chapter is still its report
        '[^1]: World Bank. (2022). Ports and finance. In *World Development Report 2022* (pp. 45-60). World Bank.',
        // a medium in brackets is no place of publication
        '[^1]: Ortiz, *Ports and AI* [Podcast episode, March 12, 2023].',
        '[^1]: Ortiz, *Ports and AI* [Video, 2021].',
        '[^1]: Ortiz, *Ports and AI* [Policy Brief, 2021].',
        // a historical society's page read online, or its journal without volume and pages
        '[^1]: Harbour Historical Society, "Harbour Strikes of 1934," Harbopedia, p. 3, accessed 3 May 2023.',
        '[^1]: Reyes, "Tides," *Transactions of the Harbour Historical Society*, 2002.',
        // a wikilink that is no page's path
        '[^1]: Harbour Council, *Port Report 2023*, 2023 [[TBD]].',
        '[^1]: Harbour Council, *Port Report 2023*, 2023 [[Harbour Council]].',
        '[^1]: Harbour Institute, *Tides Tracker*, 2023. [[citation-needed]]',
        '[^1]: Harbour Institute, *Tides Tracker*, 2023. [[source-TBD]]',
      ]);
    });
    it('the verbs of a law named in an example make no aside of a citation', () => {
      flaggedInReport([
        '[^1]: Ministry of Ports, press release on the levy it abolished in 2020, 3 March 2021.',
        '[^1]: For example, Harbouria introduced a port levy in 2021: Ministry of Ports, "Port Levy Announced," press release, 3 March 2021.',
      ]);
    });
    it('a printed page in one citation of a note does not trace another, nor does a database after an address read online', () => {
      for (const def of [
        '[^1]: Ada Reyes, “Ports Sue,” *The Guardian*, 16 January 2003, A1. Tom Lund, “Harbour Live Blog,” *The Guardian*, 17 January 2023.',
        '[^1]: Ada Reyes, “Ports Sue,” *New York Times*, 2 February 2003, A28. Accessed via Nexis. Lena Ortiz, “Coverage,” Harbour Blog, accessed 3 May 2023.',
      ])
        assert.deepStrictEqual(flagged(notes(def)), ['3:1 missing-source-url'], def);
    });
  });

  describe("what round 13's narrowed readings must not silence (a fourth review)", () => {
    it('in a report, still reports each of these', () => {
      flaggedInReport([
        // a headline in single curly quotes, as British and legal styles write them
        '[^1]: Ada Reyes, ‘Explained: Article 370 of the Harbour Constitution’, *The Harbour Times*, 5 August 2019.',
        '[^1]: Harbour City Council, ‘Council Adopts Resolution No. 2021-14’, press release, 3 June 2021.',
        // a press release on a resolution, a guide to an act, a plan's years, a working paper in brackets
        '[^1]: Harbour City Council, press release on Resolution No. 2021-14, 3 June 2021.',
        '[^1]: Harbour Institute, *A Guide to the Online Harbour Act* (UK), 2023.',
        '[^1]: Harbour Council, *National Port Plan NPP 21-2030*, 2021.',
        '[^1]: Ortiz, *Ports and AI* [Working Paper, 2021].',
        '[^1]: Ortiz, *Ports and AI* [YouTube, 2021].',
        '[^1]: Ortiz, *Ports and AI* [Fact Sheet, 2021].',
        // an example whose citation follows a colon
        '[^1]: E.g., Harbouria enacted reforms: Harbour Institute, *Port Reform Tracker*, 2023.',
      ]);
    });
    it('in a report, legal documents in italics, a three-letter code, a slug wikilink, a newspaper by section and page stay traceable', () => {
      quietInReport([
        '[^1]: Harbour Privacy Commission, *Advisory Opinion No. 2017-44*, 16 August 2017.',
        '[^1]: *Republic Act No. 10173 (Data Privacy Act of 2012)*.',
        '[^1]: *Electronic Transactions Law 2004* (MMR).',
        '[^1]: Harbour Council, [[port-report-2023|Port Report]], 2023.',
        '[^1]: Ada Reyes, "Port Strike," *New York Times*, Late Edition, 16 January 2003, Sec. A, p. 5.',
      ]);
    });
  });

  describe("held-out round 13's recall: an organisation's work of the web era named by title and year", () => {
    it("in a report, is reported; a person's book so named, or an organisation's before the web, is not", () => {
      flaggedInReport([
        '[^1]: Harbour Institute, *Varieties of Harbour Governance Dataset v14* (2024): the port is classed "managed".',
        '[^1]: Harbour Helsinki Committee, *Wrong Direction on Tides* (2013), pp. 28-29: ten appointments.',
      ]);
      quietInReport([
        '[^1]: Renwick, *The Politics of Harbour Reform* (2010), p. 247.',
        '[^1]: Harbour Institute, *Tides of the North* (1987), p. 12.',
        // a document number after the year traces it: a treaty, a UN document, a parliamentary paper
        '[^1]: Council of Harbours, *Convention on Tides* (2001), ETS No. 185.',
        '[^1]: Harbour Rights Committee, *General Comment No. 34* (2011), CCPR/C/GC/34.',
        '[^1]: Public Accounts Committee, *Harbour Dredging Contracts* (2019), HC 1234.',
        // a title with no author before it, whatever its words
        '[^1]: *The Foundation Pit* (2009).',
        // reissued: the first year counts
        '[^1]: World Commission on Harbours, *Our Common Tide* (1987), reissued 2009.',
      ]);
    });
  });

  describe("a citation of an entry of the document's own reference list", () => {
    const bibliography = (...entries: string[]): string => joinLines('', '', '## Bibliography', '', ...entries);

    it("an organisation's entry with its link traces the organisation's short note; an entry's wrapped last line is its own", () => {
      const short = notes(
        '[^1]: Ministry of Harbours and Tides, “Port Gateway.”',
        '[^2]: Lund and Vogel, “The Making of the Harbour Reforms and Their Aftermath: A Political Economy Perspective,” 2004.',
      );
      const entries = [
        'Ministry of Harbours and Tides. “Port Gateway.” 2020. <https://ports.example.gov/gateway>.',
        '',
        'Lund, Ada, and Max Vogel. “The Making of the Harbour Reforms and Their',
        'Aftermath: A Political Economy Perspective.” In *Reforming Harbour Finance*.',
        'Harbour Bank, 2004. <https://doi.org/10.4337/9781845421656>.',
      ];
      assert.deepStrictEqual(flagged(short, report()), ['3:1 missing-source-url', '4:1 missing-source-url'], 'with no list, nothing traces them');
      assert.deepStrictEqual(flagged(short + bibliography(...entries), report()), []);
      // an organisation named with a comma ("Centre for Ports, and Tide Info"), and its place ("Embassy of Harbouria, Paris")
      const comma = notes(
        '[^1]: Centre for Ports and Tide Info, *Global Harbour Rating*.',
        '[^2]: Embassy of Harbouria, Paris, “Harbouria Joins the Partnership.”',
      );
      const listed = bibliography(
        'Centre for Ports, and Tide Info. *Global Harbour Rating*. 2023. <https://rating.example.org>.',
        '',
        'Embassy of Harbouria, Paris. “Harbouria Joins the Partnership.” December 12, 2016. <https://embassy.example.fr/partnership>.',
      );
      assert.deepStrictEqual(flagged(comma + listed, report()), []);
      // an outlet's entry in italics, an organisation with its initials, a title on the line after the name
      const more = notes(
        '[^1]: *Harbour FT*, “The rule of the tide.”',
        '[^2]: Harbour Science and Tide Institute (HSTI), “Berth Datasets.”',
        '[^3]: Drafting Body on a Strategy for Harbours (DBSH), *Harbours in Tidewater*, 2019.',
      );
      assert.deepStrictEqual(flagged(more, report()), ['3:1 missing-source-url', '4:1 missing-source-url', '5:1 missing-source-url']);
      const their = bibliography(
        '*Harbour FT*. “The rule of the tide.” September 3, 2021. <https://ft.example.lk/rule-of-the-tide>.',
        '',
        'Harbour Science and Tide Institute (HSTI). “Berth Datasets.” HSTI, July 6, 2018. <https://data.example.gov/berths>.',
        '',
        'Drafting Body on a Strategy for Harbours (DBSH).',
        '*Harbours in Tidewater*. 2019. <https://ports.example.gov/strategy.pdf>.',
      );
      assert.deepStrictEqual(flagged(more + their, report()), []);
      // an entry with no link does not borrow the next one's: an organisation's entry on the next line, an author-date
      // entry of an organisation ("World Bank. 2021. <…>")
      const review = notes('[^1]: Ministry of Harbours and Tides, “Berth Allocation Review.”');
      for (const next of [
        'Tide Trust. “Port Fees in the North.” 2021. <https://tidetrust.example.org/fees>.',
        'Harbour Bank. 2021. <https://data.example.org/port-traffic>.',
      ])
        assert.deepStrictEqual(
          flagged(review + bibliography('Ministry of Harbours and Tides. “Berth Allocation Review.” 2019.', next), report()),
          ['3:1 missing-source-url'],
          next,
        );
      // an organisation's entry with no link traces nothing; nor does a wrapped line that holds a title of its own
      assert.deepStrictEqual(flagged(short + bibliography('Ministry of Harbours and Tides. “Port Gateway.” 2020.'), report()), [
        '3:1 missing-source-url',
        '4:1 missing-source-url',
      ]);
    });

    it('"(note 8)" is a short form of note 8 only when note 8 cites something and the note has no date of its own', () => {
      assert.deepStrictEqual(
        flagged(notes('[^1]: Ada Lund, *Harbour Futures* (Tidewater Press, 2001), 4.', '[^2]: Lund, “Harbour Futures” (note 1).'), report()),
        [],
      );
      assert.deepStrictEqual(flagged(notes('[^1]: The figures are rounded.', '[^2]: Harbour Agency, “Port Data Dashboard” (note 1).'), report()), [
        '4:1 missing-source-url',
      ]);
      assert.deepStrictEqual(flagged(notes('[^1]: Harbour Agency, “Port Data Dashboard,” accessed 3 May 2024 (see note 9).'), report()), [
        '3:1 missing-source-url',
      ]);
      assert.deepStrictEqual(
        flagged(
          notes(
            '[^1]: Ada Lund, *Harbour Futures* (Tidewater Press, 2001), 4.',
            '[^2]: Vogel, Max. “Why the Port Plan Failed.” Harbour Blog, 2023 (see note 1).',
          ),
        ),
        ['4:1 missing-source-url'],
      );
    });
    const cited = '[^1]: Lena Weller, “Corporate Harbours and Their Tides,” 2010.';
    const entry = 'Weller, Lena. 2010. “Corporate Harbours and Their Tides.” *Tern Review* 4: 1–20.';

    it('is not reported when the list gives the work: by its author and the words of its title', () => {
      assert.deepStrictEqual(flagged(notes(cited), report()), ['3:1 missing-source-url'], 'with no list, nothing traces it');
      assert.deepStrictEqual(flagged(notes(cited) + bibliography(entry), report()), []);
      // as a list item, or the list under a heading of another level
      assert.deepStrictEqual(flagged(notes(cited) + bibliography(`- ${entry}`), report()), []);
      assert.deepStrictEqual(flagged(notes(cited) + joinLines('', '', '### Works cited', '', entry), report()), []);
      // a short form in roman type: the surname, then two words of the listed title
      const roman = '[^1]: See in particular Weller, The Corporate Harbour in the Liberal State; and Hays, “The Politics of Harbour Reform,” pp. 157–69.';
      assert.deepStrictEqual(flagged(notes(roman), report()), ['3:1 missing-source-url']);
      const weller = 'Weller, James. _The Corporate Harbour in the Liberal State_. Boston: Tern, 1968.';
      const hays = 'Hays, Sam. “The Politics of Harbour Reform.” *Harbour Quarterly* 55, no. 4 (1964): 157–69.';
      assert.deepStrictEqual(flagged(notes(roman) + bibliography(weller, '', hays), report()), []);
      // each work the note cites must be listed
      assert.deepStrictEqual(flagged(notes(roman) + bibliography(weller), report()), ['3:1 missing-source-url']);
      // another work of the author listed after a dash for the name ("——."); a journal given by its name and year
      const dashed = '——. “The Politics of Harbour Reform.” _Harbour Northwest Quarterly_ (Winter 1964).';
      assert.deepStrictEqual(
        flagged(notes(roman.replace('Weller, The', 'Hays, The')) + bibliography(weller.replace('Weller, James', 'Hays, Sam'), dashed), report()),
        [],
      );
      // a German list, an entry wrapped over two lines, the short title in italics
      const german = joinLines(
        '',
        '',
        '## Literaturverzeichnis',
        '',
        'Janisch, Peter: Was ist Hafenkunde? Kritik einer',
        'Legende. Frankfurt am Main: Tern, 2006.',
      );
      const siehe = '[^1]: Siehe Janisch: *Was ist Hafenkunde?*, dem ich hier folge.';
      assert.deepStrictEqual(flagged(notes(siehe), report()), ['3:1 missing-source-url']);
      assert.deepStrictEqual(flagged(notes(siehe) + german, report()), []);
    });

    it('is reported when the list does not give that work, or gives it only among the notes themselves', () => {
      // another work of the same author
      assert.deepStrictEqual(flagged(notes('[^1]: Lena Weller, “Tides of Finance,” 2012.') + bibliography(entry), report()), ['3:1 missing-source-url']);
      // the work's author not listed
      assert.deepStrictEqual(flagged(notes(cited) + bibliography(entry.replace('Weller, Lena', 'Ortiz, Ana')), report()), ['3:1 missing-source-url']);
      // a heading that is no reference list
      assert.deepStrictEqual(flagged(notes(cited) + joinLines('', '', '## Background', '', entry), report()), ['3:1 missing-source-url']);
      // the notes put under "References": a note is not an entry of a list
      assert.deepStrictEqual(flagged(joinLines('Claim[^1].', '', '## References', '', cited), report()), ['5:1 missing-source-url']);
      // an entry after the list's section ended
      assert.deepStrictEqual(
        flagged(notes(cited) + bibliography('Ortiz, Ana. 2009. *Tides*. Boston: Tern.') + joinLines('', '', '## Appendix', '', entry), report()),
        ['3:1 missing-source-url'],
      );
    });

    it('a source the note says it read online is still asked for its link; one it only names is traced by its entry', () => {
      const online = '[^1]: Weller, “Corporate Harbours and Their Tides,” Harbourtimes.com, accessed 4 March 2010.';
      assert.deepStrictEqual(flagged(notes(online) + bibliography(`${entry} https://harbourtimes.example/tides`), report()), ['3:1 missing-source-url']);
      // a site, an outlet or an organisation's report the note names: the entry's link is the reader's way to it
      const named = '[^1]: Weller, “Corporate Harbours and Their Tides,” Harbourtimes.com, 4 March 2010.';
      assert.deepStrictEqual(flagged(notes(named), report()), ['3:1 missing-source-url']);
      assert.deepStrictEqual(flagged(notes(named) + bibliography(`${entry} https://harbourtimes.example/tides`), report()), []);
    });
  });

  describe('held-out round 14: German, Brazilian and EU forms, libraries, magazines, printed reports, keys', () => {
    it('a German short form by the note it points to, "(Fn. 2)", for whichever work of that note is by its author', () => {
      const full = '[^1]: *Lund*, in: Reyes/Ortiz, 6. Aufl. 2020, § 4 HafG, Rn. 38; *Vogel*, in: *Marl*/*Vogel*, HafG, 7. Aufl. 2022, § 2 HafG.';
      assert.deepStrictEqual(flagged(notes(full, '[^2]: *Vogel*, (Fn. 1), Rn. 14.', '[^3]: *Vogel*, ebd. Rn. 18, 20.'), report()), []);
      // it repeats note 1's source, and "ebd." after it the same
      const { model } = check(notes(full, '[^2]: *Vogel*, (Fn. 1), Rn. 14.', '[^3]: *Vogel*, ebd. Rn. 18, 20.'), report());
      assert.deepStrictEqual(
        model.notes.map((n) => n.antecedent?.id),
        [undefined, '1', '1'],
      );
    });

    it('what these forms must not silence', () => {
      flaggedInReport([
        // a month and its year is no place of publication; a digital library is a site; a report of the web era by its
        // place and date is asked for its link
        '[^1]: Harbour Institute, Report on Tides, March 2012, S. 4.',
        '[^1]: Harbour Board, "The Harbour and Its Vicinity," 2015, Harbour Digital Library.',
        '[^1]: Harbour Legislature, *Joint Committee on Open Shores, Preliminary Report* (Tidewater, March 2009), 10.',
        // a comparison naming an online outlet is still an online source
        '[^1]: Just as *The Guardian* reported in a piece on the harbour strike of 2021, the port closed.',
      ]);
    });

    it("a site or product cited as itself, at its home page, read on a given day: the reading's date dates no work", () => {
      const product = '[^1]: **Tidos Linux.** *A Small Harbour Operating System.* Retrieved February 17, 2025, from https://www.tidos.example/.';
      assert.deepStrictEqual(flagged(notes(product), report()), []);
      // a dated work whose only link is a home page stays reported
      assert.deepStrictEqual(
        flagged(notes('[^1]: Harbour Institute, *Invisible Tides*, 2023. Retrieved May 2, 2024, from https://www.harbour.example/.'), report()),
        ['3:1 missing-source-url'],
      );
    });
  });

  describe("round 17's traceable forms", () => {
    it('a chapter\'s list entry traces a note that cites its book; Bluebook books in plain type; Swedish law; "on file with"', () => {
      const chapter = joinLines(
        'Claim[^1].',
        '',
        '## References',
        '',
        '- Reyes, Ada. "Quays at Dusk" Chapter 4 in *The harbour possessive: Tides and power*. Lakeview Press, 2015.',
        '',
        '[^1]: Reyes, *The Harbour Possessive*, Introduction.',
      );
      assert.deepStrictEqual(flagged(chapter, report()), []);
      // the book's title must be the note's: another book of hers is not traced
      assert.deepStrictEqual(flagged(chapter.replace('*The Harbour Possessive*', '*The Quay Ledger*'), report()), ['7:1 missing-source-url']);
      quietInReport([
        '[^1]: Ada Reyes et al., Harbours of the North: A History of the Quays 9-15 (2010).',
        '[^1]: Harbouria, *Förvaltningslagen* 2017, Article 6 (Justitiedepartementet Prop. 2016/17:180).',
        '[^1]: Max Vogel, "Silting at the Quay," for the Tide Task Force, August 1995. (On file with the Harbour Society.)',
      ]);
      // an organisation's report in the same plain form is its report, asked for its link
      assert.deepStrictEqual(flagged(notes('[^1]: Harbour Agency, Annual Report on Tides 12 (2020).'), report()), ['3:1 missing-source-url']);
    });

    it("a product's page at its own hyphenated host is the work itself", () => {
      assert.deepStrictEqual(flagged(notes('[^1]: Harbour AI, "Tide Guard: The Toolkit for Quays," 2024. https://tide-guard.example/'), report()), []);
      assert.deepStrictEqual(
        flagged(notes('[^1]: Harbour AI, "Rising Tides and the Quay," 2024. https://tide-guard.example/'), report()),
        ['3:1 missing-source-url'],
        'another title at that home page is not the site',
      );
    });
  });

  describe("round 18's readings", () => {
    it('French books by their publisher: a series before the year, a great house with no year, "Éditions" in brackets', () => {
      quietInReport([
        '[^1]: Voir Jean Marin, *Les marées du nord*, Paris, Maison Harbour, coll.&nbsp;Essais, 2018.',
        '[^1]: Paul Dufour, *L’homme des rives*, Denoël.',
        '[^1]: Luc Morel, *Les vents*, Gallimard, coll. Idées.',
        '[^1]: Voir&nbsp;: *Le livre des quais* par Anne Roux (Éditions du Seuil).',
      ]);
      // a publisher's name is needed: a house unknown and no year, or no publisher, is still asked for
      assert.deepStrictEqual(flagged(notes('[^1]: Paul Dufour, *L’homme des rives*, Maison Harbour.'), report()), ['3:1 missing-source-url']);
    });

    it("an organisation in the publisher's place of the brackets, in the web era, issued its own report", () => {
      flaggedInReport([
        '[^1]: Ada Reyes, *Tides of Governance* (Harbour Kennedy School, 2021).',
        '[^1]: Ada Reyes, *Tides of Governance* (University of Harbour, 2019).',
        '[^1]: Ada Reyes, *Tides of Governance* (Harbour Policy Institute, 2019).',
      ]);
      // a university's press is a book's publisher; before the web, the brackets hold a printed book's facts; a thesis
      // names its university (with a typographic apostrophe too)
      quietInReport([
        '[^1]: Ada Reyes, *Tides of Governance* (Harbour University Press, 2021).',
        '[^1]: Ada Reyes, *Tides of Governance* (Harbour Kennedy School, 1988).',
        '[^1]: Ada Reyes, “Tides of Governance” (Master’s Thesis, University of Harbour, 2010), 23.',
      ]);
    });

    it('"Place: Publisher, year" is no imprint inside a title in italics, after "Source:", or before a periodical', () => {
      flaggedInReport([
        '[^1]: Harbour Watch. *Tide Crisis: A Critical Review of Port ID in the North*. 2022.',
        '[^1]: <span>*2024 Quay Crane Long Reach.*</span> 82 t lift, rated reach 342 feet. Source: Harbour Agency / Tide News, 2024 crane specifications.',
        // (a label before a colon is no place: "Source: Agency, *Report*" or "Sources: Newspaper July 16, 2019")
        '[^1]: <span>*Quay cranes.*</span> 403 cranes reporting in 2023. Source: Harbour Agency, *Quay Data and Operating Experience for 2023*.',
        '[^1]: Ada Reyes, chair 2019–2023. Sources: Harbour Advertiser July 16, 2019 (primary) and Tide Board Newsletter July 2023 (primary).',
        '[^1]: _Harbour Abroad_: December 16, 2005',
        '[^1]: Ada Reyes, "Tides of Governance," Halifax: Harbour Review, 2020.',
        '[^1]: Ada Reyes, "Tides of Governance," Stanford: Stanford Social Innovation Review, 2020.',
        '[^1]: Harbour Audit Office, *Port Health: Actions Needed to Fix the Quay*, HAO-17-260, 2017. <https://www.hao.example/>',
      ]);
      // a book's imprint still is, and before the web a publisher and its place may close the note
      quietInReport([
        '[^1]: Ada Reyes, *Tides: A History*. Oxford: Blackwell, 2004.',
        '[^1]: Ada Reyes, *Tides: The Review of a Century*, Halifax: Harbour Press, 2020.',
        '[^1]: See Ada Reyes, *Quays.: Harbours or Havens?,* second Harbour Edition, Voice of Harbour, New Delhi, 1994.',
      ]);
    });

    it('an exhibition by its venue and the dates it ran; not its website or press release', () => {
      flaggedInReport([
        '[^1]: *Tides*, Harbour Gallery website, Sep 15, 2020--Jan 5, 2021.',
        '[^1]: "Tides" press release, Harbour Gallery, Sep 15, 2020--Jan 5, 2021.',
      ]);
      const def = '[^1]: *Tides: Myth and Archaeology,* Musée du Port, Paris, Sep 15, 2003--Jan 5, 2004; Harbour Museum, Halifax, Feb 5--May 9, 2004.';
      assert.deepStrictEqual(flagged(notes(def), report()), []);
      // (a museum's online collection is read online)
      assert.deepStrictEqual(flagged(notes('[^1]: *Tides,* Harbour Museum online collection, accessed Sep 15, 2003--Jan 5, 2004.'), report()), [
        '3:1 missing-source-url',
      ]);
    });

    it('short forms by Spanish and Latin locators (lib., tít., cap., núm., tomo, emp.) are short forms (round 19)', () => {
      quietInReport([
        '[^1]: Marín, *Tratado de los puertos*, lib. V, cap. 3, núm. 359.',
        '[^1]: Marín, *Tratado de los puertos*, Lib. V, tít. XXXVII.',
        '[^1]: Marín, *Tratado de los puertos*, núm. 152-158, 165 y 170.',
        '[^1]: Roque, *Idea de un puerto político*, emp. 96.',
        '[^1]: Roque, *Práctica universal del muelle*, tomo V, parte I, cap. VI, núm. 3.',
        // a heading or a motto in quotes among the locators, an ordinal part, two authors joined by "y"
        '[^1]: Marín, *Tratado de los puertos*, lib. V, tít. XXXVIII, "De los muelles, y sus guardas", núm. 359.',
        '[^1]: Roque, *Idea de un puerto político*, emp. 96, lema "Memor maris".',
        '[^1]: Pradilla, *Suma de las leyes del puerto*, parte primera, cap. III.',
        '[^1]: Guardiola y Sáez, *El capitán perfecto*, parte II, § IV, núm. 33.',
        '[^1]: Mendo, *Puerto perfecto*, doc. XXVI.',
      ]);
    });

    it("a conference paper in Google Scholar's MLA form, and old Spanish codes by book and title (round 19)", () => {
      quietInReport([
        '[^1]: Reyes, Ada, et al. "The rise of tide tables in harbour software." 2019 IEEE/ACM 16th International Conference on Mining Harbour Repositories (MHR). IEEE, 2019.',
        '[^1]: Lund, Ada, et al. "Mooring is still hard." 2020 IEEE 27th International Conference on Quay Analysis, Evolution and Reengineering (QAER). IEEE, 2020.',
        '[^1]: *Recop. Ind.*, lib. III, tít. XIII, ley 8.',
        '[^1]: *NRecop*, Lib. VIII, tít. 25, "de los perdones que los reyes fazen".',
        // a journal's volume in Roman numerals, its issue and date, then the pages
        '[^1]: Ada Reyes, "Studi per una storia del porto. I", *Porto. Rivista di storia* IX, nº 3--4 (julho de 1959): 97--209.',
        // Better BibTeX's key with its colon, cited in the text of the note
        '[^1]: Ver a série « Portos tradicionais », especialmente a abordagem adotada por @reyes:2007portos',
      ]);
      // a conference's name with no publisher after it, and a web page in italics, are not
      assert.deepStrictEqual(flagged(notes('[^1]: Reyes, Ada. "The rise of tide tables." 2019 Workshop on Harbour Repositories, 2019.'), report()), [
        '3:1 missing-source-url',
      ]);
    });

    it('archival references in Spanish and Italian, and the great archives by their initials (round 19)', () => {
      quietInReport([
        '[^1]: ASGe, Notai antichi 1670, Ada de Coronato Costa, filza 11, nr. 127bis, dated 1533-04-06.',
        '[^1]: ASGe, Notai antichi 311, Ada Caito, register 3, 1380–1400, fol. 13v, dated 1382-04-17.',
        '[^1]: AHN, Consejos, 20634, ff. 51r-52r *apud* Reyes, "Harbour Trade in the Colonial Port".',
        '[^1]: BNC, Fondo Quijano, vol. 254, pza. 10. Véase Anexo 17.',
        '[^1]: ASGe, Notai antichi 1288, Ada Costa, filza 10, nr. 117, dated 1522-06-03; ASGe, Notai antichi 1523, Ada Canessa, filza 1, nr. 227, dated 1522-06-05.',
        '[^1]: AGI, Estado, Puerto Real, 53, N. 59.',
        '[^1]: "El capitán del puerto al virrey", Puerto Real, julio 19 de 1797, AGI, Estado, Puerto Real, 53, N. 59.',
        '[^1]: Carta del virrey al capitán del puerto, leg. 3, 1781.',
      ]);
      // a page read online, a website, a blog, a press release or a report that happens to say "Fondo", "fol. 108v",
      // "AGI", "leg. 3" or "pza. 10" is no archive's bundle (a review of this reading)
      flaggedInReport([
        '[^1]: Fondo Harbour, "Annual Impact Report 2021," accessed May 2, 2022.',
        '[^1]: Fondo Harbour, blog post "Port news," 2021.',
        '[^1]: Harbour Museum online collection, fol. 108v, retrieved 2021.',
        '[^1]: Harbour Ministry website, AGI, 2021.',
        '[^1]: Harbour Ministry press release, leg. 3, 2022.',
        '[^1]: Tide Foundation, annual report pza. 10, 2022.',
        '[^1]: Notai, Harbour news article, 2021.',
      ]);
      // a title with "Leg" in it is no bundle of papers
      assert.deepStrictEqual(flagged(notes('[^1]: Harbour Institute, *The Leg of the Quay*, 2021.'), report()), ['3:1 missing-source-url']);
    });

    it('university presses as French writes them, a house in lower case, and Japanese houses (held-out round 18)', () => {
      quietInReport([
        "[^1]: *Index des lettres de Jean Roux*, éd. A. Sato, Kyoto, Presse de l'Université de Kyoto, 1998.",
        '[^1]: Marie Roux, *Les Ports*, Presses universitaires de Rennes.',
        '[^1]: Paul Dufour, *Les rites*, in *L’homme des rives*, Le seuil, pp. 684-685.',
        '[^1]: Paul Dufour, *Les marées*, Paris, le seuil, 2001.',
        '[^1]: ロイ「A.B.Reyes: Tide Tables for the Quay の話」、『港湾マガジン』、1巻5号、港書房、1956年11月。',
      ]);
      // a university's press named in a blog's note does not make the blog a book
      flaggedInReport(["[^1]: Ada Reyes, *Les ports*, Presse de l'Université de Harbour, blog, 2021."]);
      // "Presse" alone is a newspaper
      assert.deepStrictEqual(flagged(notes('[^1]: Paul Dufour, « Les rives », *La Presse*.'), report()), ['3:1 missing-source-url']);
    });

    it('French periodical articles by issue, volume, year or pages, and more French houses before a page (held-out round 20)', () => {
      quietInReport([
        '[^1]: Marie Roux, « Les quais, acteurs culturels », _Revue du port_, 2013/2, Vol. 10, p. 24',
        '[^1]: Paul Dufour, « Un humanisme des marées », _Cahiers des rives_, 2011/1, n° 167, p. 3-15.',
        '[^1]: Roux, Marie. « La marée aux prises avec la machine », *Cahiers des rives*, 167, mars 2011, p. 87-105.',
        '[^1]: Paul Dufour, « Préambule », *Marées*, 66, « Machines des quais », 2012.',
        '[^1]: « un volume de feuilles pliées » P. Dufour, *Histoire du quai en Occident*, Armand Colin., p. 337',
        '[^1]: Marie Roux, *Les digues*, La Découverte, p. 12.',
      ]);
      // an issue with neither year nor pages, or a day's paper of the web era without its number, is not enough
      flaggedInReport(['[^1]: Paul Dufour, « Les rives », *Revue du port*, n° 8.', '[^1]: Paul Dufour, « La grève », *Le Monde*, 12 mars 2019.']);
    });

    it('a programme or an interview on a channel, read online, is asked for its link (held-out round 20)', () => {
      flaggedInReport([
        '[^1]: Jean Roux, entretien dans *Sur les quais, des marins face caméra,* France Culture, 2016 [consulté le 19/11/2021 à 14h27]',
        '[^1]: Interview with Ada Reyes, *Harbour Hour*, BBC Radio 4, 2016, accessed 3 May 2021.',
      ]);
      assert.deepStrictEqual(
        flagged(notes('[^1]: Jean Roux, entretien dans *Sur les quais,* France Culture, 2016 [consulté le 19/11/2021]')),
        ['3:1 missing-source-url'],
        'outside a report too: the note says it was read online',
      );
      // a book with a channel in its title, a book read online from its publisher, and an interview with no channel stay quiet
      quietInReport([
        '[^1]: Ada Reyes, *The BBC Radio 4 Years*, Harbour Press, 2016, accessed 3 May 2021.',
        '[^1]: Ada Reyes, *Harbour Futures*, Harbour Press, 2016, accessed 3 May 2021.',
        '[^1]: Interview with Ada Reyes, 3 May 2021.',
        '[^1]: Jean Roux, *Les ondes*, France Culture, 2016.',
      ]);
    });

    it('a locator with no number, or a sentence that stops where its source should be, holds its place (held-out round 20)', () => {
      flaggedInReport(['[^1]: cf pp.', '[^1]: Voir p.', '[^1]: Uma lista de índices pode ser vista em ...', '[^1]: The survey is described in …']);
      assert.match(problemsOf(notes('[^1]: cf pp.'), 'missing-source-url', report())[0].message, /holds the place of a source \("cf pp\."\)/);
      // a quotation that trails off, or a locator with its number, does not
      quietInReport(['[^1]: He paused, and then…', '[^1]: Cf. p. 12.']);
    });

    it('a bold run-in heading before an aside is no citation; a name in bold before a title stays one (held-out round 20)', () => {
      quietInReport(['[^1]: **Clear Labelling.** No security through obscurity.', '[^1]: **Seriously, Delete It!** It is very important that you do.']);
      flaggedInReport(['[^1]: **Harbour Institute.** Ports in Transition.', '[^1]: **Harbour Blog.** A post on the new quay, accessed 3 May 2021.']);
    });

    it('a long quoted title between an organisation and the date that closes the note is its title (held-out round 20)', () => {
      flaggedInReport([
        '[^1]: HTRC, “Case Study: The Disclosure Risk Implications of Small Cells Combined with Multiple Tables or External Data,” January 8, 2016.',
        '[^1]: Harbour Trust, “Case Study: The Disclosure Risk Implications of Small Cells Combined with Multiple Tables or External Data,” 2016.',
      ]);
      // a quotation that is the note, with no date closing it, stays an aside
      quietInReport(['[^1]: HTRC, “we never saw the harbour as empty as that, not in fifty years of keeping the tide tables here.”']);
    });

    it("a name's expansion in brackets after the title of a site cited as itself (held-out round 20)", () => {
      quietInReport(['[^1]: HTRC, "TIDES (Tidal Information and Data Exchange System)," 2024. https://tides.harbour.example/']);
      flaggedInReport(['[^1]: HTRC, "Annual Report (Tidal Information and Data Exchange System)," 2024. https://tides.harbour.example/']);
    });

    it('a chapter in a volume whose title is misspelt by one letter in its full citation is traced by it (held-out round 20)', () => {
      const full = '[^1]: Ada Reyes, *Harbours: Through Phenomenolgy to Tides* (Halifax: Tern Press, 2003), p. 103.';
      const chapter = "[^2]: Vogel, 'Preface', in Ada Reyes, *Harbours: Through Phenomenology to Tides*, p. xiv.";
      assert.deepStrictEqual(flagged(notes(full, chapter), report()), []);
      // two letters off, or another author's title one letter off, is another work
      assert.deepStrictEqual(flagged(notes(full, chapter.replace('Phenomenology', 'Phenomenologia')), report()), ['4:1 missing-source-url']);
      assert.deepStrictEqual(flagged(notes(full, chapter.replace('Ada Reyes', 'Max Ortiz')), report()), ['4:1 missing-source-url']);
    });

    it('a Japanese journal article by its volume or issue and pages (巻, 号, 頁) is traceable print (held-out round 18)', () => {
      quietInReport([
        '[^1]: 佐藤、「A.B.Reyes: Tide Tables for the Quay の訳について」、『港湾論叢』、第12号、1962年、1-8頁。',
        '[^1]: 鈴木、「A.B.Reyes: Tide Tables for the Quay のこと」、『波』、32巻9号（通号434）、2000年6月、212-218頁。',
      ]);
    });

    it('a periodical before the web by its issue: a month and year, a day set with <sup>, a number alone', () => {
      quietInReport([
        '[^1]: *La Marée*, septembre 1938.',
        '[^1]: *Courants*, 1<sup>er</sup> avril 1937.',
        '[^1]: Article de Jean Roux publié dans le supplément d’août 1932 de *La Vague*.',
        '[^1]: *La Revue des ports*, n° 8.',
        '[^1]: *Courants*, série II, n°6.',
      ]);
      // a report series by its number, and a periodical of the web era by its month, are read online
      for (const def of ['[^1]: *Policy Brief*, No. 8.', '[^1]: *The Harbour Times*, March 2019.'])
        assert.deepStrictEqual(flagged(notes(def), report()), ['3:1 missing-source-url'], def);
    });

    it('"Author, *Title*." with no page and nothing before it is the citation itself, judged as written', () => {
      assert.deepStrictEqual(flagged(notes('[^1]: Montaigne, *Essais sur les marées*.'), report()), ['3:1 missing-source-url']);
      assert.deepStrictEqual(flagged(notes('[^1]: Harbour Institute, "Waiting for Ships 2024."'), report()), ['3:1 missing-source-url']);
      // "Wikipedia" as the author is Wikipedia, in every file
      assert.deepStrictEqual(flagged(notes('[^1]: Wikipedia, "Tidewater Confederation."')), ['3:1 missing-source-url']);
      // after the full citation it is its short form; so too when the author is one of several the full note cites
      const cited = notes(
        '[^1]: Montaigne, *Essais sur les marées* (Paris: Maison Harbour, 1988), 12.',
        '[^2]: Montaigne, *Essais sur les marées*.',
        '[^3]: See Ada Reyes, *Quays* (Lakeview Press, 2001); Max Vogel, *The 1812 Harbour Strike and Its Sequel* (Harbour Press, 2006).',
        '[^4]: See Vogel, *The 1812 Harbour Strike*.',
      );
      assert.deepStrictEqual(flagged(cited, report()), []);
      // with a page it stays a short form, as a chapter of a book cites what an earlier chapter gave in full, also a
      // page, book or letter in Roman numerals
      quietInReport([
        '[^1]: Montaigne, *Essais sur les marées*, 45.',
        '[^1]: Ingram, *Dictionary of Harbours*, ix–xi, xiii–xiv.',
        '[^1]: Homer, *Tides*, ix.',
        '[^1]: Seneca, *Letters on the Quay*, cvi.',
        '[^1]: Vogel, *Quays in Politics*, Chapter X.',
      ]);
      // letters of a word that are no numeral in one case are no page
      assert.deepStrictEqual(flagged(notes('[^1]: Homer, *Tides of the Quay*, Vic.'), report()), ['3:1 missing-source-url']);
      // a one-word title of six letters or more is found among the works a note cites too
      const oneWord = notes('[^1]: “A quay at dusk,” wrote Ada Reyes in her *Itinerary* (Lakeview Press, 1617), 12.', '[^2]: Reyes, *Itinerary*.');
      assert.deepStrictEqual(flagged(oneWord, report()), []);
    });

    it("an organisation's work by its title and year is the citation itself, not an author-date short form", () => {
      assert.deepStrictEqual(flagged(notes('[^1]: OECD, “Collective Bargaining in a Changing Harbour” (2019).'), report()), ['3:1 missing-source-url']);
      // a person's work so written points into the reference list, as author-date styles do
      assert.deepStrictEqual(flagged(notes('[^1]: Gray, *Out in the Harbour* (2009), 12.'), report()), []);
    });

    it("a site named by its domain is read online, whatever year its page's title names", () => {
      assert.deepStrictEqual(flagged(notes('[^1]: CBC, "The Harbour Strike of 1962," cbc.ca.')), ['3:1 missing-source-url']);
      assert.match(problemsOf(notes('[^1]: CBC, "The Harbour Strike of 1962," cbc.ca.'), 'missing-source-url')[0].message, /names the site cbc\.ca/);
      // a printed page still marks the newspaper of the day
      assert.deepStrictEqual(flagged(notes('[^1]: "The Harbour Strike," *Harbour Times*, 3 May 1962, p. 4.')), []);
    });

    it("a reference list's entries wrapped by Pandoc: a line opening with its year runs on; an organisation's report and a long title are found", () => {
      const text = notes(
        '[^1]: Harbour Bhi, “Data Protection Law.”',
        '[^2]: Reyes, “Ports and Tides.”',
        '[^3]: Tide Bank, *Europe and Central Harbour Economic Update, Spring 2021: Data, Digitalization, and Governance*.',
      );
      const list = joinLines(
        '',
        '',
        '# References',
        '',
        '<div id="refs" class="references csl-bib-body hanging-indent">',
        '',
        'Harbour Bhi. “Data Protection Law.” Press Releases. *Harbour Bhi*, January 8,',
        '2019. <https://harbourbhi.example.org/data-protection-law/>.',
        '',
        'Reyes, Ada. “Ports and Tides.” *Harbour Review*,',
        '2020. <https://e.example.org/x>.',
        '',
        'Tide Bank. *Europe and Central Harbour Economic Update, Spring 2021: Data,',
        'Digitalization, and Governance*. Tide Bank, 2021.',
        '<https://hdl.handle.net/10986/35273>.',
        '',
        '</div>',
      );
      assert.deepStrictEqual(flagged(text, report()), ['3:1 missing-source-url', '4:1 missing-source-url', '5:1 missing-source-url'], 'with no list');
      assert.deepStrictEqual(flagged(text + list, report()), []);
      // a short title in words of its own, by an author whose listed entry traces its work; not one whose entry does not
      const own = notes('[^1]: Ali, “Law.”');
      const listed = (entry: string): string => joinLines('', '', '# References', '', entry);
      assert.deepStrictEqual(flagged(own + listed('Ali, Syed. “Law: How Can the Harbour Rules Be Fixed?” 2023. <https://e.example.org/law>.'), report()), []);
      assert.deepStrictEqual(flagged(own + listed('Ali, Syed. “Law: How Can the Harbour Rules Be Fixed?” 2023.'), report()), ['3:1 missing-source-url']);
      // in a numbered list, "2." opens the next entry: its link is not the first entry's
      const numbered = joinLines(
        '',
        '',
        '## References',
        '',
        '1. Reyes, Ada. “Ports and Tides.” 2020.',
        '2. Vogel, Max. “Quays.” 2021. <https://e.example.org/q>.',
      );
      assert.deepStrictEqual(flagged(notes('[^1]: Reyes, “Ports and Tides.”') + numbered, report()), ['3:1 missing-source-url']);
    });
  });

  describe("what round 18's readings must not silence (a review of them)", () => {
    it('a French house is a publisher only where a publisher stands, and a newspaper of the day is no book', () => {
      for (const def of [
        '[^1]: Claire Julliard, « Les dockers de Brest », *Le Monde*, 12 mars 2016, consulté le 14 mars 2016.',
        '[^1]: Ada Reyes, “Actes Sud Wins the Harbour Prize,” *The Guardian*, 3 May 2019, accessed 5 May 2019.',
        '[^1]: Éditions Harbour, « Nos parutions de mai », blog des Éditions Harbour, consulté le 3 mai 2021.',
        '[^1]: Marc Plon, “Port Strike Ends,” Reuters, 7 June 2021.',
      ]) {
        assert.deepStrictEqual(flagged(notes(def)), ['3:1 missing-source-url'], def);
        assert.deepStrictEqual(flagged(notes(def), report()), ['3:1 missing-source-url'], def);
      }
      flaggedInReport([
        '[^1]: Ada Reyes, « La grève du port », *Nouvelles du Port*, Éditions de Brest, 3 mai 2019.',
        // an organisation's own series of notes is its reports, read online
        '[^1]: Léa Marin, *Les ports face au climat*, Institut Harbour, coll. Notes de l’Institut, 2021.',
        // a newsletter by its issue, in English or not
        '[^1]: *Tidewatch Newsletter*, Issue 42.',
        '[^1]: *The Harbour Letter*, No. 12.',
        '[^1]: *Ports & Climate Digest*, Nr. 7.',
      ]);
    });

    it("a short title finds its author's work among several, after another of theirs, or in an aside", () => {
      const text = notes(
        '[^1]: Ada Reyes, *Harbour Futures* (Halifax: Harbour University Press, 2019), 12.',
        '[^2]: Ada Reyes, *Quays of the North* (Halifax: Harbour University Press, 2021), 3.',
        '[^3]: Reyes, *Harbour Futures*.',
        '[^4]: Reyes, *Quays*.',
        '[^5]: Reyes, *Futures*.',
        '[^6]: Ada Reyes argues in *Tides of Debt* (Halifax: Harbour University Press, 2008) that quays are costly.',
        '[^7]: Reyes, *Tides of Debt*.',
        '[^8]: “The Tidewater Confederation and the Northern Harbour League,” Wikipedia, last modified 3 May 2020, https://e.example.org/wiki/Tidewater.',
        '[^9]: Wikipedia, “Tidewater.”',
      );
      assert.deepStrictEqual(flagged(text, report()), []);
      assert.deepStrictEqual(flagged(text), []);
    });

    it("a note read as online is traced only by an entry with its very title; an item's text indented runs on", () => {
      const text = notes('[^1]: Harbour Agency, *Port Statistics Report* (2020).', '[^2]: Ada Reyes, “Port Fees Rise,” *Financial Times*, 3 May 2021.');
      const loose = joinLines(
        '',
        '',
        '## References',
        '',
        'Harbour Agency. 2020. *Port Statistics Report Card: Auditing the Harbour*. <https://harbour.example.org/audit>.',
        '',
        'Reyes, Ada. 2021. *Port Fees Rise and Fall: Essays*. Halifax: Harbour University Press.',
      );
      assert.deepStrictEqual(flagged(text + loose, report()), ['3:1 missing-source-url', '4:1 missing-source-url']);
      const exact = joinLines('', '', '## References', '', 'Harbour Agency. 2020. *Port Statistics Report*. <https://harbour.example.org/stats>.');
      assert.deepStrictEqual(flagged(text + exact, report()), ['4:1 missing-source-url']);
      const indented = joinLines(
        '',
        '',
        '## References',
        '',
        '1. Reyes, Ada. “Port Fees Rise.” *Financial Times*, May 3,',
        '   2021. <https://e.example.org/fees>.',
        '2. Vogel, Max. *Quays*. Halifax: Harbour University Press, 2019.',
      );
      assert.deepStrictEqual(flagged(notes('[^1]: Ada Reyes, “Port Fees Rise,” *Financial Times*, 3 May 2021.') + indented, report()), []);
    });
  });

  describe("what round 14's readings must not silence (a sixth review)", () => {
    const list = (...entries: string[]): string => joinLines('', '', '## References', '', ...entries);
    it('a reference list stands only for the works it gives, each traced by its entry', () => {
      for (const [note, entries] of [
        // an entry that traces nothing itself
        ['[^1]: Okafor, *Coastal Funding Gaps*, 2023.', list('- Okafor, Ada. "Funding Coastal Gaps." 2023.')],
        // another work of the author: another year, a first name or an outlet shared, not the title
        ['[^1]: Okafor, "Harbour Insurance Retreat," 2021.', list('- Okafor, Ada. *Coastal Insurance and Harbour Retreat*. London: Tidewater Press, 2019.')],
        ['[^1]: Okafor, Chidi, "Why Ports Matter," 2022.', list('- Okafor, Chidi. *Ports and Power in West Africa*. Lagos: Harbour University Press, 2018.')],
        [
          '[^1]: Mensah, "Port Congestion Eases," *Harbour Gazette*, 14 March 2023.',
          list('- Mensah, Kofi. "Dredging Delays Hit Exporters." *Harbour Gazette*, 2 May 2021. https://harbourgazette.example/dredging'),
        ],
        // a second work in the note that the list does not give
        [
          '[^1]: Okafor, *Coastal Resilience and Insurance*, 12; Mensah, "Storm Damage at Tema," 2022.',
          list('- Okafor, Ada. *Coastal Resilience and Insurance*. London: Tidewater Press, 2019.'),
        ],
        // prose under a heading that may head a list
        [
          '[^1]: Okafor, "Flood Claims in Harbour Cities," 2022.',
          joinLines('', '', '## Literature', '', 'Okafor (2019) argues that flood claims in harbour cities will outpace premiums.'),
        ],
      ])
        assert.deepStrictEqual(flagged(notes(note) + entries, report()), ['3:1 missing-source-url'], note);
    });

    it('the new forms do not read web sources, reports of the web era or other words as traceable', () => {
      flaggedInReport([
        '[^1]: Okafor, "Port history talk," YouTube video, 12 May 2021, Harbour Public Library.',
        '[^1]: Reyes, "Library closures," 2020, Tidewater Library.',
        '[^1]: Bundesnetzagentur, Monitoringbericht 2023, S. 45.',
        '[^1]: Harbour Institute, Port Outlook, Edition 2022, S. 9.',
        '[^1]: Martin, L., Énergie : Le défi des ports, *Les Échos*, 2022.',
        '[^1]: Harbour Institute, Ports : What Next, 2021.',
        '[^1]: Harbour Institute, *Coastal Outlook 2023*, Table C (2022) 4.',
        '[^1]: Harbour Statistics Office, flood claims dataset (CSV/ZIP, 2023, 12 MB).',
        '[^1]: Tweet by @reyes1984fan, 2 February 2022.',
        '[^1]: Tidewater Agency, *Port Census* (Halifax, March 1994), updated online edition 2020.',
        '[^1]: Unlike earlier storms, this one hit the container terminals. Mensah, "Storm Damage at Tema," 2022.',
        '[^1]: In contrast to Reyes, "Tides of Data," 2020, the survey counts informal ports too.',
        '[^1]: Okafor, "Port Economics 101," lecture slides, Harbour University, 2022, SlideShare.',
        '[^1]: Reyes, "Tides of Data," *Harbour Post*2021 (3): 4.',
        '[^1]: Harbour Institute. (n.d.). *Annual Flood Risk Report*. Retrieved February 17, 2025, from <https://www.harbourinst.example/>',
        '[^1]: Reyes, M. "Port Labour After Automation." Last modified 12 May 2023. <https://www.portwatch.example/>',
        '[^1]: Okafor, A. "Insurers Flee the Coast." Harbour Post, 12 June 2021. Available at: https://www.… (accessed 3 May 2024).',
      ]);
      // "Author, ibid." with another work after it is no short form of the note before
      const full = '[^1]: Okafor, *Coastal Insurance and Harbour Retreat* (London: Tidewater Press, 2019), 4.';
      assert.deepStrictEqual(flagged(notes(full, '[^2]: Okafor, ibid. and see Lund, "Nordic Ports After Coal," 2022.'), report()), ['4:1 missing-source-url']);
    });

    it('a blog, a podcast or a newsletter after a title is no publisher: the note is an online source', () => {
      for (const def of [
        '[^1]: Mensah, K. "Storm Damage at Tema." Blog post, 2022.',
        '[^1]: Mensah, K. "Storm Damage at Tema." Harbour Blog, 2022.',
        '[^1]: Mensah, K. "Storm Damage at Tema." Tide Talk Podcast, 2022.',
      ]) {
        assert.deepStrictEqual(flagged(notes(def), report()), ['3:1 missing-source-url'], def);
        assert.deepStrictEqual(flagged(notes(def)), ['3:1 missing-source-url'], `${def} (outside a report)`);
      }
      // a publisher's name after the title still makes a book
      assert.deepStrictEqual(flagged(notes('[^1]: Mensah, K. "Storm Damage at Tema." Harbour Press, 2022.'), report()), []);
    });

    it('an address elided in a note is a source still to be linked: invalid-url reports it there', () => {
      const text = notes('[^1]: Mensah, K. "Storm Damage at Tema." Harbour Post, 2022, https://www...');
      assert.deepStrictEqual(findings(text, 'invalid-url'), ['3:62 invalid-url']);
      assert.deepStrictEqual(findings(text, 'insecure-url'), []);
    });
  });

  describe("what round 14's readings must not silence (a seventh review)", () => {
    const refs = (...entries: string[]): string => joinLines('', '', '## References', '', ...entries);
    const okafor = [
      '- Okafor, Ada. *Port Futures*. Lagos: Harbour University Press, 2019.',
      '- Okafor, Ada. *Climate Risk and Port Finance*. London: Tidewater Press, 2019.',
    ];
    it('another work of a listed author, a co-author the entry lacks, or a list in a comment or a code block, is no entry', () => {
      for (const [note, entries] of [
        ['[^1]: Okafor, “Port Futures in West Africa,” *Harbour Studies*, 2019.', refs(...okafor)],
        ['[^1]: Okafor and Mensah, “Climate Risk and Port Finance,” 2019.', refs(...okafor)],
        ['[^1]: Okafor, *Climate Risk Disclosure for Port Authorities*, Harbour Institute report.', refs(...okafor)],
        ['[^1]: Okafor, “Harbour University Funding Cuts,” 2019.', refs(...okafor)],
        ['[^1]: Okafor, Ada, speech at the Lagos Port Conference, 2019.', refs(...okafor)],
        // the list is no more lenient than a note: a blog by its name and year
        ['[^1]: Reyes, “Toll Roads at Sea,” 2020.', refs('- Reyes, Ana. “Toll Roads at Sea.” *Harbour Policy Blog*, 2020.')],
        // an organisation's entry is an entry of its own, not the rest of the one before
        [
          '[^1]: Okafor, “Port Futures Memo,” 2019.',
          refs('- Okafor, Ada. “Port Futures Memo.” 2019.', '- Asian Harbour Bank. *Harbour Atlas*. Manila: Pacific Press, 2020.'),
        ],
        [
          '[^1]: Okafor, *Port Futures*, 2019.',
          joinLines('', '', '## References', '', '<!--', 'Okafor, Ada. *Port Futures*. Lagos: Harbour University Press, 2019.', '-->'),
        ],
        [
          '[^1]: Okafor, *Port Futures*, 2019.',
          joinLines('', '', '## References', '', '```', 'Okafor, Ada. *Port Futures*. Lagos: Harbour University Press, 2019.', '```'),
        ],
      ])
        assert.deepStrictEqual(flagged(notes(note) + entries, report()), ['3:1 missing-source-url'], note);
      // the same work, by the same author, is traced by its entry
      assert.deepStrictEqual(flagged(notes('[^1]: Okafor, *Port Futures*, 2019, 12.') + refs(...okafor), report()), []);
    });

    it('readings narrowed: a digitised library copy, a handle, a title and subtitle with a spaced colon, a comparison naming a work', () => {
      flaggedInReport([
        '[^1]: Harbour Commission, *Survey of the Tidal Flats*, 1962, HathiTrust Library.',
        '[^1]: Vogel, “The Harbour Maps,” 1890, Gallica, Bibliothèque nationale de France.',
        '[^1]: Okafor, “Harbour Lights,” 2021, scanned copy, Harbour Heritage Library.',
        '[^1]: Campaign account @ports2030agenda, “Why Ports Matter,” 2022.',
        '[^1]: Okafor, A. Port Futures : Risk and Finance in Lagos, 2021.',
        '[^1]: Much like Vogel, *Quay Walls and Tides*, Nordsee Institute, the model assumes fixed walls.',
      ]);
      assert.deepStrictEqual(flagged(notes('[^1]: Okafor, “Harbour Lights,” blog post, 2021, shared as @okafor2021blog.')), ['3:1 missing-source-url']);
    });
  });

  describe("what round 14's readings must not silence (an eighth review)", () => {
    const refs = (...entries: string[]): string => joinLines('', '', '## References', '', ...entries);
    it('an entry traces its work only by a real link, its whole title, its own title, and each work of the note', () => {
      for (const [note, entries] of [
        // placeholders for a link are no link
        ['[^1]: Okafor, “Urban Water Futures,” 2022.', refs('- Okafor, C. (2022). “Urban Water Futures.” http://www. ... [accessed DD.MM.YYYY]')],
        ['[^1]: Brandt, “Energy Transition Pathways,” 2018.', refs('- Brandt, P. (2018). “Energy Transition Pathways.” doi:10.xxxx/TBD')],
        ['[^1]: Tanaka, “Ocean Heat Content,” 2017.', refs('- Tanaka, Y. (2017). “Ocean Heat Content.” Internal memo. https://intranet/')],
        // another work: its function words alike, its title's end, or the journal's name
        ['[^1]: Smith, The State of the Union Address, 2019, p. 4.', refs('- Smith, J. (2019). The State of the Art in Forecasting. Oxford: Harbour Press.')],
        [
          '[^1]: Smith, “Climate Risk and Financial Stability in Asia,” 2021.',
          refs('- Smith, J. (2021). “Climate Risk and Financial Stability in Europe.” *Harbour Review* 4: 1–20.'),
        ],
        ['[^1]: Okafor, “Water Policy,” 2022.', refs('- Okafor, C. (2022). “Urban Floods in Lagos.” *Water Policy Journal* 14: 1–20.')],
        // a second work after a full stop
        [
          '[^1]: Okafor, “Urban Water Futures,” 2022. Jones, “Harbour Tolls in Lagos,” 2022.',
          refs('- Okafor, C. (2022). “Urban Water Futures.” *Water Journal* 3: 1–9.', '- Jones, K. (2021). “Harbour Tolls.” https://harbour.example/tolls'),
        ],
        // one entry a line: the next author's line, an organisation's, a particle surname's, is no part of the entry before
        [
          '[^1]: Weller, “Tidal Energy Outlook,” 2019.',
          joinLines(
            '',
            '',
            '## References',
            '',
            'Weller, L. (2019). “Tidal Energy Outlook.” Harbour Board memo',
            'Jones, K. (2021). “Harbour Tolls.” https://harbour.example/tolls.',
          ),
        ],
        [
          '[^1]: Smith, “Urban Water Futures,” 2020.',
          joinLines(
            '',
            '',
            '## References',
            '',
            'Smith, J. 2019. “Harbour Notes.” Mimeo.',
            'World Bank. 2020. “Urban Water Futures.” https://bank.example/uwf.',
          ),
        ],
        [
          '[^1]: Novak, “Tidal Futures,” 2021.',
          joinLines(
            '',
            '',
            '## References',
            '',
            'Novak, A. 2019. “Salt Notes.” Mimeo.',
            'van der Berg, P. 2020. *Dykes*. Leiden: Tern.',
            '——. 2021. “Tidal Futures.” https://harbour.example/vdb/tidal.',
          ),
        ],
      ])
        assert.deepStrictEqual(flagged(notes(note) + entries, report()), ['3:1 missing-source-url'], note);
    });
  });

  describe("round 21's readings", () => {
    it('a German title that names Wikipedia is no online source; its short form is the book cited before', () => {
      const full = '[^1]: Vgl. Lund, Ada: Häfen und Wikipedia. Wie das Netz die Kaimauer verwandelt, Tübingen 2018, S. 77 f.';
      const short = '[^2]: Vgl. Lund: Häfen und Wikipedia. Wie das Netz die Kaimauer verwandelt, 2018, S. 83–85.';
      quietInReport([full]);
      assert.deepStrictEqual(flagged(notes(full, short), report()), []);
      assert.deepStrictEqual(flagged(notes(full, short)), [], 'outside a report too');
      // a chapter in an editor's volume whose towns are joined by a slash, after a full stop
      quietInReport(['[^1]: Vgl. Lund, Ada: Wissen in der Wikipedia. In: Vogel, Max (Hg.): Digitale Häfen. Berlin/Boston 2015, S. 12–30.']);
      quietInReport(['[^1]: Vgl. Lund, Ada: Die Wikipedia und ihre Autoren. Tübingen 2018, S. 44.']);
      // Wikipedia itself is still an online source
      assert.deepStrictEqual(flagged(notes('[^1]: Vgl. Wikipedia, Artikel „Hafen“, abgerufen am 3. Mai 2020.')), ['3:1 missing-source-url']);
    });

    it('a DOI with its slash URL-encoded, a preprint by its server and number, a GAO or CRS report by its number', () => {
      quietInReport([
        '[^1]: Reyes A, Lund M. Masks at the quay. Harbour Psychol Sci. 2019; doi:10.1177%2F1948550617734615',
        '[^1]: Reyes, A.; Lund, M. Tracing contacts at the quay. Preprints 2020, 2020050055.',
        '[^1]: Reyes A, Lund M. Tracing contacts at the quay. medRxiv 2020.04.14.20062463.',
        '[^1]: U.S. Government Accountability Office, Report 16-294, *Harbour Networks Need Better Inventories*. January 2016.',
        '[^1]: GAO, *Harbour Networks*, GAO-17-260 (Washington, D.C.: 2017).',
        '[^1]: CRS Report RL33110, *The Cost of Tides*, 2014.',
      ]);
      // another office's report with no number, an encoded slash with nothing after it
      flaggedInReport([
        '[^1]: Harbour Accountability Office, Report on Networks, January 2016.',
        '[^1]: Reyes, A.; Lund, M. Tracing contacts at the quay. Harbour Letters, 2020; 10.1177%2F.',
      ]);
    });
  });

  describe("round 22's readings", () => {
    it('Dutch imprints: a town and year after the title, in Roman numerals too; a town, a publisher and a year; a dissertation', () => {
      quietInReport([
        "[^1]: Max Vogel. *Geschiedenis van de Haven.* 's-Graavenhaage MDCCXCVI. Derde deel, 239.",
        '[^1]: A.B. Lund, *Delft en de Kaden.* Leiden 1944, 32, 36.',
        "[^1]: A.B. Lund. *Handboek van de Kaden.* 's-Hertogenbosch 1970, deel I, 162.",
        '[^1]: A. Reyes, De haven van Tidewater, Berlijn, Reimer, 1834.',
        '[^1]: A. Reyes & M. Vogel (eds.), De kaden, 2e druk, Zwolle, Tjeenk Willink, 1921, 2 dln.',
        '[^1]: Ada Lund. *Die Struktur der Hafenchronik.* (Inaugural Diss.). Köln 1964, 288.',
      ]);
    });

    it('a Dutch short form by its editors, title and volume ("Zie A & B (eds.), Title, deel 2, p. CXL") repeats the edition', () => {
      const full =
        '[^1]: A. Reyes & M. Vogel (eds.), De kaden van Tidewater. Naar het handschrift, 2e druk, Zwolle, Tjeenk Willink, 1921, 2 dln. [De eerste druk was in 1903 gemaakt.]';
      const short = '[^2]: Zie Reyes & Vogel (eds.), De kaden van Tidewater, deel 2, p. CXLIII-CXLVII.';
      assert.deepStrictEqual(flagged(notes(full, short), report()), []);
      // another work of theirs is not that edition
      assert.deepStrictEqual(flagged(notes(full, '[^2]: Zie Reyes & Vogel (eds.), Het getij van de haven, deel 2, p. 14.'), report()), [
        '4:1 missing-source-url',
      ]);
    });

    it("a music manuscript by its library's shelfmark; a gloss of what a phrase says word for word", () => {
      quietInReport([
        '[^1]: Max Vogel, "Die Hafenkantate", in: *Drei Kantaten*, D-B Mus.ms. Vogel P 42, Bl. [81].',
        '[^1]: Wörtlich also: "Das Objekt mit der Nummer 1663 ist ein Hafenhorn".',
      ]);
    });

    it('a place left for a link ("LINK", **Link**) or a German note to self that a source is missing holds the place of a source', () => {
      const held = (def: string): string[] => problemsOf(notes(def), 'missing-source-url', report()).map((p) => p.message);
      assert.match(held('[^1]: Abfrage am 31.01.2020 durchgeführt LINK')[0], /holds the place of a source \("LINK"\)/);
      assert.match(held('[^1]: Abbildungen gibt es im Hafenprojekt **Link** und bei MIMO **Link**.')[0], /"\*\*Link\*\*"/);
      assert.match(held('[^1]: x **das muss noch durch Literatur abgesichert werden.**')[0], /durch Literatur abgesichert werden/);
      // a citation key with a space after "@" is no key: said so
      assert.match(held('[^1]: "Hafenbegriffe" [@ lund_hafen_2008, S. 84].')[0], /space after "@" \("\[@ lund_hafen_2008"\)/);
      // a Link by name, or a URL spoken of, holds no place
      quietInReport(['[^1]: Stefan Link, *Häfen und Kaimauern*, Berlin 2015, S. 12.', '[^1]: The URL of the portal changed in 2021, as the agency said.']);
    });
  });

  describe("round 23's readings", () => {
    it("a journal's supplement pages, the Federal Rules and their committee's notes, an agency's numbered recommendation", () => {
      quietInReport([
        '[^1]: Ada Reyes et al., *Tides in Harbour Forensics*, 9 Harbour Investigation S2, S12 (2009).',
        '[^1]: Fed. R. Civ. P. 26 advisory committee notes (2006 amendments).',
        '[^1]: Fed. R. Evid. 902(13)-(14) advisory committee notes (2017 amendments).',
        '[^1]: Administrative Conference of the Harbour, Recommendation 2021-1, *Managing Mass Comments at the Quay* (June 17, 2021).',
      ]);
      // a recommendation by name only is not numbered
      flaggedInReport(['[^1]: Administrative Conference of the Harbour, *Managing Mass Comments at the Quay* (June 17, 2021).']);
    });

    it("an organisation's guidance, notice or bulletin by its date is a citation; by its number it is traced", () => {
      flaggedInReport([
        '[^1]: Harbour Division Advisory Council, Guidance on Use of Tide Tables (Nov. 15, 2025).',
        '[^1]: Harbour Bar Standing Committee on Ethics and Quays, Notice of Supplemental Opinion Development (Jan. 2026).',
        '[^1]: Federal Bureau of Tides, Quay Detection and Evidence (Law Enforcement Bull., Jan. 2026).',
      ]);
      // one finding for the source, at its first citation
      assert.deepStrictEqual(
        flagged(
          notes(
            '[^1]: Harbour Division Advisory Council, Guidance on Use of Tide Tables (Nov. 15, 2025).',
            '[^2]: Harbour Division Advisory Council, Guidance on Use of Tide Tables at 3 (Nov. 15, 2025).',
          ),
          report(),
        ),
        ['3:1 missing-source-url'],
      );
      quietInReport([
        '[^1]: Department of Tides Department Memorandum 2020-0189.',
        // a notice that is an exhibit of a proceeding's record is found in the record
        '[^1]: See Harbour Co Privacy Notice, Exhibit E, Compliance to the Minute Resolution dated 23 May 2025.',
      ]);
      // outside a report, nothing
      assert.deepStrictEqual(flagged(notes('[^1]: Harbour Division Advisory Council, Guidance on Use of Tide Tables (Nov. 15, 2025).')), []);
    });

    it('says a working paper whose title names Congress is no report by Congress', () => {
      const [problem] = problemsOf(notes('[^1]: *See* Ada Reyes, *Who Uses AI in Congress?* (Working Paper, 2026).'), 'missing-source-url', report());
      assert.ok(problem, 'reported: a working paper of the web era with no link');
      assert.doesNotMatch(problem.message, /report by Congress/);
      // an organisation outside the title still is
      const [org] = problemsOf(notes('[^1]: Harbour Institute, “Tides and Quays,” Policy Report, 2019.'), 'missing-source-url', report());
      assert.match(org.message, /report by Harbour Institute/);
    });

    it("a company's or an office's web-era document named the Bluebook way, its kind in the title, asks for its link", () => {
      flaggedInReport([
        '[^1]: TidalAI, *Harbour-4 Technical Report* (2023).',
        '[^1]: Reyes, *Tidecoin White Paper* (2013).',
        '[^1]: Tidal Labs, *Tide Model Card* (2024).',
        "[^1]: N.Y. Att'y Gen., *Fake Tides: How Comments Flood the Harbour Board* (2021).",
        // after a signal, and with Bluebook's pin pages
        "[^1]: *See* N.Y. Att'y Gen., *Fake Tides: How Comments Flood the Harbour Board* (2021).",
        "[^1]: N.Y. Att'y Gen., *Fake Tides: How Comments Flood the Harbour Board* 7–12 (2021).",
      ]);
      // a book, a short form of one, and a document with its link
      quietInReport([
        '[^1]: Ada Reyes, *Tides of the North* (2019).',
        '[^1]: Reyes, *Out on the Quay* (2009).',
        '[^1]: Ada Reyes, *Tides of the North* 7–12 (2019).',
        '[^1]: Harbour Institute, *Harbour Review* 12 (2019).',
        '[^1]: TidalAI, *Harbour-4 Technical Report* (2023), https://tidal.example/h4.pdf.',
      ]);
      // one finding per source: cited again with its pin pages, after a first citation that opens with "*See*"
      const again = notes(
        "[^1]: *See* N.Y. Att'y Gen., *Fake Tides: How Comments Flood the Harbour Board* (2021).",
        '[^2]: An aside that explains the point at some length, citing nothing.',
        "[^3]: N.Y. Att'y Gen., *Fake Tides: How Comments Flood the Harbour Board* 7–12 (2021).",
      );
      assert.deepStrictEqual(flagged(again, report()), ['3:1 missing-source-url']);
    });

    it('a Bluebook article with its journal abbreviated and a year but no volume nor pages asks for them', () => {
      for (const def of [
        '[^1]: *See* Ada Reyes et al., *Large Tidal Fictions: Profiling Errors in Harbour Models*, J. Legal Analysis (2024).',
        '[^1]: Ada Reyes et al., *No, Models Cannot Rate Quays*, Pol. Analysis (2025) (discussing how the tides were rated).',
      ]) {
        const [problem] = problemsOf(notes(def), 'missing-source-url', report());
        assert.match(problem?.message ?? '', /an article with no link and without the volume and pages/, def);
      }
      // with its volume and page, or a reference into the reference list by author and year
      quietInReport(['[^1]: Ada Reyes, *Large Tidal Fictions*, 16 J. Legal Analysis 64 (2024).', '[^1]: As Reyes (2019) shows, the quays silted up.']);
    });
  });

  describe("round 24's readings", () => {
    it('a note nothing cites is not judged (unused-footnote reports it); one cited only in HTML is', () => {
      const uncited = joinLines('Claim.', '', '[^1]: Ortiz, L. "Harbours Abroad." *The Harbour Post*. 2 May 2014.');
      assert.deepStrictEqual(flagged(uncited, report()), []);
      assert.deepStrictEqual(findings(uncited, 'unused-footnote', report()), ['3:1 unused-footnote']);
      const inHtml = joinLines('Claim.<sup>1</sup>', '', '[^1]: Ortiz, L. "Harbours Abroad." *The Harbour Post*. 2 May 2014.');
      assert.deepStrictEqual(flagged(inHtml, report()), ['3:1 missing-source-url']);
    });

    it("before the web, an issuing institution, a numbered report, a conference's proceedings or two towns trace a work", () => {
      quietInReport([
        '[^1]: Reyes, Ada Lena, and Max Vogel. Tide Gates in Practice. Harbour Establishment, Procurement Executive, Ministry of Tides, 1977.',
        '[^1]: Reyes, Ada. Silting of the Quays. University of Harbour (United Kingdom), 1983.',
        '[^1]: Reyes AB, Lund C. Tide tables for small ports. Regents of the University of Harbour; 1983 Jun.',
        '[^1]: REYES, ADA; LUND, MAX. Tide Machines. HARBOUR INST OF TECH CAMBRIDGE TIDE LAB; 1977 Aug 1.',
        '[^1]: Reyes, I. Quay Logic. Harbour University. Computer Science Department Technical Report 66 (1977).',
        '[^1]: I. Reyes, L. Lund, Tide tables for the fjord, HTI rapport, 1974',
        '[^1]: Reyes, Ada. “TIDES IN LISP.” In Proc. of IJCAI-69. 1969.',
        '[^1]: Reyes, Ada. “Tides.” In First International Workshop on Harbour Evolution and Standardization. 1988.',
        '[^1]: Reyes, Ada, and Lena Ortiz. Tides of the Northern Harbour. Edinburgh & London: Oliver & Boyd, 1968.',
        '[^1]: Reyes, Ada. “Quay Programs.” Logic Programming 1 (1982): J82.',
        '[^1]: Reyes, Ada. “Lambda Tides.” ArXiv abs/1309.6226 (2013).',
      ]);
      // the same institutions in the web era issue reports read online; a short form by author, title and year stays one
      flaggedInReport([
        '[^1]: Reyes, Ada. Silting of the Quays. University of Harbour (United Kingdom), 2013.',
        '[^1]: Reyes AB, Lund C. Tide tables for small ports. Regents of the University of Harbour; 2013 Jun.',
        '[^1]: Reyes, Ada. “Tides.” In First International Workshop on Harbour Evolution and Standardization. 2018.',
      ]);
    });

    it("a university that issued a report, or a university town before its state, is no university's press", () => {
      flaggedInReport([
        '[^1]: Ada Reyes and Max Vogel, “The Harbour Index 2023 Annual Report,” Harbour Index Steering Committee, Stanford University, Stanford, CA, April 2023.',
      ]);
      quietInReport(['[^1]: Ada Reyes, *Tides* (Stanford: Stanford, 2019).', '[^1]: Ada Reyes, *Tides* (Stanford: Stanford University Press, 2019).']);
    });

    it("a citation with the author's given name and initials before the quoted title is no author-date short form", () => {
      flaggedInReport(['[^1]: Bishop, Ada B. "Harbour Systems with a Very Large Quay." (2015).', '[^1]: Reyes, Jr. Ada L. "Tide Tables." (2016).']);
      assert.deepStrictEqual(flagged(notes('[^1]: Gray, "Out in the Country" (2009).'), report()), []);
    });
  });

  describe("round 25's readings", () => {
    it('a blog in italics after a quoted title is where the post was published, in any file', () => {
      const post = notes('[^1]: Ada Reyes. 2017. "The Infrastructure behind the Harbour: Scale". _Tidewater blog_.');
      const [problem] = problemsOf(post, 'missing-source-url');
      assert.match(problem?.message ?? '', /is a blog/);
      // a book's title naming a platform after a chapter's is no site; nor is one with its publisher
      assert.deepStrictEqual(flagged(notes('[^1]: Ada Reyes, "Tides," *The YouTube Reader* (Harbour Press, 2019).'), report()), []);
    });
  });

  describe("round 26's readings", () => {
    it('German styles\' short title (surname, short title, year, page) is a short form, and a volume with no place says "o.O."', () => {
      const text = joinLines(
        'Claim.[^1] Claim.[^2] Claim.[^3]',
        '',
        '[^1]: Vgl. Hartwig, Hafenbücher der Hanse 2019, S. 42.',
        '[^2]: Hartwig/Lenz, Warum Leuchttürme? 2020, S. 7 f.',
        '[^3]: Vgl. Brandt, Ute, Zollregister im Wandel. In: Lenz, Paul (Hrsg.): Häfen und Handel, o.O. 2016, S. 201-230, S. 210.',
      );
      assert.deepStrictEqual(flagged(text, report()), []);
      const [short] = check(text, report()).model.notes.filter((n) => n.id === '1');
      assert.deepStrictEqual([short.reading.kind, short.reading.shortForm, short.reading.author], ['short-citation', 'short-title', 'Hartwig']);
      // a given name after the surname makes it a full citation, judged as written: here a place and year before the web
      assert.deepStrictEqual(flagged(notes('[^1]: Hartwig, Jens, Hafenbücher der Hanse 2019, S. 42.'), report()), ['3:1 missing-source-url']);
    });

    it('an article of a printed encyclopedia by its edition year is traceable; a dictionary of the web, or one read online, is not', () => {
      quietInReport(['[^1]: Voir _Encyclopédie des ports_, 2012, article « Quai ».', '[^1]: Harbour Dictionary of the Sea, 1998, s.v. "quay".']);
      flaggedInReport(['[^1]: Urban Dictionary, 2019, entry "quayside".', '[^1]: *Encyclopédie des ports*, 2012, article « Quai », consulté le 3 mai 2024.']);
    });

    it('a French court decision by its court, town or chamber and date is a legal citation', () => {
      quietInReport([
        '[^1]: TGI Brest, 4 févr. 1998, Port autonome c/ Société des Quais : « Le quai reste public. »',
        '[^1]: CA Rennes, 2e ch., 11 mars 2004.',
        '[^1]: Cass. 1re civ., 12 mai 2010, n° 09-10.123.',
        '[^1]: CE, 3 juin 2002, Commune de Lorient.',
      ]);
      // (an English month is no French decision's date)
      flaggedInReport(['[^1]: CA Harbour Board, *Tide Report*, 4 March 2019.', '[^1]: CE Marking Office, *Tide Gauges Guide*, 2 June 2020.']);
    });

    it("a note whose link is another note's points to it; when that note gives no source, it is judged as written", () => {
      const linked = joinLines(
        'Claim.[^1] Claim.[^2]',
        '',
        '[^1]: Harbour Board, “Committee Papers,” 2021, https://example.org/board/papers.',
        '[^2]: Harbour Board, “Minutes of the Tide Committee,” 3 May 2021. Link see footnote 1.',
      );
      assert.deepStrictEqual(flagged(linked, report()), []);
      assert.deepStrictEqual(flagged(linked.replace(' Link see footnote 1.', ''), report()), ['4:1 missing-source-url']);
      // note 1 without its link: the one finding is note 1's (one per source); note 1 an aside: note 2 as written
      assert.deepStrictEqual(flagged(linked.replace(', https://example.org/board/papers', ''), report()), ['3:1 missing-source-url']);
      const aside = linked.replace('Harbour Board, “Committee Papers,” 2021, https://example.org/board/papers.', 'The board meets every month.');
      assert.deepStrictEqual(flagged(aside, report()), ['4:1 missing-source-url']);
    });
  });

  describe("round 27's readings", () => {
    it('an encyclopedia that lives on the web is read online, whatever edition it dates its versions by', () => {
      const defs = [
        '[^1]: Ana Reyes, "Quays and Harbours", *Stanford Encyclopedia of Philosophy* (Fall 2020 Edition), Edward N. Zalta (ed.).',
        '[^1]: Reyes, Ana. "Quays and Harbours." In *The Internet Encyclopedia of Philosophy*, 2019.',
      ];
      flaggedInReport(defs);
      // it says where it is read: outside a report too
      for (const def of defs) assert.deepStrictEqual(flagged(notes(def)), ['3:1 missing-source-url'], def);
      // a printed encyclopedia's edition is a book's
      quietInReport(['[^1]: Ana Reyes, "Quays and Harbours", *Harbour Encyclopedia of the Sea* (Fall 2020 Edition), Edward N. Zalta (ed.).']);
    });

    it('a short title after "See:" is a short form; an entry of the reference list with a "www." address traces its work', () => {
      const text = joinLines(
        'Claim.[^1] Claim.[^2]',
        '',
        '### Bibliography',
        '',
        'Ortiz, Ana. "Age as a Tidal Variable." In *The Handbook of Quays*, edited by Ben Lund, 151--167. Oxford: Tidewell, 1997.',
        '',
        'Vogel, Ada. "This Tide Will Turn: Harbour Television and Economic Anxiety." *Harbour Paper*. July 5, 2017. <www.harbourpaper.example.com/tide-will-turn>.',
        '',
        '### Notes',
        '',
        '[^1]: See: Ortiz, "Age."',
        '[^2]: Vogel, "This Tide Will Turn."',
      );
      assert.deepStrictEqual(flagged(text, report()), []);
      // the list's entry gives an address GFM links from "www." with its path: without it, nothing traces the work
      assert.deepStrictEqual(flagged(text.replace(' <www.harbourpaper.example.com/tide-will-turn>', ''), report()), ['12:1 missing-source-url']);
    });

    it('an exhibition by its venue and days, a year given before; APA volume and issue; ABNT in capitals; a talk in French', () => {
      quietInReport([
        '[^1]: Reyes, Ana. 2010. "Tide Core Scanner." Exhibition at Harbour Stiftung, Berlin, January 15 – February 27.',
        '[^1]: Reyes, A., & Lund, B. (2018). _Quays and tides: a meta-analysis_. PLOS Harbours, 13(12), e0209086.',
        '[^1]: Reyes, A., Lund, B., & Ortiz, C. (2020). _Systematic review of quay maintenance_. Harbour Reports, 10(1).',
        '[^1]: Reyes, A. (2019). _Of the standard of tides_ (pp. 25-40). De Gruyter.',
        '[^1]: REYES, LUND; 2013, p. 44',
        '[^1]: REYES; LUND, 2013, p. 44',
        '[^1]: Ana Reyes et Ben Lund, « From Archives to Harbours », communication présentée à *IFTR 2025*, Cologne, juin 2025.',
      ]);
      // still asked for: an exhibition's website, a name in capitals with a title
      flaggedInReport([
        '[^1]: Reyes, Ana. 2010. "Tide Core Scanner." Exhibition at Harbour Stiftung, Berlin, January 15 – February 27. Website of the Stiftung.',
        '[^1]: REYES, Ana. *Tides of Data*, 2013.',
      ]);
    });

    it("what round 27's readings must not silence: a page, a post or a paper that numbers its issues, a surname, an internal paper, a recorded talk", () => {
      flaggedInReport([
        // a volume and issue closing a note that names a kind of page, an outlet, or a day
        '[^1]: Lund, B. (2021, May 4). Port automation explained [Blog post]. Harbour Tech Blog, 4(2).',
        '[^1]: Ortiz, C. (2021). Rising seas [Audio podcast episode]. Tide Talk, 3(12).',
        '[^1]: Reyes, A. (2021). Quays reopen [Press release]. Harbour Authority Newsroom, 5(2).',
        '[^1]: Reyes, A. (2021, June 2). Strike closes quays. The Harbour Herald, 152(48).',
        '[^1]: Reyes, A. (2021, June 2). Strike closes quays. Harbour Reports, 152(48).',
        // a publisher's name that is a surname, a blog or a consultancy
        '[^1]: Reyes, A. “Port arbitration after 2030.” Kluwer Arbitration Blog, 2021.',
        '[^1]: Peter Lang, “Port futures,” memo to the Harbour Board, 2020.',
        '[^1]: Rowman Consulting, *Port Strategy 2030*, 2021.',
        // an installation that is no exhibition, data gathered at an exhibition
        '[^1]: Okafor, Nia. 2019. “Quay sensors.” Installation at Pier 4, Harbour City, March 3 – 5. Internal memo.',
        '[^1]: Diaz, Dan. 2020. Visitor survey, Exhibition at Harbour Museum, Oslo, April 1 – 30, internal data.',
        // a talk recorded or put online, an office's letter
        '[^1]: Ortiz, Carla. «Mareas», ponencia presentada en el Congreso de Puertos, Valencia, 2021, disponible en YouTube.',
        '[^1]: Lund, Ben. „Gezeiten“, Vortrag auf der Hafenkonferenz Kiel, 3. Mai 2021, Folien online abrufbar.',
        '[^1]: Hafenbehörde Kiel, Schreiben vom Referat an die Stadtverwaltung, 4. Mai 2021.',
      ]);
      // a journal's volume and issue after APA's year, nothing online about it: traceable
      quietInReport([
        '[^1]: Reyes, A., & Lund, B. (2018). _Quays and tides_. Harbour Studies, 13(12).',
        '[^1]: Ortiz, Carla. *Harbour Law*. Berlin: De Gruyter, 2019.',
      ]);
    });
  });

  describe("round 28's readings", () => {
    it('an APA reference by authors with initials and a title in plain type is a full citation, not an author-date short form', () => {
      // a newspaper's story with no link, whatever it numbers: asked for its link in a report
      flaggedInReport([
        '[^1]: Reyes, A. (2021). Strike closes quays. The Harbour Herald, 152(48).',
        '[^1]: Reyes, A., & Ortiz, B. (2021). Strike closes quays. The Harbour Herald.',
      ]);
      // a journal's article with its volume and pages traces itself
      quietInReport([
        '[^1]: Reyes, A. (2021). Strike closes quays. *Harbour Studies*, 12(3), 45–67.',
        // a supplement for its issue
        '[^1]: Reyes, A., & Ortiz, B. (2019). Wrist strain in dock work: an update. _Harbour journal of health_, _78_(11 Suppl 2), 6.',
        '[^1]: Reyes, A. (2019). Wrist strain. *Harbour Health*, *78*(Suppl. 2), 6–9.',
      ]);
      // still short forms: no initials, a signal after the year, a sentence about the work
      for (const def of [
        '[^1]: Reyes (2021). Strike closes quays. The Harbour Herald.',
        '[^1]: Reyes, A. (2021). See also Ortiz (2020).',
        '[^1]: Reyes, A. (2021). This is the main source.',
      ])
        assert.deepStrictEqual(flagged(notes(def), report()), [], def);
    });

    it('short forms of works cited before: in a note citing several, after "Ibid.; see also", with a long title, a colon, a remark', () => {
      const text = joinLines(
        'One.[^1] Two.[^2] Three.[^3] Four.[^4] Five.[^5] Six.[^6] Seven.[^7] Eight.[^8]',
        '',
        '[^1]: See Ana Reyes and Ben Lund, ‘Quay Frames’, *Journal of Harbour Economy* 3, no. 1 (2010): 103–19; Ada Ortiz, ‘Tides at Work’, *Harbour Review* 9, no. 2 (2011): 4–20.',
        '[^2]: Ibid., 108; see also Carla Vogel and Dan Diaz, *Insight and Harbour: An Evaluation of the Tidewater Trust’s Quay Programme* (Tidewater Trust, 2009).',
        '[^3]: Vogel and Diaz, *Insight and Harbour*; Reyes and Lund, ‘Quay Frames’.',
        '[^4]: The change is examined in Max Okafor, *Harbours in the Age of Printing: Orality, Writing, Typography, and Printed Images in the History of Harbour Theory and Practice*, trans. Ida Sun (Cambridge, MA: Harbour Press, 2001).',
        '[^5]: Okafor, *Harbours in the Age of Printing: Orality, Writing, Typography, and Printed Images in the History of Harbour Theory and Practice*, 11.',
        '[^6]: Sam Lee, "Networks, Quays and the Harbour Itineraries," *Journal of Harbour Archaeology* 19 (2006): 45-64.',
        '[^7]: Lee, "Networks": 47.',
        '[^8]: Ortiz, ‘Tides at Work’, 12, quotation from 9.',
      );
      assert.deepStrictEqual(flagged(text, report()), []);
      // a short title in single quotes that shortens nothing cited before is still asked for its source
      const third = 'Vogel and Diaz, *Insight and Harbour*; Reyes and Lund, ‘Quay Frames’.';
      assert.deepStrictEqual(flagged(text.replace(third, 'Reyes and Lund, ‘Quay Frames’.'), report()), []);
      assert.deepStrictEqual(flagged(text.replace(third, 'Reyes and Lund, ‘Sea Walls’.'), report()), ['5:1 missing-source-url']);
    });

    it("short forms with a chapter's name, in Spanish, by a bare page, with a publisher's word in the title, read in another work", () => {
      const text = joinLines(
        'One.[^1] Two.[^2] Three.[^3] Four.[^4] Five.[^5] Six.[^6] Seven.[^7] Eight.[^8] Nine.[^9] Ten.[^10]',
        '',
        '[^1]: Ada Reyes, *The Complete Tides*, trans. Ben Lund (London: Harbour Classics, 2009).',
        '[^2]: Reyes, *The Complete Tides*, chap. The Light-Quays.',
        '[^3]: Carla Ortiz, *Carrying On the Quay: A Social History of Harbours* (Leiden: Brill, 2019), 215--16.',
        "[^4]: Ortiz, *Carrying On the Quay*, chap. 6, 'Men of Books and Books of Men: The Catalogue Genres' (pp. 241--75).",
        '[^5]: Dana Vogel, Eli Park y Ida Sun, _Harbour Door: Quay Culture and the Politics of Tides_ (Cambridge, MA: Harbour Press, 2017).',
        '[^6]: Max Okafor, “Cheap Quays,” en _Harbour Door_: 42.',
        '[^7]: Sara Lund, "Louise Reyes and the Rise of Gender-Specific Series Books," *Harbour Letters* 25, no. 1 (2001): 17-46.',
        '[^8]: Lund, "Gender-Specific Series Books," 19.',
        '[^9]: Tom Diaz, *The Rhetoric of Quays* (Berkeley: Harbour Press, 1988).',
        '[^10]: Ken Abe, "Jo no minato" [A Preface on Harbours]. Cited in Diaz, 100.',
      );
      assert.deepStrictEqual(flagged(text, report()), []);
      // a work read in another that nobody cites before is asked for
      assert.deepStrictEqual(flagged(text.replace('Cited in Diaz, 100.', 'Cited in Marsh, 100.'), report()), ['12:1 missing-source-url']);
    });

    it('an article\'s title then "ibid." for the periodical of the note before; a remark citing a source read in a work cited before', () => {
      const text = joinLines(
        'One.[^1] Two.[^2] Three.[^3] Four.[^4]',
        '',
        '[^1]: Ana Reyes and Ben Lund, "Big Quays and the Danger of Being Precisely Wrong," *Harbour & Society* 2, no. 2 (2015).',
        '[^2]: Carla Ortiz and Dan Diaz, "Tides, Sociology, and the Promise of Big Quays," ibid.',
        '[^3]: Ida Sun, *The Rhetoric of Harbours: Quays in Early Modern Ports* (Berkeley: Harbour Press, 1988).',
        '[^4]: Sun, *Rhetoric of Harbours*, 151. Abe made this claim in his *Minato to seikatsu* [Harbour and Life] (1964), cited in Sun, 150-51.',
      );
      assert.deepStrictEqual(flagged(text, report()), []);
      // without "ibid." the article names no periodical
      assert.deepStrictEqual(flagged(text.replace('Big Quays," ibid.', 'Big Quays."'), report()), ['4:1 missing-source-url']);
    });

    it('a long title in sentence case right after authors joined by "y" or "et" is a title, not an aside', () => {
      flaggedInReport([
        '[^1]: Ada Reyes y Ben Lund, “Harbour auditing: Investigating the impact of publicly naming biased performance results of commercial quay products,” reportaje técnico (2019).',
        '[^1]: Ada Reyes et Ben Lund, “Audit des quais : étudier les effets de la publication des résultats biaisés des produits commerciaux du port,” rapport technique (2019).',
      ]);
    });

    it('a chapter with its moderator in a volume cited before; a journal by its name, year and page', () => {
      const text = joinLines(
        'One.[^1] Two.[^2]',
        '',
        '[^1]: Dana Vogel, Eli Park y Ida Sun, _Harbour Door: Quay Culture and the Politics of Tides_ (Cambridge, MA: Harbour Press, 2017).',
        '[^2]: Ana Reyes, Ben Lund y Carla Ortiz, “Representation and Its Quays,” moderado por Max Okafor, en _Harbour Door_: 192-200.',
      );
      assert.deepStrictEqual(flagged(text, report()), []);
      // the volume cited nowhere before: nothing traces the chapter
      assert.deepStrictEqual(flagged(text.replace('en _Harbour Door_', 'en _Quay Door_'), report()), ['4:1 missing-source-url']);
      quietInReport(['[^1]: Ada Silva, “Quays Alive! Reassembling the Harbour,” _Harbour Studies Quarterly_, (2009), 215.']);
      // a newspaper's story by its year and page is still asked for its link
      flaggedInReport(['[^1]: Ada Silva, “Quays Alive,” _Harbour Herald_, (2009), 215.']);
    });

    it('books by place and year, journals in plain type with a volume, films and works of art with their labels', () => {
      quietInReport([
        '[^1]: See Ana Reyes, World-Harbours Analysis: Theory and Method (Ann Arbor: 1993).',
        '[^1]: Ben Lund, Post and Courier Service in the Ports of Early Modern Europe (The Hague: 1973), 58.',
        '[^1]: Ada Ortiz, Ben Lund "Graph models for harbour heritage: The case of the quays" in Digital Applications in Harbour Heritage 9 (2018).',
        '[^1]: Reyes, A., Lund, H., & Ortiz, P. A. (2020). Cohort insights into quay ownership. Journal of Harbour Economics, 47, 101619.',
        '[^1]: Ana Reyes, *The Quay*, Film, installation, 15 October 2010.',
        '[^1]: Ben Lund, *A Harbour Program*, Documentary, Adventure, Drama, (2016).',
      ]);
      flaggedInReport([
        // a newspaper or a blog is no journal, whatever numbers it gives; a video put online is the web's
        '[^1]: Reyes, A. (2020). Quays sold again. The Harbour Herald, 47, 101619.',
        '[^1]: Ada Ortiz, "Graph models for quays" in Harbour Heritage Blog 9 (2018).',
        '[^1]: Ana Reyes, *The Quay*, Video, YouTube, 15 October 2010.',
        // an organisation's report by its town and year is still asked for its link
        '[^1]: Harbour Institute, *Quay Outlook* (Washington: 2021).',
      ]);
    });

    it("what round 28's readings must not silence or add: remarks after APA's year, pages of the web, videos, outlets in short forms", () => {
      // a remark after an author-date short form is no title of a full citation
      for (const def of [
        '[^1]: Reyes, A. (2021). Figures rounded to the nearest thousand.',
        '[^1]: Reyes, A. (2021). My translation.',
        '[^1]: Reyes, A. (2021). On this point see the appendix.',
        '[^1]: Reyes, A. (2021). Adapted with permission.',
      ])
        assert.deepStrictEqual(flagged(notes(def), report()), [], def);
      flaggedInReport([
        // place and year in brackets, but no person's book: a site, a story, an organisation's work, no place at all
        '[^1]: Ana Reyes, *Tide Tables* (Online: 2021).',
        '[^1]: *Harbour Futures* (Greyport: 2021).',
        '[^1]: Ana Reyes, "Strike Closes Quays," *Harbour Herald* (Greyport: 2021).',
        '[^1]: World Harbour Organization, *Fact Sheet: Quay Safety* (Geneva: 2021).',
        '[^1]: Harbour Development Bank, *Port Lending Review* (Manila: 2019).',
        '[^1]: Ana Reyes, *How Tides Work* video (London: 2021).',
        // a bank's bulletin is its own publication
        '[^1]: Ana Reyes, "Quay Safety," in Harbour Bank Bulletin 9 (2018).',
        // a video is no film or work of art by its label alone
        '[^1]: Ana Reyes, *How Tides Work*, Video, 15 October 2010.',
        '[^1]: Harbour Policy Institute, *Quay Finance Explained*, Video, 3 March 2021.',
        // a newspaper, a blog or an organisation in a short form's place
        '[^1]: Reyes, “Huelga en el muelle,” en _Diario del Puerto_: 42.',
        '[^1]: Reyes, “Huelga en el muelle,” en _Blog del Puerto_: 42.',
        '[^1]: Reyes, “Strike at the Quay,” in _Harbour Herald_: 42.',
        '[^1]: Reyes, Harbour Notes Blog, chap. 6, ‘Tides at Night’.',
        '[^1]: Harbour Herald, "Strike Closes Quays": 4.',
        '[^1]: Greyport Council, "Quay Plan 2030": 47.',
        // a page of the web read in a book is still the page
        '[^1]: Greyport Council website, 2021, cited in Vogel, 150-51.',
        // (a review of these readings) an organisation's report or a platform by place and year
        '[^1]: Greyport Harbour Trust, *Quay Outlook* (London: 2021).',
        '[^1]: Tidewater Coalition, *Quay Outlook* (Washington: 2021).',
        '[^1]: Ana Reyes, *Tides of Trade* (Medium: 2022).',
        // an outlet or a blog by year and page; an organisation's map; software
        '[^1]: Ada Reyes, “Why Ports Need Data,” *Harvard Business Review*, (2021), 4.',
        '[^1]: Ada Reyes, “Quay Notes,” *Harbour Blog Review*, (2021), 4.',
        '[^1]: Harbour Agency, *Interactive Port Map*, Map, 3 May 2024.',
        '[^1]: Ada Ortiz, *portlib*, Code, 3 May 2023.',
        '[^1]: Ida Sun, *Tide 1034: A Normal Quay*, Code, flow chart, map, 25 December 2013.',
        // a series of briefs or a hub is no journal
        '[^1]: Ada Reyes, “Port Finance,” in Greyport Economics Brief 12 (2021).',
      ]);
      // a short form whose remark or title names a kind of page is still a short form
      const text = notes(
        '[^1]: Ada Reyes, *Quays* (Halifax: Tern Press, 2001).',
        '[^2]: Reyes, supra note 1, at 4 (figures from the port dashboard, cited in Ortiz, 5).',
        '[^3]: Ben Lund, *The Harbour Blog Revolution* (Halifax: Tern Press, 2019).',
        '[^4]: Lund, *The Harbour Blog Revolution*, 12, quoted in Ortiz, *Quays*, 4.',
      );
      assert.deepStrictEqual(flagged(text, report()), []);
      // a new story "ibid." of an outlet read online is its own page, asked for its link
      const story = notes(
        '[^1]: Ana Reyes, "Strike Closes Quays," *Harbour Herald*, March 3, 2021, https://harbourherald.example/strike.',
        '[^2]: Ben Lund, "Talks Resume at the Quays," ibid.',
      );
      assert.deepStrictEqual(flagged(story, report()), ['4:1 missing-source-url']);
    });
  });

  describe("round 29's readings", () => {
    it("a game's dialogue or in-game text cited by its kind, in the game cited in full before, is traced by it", () => {
      const game = '[^1]: Ada Vogel, *Harbour Quest* (Windows, Xbox: Tidewater Studios, 2023).';
      const text = notes(
        game,
        '[^2]: Lund, dialogue, in *Harbour Quest*, "One Small Step."',
        '[^3]: Max Reyes and Lin, dialogue, in *Harbour Quest*, "Into the Fog."',
        '[^4]: The Keeper, audio recording, in *Harbour Quest*, "Unearthed."',
      );
      assert.deepStrictEqual(flagged(text, report()), []);
      // without the game cited before, or in another game, the part is asked for its source
      assert.deepStrictEqual(flagged(text.replace(game, '[^1]: An aside on tides that cites nothing, as asides do.'), report()), ['4:1 missing-source-url']);
      assert.deepStrictEqual(flagged(notes(game, '[^2]: Lund, dialogue, in *Harbour Quest II*, "One Small Step."'), report()), ['4:1 missing-source-url']);
    });

    it('a story of a given day read in a research database named at its close is found there, in any file', () => {
      for (const def of [
        '[^1]: ‘Quays Reopen’, *The Times of India*, 19 March 1996, ProQuest Historical Newspapers.',
        '[^1]: Ada Reyes, ‘Ferries Return’, *News - Harbour Times*, 10 July 1998, ProQuest Historical Newspapers',
        '[^1]: Ada Reyes, "Ferries Return," *The Guardian*, 3 May 2004 (Factiva).',
      ]) {
        assert.deepStrictEqual(flagged(notes(def)), [], def);
        assert.deepStrictEqual(flagged(notes(def), report()), [], def);
      }
      // not a database named inside a title, nor a story with no day
      flaggedInReport([
        '[^1]: Ada Reyes, "Why ProQuest Matters," *Harbour Herald*, 3 May 2021.',
        '[^1]: Ada Reyes, "Ferries Return," *The Guardian*, 2004, ProQuest.',
      ]);
      assert.deepStrictEqual(flagged(notes('[^1]: Ada Reyes, "Why ProQuest Matters," *The Guardian*, 3 May 2021.')), ['3:1 missing-source-url']);
    });

    it("a kind of site inside a title in single quotes is the title's word, an apostrophe inside it not closing it", () => {
      const [problem] = problemsOf(
        notes('[^1]: Ada Reyes, ‘No Quays: The Shifting Materialities of Database Technology’, *Harbour Culture*, 4 November 2014, p. 2.'),
        'missing-source-url',
        report(),
      );
      // still no way to the article (an online journal, no volume), but not "a database"
      assert.match(problem?.message ?? '', /nothing to trace it by/);
      const [apostrophe] = problemsOf(notes('[^1]: Ada Reyes, ‘Ortiz’s Database’ and more, Harbour database, 2021.'), 'missing-source-url', report());
      assert.match(apostrophe?.message ?? '', /database/);
    });

    it("short forms: a title whose closing quote was left out, an organisation's long title in straight single quotes", () => {
      const text = notes(
        '[^1]: Ada Reyes and Ben Lund, ‘Quay Security—Concepts, Approaches, and Challenges’, *Harbour Transactions on Tides* 2.1 (2005): 2.',
        '[^2]: Reyes and Lund, ‘Quay Security, p. 2.',
        "[^3]: UN Harbour Council, 'Report of the Special Rapporteur on the Promotion and Protection of the Right to Safe and Open Quays, Ada Reyes,' *Harbour Council* (A/HRC/29/32: UN Harbour Council, 2015).",
        '[^4]: An aside between them.',
        "[^5]: UN Harbour Council, 'Report of the Special Rapporteur on the Promotion and Protection of the Right to Safe and Open Quays, Ada Reyes,' 13.",
      );
      assert.deepStrictEqual(flagged(text, report()), []);
      // a title closed by a quote that is no apostrophe is not left open: the work is asked for
      flaggedInReport(['[^1]: cf. Ada K. Reyes, “Notes to Ben Lund’ Harbour Volume 1”, p. 39']);
    });

    it("a journal's volume and issue with a full stop, and its year, trace the article; in an aside, an author-date reference does", () => {
      quietInReport([
        '[^1]: Ada Reyes, ‘Quays and Power’, *Harbour Law Review*20.4 (2013).',
        '[^1]: Ada Reyes, ‘Quays and Power’, Harbour University Law Review 104.1 (2010).',
        "[^1]: Ada Reyes, 'Maps as Quays: Power, Communication, and Visualization', *Progress in Harbour Geography* 25.2 (2001).",
        '[^1]: Ana Reyes y Ben Lund desarrollan más este aspecto, llegando a afirmar que *«one of the central issues here is the diversity of rights»* (Reyes y Lund, 2014, p. 324).',
        '[^1]: As Ada Reyes points out quoting the work of Lund and Vogel, "the movement ideology of open quays was found among the true believers" (Reyes, 2011, p. 227).',
        '[^1]: Ada Reyes, “Tides,” Journal of Harbour Studies 20.4 (2013).',
        '[^1]: Ada Reyes, “Tides,” Transactions of the Tidewater Society 20.4 (2013).',
        '[^1]: “The tides rose,” as Reyes and Lund wrote of the harbour in its worst years (Reyes y Lund, 2014, pág. 324).',
      ]);
      // a report's volume in plain type without a journal's word, and a story with no volume, are still asked for
      flaggedInReport([
        '[^1]: Ada Reyes, ‘Quays and Power’, Harbour Policy Institute 20.4 (2013).',
        '[^1]: Ada Reyes, ‘Quays and Power’, *Harbour Herald*, 2013.',
        // an official series' paper by its number is no author-date reference
        '[^1]: Harbour Bank. *Remissvar* to the Riksdag on *Statens hamnar (SOU 2023:61)*. Source level A.',
      ]);
    });

    it('a volume cited before by a chapter in it, named again by its title and authors, is traced by that citation', () => {
      const chapter =
        '[^1]: See ‘Chapter 6: Transfer of Quay Data’, in Committee of Experts under the Chairmanship of Justice A.B. Reyes, *A Free and Fair Harbour Economy: Protecting Quays*, Ministry of Tides, 2018, https://e.org/report.pdf.';
      const again =
        '[^3]: See Committee of Experts under the Chairmanship of Justice A.B. Reyes, *A Free and Fair Harbour Economy*. Hereafter the Reyes report.';
      assert.deepStrictEqual(flagged(notes(chapter, '[^2]: An aside.', again), report()), []);
      // other authors, or another title, are another work
      assert.deepStrictEqual(flagged(notes(chapter, '[^2]: An aside.', '[^3]: See Board of Pilots, *A Free and Fair Harbour Economy*.'), report()), [
        '5:1 missing-source-url',
      ]);
      assert.deepStrictEqual(flagged(notes(chapter, '[^2]: An aside.', again.replace('Fair Harbour', 'Open Harbour')), report()), ['5:1 missing-source-url']);
    });

    it("a paper's best-seller list named in an aside is not the paper cited", () => {
      assert.deepStrictEqual(
        flagged(notes('[^1]: In those years, _Tide Nation_ and _The Harbour Dilemma_ both ranked in the top 10 on the NY Times Best Sellers for Non-Fiction.')),
        [],
      );
      assert.deepStrictEqual(flagged(notes('[^1]: Ada Reyes, "Ferries Return," NY Times, 3 May 2021.')), ['3:1 missing-source-url']);
    });
  });

  describe("what round 29's readings must not silence (an attack)", () => {
    it("a sequel, an expansion or a guide is not the game cited before; nor is a chapter's subject the volume's author", () => {
      const game = '[^1]: *Harbour Quest*. Halifax: Tern Games, 2019.';
      for (const part of [
        '[^2]: Lund, dialogue, in *Harbour Quest: Deep Water*, "One Small Step."',
        '[^2]: Lund, item description, in *Harbour Quest: Sunken Depths*, "Rusty Anchor."',
      ])
        assert.deepStrictEqual(flagged(notes(game, part), report()), ['4:1 missing-source-url'], part);
      const guide = '[^1]: Ada Reyes, *Harbour Quest: The Official Strategy Guide* (Halifax: Tern Press, 2019).';
      assert.deepStrictEqual(flagged(notes(guide, '[^2]: Lund, dialogue, in *Harbour Quest*, "One Small Step."'), report()), ['4:1 missing-source-url']);
      // spelt otherwise, the same game's part is traced
      assert.deepStrictEqual(
        flagged(notes(game, '[^2]: Lund, dialog, in *Harbour Quest*, "One Small Step."', '[^3]: Lin, cut scene, in *Harbour Quest*, "Dawn."'), report()),
        [],
      );
      const volume = '[^1]: See ‘Chapter 6’, in Committee of Experts on Tides, *A Free Harbour: Open Quays*, Halifax: Ministry of Tides Press, 2018.';
      assert.deepStrictEqual(flagged(notes(volume, '[^2]: ‘Chapter 7’, in Committee of Experts on Tides, *A Free Harbour*.'), report()), []);
      assert.deepStrictEqual(flagged(notes(volume, '[^2]: ‘Annex C’, in Committee of Experts on Tides, *A Free Harbour: Supplementary Tables*.'), report()), [
        '4:1 missing-source-url',
      ]);
      const essay = '[^1]: Ben Lund, ‘Ada Reyes’s Quays’, in Carla Vogel (ed.), *Harbour Quays: Essays*, Halifax: Tern Press, 2001.';
      assert.deepStrictEqual(flagged(notes(essay, '[^2]: Ada Reyes, *Harbour Quays*.'), report()), ['4:1 missing-source-url']);
    });

    it('a database not named as where the story was read, or a page of the web with a database named, is still asked for', () => {
      for (const def of [
        '[^1]: Ada Reyes, “Storm Closes Quays,” *The Guardian*, 3 May 2019 (not found in ProQuest).',
        '[^1]: Ada Reyes, “Storm Closes Quays,” *The Guardian*, 3 May 2019. Searched in Factiva without result.',
        '[^1]: Ada Reyes, “Storm,” Harbour Pilots Blog, 3 May 2019, EBSCO.',
        '[^1]: Ada Reyes, “Storm Closes Quays,” *The Guardian*, theguardian.com, 3 May 2019, Factiva.',
        '[^1]: Ada Reyes, “Storm Closes Quays,” *The Guardian*, 3 May 2019; Ben Lund, “Quays Reopen,” *The Times*, 4 May 2019, ProQuest.',
      ]) {
        assert.deepStrictEqual(flagged(notes(def)), ['3:1 missing-source-url'], def);
        assert.deepStrictEqual(flagged(notes(def), report()), ['3:1 missing-source-url'], def);
      }
      flaggedInReport([
        '[^1]: “Harbour Times Archive Now Searchable,” press release, 3 May 2019, ProQuest.',
        '[^1]: Harbour Institute, *Port Outlook 2021*, 3 May 2021, ProQuest.',
      ]);
    });

    it('an outlet, a site or Wikipedia in single quotes is still read online, and so is a site named after a quoted title', () => {
      for (const def of [
        '[^1]: Ada Reyes, “Storm,” ‘The Guardian’, 3 May 2019.',
        '[^1]: ‘Harbour Pilots’, ‘Wikipedia’, 2022.',
        '[^1]: Ada Reyes, ‘Storm Damage’—Harbour Pilots Blog, 3 May 2022 (the pilots’ view).',
        '[^1]: Ada Reyes, ‘Storm Damage’ (Harbour Pilots Blog, 3 May 2022), the pilots’ view.',
        '[^1]: Ada Reyes, the port’s ‘official blog’, 3 May 2022.',
      ])
        assert.deepStrictEqual(flagged(notes(def)), ['3:1 missing-source-url'], def);
    });

    it("a dataset, a standard, software, a bulletin, a blog or a podcast by version and year is no journal's volume", () => {
      flaggedInReport([
        '[^1]: Harbour Institute, *Harbour Dataset* 14.2 (2024).',
        '[^1]: Harbour Standards Board, *Port Data Standard* 2.1 (2022).',
        '[^1]: Tern Labs, *TideSim* 4.2 (2023).',
        '[^1]: Harbour Ministry, Tide Bulletin 3.2 (2021).',
        '[^1]: Harbour Ministry, press release, Port Review 2.1 (2022).',
        '[^1]: Ada Reyes, “Storm,” *Harbour Blog* 3.2 (2021).',
        '[^1]: Ada Reyes, “Storm,” *Harbour Talk Podcast* 3.2 (2021).',
      ]);
    });

    it('an author-date reference with its page does not silence a page read online; a best-seller list does not hide a story', () => {
      for (const def of [
        '[^1]: Ada Reyes, “Storm,” Harbour Pilots Blog, 3 May 2022, accessed 4 May 2022; compare (Lund, 2021, p. 4).',
        '[^1]: “Harbour Pilots,” Wikipedia, as summarised in (Reyes y Lund, 2020, pp. 4-5).',
        '[^1]: “Harbour Pilots,” Wikipedia, as summarised in (Reyes und Lund 2020, S. 4).',
        '[^1]: Her memoir ranked on the NY Times Best Sellers; see Ada Reyes, “Tides,” *The New York Times*, 3 May 2019.',
      ])
        assert.deepStrictEqual(flagged(notes(def)), ['3:1 missing-source-url'], def);
      // (a code review) a blog named in single quotes; an aside's reference after a report or a story of a given day;
      // a bulletin, software or a standard by a dotted number
      assert.deepStrictEqual(flagged(notes('[^1]: Ada Reyes, ‘Why Quays Matter’, ‘The Harbour Blog’, 3 May 2021.')), ['3:1 missing-source-url']);
      flaggedInReport([
        '[^1]: Harbour Agency, *Quay Report 2020*, Ottawa, 2020; cf. (Lund, 2021, p. 4).',
        '[^1]: Ada Reyes, “Quays Reopen,” Harbour Herald, 3 May 2021 (Reyes y Lund, 2014, p. 324).',
        '[^1]: “Quay Closures,” Harbour Agency Bulletin 4.2 (2020).',
        '[^1]: Ada Reyes, “Quays,” *HarbourSoft* 3.1 (2023).',
        '[^1]: Ada Reyes, “Quays,” *ISO Harbour Standard* 12.1 (2020).',
      ]);
    });
  });

  describe("what rounds 24 and 25's readings must not silence or add (a review)", () => {
    it('a print-era issuer or proceedings yield to a note read online; two towns are towns books are published in', () => {
      flaggedInReport([
        '[^1]: Ministry of Tides, “Timber piers,” Ministry of Tides website, 1977.',
        '[^1]: “History of the Pier,” harbourheritage.example.org, Harbour Heritage Project, 1977.',
        '[^1]: Vogel, Max. Ports and Power: Why Harbours Matter, 2021.',
        '[^1]: Ortiz, L. Ferry fares rise again. Leeds and Bradford: Harbour Telegraph, 2019.',
      ]);
      // a book's title that starts with "Website" names no site
      assert.deepStrictEqual(flagged(notes('[^1]: “Ch. 2: Tides.” *Website Accessibility for Harbour Authorities*. 2019.')), []);
    });

    it('an aside naming a document-kind title, or one traced by its number, is no report asked for its link', () => {
      quietInReport([
        '[^1]: Ada Reyes, "Two Harbours," in the presentation *The Harbour Digital 2: Maps*, 4 December 2015, Columbia University, New York.',
        '[^1]: In its *2022 Annual Report* (2023) the port reported record tonnage.',
        '[^1]: Harbour Authority, *Annual Report 2021–22* (2022), HC 1234.',
      ]);
    });

    it('journals abbreviated with a month-like word or a lower-case "on" are journals; a newspaper is not', () => {
      for (const def of [
        '[^1]: Ada Reyes, *Counting Waves*, J. Mar. Analysis (2024).',
        "[^1]: Ada Reyes, *Counting Waves*, Mar. Pol'y (2024).",
        '[^1]: Ada Reyes, *Counting Waves*, Yale J. on Reg. (2024).',
      ]) {
        const [problem] = problemsOf(notes(def), 'missing-source-url', report());
        assert.match(problem?.message ?? '', /an article with no link and without the volume and pages/, def);
      }
      const [paper] = problemsOf(notes('[^1]: Ada Reyes, *Ferries Idle Again*, Wall St. J. (2021).'), 'missing-source-url', report());
      assert.doesNotMatch(paper?.message ?? '', /an article with no link/);
      // a town and its state or province after the title is where its issuer is, no publisher (in the web era)
      flaggedInReport(['[^1]: Harbour Lab, *Pier Sensors*, Halifax, NS, 2022.']);
      quietInReport(['[^1]: Harbour Lab, *Pier Sensors*, Halifax, NS, 1982.', '[^1]: Ada Reyes, *Tides* (Halifax, NS: Nimbus, 2019).']);
      // a kind of document by its issuer and year alone names no particular work (in a report)
      for (const def of ['[^1]: UN report, 2010.', '[^1]: HTI study, 1975.']) {
        const [vague] = problemsOf(notes(def), 'missing-source-url', report());
        assert.match(vague?.message ?? '', /cites no particular work/, def);
      }
      assert.deepStrictEqual(flagged(notes('[^1]: UN report, 2010.')), []);
      // newspapers as Bluebook abbreviates them are outlets, read online in the web era, in any file
      const [times] = problemsOf(notes('[^1]: Ada Reyes, *Ferries Idle Again*, N.Y. Times (2021).'), 'missing-source-url');
      assert.match(times?.message ?? '', /names N\.Y\. Times/);
    });
  });

  describe('configuration', () => {
    it('sources.require: link reports every citation without a link but interviews', () => {
      const config = configFrom('sources:\n  require: link');
      const text = notes(
        '[^1]: Mira Castell, *Borders of the Future* (Toronto: Lakeview Press, 2019), 45.',
        '[^2]: Interview with a regional trade official, Ottawa, 2 May 2024.',
        '[^3]: Park, J. "Cities as Diplomats." doi:10.1111/1758-5899.12345',
        '[^4]: The figures were rounded by the authors for readability, and exclude the territories.',
      );
      assert.deepStrictEqual(flagged(text, { config }), ['3:1 missing-source-url']);
      assert.match(problemsOf(text, 'missing-source-url', { config })[0].message, /sources\.require is link/);
    });

    it('honours sources.allowWithoutUrl patterns', () => {
      const config = configFrom('sources:\n  allowWithoutUrl: ["Global Risks"]');
      assert.deepStrictEqual(flagged(notes('[^1]: World Economic Forum. *Global Risks Report 2023*.'), { config }), []);
    });

    it('an address in code formatting names the source, but is no link', () => {
      const text = notes('[^1]: Ortiz, L. "Cities Sign Their Own Pacts." 2021. `https://e.org/pacts`');
      assert.deepStrictEqual(flagged(text), []);
      assert.deepStrictEqual(flagged(text, { config: configFrom('sources:\n  require: link') }), ['3:1 missing-source-url']);
      assert.deepStrictEqual(flagged(notes('[^1]: Ortiz, L. "Cities Sign Their Own Pacts." 2021. See `the site`.'), report()), ['3:1 missing-source-url']);
    });
  });
});
