import * as assert from 'assert';
import { computeLineStarts } from '../../server/src/core/text/lines';
import { LineIndex } from '../../server/src/features/lineIndex';
import { hover } from '../../server/src/features/hover';
import { analyse } from '../support/features';
import { joinLines } from '../support/helpers';

function index(text: string): LineIndex {
  return new LineIndex(computeLineStarts(text), text);
}

describe('positions and offsets', () => {
  it('a character past the end of its line is the end of the line, before its break, whatever the break', () => {
    for (const br of ['\n', '\r\n', '\r']) {
      const text = `abc${br}${br}de${br}f`;
      const at = index(text);
      const line1 = 3 + br.length;
      const line2 = line1 + br.length;
      assert.strictEqual(at.offsetAt({ line: 0, character: 999 }), 3, JSON.stringify(br));
      assert.strictEqual(at.offsetAt({ line: 1, character: 5 }), line1, 'an empty line');
      assert.strictEqual(at.offsetAt({ line: 2, character: 2 }), line2 + 2);
      assert.strictEqual(at.offsetAt({ line: 2, character: 3 }), line2 + 2);
      assert.strictEqual(at.offsetAt({ line: 3, character: 9 }), text.length, 'the last line has no break');
      assert.strictEqual(at.offsetAt({ line: 9, character: 0 }), text.length);
      assert.strictEqual(at.offsetAt({ line: 0, character: -4 }), 0);
    }
  });

  it('a hover past the end of a line answers for that line, not the next', () => {
    const a = analyse(joinLines('A claim[^1].', '[^1]: Source https://e.org', ''));
    const h = hover(a, { line: 0, character: 999 });
    assert.ok(h === null || (h.range?.start.line === 0 && h.range.end.line === 0), JSON.stringify(h));
  });
});
