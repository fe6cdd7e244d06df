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
    for (const def of [
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
