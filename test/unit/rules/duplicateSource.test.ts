import * as assert from 'assert';
import { findings, joinLines } from '../../support/helpers';

describe('duplicate-source', () => {
  it('fires on the later of two full notes citing the same URL', () => {
    const text = joinLines('A[^1] b[^2].', '', '[^1]: One. https://e.org/report', '[^2]: Two. http://www.e.org/report/');
    assert.deepStrictEqual(findings(text, 'duplicate-source'), ['4:1 duplicate-source']);
  });

  it('is quiet for Ibid. notes and different URLs', () => {
    const text = joinLines('A[^1] b[^2] c[^3].', '', '[^1]: One. https://e.org/a', '[^2]: Ibid. https://e.org/a', '[^3]: Three. https://e.org/b');
    assert.deepStrictEqual(findings(text, 'duplicate-source'), []);
  });
});
