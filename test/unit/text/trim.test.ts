import * as assert from 'assert';
import * as fc from 'fast-check';
import { collapseWhitespace, joinLineBreaks, trimEndChars } from '../../../server/src/core/text/trim';

// Texts made of the characters these helpers care about, plus others, so that runs and edges are common.
const text = fc.stringOf(fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\ufeff', '.', '?', ':', '#', '/', 'a', 'é', '[', '\u{1F600}'), {
  maxLength: 40,
});

describe('trimming without regular expressions (linear on long runs)', () => {
  it('trimEndChars removes what /[chars]+$/ removes', () => {
    fc.assert(
      fc.property(text, (s) => {
        assert.strictEqual(trimEndChars(s, '?:. '), s.replace(/[?:. ]+$/, ''));
        assert.strictEqual(trimEndChars(s, '/#'), s.replace(/[/#]+$/, ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('joinLineBreaks replaces what /[ \\t]*\\n[ \\t]*/g replaces', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(' ', '\n', ''), (s, sep) => {
        assert.strictEqual(joinLineBreaks(s, sep), s.replace(/[ \t]*\n[ \t]*/g, sep));
      }),
      { numRuns: 2000 },
    );
  });

  it('collapseWhitespace does what replacing /\\s+/g with a space does, and returns the same string when nothing changes', () => {
    fc.assert(
      fc.property(text, (s) => {
        assert.strictEqual(collapseWhitespace(s), s.replace(/\s+/g, ' '));
      }),
      { numRuns: 2000 },
    );
    const plain = 'one two three';
    assert.strictEqual(collapseWhitespace(plain), plain);
    assert.strictEqual(collapseWhitespace('\u3000a\u2028b  '), ' a b ');
  });
});
