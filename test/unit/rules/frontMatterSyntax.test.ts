import * as assert from 'assert';
import { findings, joinLines } from '../../support/helpers';

describe('front-matter-syntax', () => {
  it('fires on invalid YAML, at the error position', () => {
    assert.deepStrictEqual(findings(joinLines('---', 'title: "open', 'x: y', '---', '# T'), 'front-matter-syntax'), ['4:1 front-matter-syntax']);
  });

  it('fires on front matter that is not a mapping', () => {
    assert.deepStrictEqual(findings(joinLines('---', '- a', '- b', '---'), 'front-matter-syntax'), ['2:1 front-matter-syntax']);
  });

  it('is quiet on valid YAML, and on `---` that only looks like front matter (not closed, or not on line 1)', () => {
    assert.deepStrictEqual(findings(joinLines('---', 'title: ok', '---'), 'front-matter-syntax'), []);
    assert.deepStrictEqual(findings(joinLines('---', 'title: "open'), 'front-matter-syntax'), []);
    assert.deepStrictEqual(findings(joinLines('', '---', 'title: "open', '---'), 'front-matter-syntax'), []);
  });
});
