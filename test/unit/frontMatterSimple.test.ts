/** The simple front matter reader agrees with the YAML parser wherever it reads at all (server/src/core/frontMatterSimple.ts). */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { isMap, isScalar, parseDocument, type Node, type Pair } from 'yaml';
import { readSimpleFields } from '../../server/src/core/frontMatterSimple';

/** The fields as the YAML parser gives them (the model's reading of front matter), or undefined when it finds errors. */
function parsed(text: string, base: number): Map<string, unknown> | undefined {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length) return undefined;
  const fields = new Map<string, unknown>();
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return fields;
  if (!isMap(root)) return undefined;
  for (const pair of root.items as Array<Pair<Node, Node>>) {
    const key = String((pair.key as { value: unknown }).value);
    const kr = pair.key.range!;
    const vr = pair.value?.range ?? [kr[1], kr[1], kr[1]];
    if (fields.has(key)) return undefined;
    fields.set(key, {
      key,
      keyStart: base + kr[0],
      keyEnd: base + kr[1],
      valueStart: base + vr[0],
      valueEnd: base + vr[1],
      value: pair.value ? pair.value.toJSON() : null,
    });
  }
  return fields;
}

const pieces = [
  'title',
  'Disruptions on the Horizon',
  'Cities, 2040',
  '2026-11-27',
  '2026',
  '1e3',
  '.5',
  'true',
  'No',
  'null',
  '~',
  'x: y',
  'C#',
  'a #b',
  'http://example.org/x',
  "l'avenir",
  '"quoted"',
  "'single'",
  '-dash',
  '? q',
  '[a, b]',
  '[]',
  '{a: 1}',
  '*ref',
  '&anchor x',
  '!tag x',
  '|',
  '>',
  '@at',
  '%pct',
  'émergence',
  'value ',
  ' lead',
  'tab\there',
  '0x1F',
  '0o17',
  '.inf',
  '[economic, political]',
  '[a,b , c]',
  '[a, [b]]',
  '[a, ]',
  '[ , a]',
  '[http://x, y]',
  '[a:b]',
  '[#x]',
  '😀 emoji',
  'a\u2028b',
  '"a \\" b"',
  '"esc\\n"',
  "'it''s'",
  '"unclosed',
  '"x" trailing',
  "''",
  '""',
  'TRUE',
  'False',
  'tRue',
  '42',
  '007',
  '-3',
  '123456789012345678',
  '"\u0007"',
  '"with: colon # and hash"',
];
const key = fc.constantFrom('title', 'template', 'date', 'steep', 'author', 'True', 'null', 'key-with-dash', '_k', 'tags', '9lives');
const line = fc.oneof(
  fc.tuple(key, fc.constantFrom(...pieces)).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(key, fc.constantFrom(...pieces)).map(([k, v]) => `${k}:  ${v}`),
  key.map((k) => `${k}:`),
  fc.constantFrom('', '  nested: x', '# comment', '- item', '---', 'key: |', '  block'),
);

describe('simple front matter', () => {
  it('gives the YAML parser’s fields, values and offsets, or leaves the text to it', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.boolean(), (lines, eol) => {
        const text = lines.join('\n') + (eol ? '\n' : '');
        const simple = readSimpleFields(text, 7);
        if (simple === undefined) return;
        read++;
        assert.deepStrictEqual(simple, parsed(text, 7), JSON.stringify(text));
      }),
      { numRuns: 6000 },
    );
    assert.ok(read > 600, `the simple reader read ${read} of 6000`);
  });

  it('reads the usual front matter of a report, and leaves the rest to the parser', () => {
    const text = 'title: Sub-national diplomacy\ntemplate: force-of-change\ndate: 2026-11-27\nsteep: [economic, political]\n';
    const fields = readSimpleFields(text, 4)!;
    const at = text.indexOf('steep');
    assert.deepStrictEqual(fields.get('steep'), {
      key: 'steep',
      keyStart: 4 + at,
      keyEnd: 4 + at + 5,
      valueStart: 4 + text.indexOf('['),
      valueEnd: 4 + text.indexOf(']') + 1,
      value: ['economic', 'political'],
    });
    assert.deepStrictEqual(fields, parsed(text, 4));
    assert.deepStrictEqual(
      readSimpleFields('title: "Quoted: yes"\ndraft: false\nweight: 3\n', 0),
      parsed('title: "Quoted: yes"\ndraft: false\nweight: 3\n', 0),
    );
    for (const other of ['title: "Esc\\"aped"\n', 'n: 3.5\n', 'a: x # c\n', 'a:\n  b: c\n', 'a: x\na: y\n', 'a: x\r\nb: y\r\n', 'tags:\n  - a\n'])
      assert.strictEqual(readSimpleFields(other, 0), undefined, other);
  });
});
