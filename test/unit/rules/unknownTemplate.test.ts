import * as assert from 'assert';
import { configFrom, findings, joinLines } from '../../support/helpers';

describe('unknown-template', () => {
  it('fires on a template that exists neither built in nor in config, at the value', () => {
    assert.deepStrictEqual(findings(joinLines('---', 'template: sigal', '---', '# x'), 'unknown-template'), ['2:11 unknown-template']);
  });

  it('accepts built-in templates and templates from the config', () => {
    assert.deepStrictEqual(findings(joinLines('---', 'template: signal', '---', '# x'), 'unknown-template'), []);
    const config = configFrom('templates:\n  policy-brief:\n    sections: [Summary]\n');
    assert.deepStrictEqual(findings(joinLines('---', 'template: policy-brief', '---', '# x'), 'unknown-template', { config }), []);
  });
});
