import * as assert from 'assert';
import { findings, report } from '../../support/helpers';

describe('empty-section', () => {
  it('fires on a section followed directly by the next section', () => {
    const text = report('# T', '', '## What is it?', '', '## Why is it important?', '', 'b');
    assert.deepStrictEqual(findings(text, 'empty-section'), ['8:1 empty-section']);
  });

  it('counts an HTML comment alone as empty', () => {
    const text = report('# T', '', '## What is it?', '<!-- TODO -->', '', '## Why is it important?', '', 'b');
    assert.deepStrictEqual(findings(text, 'empty-section'), ['8:1 empty-section']);
  });

  it('is quiet when a subsection (a lower-level heading) holds the content', () => {
    const text = report('# T', '', '## What is it?', '', '### Detail', '', 'x', '', '## Why is it important?', '', 'b');
    assert.deepStrictEqual(findings(text, 'empty-section'), []);
  });
});
