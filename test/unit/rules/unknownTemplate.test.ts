import * as assert from 'assert';
import { applyEdits } from '../../../server/src/core/fixes/edits';
import { configFrom, findings, joinLines, problemsOf } from '../../support/helpers';

describe('unknown-template', () => {
  it('fires on a near miss of a template name, with "did you mean" and a fix', () => {
    const text = joinLines('---', 'template: sigal', '---', '# x');
    assert.deepStrictEqual(findings(text, 'unknown-template'), ['2:11 unknown-template']);
    const [p] = problemsOf(text, 'unknown-template');
    assert.strictEqual(p.message, 'Unknown template "sigal". Did you mean "signal"?');
    assert.strictEqual(applyEdits(text, p.fixes![0].edits), joinLines('---', 'template: signal', '---', '# x'));
  });

  it('fires when the headings are sections of a known template, and says which', () => {
    const text = joinLines('---', 'template: post', '---', '# Drones', '', '## What is it?', '', 'x', '', '## Why is it important?', '', 'y');
    const [p] = problemsOf(text, 'unknown-template');
    assert.strictEqual(
      p.message,
      'Unknown template "post". Its headings ("What is it?", "Why is it important?") are sections of the template "force-of-change".',
    );
  });

  it('fires on any unknown name where a .foresight.yml applies', () => {
    const config = configFrom('rules: {}');
    assert.deepStrictEqual(findings(joinLines('---', 'template: post', '---', '# x'), 'unknown-template', { config }), ['2:11 unknown-template']);
  });

  it("is quiet on a site generator's layout key in a file that is not a report", () => {
    for (const v of ['post', 'page', 'review-article.html']) {
      assert.deepStrictEqual(findings(joinLines('---', `template: ${v}`, '---', '# x', '', '## Background'), 'unknown-template'), [], v);
    }
  });

  it('accepts built-in templates and templates from the config', () => {
    assert.deepStrictEqual(findings(joinLines('---', 'template: signal', '---', '# x'), 'unknown-template'), []);
    const config = configFrom('templates:\n  policy-brief:\n    sections: [Summary]\n');
    assert.deepStrictEqual(findings(joinLines('---', 'template: policy-brief', '---', '# x'), 'unknown-template', { config }), []);
  });
});
