import * as assert from 'assert';
import { configFrom, findings, joinLines } from '../../support/helpers';

describe('missing-metadata', () => {
  it('fires on each field the template requires, at line 1', () => {
    assert.deepStrictEqual(findings(joinLines('---', 'template: signal', '---', '# x'), 'missing-metadata'), ['1:1 missing-metadata', '1:1 missing-metadata']);
  });

  it('fires once when there is no front matter and the config names the template', () => {
    const config = configFrom('template: force-of-change');
    assert.deepStrictEqual(findings('# x\n', 'missing-metadata', { config }), ['1:1 missing-metadata']);
  });

  it('is quiet when the fields are there, and without a template', () => {
    assert.deepStrictEqual(findings(joinLines('---', 'template: signal', 'title: T', 'horizon: 2035', '---'), 'missing-metadata'), []);
    assert.deepStrictEqual(findings('# README\n', 'missing-metadata'), []);
  });
});
