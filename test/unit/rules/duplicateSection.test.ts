import * as assert from 'assert';
import { findings, report } from '../../support/helpers';

describe('duplicate-section', () => {
  it('fires on the second heading of the same section, aliases included', () => {
    const text = report('# T', '', '## What is it?', '', 'a', '', '## Why is it important?', '', 'b', '', '## Why it matters', '', 'c');
    assert.deepStrictEqual(findings(text, 'duplicate-section'), ['16:1 duplicate-section']);
  });

  it('is quiet when the same section appears once in each of two entries', () => {
    const text = report(
      '# R',
      '',
      '## A',
      '',
      '### What is it?',
      '',
      'a',
      '',
      '### Why is it important?',
      '',
      'b',
      '',
      '## B',
      '',
      '### What is it?',
      '',
      'a',
      '',
      '### Why is it important?',
      '',
      'b',
    );
    assert.deepStrictEqual(findings(text, 'duplicate-section'), []);
  });
});
