import * as assert from 'assert';
import { fixAll } from '../../../server/src/core/checker';
import { applyEdits } from '../../../server/src/core/fixes/edits';
import { urlProblem } from '../../../server/src/core/rules/invalidUrl';
import { findings, joinLines, problemsOf } from '../../support/helpers';

describe('invalid-url', () => {
  it('fires on a link with a misspelt web scheme, at the URL', () => {
    assert.deepStrictEqual(findings('See [data](htps://e.org/x).\n', 'invalid-url'), ['1:12 invalid-url']);
    for (const bad of ['hhttps://e.org', 'ttps://e.org', 'httpss://e.org', 'htp://e.org']) assert.match(urlProblem(bad) ?? '', /misspelt scheme/, bad);
  });

  it('fires on a web address whose host has no dot, or no host', () => {
    assert.match(urlProblem('https://github/com/org/repo') ?? '', /a host with no domain, "github" \(a typo, or an intranet name/);
    assert.match(urlProblem('https://https://e.org/x') ?? '', /a host with no domain, "https"/);
    assert.match(urlProblem('http://#') ?? '', /no host/);
    assert.match(urlProblem('https:e.org') ?? '', /needs "\/\/"/);
  });

  it('says when an address is cut by a line break, its rest on the next line, rather than calling the host a typo', () => {
    const text = joinLines('A paper, [Tides and Quays](https://harbour-', 'studies.org/2023/tides/) (Harbour Lab), says so.');
    assert.deepStrictEqual(
      problemsOf(text, 'invalid-url').map((p) => p.message),
      [
        'URL "https://harbour-" is cut by a line break: its rest, "studies.org/2023/tides/", is on the next line (an address cannot run on; join the two lines).',
      ],
    );
    // the quick fix joins the two lines (not --fix: a hyphen at a line's end may be the wrapping's)
    const [problem] = problemsOf(text, 'invalid-url');
    assert.deepStrictEqual(
      problem.fixes?.map((f) => [f.title, f.safe]),
      [['Join the address to its rest on the next line', false]],
    );
    assert.strictEqual(
      applyEdits(text, problem.fixes![0].edits),
      'A paper, [Tides and Quays](https://harbour-studies.org/2023/tides/) (Harbour Lab), says so.',
    );
    assert.strictEqual(fixAll(text).text, text);
    // an intranet name at the end of a line, prose after it, even with a dot: the host is what is wrong
    for (const next of ['v2.1 of the software is there.', 'e.g. for the forms.', 'Node.js serves it.'])
      assert.match(problemsOf(joinLines('Staff use http://tideportal', next), 'invalid-url')[0]?.message ?? '', /a host with no domain, "tideportal"/, next);
    // in a note, the rest indented on the next line
    const inNote = joinLines('A[^1].', '', '[^1]: Reyes, *Tides*, 2021, https://harbour-', '    studies.org/2021/tides/.');
    assert.match(problemsOf(inNote, 'invalid-url')[0]?.message ?? '', /cut by a line break: its rest, "studies\.org\/2021\/tides\/\."/);
    assert.match(problemsOf(joinLines('Staff use https://intranet', 'for their forms.'), 'invalid-url')[0]?.message ?? '', /a host with no domain, "intranet"/);
  });

  it('an address elided on purpose, a style guide\'s example ("http://www. ... [date]"), is no typo; a bare "http://www" is', () => {
    assert.deepStrictEqual(findings('- Websites: Name (Year): Title, [online] http://www. ... [DD.MM.YYYY]\n', 'invalid-url'), []);
    assert.deepStrictEqual(findings('- Websites: Name (Year): Title, http://www.…\n', 'invalid-url'), []);
    assert.deepStrictEqual(findings('- Websites: Name (Year): Title, [online] http://www. [DD.MM.YYYY]\n', 'invalid-url'), ['1:42 invalid-url']);
    // only "www" is elided so: an intranet name before an ellipsis is still no address readers elsewhere can open
    assert.deepStrictEqual(findings('Staff use http://intranet... for forms.\n', 'invalid-url'), ['1:11 invalid-url']);
    // in a note, the address of a source still to be written: reported, and said so
    const note = joinLines('A[^1].', '', '[^1]: Harbour Post, 2022, http://www. ... (accessed 3 May 2024).');
    assert.deepStrictEqual(
      problemsOf(note, 'invalid-url').map((p) => p.message),
      ['URL "http://www" is cut short with an ellipsis: write the whole address.'],
    );
  });

  it('fires on a bare address a space cuts short, its rest a path with a query or a file name', () => {
    const text = joinLines(
      'A[^1].',
      '',
      '[^1]: Harbour Board, 2021 https://consult.example.gov/harbour/consultation/ view_respondent?_b_index=60&uuId=1044 (submission).',
    );
    const problems = problemsOf(text, 'invalid-url');
    assert.deepStrictEqual(
      problems.map((p) => p.message),
      [
        'URL "https://consult.example.gov/harbour/consultation/" stops at a space that its rest, "view_respondent?_b_index=60&uuId=1044", follows: remove the space.',
      ],
    );
    assert.deepStrictEqual(findings('Read https://harbour.example/eha/uploads/ 2014/05/report.pdf first.\n', 'invalid-url'), ['1:6 invalid-url']);
    // Markdown's escapes in the rest are the address's characters
    assert.deepStrictEqual(findings('See https://consult.example.gov/c/ view\\_respondent?\\_b\\_index=60 today.\n', 'invalid-url'), ['1:5 invalid-url']);
    // a word after an address, a question, another address, or a file name alone (prose may name one) is no rest of it
    for (const ok of [
      'See https://harbour.example/ for more.\n',
      'Is it https://harbour.example/ login? Yes.\n',
      'At https://harbour.example/ index 3.\n',
      'Old and new sites: https://old.harbour.example/ www.harbour.example/index.html\n',
      'Replace https://harbour.example/old/ new.html with the new page.\n',
      'Local copy: https://harbour.example/ ../mirror/report.pdf kept.\n',
      'Save https://harbour.example/ ~/Downloads/report.pdf first.\n',
      'Copy https://harbour.example/ \\\\server\\share/a.pdf to disk.\n',
    ])
      assert.deepStrictEqual(findings(ok, 'invalid-url'), [], ok);
  });

  it('fires on a Markdown link written inside <…>', () => {
    assert.deepStrictEqual(
      problemsOf('See <https://github.com/ada/harbour/](https://github.com/ada/harbour/>.\n', 'invalid-url').map((p) => p.message),
      ['URL "https://github.com/ada/harbour/](https://github.com/ada/harbour/" holds a Markdown link, "](": write [text](address), or the address alone.'],
    );
  });

  it('fires on two addresses written with no space between them, never on an address carried in a query or a path', () => {
    assert.deepStrictEqual(
      problemsOf('See https://github.com/ada/harbour/blob/main/request.mdhttps://github.com/ada/quay for it.\n', 'invalid-url').map((p) => p.message),
      [
        'URL "https://github.com/ada/harbour/blob/main/request.mdhttps://github.com/ada/quay" runs into a second address, "mdhttps://": two addresses written with no space between them; put one there.',
      ],
    );
    for (const ok of [
      'See https://web.archive.org/web/2020/https://harbour.example/a.',
      'See https://harbour.example/r?u=https://quay.example/b.',
      'See https://harbour.example/a%2Fhttps://harbour.example/b.',
      'See https://harbour.example/go?u%3Dhttps://quay.example/b.',
    ])
      assert.deepStrictEqual(findings(ok, 'invalid-url'), [], ok);
  });

  it('fires on spaces outside <…>, never inside, nor in HTML attributes', () => {
    assert.match(urlProblem('https://e.org/a b') ?? '', /spaces/);
    assert.deepStrictEqual(findings('![](</img/a b.png>) and [x](<my file.pdf>) and <img src="/img/a b.png">\n', 'invalid-url'), []);
    const text = joinLines('A[^1].', '', '[^1]: See [the report](https://e.org/annual report.pdf).');
    assert.deepStrictEqual(findings(text, 'invalid-url'), ['3:24 invalid-url']);
    assert.match(problemsOf(text, 'invalid-url')[0].message, /is not a link: its address has a space/);
  });

  it('accepts every RFC 3986 scheme, relative paths and anchors', () => {
    for (const ok of [
      'irc://irc.libera.chat/rust',
      'rdar://96960993',
      'zotero://select/items/1',
      'std::marker::Sync',
      'content:myst/directives',
      'mailto:a@b.org',
      'https://e.org/a?b=c#d',
      'http://localhost:8080/x',
      './other.md',
      '#anchor',
      'doi:10.1000/1',
      '../img/a.png',
    ]) {
      assert.strictEqual(urlProblem(ok), undefined, ok);
    }
  });

  it('reads HTML attributes: the closing quote is not part of the URL', () => {
    const text = joinLines('A[^1].', '', '[^1]: The <a href="https://e.org/book">textbook</a> and <a href=\'https://e.org/b\'>b</a>.');
    assert.deepStrictEqual(findings(text, 'invalid-url'), []);
    assert.deepStrictEqual(findings('<a href="htps://e.org/x">x</a>\n', 'invalid-url'), ['1:10 invalid-url']);
  });

  it('a bare URL after an unmatched [ is a URL, as GFM links it: only the broken link syntax is reported', () => {
    const text = joinLines('A[^1].', '', '[^1]: _Fair License_, available at [https://e.org/licenses/fair] (https://e.org/licenses/fair) (2004).');
    assert.deepStrictEqual(
      problemsOf(text, 'invalid-url').map((p) => p.message),
      ['"[https://e.org/licenses/fair] (https://e.org/licenses/fair)" is not a link: remove the space between "]" and "(".'],
    );
  });

  it('fires on address-like text in a note that is broken: a misspelt scheme, a missing slash or colon, glued letters', () => {
    const text = joinLines(
      'A[^1] b[^2] c[^3] d[^4].',
      '',
      '[^1]: Report. http:/e.org/report',
      '[^2]: Report. htp://e.org/report',
      '[^3]: Report. http//e.org/report',
      '[^4]: Report, available athttps://e.org/report',
    );
    assert.deepStrictEqual(findings(text, 'invalid-url'), ['3:15 invalid-url', '4:15 invalid-url', '5:15 invalid-url', '6:25 invalid-url']);
    assert.match(problemsOf(text, 'invalid-url')[3].message, /"at" glued to its scheme/);
  });

  it('fires on link syntax broken by a space, never on a link with a title', () => {
    const text = joinLines(
      'A[^1] b[^2] c[^3].',
      '',
      '[^1]: License, available at [https://e.org/epl] (https://e.org/epl) (2017).',
      '[^2]: Efficacy. URL: https: /e.org/wiki/efficacy',
      '[^3]: [Available](https://e.org/details/x "Archive.org")',
    );
    assert.deepStrictEqual(
      problemsOf(text, 'invalid-url').map((p) => p.message),
      [
        '"[https://e.org/epl] (https://e.org/epl)" is not a link: remove the space between "]" and "(".',
        '"https: /e.org/wiki/efficacy" looks like a web address but has a space after "https:".',
      ],
    );
  });

  it('fires on a space after "https://", bare or in a link, and its fix takes out exactly that space', () => {
    const text = joinLines(
      'A[^1] b[^2] c[^3].',
      '',
      '[^1]: Harbour Agency, [Port data](https:// www.harbour.example/data), 2021.',
      '[^2]: Harbour Agency, Port data, https://  www.harbour.example/data, 2021.',
      '[^3]: Harbour Agency, [Port data](https://www.harbour.example/data), https://www.harbour.example/b.',
    );
    const problems = problemsOf(text, 'invalid-url');
    assert.deepStrictEqual(
      problems.map((p) => p.message),
      [
        '"[…](https:// www.harbour.example/data)" is not a link: its address has a space (encode it as %20, or put the address in <…>).',
        '"https://  www.harbour.example/data" looks like a web address but has a space after "https://".',
      ],
    );
    let fixed = text;
    for (const p of [...problems].reverse()) {
      const fix = p.fixes?.[0];
      assert.ok(fix?.safe);
      fixed = applyEdits(fixed, fix.edits);
    }
    assert.strictEqual(fixed, text.replace('https:// www', 'https://www').replace('https://  www', 'https://www'));
    assert.deepStrictEqual(findings(fixed, 'invalid-url'), []);
  });

  it('fires on an address in <…> with a space, which GFM does not link, and offers to take the spaces out', () => {
    const text = joinLines(
      'A[^1] b[^2] c[^3].',
      '',
      '[^1]: Harbour bugs, <https://bugs.harbour.example/list.cgi? status=open>, read 25.07.2020.',
      '[^2]: Tides, in: Wiki, Online: <https:// de.harbour.example/w/index.php?title=Tides>.',
      '[^3]: Tides, <https://harbour.example/a%20b>, and `<https://harbour.example/a b>` in code.',
    );
    const problems = problemsOf(text, 'invalid-url');
    assert.deepStrictEqual(
      problems.map((p) => p.message),
      [
        '"<https://bugs.harbour.example/list.cgi? status=open>" is not a link: an address in <…> cannot hold a space (remove it, or encode it as %20).',
        '"<https:// de.harbour.example/w/index.php?title=Tides>" is not a link: an address in <…> cannot hold a space (remove it, or encode it as %20).',
      ],
    );
    const fix = problems[0].fixes?.[0];
    assert.ok(fix && !fix.safe, 'a quick fix, not applied by --fix: a space may stand for %20');
    assert.strictEqual(applyEdits(text, fix.edits).split('\n')[2], '[^1]: Harbour bugs, <https://bugs.harbour.example/list.cgi?status=open>, read 25.07.2020.');
  });

  it('leaves correct addresses GFM does not link alone, and a reference link to its definition', () => {
    const text = joinLines('A[^1] b[^2].', '', '[^1]: Mirror at ftp://ftp.e.org/pub/file.', '[^2]: [Report][r].', '', '[r]: htps://e.org/r');
    assert.deepStrictEqual(findings(text, 'invalid-url'), ['6:6 invalid-url']);
  });

  it('a bare address that takes in the footnote call written right after it: the call is lost, the fix puts the address in <…>', () => {
    const text = joinLines('Open http://127.0.0.1:8080.[^c3] and see www.example.org/b[^d4].', '', '[^c3]: Local.', '[^d4]: Remote.');
    const problems = problemsOf(text, 'invalid-url');
    assert.deepStrictEqual(
      problems.map((p) => p.message),
      [
        'URL "http://127.0.0.1:8080.[^c3" takes in the footnote call "[^c3]" written right after it, so the call is lost (put a space before the call, or the address with its scheme in <…>).',
        'URL "www.example.org/b[^d4" takes in the footnote call "[^d4]" written right after it, so the call is lost (put a space before the call, or the address with its scheme in <…>).',
      ],
    );
    // GFM sees neither call, so both notes are unused
    assert.deepStrictEqual(findings(text, 'unused-footnote'), ['3:1 unused-footnote', '4:1 unused-footnote']);
    const fix = problems[0].fixes?.[0];
    assert.ok(fix?.safe);
    assert.strictEqual(applyEdits(text, fix.edits).split('\n')[0], 'Open <http://127.0.0.1:8080>.[^c3] and see www.example.org/b[^d4].');
    // an address without its scheme cannot be an autolink: no fix
    assert.strictEqual(problems[1].fixes, undefined);
    const fixed = fixAll(text).text;
    assert.strictEqual(fixed.split('\n')[0], 'Open <http://127.0.0.1:8080>.[^c3] and see www.example.org/b[^d4].');
    assert.deepStrictEqual(findings(fixed, 'unused-footnote'), ['4:1 unused-footnote']);
    // a parenthesis that closes around the address stays outside it, one that belongs to it stays in
    const paren = joinLines('Shared (https://e.org/talks/2011.html).[^c] and https://e.org/wiki/Tide_(sea)[^d] here.', '', '[^c]: C.', '[^d]: D.');
    assert.strictEqual(fixAll(paren).text.split('\n')[0], 'Shared (<https://e.org/talks/2011.html>).[^c] and <https://e.org/wiki/Tide_(sea)>[^d] here.');
  });

  it('the fix leaves emphasis marks and quotes outside the address; a "[^" that calls no note is no call', () => {
    const text = joinLines('See **https://e.org/a**[^1] and "https://e.org/d"[^2] and _https://e.org/u_[^3].', '', '[^1]: A.', '[^2]: D.', '[^3]: U.');
    assert.strictEqual(fixAll(text).text.split('\n')[0], 'See **<https://e.org/a>**[^1] and "<https://e.org/d>"[^2] and _<https://e.org/u>_[^3].');
    assert.deepStrictEqual(findings(fixAll(text).text, 'unused-footnote'), []);
    // a call GFM takes in whole, quote or dash after it: named, and fixed the same way
    const whole = joinLines('See https://e.org/a.[^1]” and https://e.org/b[^2]—and more.', '', '[^1]: A.', '[^2]: B.');
    assert.deepStrictEqual(findings(whole, 'invalid-url'), ['1:5 invalid-url', '1:31 invalid-url']);
    assert.strictEqual(fixAll(whole).text.split('\n')[0], 'See <https://e.org/a>.[^1]” and <https://e.org/b>[^2]—and more.');
    assert.deepStrictEqual(findings(fixAll(whole).text, 'unused-footnote'), []);
    const search = joinLines('Search https://regex.example/?q=[^a-z] here.', '', 'Text[^1].', '', '[^1]: A.');
    assert.deepStrictEqual(findings(search, 'invalid-url'), []);
    assert.strictEqual(fixAll(search).text, search);
  });

  it('an address in a note with three slashes after its scheme has no host; missing-source-url leaves it to this rule', () => {
    const text = joinLines('A[^1].', '', '[^1]: Harbour Statistics, Census counts, 2021. https:///content/2020-census-counts');
    assert.deepStrictEqual(
      problemsOf(text, 'invalid-url').map((p) => p.message),
      ['"https:///content/2020-census-counts" looks like a web address but has no host.'],
    );
    assert.deepStrictEqual(findings(text, 'missing-source-url'), []);
    // four slashes before a host is not this
    const four = joinLines('A[^1].', '', '[^1]: Harbour Statistics, Census counts, 2021. https:////www.census.example/x');
    assert.ok(!problemsOf(four, 'invalid-url').some((p) => p.message.includes('has no host')));
  });

  it('is quiet on relative links and URLs in code', () => {
    assert.deepStrictEqual(findings('[a](./b.md) `htps://x` and\n\n    htps://y\n', 'invalid-url'), []);
  });
});
