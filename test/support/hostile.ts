/**
 * Hostile shapes: inputs that look ordinary but make a naive Markdown or
 * citation scanner superlinear. Each builds a document of about `size`
 * characters; docs/reliability.md lists what each one targets.
 */
export interface HostileShape {
  name: string;
  build(size: number): string;
  /** A `.foresight.yml` to check the document with, when the shape needs one. */
  config?(size: number): string;
  /** The document's version in French (`x.fr.md`), for translation-drift, when the shape needs one. */
  translation?(size: number): string;
}

const fill = (unit: string, size: number, prefix = '', suffix = ''): string =>
  prefix + unit.repeat(Math.max(1, Math.floor((size - prefix.length - suffix.length) / unit.length))) + suffix;

/** Figures and sites enough to fill a section's signature (translation-drift). */
const SIGNS = Array.from({ length: 20 }, (_, i) => `${i + 10} https://s${i}.example.org`).join(' ');

export const HOSTILE_SHAPES: HostileShape[] = [
  { name: 'unclosed HTML comments `x <!--<!--…`', build: (n) => fill('<!--', n, 'x ') },
  { name: 'unclosed processing instructions `x <?<?…`', build: (n) => fill('<?', n, 'x ') },
  { name: 'unclosed declarations `x <!A<!A…`', build: (n) => fill('<!A', n, 'x ') },
  { name: 'unclosed CDATA `x <![CDATA[…`', build: (n) => fill('<![CDATA[', n, 'x ') },
  { name: 'list markers on one line `- - - … x`', build: (n) => fill('- ', n, '', 'x') },
  {
    name: 'nested list items then blank lines',
    build: (n) => {
      const k = Math.floor(Math.sqrt(n / 2));
      let s = '';
      for (let i = 0; i < k; i++) s += ' '.repeat(i * 2) + '- a\n';
      return s + '\n'.repeat(Math.max(0, n - s.length));
    },
  },
  { name: 'nested note definitions `[^a]: [^a]: …` then blank lines', build: (n) => fill('[^a]: ', n / 2, '', '\n') + '\n'.repeat(n / 2) },
  { name: 'brackets `[[[…]]]`', build: (n) => fill('[', n / 2) + fill(']', n / 2) },
  { name: 'brackets with links `[[[…[a](b)[a](b)…`', build: (n) => fill('[', n / 2) + fill('[a](b)', n / 2) },
  { name: 'image brackets `![![…]]`', build: (n) => fill('![', n / 2) + fill(']', n / 2) },
  {
    name: 'backtick runs of rising length',
    build: (n) => {
      let s = '';
      for (let k = 1; s.length < n; k++) s += '`'.repeat(k) + 'x';
      return s;
    },
  },
  { name: 'www literals `www._www._…`', build: (n) => fill('www._', n) },
  { name: 'headings full of `[`', build: (n) => fill('# ' + '['.repeat(60) + '\n', n) },
  { name: 'headings full of `[](`', build: (n) => fill('# ' + '[]('.repeat(30) + '\n', n) },
  { name: 'headings full of `[^a`', build: (n) => fill('# ' + '[^a'.repeat(30) + '\n', n) },
  { name: 'a template and headings `....x`', build: (n) => '---\ntemplate: force-of-change\n---\n' + fill('## ' + '.'.repeat(60) + 'x\n', n) },
  { name: 'a template and headings `? ? ? x`', build: (n) => '---\ntemplate: force-of-change\n---\n' + fill('## ' + '? '.repeat(30) + 'x\n', n) },
  { name: 'a note of `a.a.a.…`', build: (n) => 'A[^1].\n\n[^1]: ' + fill('a.', n) },
  { name: 'a URL ending in many `/`', build: (n) => 'A[^1].\n\n[^1]: https://e.org/' + '/'.repeat(n) },
  { name: 'one note with many bare URLs', build: (n) => 'A[^1].\n\n[^1]: ' + fill('https://e.org/a ', n) },
  { name: 'one note with many code-span paragraphs', build: (n) => 'A[^1].\n\n[^1]: x\n' + fill('\n    `code` text `more`\n', n) },
  {
    name: 'a source note then many Ibid. notes',
    build: (n) => {
      const k = Math.floor(n / 40);
      let s = '';
      for (let i = 1; i <= k; i++) s += `A[^${i}].\n`;
      s += '\n[^1]: Ortiz, L. "Cities." 2021. https://e.org/c\n';
      for (let i = 2; i <= k; i++) s += `[^${i}]: Ibid.\n`;
      return s;
    },
  },
  {
    name: 'many undefined references and many notes',
    build: (n) => {
      const k = Math.floor(n / 30);
      let s = '';
      for (let i = 0; i < k; i++) s += `A[^u${i}] B[^d${i}].\n`;
      s += '\n';
      for (let i = 0; i < k; i++) s += `[^d${i}]: note ${i}.\n`;
      return s;
    },
  },
  { name: 'a DOI followed by many `)`', build: (n) => 'A[^1].\n\n[^1]: doi:10.1234/' + ')'.repeat(n) },
  // Note reading (docs/rules.md#missing-source-url): publication facts, escapes and titles in pieces, in one note.
  { name: 'one note of `(New York: A`', build: (n) => 'A[^1].\n\n[^1]: ' + fill('(New York: A', n) },
  { name: 'one note of escapes `\\(\\(…`', build: (n) => 'A[^1].\n\n[^1]: ' + fill('\\(', n) },
  { name: 'one note of titles in pieces `*a* *b* …`', build: (n) => 'A[^1].\n\n[^1]: ' + fill('*a* ', n) },
  {
    // Each note a dated title linked to a home page, and one author cited under ever new titles, in a report.
    name: 'a report of notes by one author, each a title and a home page',
    build: (n) => {
      const k = Math.floor(n / 60);
      let s = '---\ntemplate: force-of-change\n---\n';
      for (let i = 1; i <= k; i++) s += `A[^${i}].\n`;
      for (let i = 1; i <= k; i++) s += `\n[^${i}]: Ortiz, L. "Title ${i}." 2021. https://e${i}.org/`;
      return s + '\n';
    },
  },
  {
    // One author's works cited in full with a publisher, then cited again in long notes of words (missing-source-url
    // compares each with the author's earlier citations: docs/rules.md#missing-source-url).
    name: 'a report citing one author again in long notes `Ortiz, Tides, Word0 Word1 …, pp. 3-4.`',
    build: (n) => {
      const full = Array.from({ length: 16 }, (_, i) => `Ortiz, Lena. Tides of the North ${i}. Halifax: Tern Press, 1990.`);
      // No year, volume or edition of its own and nothing to trace it by, so that it is compared with each earlier one.
      const words = Array.from({ length: 400 }, (_, i) => `Word${i}`).join(' ');
      const again = `Ortiz, Tides of the North, ${words}, pp. 3-4.`;
      const k = Math.max(1, Math.floor((n - 1200) / (again.length + 12)));
      const notes = [...full, ...Array.from({ length: k }, () => again)];
      return (
        '---\ntemplate: force-of-change\n---\n' +
        notes.map((_, i) => `A[^${i + 1}].`).join(' ') +
        '\n\n' +
        notes.map((t, i) => `[^${i + 1}]: ${t}`).join('\n') +
        '\n'
      );
    },
  },
  {
    // Notes GFM sees no call of, called on lines it shows as code and in HTML typed by hand, with a gap among the
    // numbers: unused-footnote and footnote-order look for those calls (docs/rules.md#unused-footnote).
    name: 'notes called in indented code and in `<sup>` HTML, with a gap `    [^[^[^…` `.<sup>1-999</sup>`',
    build: (n) => {
      const line = '    ' + '[^'.repeat(30) + ' [^7] .<sup>1-999</sup> .<sup>3,4,5-9</sup> <a href="#fn-8">8</a>\n';
      const k = Math.max(1, Math.floor((n - 200) / (line.length + 1)));
      return (
        'A[^1] b[^2] c[^10].\n\n' +
        Array.from({ length: k }, () => line).join('\n') +
        '\n' +
        Array.from({ length: 10 }, (_, i) => `[^${i + 1}]: n`).join('\n') +
        '\n'
      );
    },
  },
  {
    // Notes full of near misses of the court-record, outlet-list, dated-document, conference, gloss and companion-piece
    // readings (docs/rules.md#missing-source-url), every other one the same record cite again (duplicate-source).
    name: 'notes of near-miss record, outlet-list and conference forms, record cites repeated',
    build: (n) => {
      const miss =
        "Reyes's AEIC (“A”) sworn on 2 May 2018 at pipeline NE, 30 April 2018, at 90: ACB, Vol IV, ( Defence (( ==x== " +
        'NPR; BBC; Aspen Institute (; Acme Corp statement, March "T." *SIGCOMM 20 *T*, namely RSC 1985, c Prop. 2016/17: ' +
        'in this series; retrieved documents accessed december ';
      const note = miss.repeat(10);
      const record = 'NE, 30 April 2018, at 90:11–13.';
      const k = Math.max(1, Math.floor((n - 100) / (note.length + record.length + 40)));
      const calls = Array.from({ length: 2 * k }, (_, i) => `[^r${i}]`).join(' ');
      const notes = Array.from({ length: 2 * k }, (_, i) => `[^r${i}]: ${i % 2 ? record : note}`).join('\n');
      return `---\ntemplate: force-of-change\n---\n${calls}.\n\n${notes}\n`;
    },
  },
  {
    // Short titles that shorten nothing, by one author, after notes citing many works by many names (the short title's
    // search among recent works), and a reference list of that author's entries wrapped at a year
    // (docs/rules.md#missing-source-url).
    name: 'short titles by one author after notes citing many works, a list of wrapped entries',
    build: (n) => {
      const many = Array.from({ length: 40 }, (_, i) => `Ada${i} Reyes, *Quay ${i} of the Harbour* (Lakeview Press, 2001)`).join('; ');
      const short = 'Reyes, *Harbour Futures of the North*.';
      const entry = 'Reyes, Ada. *Tides of the Quay*. Harbour Bank, May 3,\n2019. <https://e.org/x>.\n\n';
      const k = Math.max(1, Math.floor((n - 100) / (many.length + short.length + entry.length + 40)));
      const calls = Array.from({ length: 2 * k }, (_, i) => `[^s${i}]`).join(' ');
      const notes = Array.from({ length: 2 * k }, (_, i) => `[^s${i}]: ${i % 2 ? short : many}`).join('\n');
      return `---\ntemplate: force-of-change\n---\n${calls}.\n\n## References\n\n${entry.repeat(k)}${notes}\n`;
    },
  },
  {
    // Short forms by Spanish and Latin locators that never end, archive words, imprints inside titles and a front
    // matter closed by "..." (docs/rules.md#missing-source-url, docs/parser.md).
    name: 'locators "lib. V, tít. X, núm. 3, …" that never end, archive words, imprints in titles, front matter closed by "..."',
    build: (n) => {
      const locs = 'lib. V, tít. XXXVIII, "De los muelles", núm. 3 y 4, emp. 96, parte primera, § IV, filza 1, pza. 10, fol. 108v, ';
      const note = `Marín y Reyes, *Tratado: Una Revista de Puertos*, Stanford: Harbour Review, 2020, ${locs.repeat(8)}(Harbour School, 2021)`;
      const k = Math.max(1, Math.floor((n - 100) / (note.length + 16)));
      const calls = Array.from({ length: k }, (_, i) => `[^e${i}]`).join(' ');
      const notes = Array.from({ length: k }, (_, i) => `[^e${i}]: ${note}`).join('\n');
      return `---\ntemplate: force-of-change\n...\n${calls}.\n\n${notes}\n`;
    },
  },
  {
    // French periodicals whose issue never ends, channels and outlets read online, bold run-in headings, long titles
    // before a date, and titles one letter apart repeated (docs/rules.md#missing-source-url).
    name: 'French periodicals « … », *Revue*, 2013/2, n° 1, n° 2, … that never end, run-in headings, titles one letter apart',
    build: (n) => {
      const issues = 'n° 167, 2013/2, Vol. 10, 66, '.repeat(80);
      const french = `Roux, « Les quais », *Revue du port*, ${issues}France Culture, BBC Radio 4, [consulté le 19/11/2021] em ...`;
      const heading = `**${'Clear Labelling '.repeat(4)}.** ${'no security through obscurity '.repeat(80)}`;
      const title = (i: number): string => `HTRC, “Case Study: The Disclosure Risk of Small Cells in Harbour Tables${i % 2 ? 's' : ''},” January 8, 2016.`;
      const k = Math.max(1, Math.floor((n - 100) / (french.length + heading.length + 200)));
      const defs = Array.from({ length: 3 * k }, (_, i) => (i % 3 === 0 ? french : i % 3 === 1 ? heading : title(i)));
      const calls = defs.map((_, i) => `[^f${i}]`).join(' ');
      return `---\ntemplate: force-of-change\n---\n${calls}.\n\n${defs.map((d, i) => `[^f${i}]: ${d}`).join('\n')}\n`;
    },
  },
  {
    // Bare addresses that run on into a footnote call (invalid-url, unused-footnote, footnote-order), and notes full of
    // near misses of the legal, record, print and chapter readings (docs/rules.md#missing-source-url).
    name: 'bare addresses running into calls `https://e.org/a.[^7]`, notes of near-miss legal and print forms',
    build: (n) => {
      const line = 'See https://e.org/a.[^7] and **https://e.org/b**[^8] and https://e.org/?q=[^a-z] (https://e.org/c).[^9]\n';
      const miss =
        'Advisory Opinion No. 2017- Series of Act (XX Law (MM NPC 19- FY 22-2023 In Reyes (Ed.), *T In T (pp. 3 [Leghorn Harbour, 19 ' +
        'Historical Society p. *N.Y. Times*, 16 January 2003, A1. Tom Lund, ';
      const note = miss.repeat(12);
      const k = Math.max(1, Math.floor((n - 400) / (line.length + note.length + 16)));
      const body = Array.from({ length: k }, () => line).join('\n');
      const notes = Array.from({ length: k }, (_, i) => `[^n${i}]: ${note}`).join('\n');
      return (
        '---\ntemplate: force-of-change\n---\nA[^1] b[^2] c[^10] ' +
        Array.from({ length: k }, (_, i) => `[^n${i}]`).join(' ') +
        '.\n\n' +
        body +
        '\n\n' +
        Array.from({ length: 10 }, (_, i) => `[^${i + 1}]: n`).join('\n') +
        '\n' +
        notes +
        '\n'
      );
    },
  },
  {
    // A box numbered from 1 in the middle of a long numbering (footnote-order).
    name: 'a box of notes 1-4 inside a long numbering',
    build: (n) => {
      const k = Math.floor(n / 24);
      const ns = Array.from({ length: k }, (_, i) => i + 28);
      ns.splice(Math.floor(k / 2), 0, 1, 2, 3, 4);
      return ns.map((x) => `A[^${x}].`).join(' ') + '\n\n' + ns.map((x) => `[^${x}]: n`).join('\n') + '\n';
    },
  },
  {
    name: 'front matter with many keys',
    build: (n) => {
      let s = '---\n';
      for (let i = 0; s.length < n; i++) s += `key${i}: value ${i}\n`;
      return s + '---\n# T\n';
    },
  },
  {
    name: 'a config template with many sections, a report missing them',
    build: () => '---\ntemplate: big\n---\n# Report\n\n## Entry\n\nText.\n',
    config: (n) => {
      const k = Math.floor(n / 20);
      let s = 'templates:\n  big:\n    sections: [';
      for (let i = 0; i < k; i++) s += `${i ? ', ' : ''}"Section ${i}"`;
      return s + ']\n';
    },
  },
  {
    // Every entry misses all but one section of a large template: entries × sections, kept for no entry.
    name: 'many entries and a config template with many sections',
    build: (n) => '---\ntemplate: big\n---\n' + fill('## Entry\n\n### Section 0\n\nText.\n\n', n),
    config: (n) => {
      const k = Math.min(Math.floor(n / 20), 6000); // under the 128 KB a config may have
      let s = 'templates:\n  big:\n    sections: [';
      for (let i = 0; i < k; i++) s += `${i ? ', ' : ''}"Section ${i}"`;
      return s + ']\n';
    },
  },
  { name: 'many `(link is external)` artifacts', build: (n) => fill('See https://e.org/x (link is external) ok.\n', n) },
  { name: 'nested block quotes `>>>>…`', build: (n) => fill('>', n, '', ' x\n') },
  { name: 'setext headings', build: (n) => fill('a\n-\n', n) },
  { name: 'unclosed brackets `[[[…`', build: (n) => fill('[', n) },
  { name: 'unmatched emphasis and underscores `*_*_…`', build: (n) => fill('*_', n) },
  {
    name: 'many reference definitions and references',
    build: (n) => {
      const k = Math.floor(n / 40);
      let s = '';
      for (let i = 0; i < k; i++) s += `[l${i}]: https://e.org/${i}\n`;
      s += '\n';
      for (let i = 0; i < k; i++) s += `[x][l${i}] `;
      return s;
    },
  },
  { name: 'a long line of `|` (a table candidate)', build: (n) => '| a |\n| - |\n' + fill('|', n) },
  // One long run inside a single construct: a pattern like /[ \t]+$/ rescans the run from each of its characters.
  { name: 'one heading with a long run of spaces', build: (n) => fill(' ', n, '# a', 'x\n') },
  { name: 'one note with a long run of tabs', build: (n) => fill('\t', n, 'A[^1].\n\n[^1]: a', 'x\n') },
  { name: 'one heading of `[`', build: (n) => fill('[', n, '# a', 'x\n') },
  { name: 'one heading of `[^a`', build: (n) => fill('[^a', n, '# ', 'x\n') },
  { name: 'one heading of `[a](`', build: (n) => fill('[a](', n, '# ', 'x\n') },
  { name: 'a template and one heading `? ? ? … x`', build: (n) => fill('? ', n, '---\ntemplate: force-of-change\n---\n## ', 'x\n') },
  { name: 'a URL with a long run of `.` inside', build: (n) => fill('.', n, 'A[^1].\n\n[^1]: https://e.org/a', 'x\n') },
  { name: 'a www literal with a long run of `;` inside', build: (n) => fill(';', n, 'A[^1].\n\n[^1]: www.e.org/a', 'x\n') },
  // Addresses with a space (invalid-url, docs/rules.md#invalid-url): many openings on one line that never close.
  { name: 'autolinks with a space never closed `<https://a <https://a …`', build: (n) => fill('<https://a ', n, 'A[^1].\n\n[^1]: ') },
  { name: 'link destinations with a space `](https:// ](https:// …`', build: (n) => fill('](https:// ', n, 'A[^1].\n\n[^1]: [a') },
  { name: 'spaces after the scheme `https:// https:// …`', build: (n) => fill('https:// ', n, 'A[^1].\n\n[^1]: ') },
  // German and preprint readings (docs/rules.md#missing-source-url): towns joined by slashes and numbers that never end.
  { name: 'one note of `In: a. Berlin/Boston/…`', build: (n) => fill('/Boston', n, 'A[^1].\n\n[^1]: In: a. Berlin', ' x\n') },
  { name: 'one note of `Preprints 2020, Preprints 2020, …`', build: (n) => fill('Preprints 2020, ', n, 'A[^1].\n\n[^1]: ', 'x\n') },
  { name: 'one note of DOIs with an encoded slash `10.1234%2F10.1234%2F…`', build: (n) => fill('10.1234%2F', n, 'A[^1].\n\n[^1]: doi:', '\n') },
  // Dutch imprints, places left for a link, German titles and spaced keys (docs/rules.md#missing-source-url).
  { name: 'one note of `*a* Leiden 1944, *a* Leiden 1944, …`', build: (n) => fill('*a* Leiden 1944, ', n, 'A[^1].\n\n[^1]: ', 'x\n') },
  { name: 'one note of `, Berlijn, Reimer, , Berlijn, Reimer, …`', build: (n) => fill(', Berlijn, Reimer A B', n, 'A[^1].\n\n[^1]: a', ', 1834 x\n') },
  { name: 'one note of `**Link** LINK Quelle …`', build: (n) => fill('**Link** LINKS Quelle ', n, 'A[^1].\n\n[^1]: ', '\n') },
  { name: 'one note of `Vgl. Lund: a, a, a, …, 2018, S`', build: (n) => fill('a, ', n, 'A[^1].\n\n[^1]: Vgl. Lund, Ada: ', '2018, S\n') },
  { name: 'one note of spaced keys `[@ a [@ a …`', build: (n) => fill('[@ a ', n, 'A[^1].\n\n[^1]: ', '\n') },
  { name: 'many notes of empty definitions nobody cites', build: (n) => fill('[^a]:\n', n, 'A.\n\n') },
  // Web-era documents named by their kind in an italic title (docs/rules.md#missing-source-url).
  { name: 'one note of `a, *a Technical Report a, *a Technical Report …`', build: (n) => fill('a, *a Technical Report ', n, 'A[^1].\n\n[^1]: ', '(2023)\n') },
  { name: 'one note of `*a*, J. Pol. *a*, J. Pol. …`', build: (n) => fill('*a*, J. Pol. Rev ', n, 'A[^1].\n\n[^1]: ', '(2023)\n') },
  {
    name: 'one note of `In a Conference University, In a Conference University, …`',
    build: (n) => fill('In a Conference University, ', n, 'A[^1].\n\n[^1]: ', '1977 x\n'),
  },
  {
    name: 'one note of `. Edinburgh & London: A, . Edinburgh & London: A, …`',
    build: (n) => fill('. Edinburgh & London: A, ', n, 'A[^1].\n\n[^1]: a', '1968 x\n'),
  },
  {
    name: 'many uncited notes read online, one cited in HTML',
    build: (n) => fill('[^a]: Ortiz, L. "Harbours." *The Harbour Post*. 2 May 2014.\n', n, 'A<sup>1</sup>.\n\n'),
  },
  { name: 'one address of encoded addresses `https://a.org/b%2Fhttps://a.org/b%2F…`', build: (n) => fill('b%2Fhttps://a.org/', n, 'See https://a.org/', '\n') },
  // Pandoc citations (docs/parser.md, "Citations"): one paragraph, under the size past which it is not searched.
  { name: 'unclosed citation brackets `[@a [@a …`', build: (n) => fill('[@a ', n) },
  { name: 'unclosed prefixes `[see [see … @a`', build: (n) => fill('[see ', n, '', '@a') },
  { name: 'keys glued together `@a@a@a…`', build: (n) => fill('@a', n) },
  { name: 'words and keys `a@a@…` (example references)', build: (n) => fill('a@', n) },
  { name: 'an unclosed citation of many keys `[-@a;-@a;…`', build: (n) => fill('-@a;', n, '[') },
  { name: 'emphasis in a citation `[*@a *@a …]`', build: (n) => fill('*@a ', n, '[', ']') },
  { name: 'open braced keys `@{@{@{…`', build: (n) => fill('@{', n) },
  { name: 'nested locators `[@a, see @b [@a, see @b …`', build: (n) => fill('[@a, see @b ', n) },
  { name: 'locators never closed `@a [p; @a [p; …`', build: (n) => fill('@a [p; ', n) },
  { name: 'many short citations `[@a] `', build: (n) => fill('[@a, p. 1] ', n) },
  { name: 'paragraphs of citations `[@a, p. 1] and @b [p. 2; @c]`', build: (n) => fill('[@a, p. 1] and @b [p. 2; @c] x\n\n', n) },
  // TeX math around citations: unclosed openings, display openings, keys with `$` inside.
  { name: 'unclosed math `$a @b $a @b …`', build: (n) => fill('$a @b ', n) },
  { name: 'display math never closed `$$@a $$@a`… then `$`', build: (n) => fill('$$@a ', n, '', '$') },
  { name: 'keys with dollars `@a$b$@a$b$…`', build: (n) => fill('@a$b$', n) },
  // Admonitions (MkDocs, `markdown: {admonitions: true}`): title lines one after another, each nested one level deeper,
  // and title-like lines that never open one.
  {
    name: 'admonition title lines `!!! note` then content',
    build: (n) => fill('!!! note "T"\n\n    A[^1] b.\n\n', n, '', '[^1]: S.\n'),
    config: () => 'markdown: {admonitions: true}\n',
  },
  {
    name: 'admonitions nested four spaces deeper each, to the nesting limit',
    build: (n) => fill(Array.from({ length: 40 }, (_, i) => `${' '.repeat(4 * i)}!!! note`).join('\n') + '\n\n', n),
    config: () => 'markdown: {admonitions: true}\n',
  },
  { name: 'lines of `!!! "…` that open nothing', build: (n) => fill('!!! "' + 'a '.repeat(30) + '\n', n), config: () => 'markdown: {admonitions: true}\n' },
  // The note reader's round-10 patterns: titles with their own full stops, keys in the text, classics' numbering.
  { name: 'a note of unclosed quotes with full stops `“a. b. “a. b. …`', build: (n) => 'A[^1].\n\n[^1]: ' + fill('“a. b. *c. ', n) },
  { name: 'a note of keys and brackets `@a [1 @a [1 …`', build: (n) => 'A[^1].\n\n[^1]: See ' + fill('@a_b [1 x@a2019 ', n) },
  {
    name: 'a grid table row of notes numbered downwards `| [^9][^8]… |`',
    build: (n) => {
      const k = Math.max(2, Math.floor(n / 24));
      const refs = Array.from({ length: k }, (_, i) => `[^${k - i}]`).join('');
      const defs = Array.from({ length: k }, (_, i) => `[^${i + 1}]: x`).join('\n');
      return `+--+--+\n| ${refs} | a |\n+--+--+\n\n${defs}\n`;
    },
  },
  {
    name: 'a note of numbers and divisions `12a3, PL 1, A1/B2 …`',
    build: (n) => 'A[^1].\n\n[^1]: ' + fill('*T*, i. 12a3 (PL 1, 2) A1/B2 act 1, scene &ndash; &#0; ', n),
  },
  {
    // The file's own reference list (docs/rules.md#missing-source-url), in a report: every note cites a work of one
    // author, the list holds hundreds of that author's works, none of them the note's.
    name: "notes citing one author's works, a long reference list of that author's others",
    build: (n) => {
      const k = Math.max(2, Math.floor(n / 650));
      const notes = Array.from({ length: k }, (_, i) => `[^${i + 1}]: Okafor, “Tides of Harbour ${i} and More,” 2019; Okafor, ibid.`).join('\n');
      const calls = Array.from({ length: k }, (_, i) => `A[^${i + 1}].`).join(' ');
      // (entries as long as a list's often are: what the list costs, not the notes, grows with the input)
      const about = ' A study of the tides of the harbour over the years, its quays, its ships and its people,'.repeat(5);
      const entries = Array.from({ length: k }, (_, i) => `- Okafor, Ada. *Tides of Harbour ${k + i}*.${about} Lagos: Tern Press, 2019.`).join('\n');
      // (a report by its template, so that every citation is held to the report standard)
      return `---\ntemplate: force-of-change\n---\n\n${calls}\n\n${notes}\n\n## References\n\n${entries}\n`;
    },
  },
  {
    // Round 26's readings (docs/rules.md, missing-source-url): German short titles, French decisions, a link said to be
    // another note's and an encyclopedia's article, each written up to its last piece and broken there.
    name: 'notes of German short titles, French courts, "link see note" and dictionaries, each broken before its close',
    build: (n) => {
      const k = Math.max(2, Math.floor(n / 700));
      const note = (i: number): string =>
        `[^${i + 1}]: Vgl. Hartwig/Lenz, ${'Hafen und '.repeat(12)}2019 S ${i}; TGI Brest, ${'2e ch., '.repeat(6)}4 March 1998; Link ${'in '.repeat(8)}note x; In: Lenz (Hrsg.): ${'Handel, '.repeat(10)}o.O. 20; Dictionary ${'1999 '.repeat(12)}entr`;
      const calls = Array.from({ length: k }, (_, i) => `A[^${i + 1}].`).join(' ');
      return `---\ntemplate: force-of-change\n---\n\n${calls}\n\n${Array.from({ length: k }, (_, i) => note(i)).join('\n')}\n`;
    },
  },
  {
    // Round 27's readings (docs/rules.md, missing-source-url, duplicate-source, invalid-url): ABNT names in capitals, an
    // exhibition's days, APA's volume and issue, a talk in French, chapters of a volume, an address cut at a line end,
    // each written up to its last piece and broken there (the address in every fourth note: each is a finding).
    name: 'notes of ABNT capitals, exhibition days, volumes and issues, talks and wrapped addresses, each broken before its close',
    build: (n) => {
      const k = Math.max(2, Math.floor(n / 700));
      const note = (i: number): string =>
        `[^${i + 1}]: ${'REYES, '.repeat(20)}LUND; 20${i}; Exhibition at ${'Harbour '.repeat(24)}January 15 – x; Harbour Reports, ${'10 '.repeat(16)}(1) e; communication présentée ${'à '.repeat(12)}x; in ${'Essays '.repeat(16)}*x${i % 4 ? '' : ` <https://harbour-\n${'studies.'.repeat(10)}`}`;
      const calls = Array.from({ length: k }, (_, i) => `A[^${i + 1}].`).join(' ');
      return `---\ntemplate: force-of-change\n---\n\n${calls}\n\n${Array.from({ length: k }, (_, i) => note(i)).join('\n\n')}\n`;
    },
  },
  {
    // Round 28's readings (docs/rules.md, missing-source-url): APA authors with initials, a place and year in brackets,
    // a journal after "in" with its volume, a film's labels, short forms with a colon, a chapter in single quotes,
    // "ibid." after a title and "cited in", each written up to its last piece and broken there.
    name: 'notes of APA initials, places and years, journals "in", film labels and short forms, each broken before its close',
    build: (n) => {
      const k = Math.max(2, Math.floor(n / 700));
      const note = (i: number): string =>
        `[^${i + 1}]: ${'Reyes, A., '.repeat(12)}(20${i % 10}0). ${'Tide '.repeat(10)}x; Ana Reyes, ${'World '.repeat(12)}(Ann ${'Arbor '.repeat(6)}: 19; "Q," in ${'Harbour Journal '.repeat(8)}9 (20; Ana Reyes, *Q*, ${'Film, '.repeat(12)}15 x; Lee, "${'Networks '.repeat(10)}": x; Ortiz, *Q*, chap. 6, '${'Men '.repeat(20)}' (pp. x; Lund, "${'T '.repeat(10)}," ibid x; ${'Cited in '.repeat(8)}Diaz, x`;
      const calls = Array.from({ length: k }, (_, i) => `A[^${i + 1}].`).join(' ');
      return `---\ntemplate: force-of-change\n---\n\n${calls}\n\n${Array.from({ length: k }, (_, i) => note(i)).join('\n\n')}\n`;
    },
  },
  {
    // Round 29's readings (docs/rules.md#missing-source-url): a part's kind "in" a game, authors before a volume, titles
    // in single quotes with apostrophes, a database closing a story, a dotted volume after a title, author-date with
    // a page, best-seller lists and figure credits, each written up to its last piece and broken there.
    name: 'notes of game parts, single-quoted titles, databases, dotted volumes and credits, each broken before its close',
    build: (n) => {
      const k = Math.max(2, Math.floor(n / 700));
      const note = (i: number): string =>
        `[^${i + 1}]: ${'Lund, dialogue, in '.repeat(6)}*Q ${'Quest: '.repeat(6)}x; ‘${'Ortiz’s '.repeat(12)}x; ‘Q, in ${'Committee of Experts '.repeat(4)}, *${'A: '.repeat(8)}x; “Q,” *Times*, 3 May 19${i % 10}6, ${'ProQuest Historical '.repeat(4)}x; “Q,” ${'Harbour Law Review '.repeat(4)}10${i % 10}.4 (x; (${'Reyes y '.repeat(6)}Lund, 2014, p. x; ${'NY Times Best Sellers '.repeat(4)}x; Abbildung aus ${'Figure 3 from '.repeat(4)}x`;
      const calls = Array.from({ length: k }, (_, i) => `A[^${i + 1}].`).join(' ');
      return `---\ntemplate: force-of-change\n---\n\n${calls}\n\n${Array.from({ length: k }, (_, i) => note(i)).join('\n\n')}\n`;
    },
  },
  {
    // A call in an HTML block (unused-footnote), among comments, <code> elements and tags none of which closes.
    name: 'an HTML block of calls, unclosed comments, code and tags `<div>[^1] <!-- <code <b …`',
    build: (n) => fill('[^1] <!-- <code <b x ', n, '<div>\n', '\n</div>\n\n[^1]: x https://a.example.org/ b/c?d=e\n'),
  },
  // translation-drift (docs/rules.md): paragraphs of figures compared with their French version.
  {
    name: 'a French version whose figures all differ, one paragraph',
    build: (n) => fill('1,234,567.5 ', n, '# R\n\n## A\n\n'),
    translation: (n) => fill('7 654 321,5 ', n, '# R\n\n## A\n\n'),
  },
  {
    name: 'French thousands groups that never end `1 234 234 … 5`',
    build: (n) => fill('234 ', n, '# R\n\n## A\n\n1 ', '5'),
    translation: (n) => fill('234 ', n, '# R\n\n## A\n\n1 ', '5'),
  },
  {
    name: 'thousands of headings of one outline, with figures and notes',
    build: (n) => fill('## H\n\nIn 2024, 35% of 1,200.[^1]\n\n', n, '# R\n\n', '\n[^1]: S. https://a.example.org/x\n'),
    translation: (n) => fill('## T\n\nEn 2025, 36 % de 1 200.[^1]\n\n', n, '# R\n\n', '\n[^1]: S. https://b.example.org/x\n'),
  },
  {
    // Outlines of other shapes are aligned (docs/rules.md#translation-drift): headings with many words, figures
    // and sites each, as many as the alignment takes at the smaller size.
    name: 'outlines of other shapes, headings full of words, figures and sites',
    build: (n) => fill(`## A b c d e f g h i j k l m n o p\n\n${SIGNS}\n\n`, n, '# R\n\n'),
    translation: (n) => fill(`### A b c d e f g h i j k l m n o q\n\n${SIGNS.replace(/1/g, '2')}\n\n`, n, '# R\n\n'),
  },
];
