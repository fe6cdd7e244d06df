import * as assert from 'assert';
import { findings, joinLines } from '../../support/helpers';

describe('ibid-without-antecedent', () => {
  it('fires when the first note in reading order is Ibid., even if it is not first in the file', () => {
    const text = joinLines('A[^2] b[^1].', '', '[^1]: Source. https://e.org', '[^2]: Ibid., p. 4.');
    assert.deepStrictEqual(findings(text, 'ibid-without-antecedent'), ['4:1 ibid-without-antecedent']);
  });

  it('is quiet when an Ibid. follows a real note in reading order', () => {
    const text = joinLines('A[^1] b[^2].', '', '[^2]: Ibid.', '[^1]: Source. https://e.org');
    assert.deepStrictEqual(findings(text), []);
  });
});
