import * as assert from 'assert';
import { applyEdits } from '../../../server/src/core/fixes/edits';
import { findings, problemsOf, report } from '../../support/helpers';

describe('section-order', () => {
  it('fires on the first section out of template order', () => {
    const text = report('# T', '', '## Why is it important?', '', 'b', '', '## What is it?', '', 'a');
    assert.deepStrictEqual(findings(text, 'section-order'), ['12:1 section-order']);
  });

  it('is quiet in template order, with optional sections anywhere', () => {
    const text = report('# T', '', '## What is it?', '', 'a', '', '## Implications', '', 'i', '', '## Why is it important?', '', 'b');
    assert.deepStrictEqual(findings(text, 'section-order'), []);
  });

  it('offers a fix that moves the section into place and changes nothing else', () => {
    const text = report('# T', '', '## Why is it important?', '', 'b', '', '## What is it?', '', 'a');
    const fixed = applyEdits(text, problemsOf(text, 'section-order')[0].fixes![0].edits);
    assert.deepStrictEqual(findings(fixed, 'section-order'), []);
    assert.ok(fixed.includes('## What is it?\n\na\n\n## Why is it important?\n\nb'), fixed);
  });
});
