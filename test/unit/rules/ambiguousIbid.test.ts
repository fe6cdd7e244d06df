import * as assert from 'assert';
import { findings, joinLines } from '../../support/helpers';

describe('ambiguous-ibid', () => {
  it('fires on an Ibid. after a note citing two URLs', () => {
    const text = joinLines('A[^1] b[^2].', '', '[^1]: See https://e.org/a and https://e.org/b', '[^2]: Ibid.');
    assert.deepStrictEqual(findings(text, 'ambiguous-ibid'), ['4:1 ambiguous-ibid']);
  });

  it('is quiet after one work given at several addresses of one site, not after two works or two sites', () => {
    const one =
      '[^1]: Reyes, Ada. “The 8 Types of Harbour DAOs.” Harbour.io, April 6, 2022. https://www.harbour.io//blog/types, https://www.harbour.io/, https://blog.harbour.io/blog/types.';
    assert.deepStrictEqual(findings(joinLines('A[^1] b[^2].', '', one, '[^2]: Ibid.'), 'ambiguous-ibid'), []);
    const uk = '[^1]: Reyes, Ada. “Quays.” 2022. https://www.harbour.co.uk/quays https://blog.harbour.co.uk/quays';
    assert.deepStrictEqual(findings(joinLines('A[^1] b[^2].', '', uk, '[^2]: Ibid.'), 'ambiguous-ibid'), []);
    // pages within one document of one host: a book's pages at an archive
    const pages =
      '[^1]: Ada Reyes, *[The Harbour Myth](https://archive.example/details/harbourmyth/page/n6)* (Tern Press, 1971), [p. 3](https://archive.example/details/harbourmyth/page/n22).';
    assert.deepStrictEqual(findings(joinLines('A[^1] b[^2].', '', pages, '[^2]: *Ibid*.'), 'ambiguous-ibid'), []);
    for (const def of [
      // one title, but a second page of the site: a follow-up, a reply, an "about" page, a data file
      '[^1]: Ada Reyes, “Tides.” Harbour.io, 2022. https://harbour.io/tides, and the follow-up post https://harbour.io/quays-2023',
      '[^1]: Ada Reyes, *Tides*, https://harbour.io/tides, with Ben Lund’s reply at https://harbour.io/reply.',
      '[^1]: Ada Reyes, “Tides,” 2022, https://harbour.io/tides, data at https://data.harbour.io/tides.csv',
      // hosts by number, or the sites of two people on one shared host
      '[^1]: “Tide Logs.” Mirror copies, 2022. http://10.0.0.1/logs.html, http://192.168.0.1/logs.html',
      '[^1]: “Tides.” 2022. https://reyes.github.io/tides, https://lund.github.io/tides',
      // (a code review) two pages of one folder, two videos, two issues; two titles in single quotes
      '[^1]: Ada Reyes, “Strike.” Harbour Herald, 2021. https://herald.example/2021/05/port-strike-ends https://herald.example/2021/05/strike-aftermath',
      '[^1]: Ada Reyes, “Strike.” 2021. https://video.example/watch?v=abc123 https://video.example/watch?v=xyz789',
      '[^1]: Ada Reyes, “Strike.” 2021. https://code.example/harbour/issues/1 https://code.example/harbour/issues/2',
      '[^1]: Reyes, ‘Tides’ and Lund, ‘Quays’, *Harbour Blog*, 2021, https://harbour.io/2021/05/tides https://harbour.io/2021/05/quays',
      // two works, one site
      '[^1]: Reyes, “Quays,” https://harbour.io/a; Lund, “Tides,” https://harbour.io/b',
      '[^1]: Reyes, “Quays” and “Tides,” https://harbour.io/a https://harbour.io/b',
      // one title, two sites (a country's second level is not a site)
      '[^1]: Reyes, Ada. “Quays.” 2022. https://harbour.io/a https://tides.io/b',
      '[^1]: Reyes, Ada. “Quays.” 2022. https://harbour.co.uk/a https://tides.co.uk/b',
    ])
      assert.deepStrictEqual(findings(joinLines('A[^1] b[^2].', '', def, '[^2]: Ibid.'), 'ambiguous-ibid'), ['4:1 ambiguous-ibid'], def);
  });

  it('is quiet after a note with one URL (cited twice is still one)', () => {
    const text = joinLines('A[^1] b[^2].', '', '[^1]: See [x](https://e.org/a) or https://e.org/a', '[^2]: Ibid.');
    assert.deepStrictEqual(findings(text, 'ambiguous-ibid'), []);
  });
});
