import * as assert from 'assert';
import { diagnostics } from '../../server/src/features/diagnostics';
import { analyse } from '../support/features';
import { report } from '../support/helpers';

describe('diagnostics', () => {
  it("name their rule, the source foresight, the rule's severity and a link to its documentation, at the problem's line and column", () => {
    const [d] = diagnostics(analyse(report('# Entry', '', '## What is it?', '', 'A claim.'))).filter((x) => x.code === 'missing-section');
    assert.strictEqual(d.source, 'foresight');
    assert.strictEqual(d.severity, 1);
    assert.match(d.codeDescription!.href, /docs\/rules\.md#missing-section$/);
    assert.deepStrictEqual(d.range.start, { line: 5, character: 0 });
  });
});
