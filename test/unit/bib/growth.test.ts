/**
 * Bibliographies are read in linear time, whatever a cloned repository's
 * `.bib` holds: each hostile shape is read (and every title, name and year
 * computed) at two sizes eight times apart, and the larger may cost at most 3
 * times its share of CPU time, as in test/unit/growth.test.ts.
 */
import * as assert from 'assert';
import { parseBibtex } from '../../../server/src/core/bib/bibtex';
import { parseCslJson, parseCslYaml } from '../../../server/src/core/bib/csl';
import type { Bibliography } from '../../../server/src/core/bib/types';

const RATIO = 8;
const ALLOWED = RATIO * 3;
const FLOOR_MS = 100;

function cpuMs(run: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Repeats `unit` to about `size` characters. */
const fill = (unit: string, size: number): string => unit.repeat(Math.max(1, Math.ceil(size / unit.length)));

const SHAPES: Array<{ name: string; build: (size: number) => string; parse?: (text: string) => Bibliography }> = [
  {
    name: 'many ordinary entries',
    build: (n) => fill('@article{k, title = {The {Rise} of \\"Uber Things: A Study}, author = {Smith, J. and Doe, A.}, year = {2020}, doi = {10.1/x}}\n', n),
  },
  { name: 'one title of nested braces', build: (n) => `@book{k, title = {${'{'.repeat(n / 2)}x${'}'.repeat(n / 2)}}}\n` },
  { name: 'one title of unmatched quote marks', build: (n) => `@book{k, title = {${fill('`a "b ‘c “d ', n)}}}\n` },
  { name: 'an unclosed entry, then many entries', build: (n) => `@book{open, title = {never closed\n${fill('@misc{m, title = {x}}\n', n)}` },
  { name: 'at signs and no entries', build: (n) => fill('@ @x @{ @book( ', n) },
  { name: 'string macros joined', build: (n) => `@string{a = {A}}\n@book{k, title = ${fill('a # "b" # ', n)}{c}}\n` },
  { name: 'crossref chains', build: (n) => Array.from({ length: Math.ceil(n / 40) }, (_, i) => `@incollection{c${i}, crossref = {c${i + 1}}}`).join('\n') },
  { name: 'commands and accents', build: (n) => `@book{k, title = {${fill('\\emph{\\"a\\\'{e}} \\unknown{x} $m$ -- \\url{u} ', n)}}}\n` },
  { name: 'one long key', build: (n) => `@book{${'k'.repeat(n)}, title = {x}}\n` },
  { name: 'many unclosed values', build: (n) => fill('@a{k, t={x\n', n) },
  { name: 'many unclosed quoted values', build: (n) => fill('@a{k, t="x\n', n) },
  { name: 'many unclosed comments', build: (n) => fill('@comment{\n', n) },
  { name: 'a chain of accents and commands', build: (n) => `@book{k, title = {${fill('\\"\\textbf', n)} a}}\n` },
  {
    name: 'CSL JSON items',
    build: (n) => `[${fill('{"id": "k", "type": "book", "title": "<i>T</i>", "author": [{"family": "F"}]},', n)}{"id": "z"}]`,
    parse: parseCslJson,
  },
  {
    name: 'CSL YAML references',
    build: (n) => `references:\n${fill('- id: k\n  type: book\n  title: T\n  author:\n  - family: F\n', n)}`,
    parse: (t) => parseCslYaml(t),
  },
];

function reader(shape: (typeof SHAPES)[number], size: number): () => void {
  const text = shape.build(size);
  const parse = shape.parse ?? parseBibtex;
  return () => {
    // Fields read from LaTeX on first use are read here too.
    for (const e of parse(text).entries) void (e.title, e.authors, e.year, e.container, e.publisher);
  };
}

describe('bibliographies: growth on hostile shapes (CPU time, two sizes)', function () {
  this.timeout(300000);
  for (const shape of SHAPES) {
    it(shape.name, () => {
      const small = 64 * 1024;
      const large = small * RATIO;
      reader(shape, 4096)();
      const a = cpuMs(reader(shape, small));
      const b = cpuMs(reader(shape, large));
      if (b < FLOOR_MS) return;
      assert.ok(
        b <= Math.max(a, 1) * ALLOWED,
        `${large} characters took ${b.toFixed(0)} ms, ${small} took ${a.toFixed(0)} ms: ${(b / Math.max(a, 1)).toFixed(1)}×`,
      );
    });
  }
});
