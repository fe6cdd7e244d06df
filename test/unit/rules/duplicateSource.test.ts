import * as assert from 'assert';
import { applyEdits } from '../../../server/src/core/fixes/edits';
import { configFrom, findings, joinLines, problemsOf } from '../../support/helpers';

/** A `.foresight.yml` in scope: the file is a report. */
const report = (): { config: ReturnType<typeof configFrom> } => ({ config: configFrom('rules: {}') });

/** A text citing each note once, in order, with the notes below. */
function notes(...defs: string[]): string {
  return joinLines(defs.map((_, i) => `Claim ${i + 1}[^${i + 1}].`).join(' '), '', ...defs.map((d, i) => `[^${i + 1}]: ${d}`));
}

describe('duplicate-source', () => {
  it('in a report, fires on the later of two full citations of the same work, whatever the locator or access date', () => {
    const text = joinLines(
      'A[^1] b[^2] c[^3].',
      '',
      '[^1]: World Bank. "High and Dry." 2016. https://e.org/high-and-dry',
      '[^2]: An aside in between, which is no citation at all and says so.',
      '[^3]: World Bank. "High and Dry," figure 2. 2016. Accessed 3 May 2024. https://e.org/high-and-dry',
    );
    assert.deepStrictEqual(findings(text, 'duplicate-source', report()), ['5:1 duplicate-source']);
    assert.match(problemsOf(text, 'duplicate-source', report())[0].message, /^Footnote \[\^3\] repeats the citation of \[\^1\] in full/);
  });

  it('says when a note repeats another word for word (which may itself be a short form with its link)', () => {
    const text = joinLines(
      'A[^1] b[^2] c[^3].',
      '',
      '[^1]: A. Lund, *Leaders of the Harbour Past and Present* (Tidewater and Company, 1910), 28-29, https://e.org/leaders',
      '[^2]: Lund, Leaders of the Harbour Past and Present, 19-26, https://e.org/leaders',
      '[^3]: Lund, Leaders of the Harbour Past and Present, 19-26, https://e.org/leaders',
    );
    const messages = problemsOf(text, 'duplicate-source', report()).map((p) => p.message);
    assert.deepStrictEqual(messages.at(-1), 'Footnote [^3] repeats [^2] word for word: a short form ("Ibid." or author and short title) would do.');
  });

  it("two chapters of one volume at the volume's address are two works; a note written short, given again, is short already", () => {
    const chapters = notes(
      'Ada Reyes. 2013. Why Tides Drive Decisions, in *Harbour Essays*, <https://harbour-essays.example.org>.',
      'Ben Lund and Ana Ortiz. 2013. Quays: Using Data to Drive Improvement, in *Harbour Essays*, <https://harbour-essays.example.org>.',
    );
    assert.deepStrictEqual(findings(chapters, 'duplicate-source', report()), []);
    // the same chapter again is a repeat
    const same = notes(
      'Ada Reyes. 2013. Why Tides Drive Decisions, in *Harbour Essays*, <https://harbour-essays.example.org>.',
      'An aside in between, which says so.',
      'Ada Reyes. 2013. Why Tides Drive Decisions, in *Harbour Essays*, <https://harbour-essays.example.org>.',
    );
    assert.deepStrictEqual(findings(same, 'duplicate-source', report()), ['5:1 duplicate-source']);
    // and with another page
    const paged = notes(
      'Ada Reyes. 2013. Why Tides Drive Decisions, in *Harbour Essays*, <https://harbour-essays.example.org>, 12.',
      'An aside in between, which says so.',
      'Ada Reyes. 2013. Why Tides Drive Decisions, in *Harbour Essays*, <https://harbour-essays.example.org>, 30.',
    );
    assert.deepStrictEqual(findings(paged, 'duplicate-source', report()), ['5:1 duplicate-source']);
    // a work named in a sentence ("See the scenarios in *…*") after its full citation is the same work
    const named = notes(
      'Harbour Institute, *Tides Rising: Ports after 2050* (2021), <https://harbour.example.org/tides>, 12.',
      'See the scenarios in *Tides Rising: Ports after 2050*, Harbour Institute, 2021, <https://harbour.example.org/tides>, 30.',
    );
    assert.deepStrictEqual(findings(named, 'duplicate-source', report()), ['4:1 duplicate-source']);
    // a blog's own short form with its link, nothing before it to shorten: given again notes later, nothing to do
    const own = '_[Tides](https://tides.example.org/essay/)_';
    const later = notes(`Reyes, ${own}.`, 'Lund, *Quays*, 2019, Harbour Press.', 'Ortiz, *Piers*, 2018, Harbour Press.', `Reyes, ${own}.`);
    assert.deepStrictEqual(findings(later, 'duplicate-source', report()), []);
    // in the very next note "Ibid." would do, and the fix says so (never a fix that writes the note as it is)
    const next = notes(`Reyes, ${own}.`, `Reyes, ${own}.`);
    const problems = problemsOf(next, 'duplicate-source', report());
    assert.deepStrictEqual(
      problems.map((p) => p.fixes?.map((f) => f.title)),
      [['Shorten to "Ibid."', 'Cite [^1] again and remove this note']],
    );
  });

  it("a short note of an entry of the file's reference list, given again, is that style's short form", () => {
    const short = joinLines(
      'A[^1] b[^2].',
      '',
      '[^1]: Ministry of Harbours and Tides, *Port Gateway 2026*.',
      '[^2]: Ministry of Harbours and Tides, *Port Gateway 2026*.',
    );
    assert.deepStrictEqual(findings(short, 'duplicate-source', report()), ['4:1 duplicate-source'], 'with no list, a repeat');
    const listed = joinLines(short, '', '## References', '', 'Ministry of Harbours and Tides. *Port Gateway 2026*. 2024. <https://ports.example.gov/gateway>.');
    assert.deepStrictEqual(findings(listed, 'duplicate-source', report()), []);
    // a full citation with its date, repeated, is a repeat even when the list gives the work
    const full = '[^1]: Ministry of Harbours and Tides, “Port Gateway: Final Evaluation of the Pilot,” March 2020.';
    const again = joinLines(
      'A[^1] b[^2] c[^3].',
      '',
      full,
      '[^2]: An aside in between, which is no citation at all and says so.',
      full.replace('[^1]', '[^3]'),
      '',
      '## References',
      '',
      'Ministry of Harbours and Tides. “Port Gateway: Final Evaluation of the Pilot.” 2020. <https://ports.example.gov/gateway>.',
    );
    assert.deepStrictEqual(findings(again, 'duplicate-source', report()), ['5:1 duplicate-source']);
  });

  it('the same address under the same title is the same work, however the rest is written', () => {
    const text = joinLines(
      'A[^1] b[^2].',
      '',
      '[^1]: L. Ortiz, "Cities Abroad" (2021). https://e.org/a',
      '[^2]: Ortiz, Lena. 2021. "Cities Abroad." https://www.e.org/a/',
    );
    assert.deepStrictEqual(findings(text, 'duplicate-source', report()), ['4:1 duplicate-source']);
  });

  it('repeated bare links are the same source', () => {
    assert.deepStrictEqual(findings(joinLines('A[^1] b[^2].', '', '[^1]: https://e.org/a', '[^2]: https://e.org/a'), 'duplicate-source', report()), [
      '4:1 duplicate-source',
    ]);
  });

  it('is quiet for the same few words at different addresses, and for statutes cited again', () => {
    const text = joinLines(
      'A[^1] b[^2] c[^3] d[^4].',
      '',
      '[^1]: Stabilized in <https://e.org/issues/1>.',
      '[^2]: Stabilized in <https://e.org/issues/2>.',
      '[^3]: 17 U.S.C. § 101.',
      '[^4]: 17 U.S.C. § 101.',
    );
    assert.deepStrictEqual(findings(text, 'duplicate-source', report()), []);
  });

  it('the same title at other addresses is another work', () => {
    const text = joinLines(
      'A[^1] b[^2].',
      '',
      '[^1]: [Legal Encyclopedia](https://e.org/wiki/precedent) by [Law School](https://e.org/)',
      '[^2]: [Legal Encyclopedia](https://e.org/wiki/injunction) by [Law School](https://e.org/)',
    );
    assert.deepStrictEqual(findings(text, 'duplicate-source', report()), []);
  });

  it('a new chapter cites a work in full again', () => {
    const full = 'Castell, M. *Borders of the Future*. Toronto: Lakeview Press, 2019.';
    const text = joinLines('# Chapter one', '', 'A[^1].', '', '# Chapter two', '', 'B[^2].', '', `[^1]: ${full}`, `[^2]: ${full}`);
    assert.deepStrictEqual(findings(text, 'duplicate-source', report()), []);
    const same = joinLines('# Chapter one', '', 'A[^1] B[^2].', '', '# Chapter two', '', 'C.', '', `[^1]: ${full}`, `[^2]: ${full}`);
    assert.deepStrictEqual(findings(same, 'duplicate-source', report()), ['10:1 duplicate-source']);
  });

  it('a note that is only a link, given again notes later, is a pointer: no repeat', () => {
    for (const link of [
      '<https://data.example.gov/>',
      'https://data.example.gov/',
      '[data.example.gov/plan](https://data.example.gov/plan)',
      // the address twice, the second in brackets, as a converter writes a link
      'https://data.example.gov/plan [https://data.example.gov/plan]',
      // a sentence saying where something is, closed by its link (round 19)
      'Code for aging these years can be found in [`project_tides.R`](https://code.example.org/tides/blob/main/project_tides.R).',
      'The harbour data are available at <https://data.example.gov/plan>.',
    ]) {
      const far = notes(link, 'Ortiz, L. *Cities*. Lakeview Press, 2019.', link);
      assert.deepStrictEqual(findings(far, 'duplicate-source', report()), [], link);
      assert.deepStrictEqual(findings(notes(link, link), 'duplicate-source', report()), ['4:1 duplicate-source'], `${link}, next note`);
    }
    // a link and a page in parentheses is no bare link: given again, it is a repeat
    const paged = 'https://data.example.gov/report.pdf (p.4)';
    assert.deepStrictEqual(findings(notes(paged, 'Ortiz, L. *Cities*. Lakeview Press, 2019.', paged), 'duplicate-source', report()), ['5:1 duplicate-source']);
    // A link with a name is a citation of that name.
    const named = '[Harbour Board, Plan for Tides](https://data.example.gov/plan), 2021.';
    assert.deepStrictEqual(findings(notes(named, 'Ortiz, L. *Cities*. Lakeview Press, 2019.', named), 'duplicate-source', report()), ['5:1 duplicate-source']);
  });

  it("a book's chapters, as H2 headings under its one title, each cite a work in full again", () => {
    const full = 'Castell, M. *Borders of the Future*. Toronto: Lakeview Press, 2019.';
    const book = (a: string, b: string): string =>
      joinLines('# Borders', '', `## ${a}`, '', 'A[^1].', '', `## ${b}`, '', 'B[^2].', '', `[^1]: ${full}`, `[^2]: ${full}`);
    assert.deepStrictEqual(findings(book('Chapter 1: Tides', 'Chapter 2: Rivers'), 'duplicate-source', report()), []);
    assert.deepStrictEqual(findings(book('Table of Contents', 'Preface'), 'duplicate-source', report()), []);
    // H2 sections of a report, a foreword among them, are not chapters.
    assert.deepStrictEqual(findings(book('Context', 'Rivers'), 'duplicate-source', report()), ['12:1 duplicate-source']);
    assert.deepStrictEqual(findings(book('Foreword', 'Trade'), 'duplicate-source', report()), ['12:1 duplicate-source']);
  });

  it('labels numbered by chapter ([^13.3], [^16.6]) start each chapter anew', () => {
    const full = 'Castell, M. *Borders of the Future*. Toronto: Lakeview Press, 2019.';
    const text = joinLines('A[^13.3] B[^16.6] C[^16.7].', '', `[^13.3]: ${full}`, `[^16.6]: ${full}`, `[^16.7]: ${full}`);
    assert.deepStrictEqual(findings(text, 'duplicate-source', report()), ['5:1 duplicate-source']);
    const underscores = joinLines('A[^4_1] B[^5_2].', '', `[^4_1]: ${full}`, `[^5_2]: ${full}`);
    assert.deepStrictEqual(findings(underscores, 'duplicate-source', report()), []);
    const plain = joinLines('A[^1] B[^2].', '', `[^1]: ${full}`, `[^2]: ${full}`);
    assert.deepStrictEqual(findings(plain, 'duplicate-source', report()), ['4:1 duplicate-source']);
  });

  it('is quiet for short forms, asides that share a link, and different works at one address', () => {
    const text = joinLines(
      'A[^1] b[^2] c[^3] d[^4] e[^5].',
      '',
      '[^1]: OECD. "Water Outlook." 2020. https://e.org/library',
      '[^2]: Ibid., p. 4. https://e.org/library',
      '[^3]: OECD. "Cities Outlook." 2021. https://e.org/library',
      '[^4]: The [library](https://e.org/library) has many more reports, and we used several of them for the estimates in this section.',
      '[^5]: OECD, "Water Outlook," 12.',
    );
    assert.deepStrictEqual(findings(text, 'duplicate-source', report()), []);
  });

  it('an aside that links something, written again notes later, is a pointer; in the next note "Ibid." would do', () => {
    const aside =
      '`tide()` returns an object of class `Tide`, so when we call `format()` on it we are using `format.Tide()`. Read the help for [`?format.Tide`](https://e.org/help) if you need to.';
    assert.deepStrictEqual(findings(notes(aside, 'Marlow, *Tides*, 2019. https://e.org/t', aside), 'duplicate-source', report()), []);
    assert.deepStrictEqual(findings(notes(aside, aside), 'duplicate-source', report()), ['4:1 duplicate-source']);
    // A citation written again is still a repeat.
    const cite = 'Harbour Board, "Guide to Open Tools," 2021. https://e.org/guide';
    assert.deepStrictEqual(findings(notes(cite, 'Marlow, *Tides*, 2019. https://e.org/t', cite), 'duplicate-source', report()), ['5:1 duplicate-source']);
  });

  it('offers "Ibid." right after the first citation, and author and title further on', () => {
    const ibid = joinLines(
      'A[^1] b[^2].',
      '',
      '[^1]: World Bank. "High and Dry." 2016. https://e.org/h',
      '[^2]: World Bank. "High and Dry," p. 4. 2016. https://e.org/h',
    );
    const fix = problemsOf(ibid, 'duplicate-source', report())[0].fixes![0];
    assert.strictEqual(fix.safe, false);
    assert.strictEqual(
      applyEdits(ibid, fix.edits),
      joinLines('A[^1] b[^2].', '', '[^1]: World Bank. "High and Dry." 2016. https://e.org/h', '[^2]: Ibid., p. 4.'),
    );
    const later = joinLines(
      'A[^1] b[^2] c[^3].',
      '',
      '[^1]: World Bank. "High and Dry." 2016. https://e.org/h',
      '[^2]: Ortiz, L. *Cities*. Lakeview Press, 2019.',
      '[^3]: World Bank. "High and Dry." 2016. https://e.org/h',
    );
    const short = problemsOf(later, 'duplicate-source', report())[0].fixes![0];
    assert.strictEqual(applyEdits(later, short.edits).split('\n')[4], '[^3]: World Bank, "High and Dry".');
  });

  it("a figure's credit given again for another figure from the same work is no repeat; the work cited again is", () => {
    const credit = 'Abbildung aus [Harbour Payment Monitor 2019](https://e.org/monitor-2019.pdf)';
    assert.deepStrictEqual(findings(notes(credit, credit), 'duplicate-source', report()), []);
    assert.deepStrictEqual(
      findings(
        notes('Figure 3 from Harbour Agency, *Quay Report 2020*, https://e.org/quays', 'Figure 4 from Harbour Agency, *Quay Report 2020*, https://e.org/quays'),
        'duplicate-source',
        report(),
      ),
      [],
    );
    // a title that opens with such a word is no credit
    const dashboard = 'Tableau de bord de la Banque du Port, *Indicateurs portuaires 2023*, Paris, Éditions du Port, 2023, p. 4.';
    assert.deepStrictEqual(findings(notes(dashboard, dashboard.replace('p. 4', 'p. 9')), 'duplicate-source', report()), ['4:1 duplicate-source']);
    // a credit names the work: given again in full without it, it is a repeat
    const cited = 'Harbour Agency, *Quay Report 2020*, Ottawa, Tern Press, 2020, https://e.org/quays';
    assert.deepStrictEqual(findings(notes(`Figure 3 from ${cited}`, cited), 'duplicate-source', report()), ['4:1 duplicate-source']);
    const work = 'Harbour Payment Monitor 2019, [booklet](https://e.org/monitor-2019.pdf)';
    assert.deepStrictEqual(findings(notes(work, work), 'duplicate-source', report()), ['4:1 duplicate-source']);
  });

  it('a copy of a citation that nobody cites is left to unused-footnote', () => {
    const full = 'Castell, M. *Borders of the Future*. Toronto: Lakeview Press, 2019.';
    const text = joinLines('A[^1] b[^2].', '', `[^1]: ${full}`, '[^2]: An aside that cites nothing at all, and says so here.', `[^3]: ${full}`);
    assert.deepStrictEqual(findings(text, 'duplicate-source', report()), []);
    assert.deepStrictEqual(findings(text, 'unused-footnote', report()), ['5:1 unused-footnote']);
  });

  it('a bare link given again in the next note is cited again: the later note goes and its references point to the first', () => {
    const text = joinLines(
      'A[^1] b[^2] c[^3] d[^2].',
      '',
      '[^1]: https://e.org/at-last',
      '[^2]: https://e.org/at-last',
      '[^3]: Ortiz, L. *Cities*. Lakeview Press, 2019.',
      '',
      'After.',
    );
    const [problem] = problemsOf(text, 'duplicate-source', report());
    assert.deepStrictEqual(
      problem.fixes!.map((f) => f.title),
      ['Shorten to "Ibid."', 'Cite [^1] again and remove this note'],
      'a bare link has no author or title to shorten to, but "Ibid." follows it',
    );
    const again = problem.fixes![1];
    assert.strictEqual(
      applyEdits(text, again.edits),
      joinLines('A[^1] b[^1] c[^3] d[^1].', '', '[^1]: https://e.org/at-last', '[^3]: Ortiz, L. *Cities*. Lakeview Press, 2019.', '', 'After.'),
    );
    // With an author or a title to shorten to, citing again is offered second.
    const titled = joinLines(
      'A[^1] b[^2] c[^3].',
      '',
      '[^1]: World Bank. "High and Dry." 2016. https://e.org/h',
      '[^2]: Ortiz, L. *Cities*. Lakeview Press, 2019.',
      '[^3]: World Bank. "High and Dry." 2016. https://e.org/h',
    );
    const fixes = problemsOf(titled, 'duplicate-source', report())[0].fixes!;
    assert.deepStrictEqual(
      fixes.map((f) => f.title),
      ['Shorten to "World Bank, "High and Dry"."', 'Cite [^1] again and remove this note'],
    );
  });

  describe('in a report only', () => {
    const work = 'Lund, A. *Rivers and Cities*. Toronto: Lakeview Press, 2018, p. 12.';
    const aside = (k: number): string => `An aside number ${k}, which explains a point and cites nothing at all here.`;

    it('outside a report (a book, a blog) nothing is compared: they repeat full citations by style', () => {
      assert.deepStrictEqual(findings(notes(work, aside(1), work), 'duplicate-source'), []);
      assert.deepStrictEqual(findings(notes(work, aside(1), work), 'duplicate-source', report()), ['5:1 duplicate-source']);
      const template = joinLines('---', 'template: force-of-change', '---', notes(work, work));
      assert.deepStrictEqual(findings(template, 'duplicate-source'), ['7:1 duplicate-source']);
    });

    it("a short form by an e-book's location ('sec. 2001') is no year: it repeats nothing in full (round 19)", () => {
      const first = 'Reyes Lund, "Un teatro de mareas y muelles", sec. 1981.';
      const again = 'Reyes Lund, "Un teatro de mareas y muelles", sec. 2001.';
      assert.deepStrictEqual(findings(notes(first, aside(1), again, aside(2), again.replace('2001', '2072')), 'duplicate-source', report()), []);
      assert.deepStrictEqual(findings(notes(first, 'Reyes Lund, sec. 2085.'), 'missing-source-url', report()), []);
    });

    it("German styles' short form, surname, short title, year and page, is given again by style (round 21)", () => {
      const full = 'Vgl. Lund, Ada: Häfen und Wikipedia. Wie das Netz die Kaimauer verwandelt, Tübingen 2018, S. 77 f.';
      const short = 'Vgl. Lund: Häfen und Wikipedia. Wie das Netz die Kaimauer verwandelt, 2018, S. 83.';
      const two = 'Vgl. Lund; Vogel: Digitale Quellen. Aufgaben der Hafenkunde, 2020, Abschn. 2.';
      assert.deepStrictEqual(findings(notes(full, aside(1), short, aside(2), short, two, aside(3), two), 'duplicate-source', report()), []);
      // the full citation given again in full is still a repeat
      assert.deepStrictEqual(findings(notes(full, aside(1), full), 'duplicate-source', report()), ['5:1 duplicate-source']);
    });

    it('never compares a note that cites several works, nor a short reference with volume and page', () => {
      const bundle = notes(
        'Castell, M. *Borders of the Future*. Toronto: Lakeview Press, 2019; Park, J. *Cities as Diplomats*. Oxford: Harbour Press, 2020.',
        'Castell, M. *Borders of the Future*. Toronto: Lakeview Press, 2019; Reyes, A. *Tomorrow’s Cities*. Lima: Andes Press, 2017.',
      );
      assert.deepStrictEqual(findings(bundle, 'duplicate-source', report()), []);
      assert.deepStrictEqual(findings(notes('Aymard, *Le Delta*, t. ii, p. 40.', 'Aymard, *Le Delta*, t. ii, p. 40.'), 'duplicate-source', report()), []);
    });

    it("a document of a case's record by its pin cite is a short form already (held-out round 17)", () => {
      // A judgment cites the notes of evidence, an affidavit, a bundle or a pleading again and again, each time by where.
      const record = notes(
        'NE, 3 April 2018, at 54:11–13.',
        'NE, 3 April 2018, at 90:11–13.',
        'Reyes’s affidavit of evidence-in-chief (“Reyes’s AEIC”) sworn on 2 May 2018 at para 7.',
        'Harbour Co’s Defence and Counterclaim (Amendment No 2), at para 8.',
        'Lund’s affidavit, “Harbour Matters,” sworn 2 May 2018, at para 9.',
        aside(1),
        aside(2),
        aside(3),
        aside(4),
        aside(5),
        'Lund’s affidavit, “Harbour Matters,” sworn 2 May 2018, at para 9.',
        'Lund’s affidavit, “Harbour Matters,” sworn 2 May 2018, at para 12.',
        'NE, 3 April 2018, at 54:11–13.',
      );
      assert.deepStrictEqual(findings(record, 'duplicate-source', report()), []);
      // The same pin cite within five notes: "Ibid." would do, whatever the form.
      for (const again of [
        'NE, 30 April 2018, at 90:11-13.',
        'Harbour Co’s Defence and Counterclaim (Amendment No 4), filed 3 May 2019, at para 8.',
        'Lund’s affidavit, “Harbour Matters,” sworn 2 May 2018, at para 9.',
      ]) {
        assert.deepStrictEqual(findings(notes(again, again), 'duplicate-source', report()), ['4:1 duplicate-source'], again);
        assert.deepStrictEqual(findings(notes(again, aside(1), again), 'duplicate-source', report()), ['5:1 duplicate-source'], again);
      }
      // however its apostrophes, dashes and last full stop were typed
      assert.deepStrictEqual(findings(notes('NE, 30 April 2018, at 90:11–13.', 'NE, 30 April 2018, at 90:11-13'), 'duplicate-source', report()), [
        '4:1 duplicate-source',
      ]);
      assert.deepStrictEqual(findings(notes("Marrow's AEIC at para 14.", 'Marrow’s AEIC at para 14'), 'duplicate-source', report()), ['4:1 duplicate-source']);
      assert.strictEqual(
        problemsOf(notes('NE, 30 April 2018, at 90:11-13.', 'NE, 30 April 2018, at 90:11-13.'), 'duplicate-source', report())[0].message,
        'Footnote [^2] repeats the pin cite of [^1] word for word within five notes: "Ibid." would do where it follows [^1].',
      );
      assert.match(
        problemsOf(notes('NE, 30 April 2018, at 90:11-13.', 'NE, 30 April 2018, at 90:11-13.'), 'duplicate-source', { ...report(), locale: 'fr' })[0].message,
        /moins de cinq notes plus loin, le renvoi précis de \[\^1\]/,
      );
    });

    it("a document of a proceeding's record by its docket number, given in full again, is a repeat", () => {
      const record = 'Fact-Finding Report of the Harbour Board, at 3. NPC 19-910.';
      assert.deepStrictEqual(findings(notes(record, aside(1), record), 'duplicate-source', report()), ['5:1 duplicate-source']);
      // unlike a case, however far apart
      assert.deepStrictEqual(findings(notes(record, aside(1), aside(2), aside(3), aside(4), aside(5), record), 'duplicate-source', report()), [
        '9:1 duplicate-source',
      ]);
      // another document of the same docket is another source
      const other = 'Order of the Harbour Board, at 2. NPC 19-910.';
      assert.deepStrictEqual(findings(notes(record, other), 'duplicate-source', report()), []);
    });

    it('an online source named by its title alone, no date and no link, has nothing to shorten (held-out round 17)', () => {
      const named = 'Harbour Foundation. *Tide Gate Technical Brief*.';
      const titled = '"Tide gauge," Wikipedia.';
      assert.deepStrictEqual(findings(notes(named, aside(1), named, titled, aside(2), titled), 'duplicate-source', report()), []);
      // with its date, "n.d." or when it was read, it is written out in full again
      for (const full of [
        'Harbour Foundation. *Tide Gate Technical Brief*, 2024.',
        'Harbour Foundation. "Guide to the New Tide Tables." Harbour Foundation Blog, n.d.',
        'Reyes, A. "Storm Tides over the Quay." Tidewater Blog, accessed 3 May.',
      ])
        assert.deepStrictEqual(findings(notes(full, aside(1), full), 'duplicate-source', report()), ['5:1 duplicate-source'], full);
    });

    it("a numbered report of Congress's auditors, given in full again however far apart, is a repeat (not a case)", () => {
      const gao = 'U.S. Government Accountability Office, *Harbour Networks Need Better Inventories*, GAO-16-294 (2016).';
      assert.deepStrictEqual(findings(notes(gao, aside(1), aside(2), aside(3), aside(4), aside(5), gao), 'duplicate-source', report()), [
        '9:1 duplicate-source',
      ]);
    });

    it('a case given in full again after five notes follows legal style; within five it is a repeat', () => {
      const kase = '*Smithfield v. Orbis Corp.*, 512 U.S. 100, 104 (1994).';
      assert.deepStrictEqual(findings(notes(kase, aside(1), aside(2), aside(3), aside(4), aside(5), kase), 'duplicate-source', report()), []);
      assert.deepStrictEqual(findings(notes(kase, aside(1), kase), 'duplicate-source', report()), ['5:1 duplicate-source']);
      // a regulator's case by its name ("In re …") is a case; a document of its record ("… in In re …") is not
      const named = 'In Re: Harbour Travel, Inc., HPC BN 20-167, Resolution dated 21 September 2020.';
      assert.deepStrictEqual(findings(notes(named, aside(1), aside(2), aside(3), aside(4), aside(5), named), 'duplicate-source', report()), []);
      const record = 'Incident Notification, 30 November 2018, at 1, *in In re: Harbour Life Co., HPC BN 18-213* (HPC 2018).';
      assert.deepStrictEqual(findings(notes(record, aside(1), aside(2), aside(3), aside(4), aside(5), record), 'duplicate-source', report()), [
        '9:1 duplicate-source',
      ]);
    });
  });
});
