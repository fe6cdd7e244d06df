import * as assert from 'assert';
import { hover } from '../../server/src/features/hover';
import { joinLines, report } from '../support/helpers';
import { analyse, positionOf } from '../support/features';

function hoverText(text: string, needle: string, delta = 1): string {
  const a = analyse(text);
  const h = hover(a, positionOf(a, needle, delta));
  return h ? (h.contents as { value: string }).value : '';
}

describe('hover on a note reference', () => {
  it("starts with the note's own text", () => {
    const text = joinLines('A[^1] b[^2].', '', '[^1]: Tavares, R. "Foreign Policy Goes Local." https://e.org/t', '[^2]: Ibid., p. 4.');
    assert.match(hoverText(text, 'b[^2]'), /^Ibid\., p\. 4\.\n/);
  });

  it('says what kind of note it is', () => {
    const text = joinLines(
      'A[^1] b[^2] c[^3] d[^4].',
      '',
      '[^1]: Castell, M. *Borders of the Future*. Toronto: Lakeview Press, 2019.',
      '[^2]: The figures were rounded by the authors for readability, and exclude the territories.',
      '[^3]: See section 3 above.',
      '[^4]: [@oecd2020, p. 12].',
    );
    assert.match(hoverText(text, 'A[^1]'), /_Citation \(book\)_/);
    assert.match(hoverText(text, 'b[^2]'), /_Commentary \(no source needed\)_/);
    assert.match(hoverText(text, 'c[^3]'), /_Cross-reference \(no source needed\)_/);
    assert.match(hoverText(text, 'd[^4]'), /_Citation key \(the source is in the bibliography\)_/);
  });

  it('names a film or a work of art by its labels as such', () => {
    const text = joinLines('A[^1].', '', '[^1]: Ana Reyes, *The Quay*, Film, installation, 15 October 2010.');
    assert.match(hoverText(text, 'A[^1]'), /_Citation \(film or work of art\)_/);
  });

  it("names a numbered report as such, not as law (Congress's auditors and researchers)", () => {
    const text = joinLines(
      'A[^1] b[^2].',
      '',
      '[^1]: GAO, *Harbour Networks*, GAO-17-260 (Washington, D.C.: 2017).',
      '[^2]: CRS Report RL33110, *The Cost of Tides*, 2014.',
    );
    assert.match(hoverText(text, 'A[^1]'), /_Citation \(numbered report\)_/);
    assert.match(hoverText(text, 'b[^2]'), /_Citation \(numbered report\)_/);
  });

  it('for a short citation, names the full citation it resolves to and that source', () => {
    const text = joinLines(
      'A[^1] b[^2] c[^3].',
      '',
      '[^1]: Ortiz, L. "Cities Abroad." 2021. https://e.org/cities',
      '[^2]: Ibid., p. 4.',
      '[^3]: Ortiz, "Cities Abroad," 7.',
    );
    const ibid = hoverText(text, 'b[^2]');
    assert.match(ibid, /_Short citation \("Ibid\."\)_/);
    assert.match(ibid, /Refers to \[\^1\]:\n\n> Ortiz, L\. "Cities Abroad\." 2021\. https:\/\/e\.org\/cities/);
    assert.match(ibid, /Source: <https:\/\/e\.org\/cities>/);
    assert.match(hoverText(text, 'c[^3]'), /_Short citation \(a short title\)_[\s\S]*Refers to \[\^1\]/);
  });

  it('says why a citation lacks a source, on the note and on its short forms', () => {
    const text = joinLines('A[^1] b[^2].', '', '[^1]: Ortiz, L. "Cities Abroad." *The Globe and Mail*. 2 May 2014.', '[^2]: Ibid.');
    assert.match(hoverText(text, 'A[^1]'), /⚠ This note cites an online source \(it names Globe and Mail\) but gives no link\./);
    assert.match(hoverText(text, 'b[^2]'), /⚠ \[\^1\] cites an online source/);
  });

  it("for a citation whose details are in the report's reference list, quotes that entry", () => {
    const entry = 'Weller, Lena. 2010. “Corporate Harbours and Their Tides.” *Tern Review* 4: 1–20.';
    const text = report('A[^1].', '', '[^1]: Lena Weller, “Corporate Harbours and Their Tides,” 2010.', '', '## Bibliography', '', entry);
    const shown = hoverText(text, 'A[^1]');
    assert.ok(shown.includes(`_No link; its details are in the reference list:_ ${entry}`), shown);
    assert.doesNotMatch(shown, /⚠/);
  });

  it('lists identifiers written in the text', () => {
    const text = joinLines('A[^1].', '', '[^1]: Reyes, A. *Tomorrow’s Cities*. ISBN 978-0-306-40615-7; doi:10.1000/xyz');
    const value = hoverText(text, 'A[^1]');
    assert.match(value, /ISBN: 9780306406157/);
    assert.match(value, /DOI: \[10\.1000\/xyz\]\(https:\/\/doi\.org\/10\.1000\/xyz\)/);
  });
});

describe('hover on a note definition', () => {
  it('says how many times the note is cited, and on which line first', () => {
    const text = joinLines('Intro.', '', 'A[^1] b[^2] c[^1].', '', '[^1]: One. https://e.org/1', '[^2]: Two. https://e.org/2');
    assert.match(hoverText(text, '[^1]:'), /Footnote \*\*\[\^1\]\*\* is cited 2 times \(first on line 3\)\./);
    assert.match(hoverText(text, '[^2]:'), /Footnote \*\*\[\^2\]\*\* is cited once \(first on line 3\)\./);
  });
});

describe('hover on a section heading', () => {
  it("says the section is required by the report's template, and what it is for", () => {
    const text = report('# Entry', '', '## Why is it important?', '', 'Because.');
    assert.match(
      hoverText(text, '## Why', 4),
      /^\*\*Why is it important\?\*\* · Required section of the force-of-change template\n\nExplains the consequences for policy/,
    );
  });
});
