import * as assert from 'assert';
import { findings, joinLines } from '../../support/helpers';

describe('ambiguous-ibid', () => {
  it('fires on an Ibid. after a note citing two URLs', () => {
    const text = joinLines('A[^1] b[^2].', '', '[^1]: See https://e.org/a and https://e.org/b', '[^2]: Ibid.');
    assert.deepStrictEqual(findings(text, 'ambiguous-ibid'), ['4:1 ambiguous-ibid']);
  });

  it('is quiet after a note with one URL (cited twice is still one)', () => {
    const text = joinLines('A[^1] b[^2].', '', '[^1]: See [x](https://e.org/a) or https://e.org/a', '[^2]: Ibid.');
    assert.deepStrictEqual(findings(text, 'ambiguous-ibid'), []);
  });
});
