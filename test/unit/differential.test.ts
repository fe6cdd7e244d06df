import * as assert from 'assert';
import { parseMarkdown } from '../../server/src/core/parse/markdown';
import { generateDocument, rng } from '../support/generate';
import { loadReference, type RefFacts } from '../support/reference';

function ours(text: string): RefFacts {
  const md = parseMarkdown(text);
  return {
    refs: md.refs.map((r) => `${r.start}:${r.id}`).sort(),
    defs: md.defs.map((d) => `${d.start}:${d.id}`).sort(),
    undefinedRefs: md.undefinedRefs.map((r) => `${r.start}:${r.id}`).sort(),
  };
}

/** The findings the rules derive from those facts. */
function findings(f: RefFacts): { undefined: string[]; unused: string[]; duplicate: string[] } {
  const id = (s: string): string => s.slice(s.indexOf(':') + 1);
  const used = new Set(f.refs.map(id));
  const seen = new Set<string>();
  const duplicate: string[] = [];
  for (const d of [...f.defs].sort((a, b) => parseInt(a) - parseInt(b))) {
    if (seen.has(id(d))) duplicate.push(d);
    seen.add(id(d));
  }
  return { undefined: f.undefinedRefs, unused: f.defs.filter((d) => !used.has(id(d))), duplicate };
}

describe('differential: footnotes agree with micromark (GFM reference)', function () {
  this.timeout(120000);
  const SEED = 20261127;
  const COUNT = 5000;

  it(`agrees on ${COUNT} generated edge-case documents (seed ${SEED})`, async () => {
    const reference = await loadReference();
    const r = rng(SEED);
    const failures: string[] = [];
    let refsSeen = 0;
    for (let k = 0; k < COUNT; k++) {
      const doc = generateDocument(r);
      const expected = reference(doc);
      const actual = ours(doc);
      refsSeen += expected.refs.length + expected.undefinedRefs.length;
      try {
        assert.deepStrictEqual(actual, expected);
        assert.deepStrictEqual(findings(actual), findings(expected));
      } catch {
        failures.push(`#${k} ${JSON.stringify(doc)}\n  expected ${JSON.stringify(expected)}\n  actual   ${JSON.stringify(actual)}`);
      }
    }
    assert.ok(refsSeen > COUNT / 2, `the generator should produce references (saw ${refsSeen})`);
    assert.strictEqual(failures.length, 0, `${failures.length}/${COUNT} disagree:\n${failures.slice(0, 8).join('\n')}`);
  });
});
