/**
 * Pandoc citations against the reference: Debian's `pandoc` (2.17), which CI
 * installs (.ci/apt-packages). Each generated document is read by `pandoc`
 * on its own (Pandoc matches a `[` with a `]` blocks away, so documents read
 * together would run into each other), and its `Cite` elements (keys and
 * modes, in Pandoc's order) are compared with what our scanner finds in it
 * (docs/parser.md, "Citations").
 */
import * as assert from 'assert';
import { spawn } from 'child_process';
import { parseMarkdown } from '../../../server/src/core/parse/markdown';
import type { CitationMode } from '../../../server/src/core/parse/citations';
import { citationDoc, type CitationDoc } from '../../support/citationDocs';

const DOCS = 1500;
/** pandoc processes at a time (each takes about 15 ms). */
const PARALLEL = 4;

interface PandocNode {
  t?: string;
  c?: unknown;
}

const MODE: Record<string, CitationMode> = { NormalCitation: 'normal', AuthorInText: 'author-in-text', SuppressAuthor: 'suppress-author' };

/** Every `Cite` under `node`, in document order (a citation's own prefix and suffix are read after it). */
function pandocCites(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const x of node) pandocCites(x, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const n = node as PandocNode;
  if (n.t === 'Cite') {
    const citations = (n.c as unknown[])[0] as Array<{ citationId: string; citationMode: { t: string } }>;
    out.push(citations.map((c) => `${c.citationId}:${MODE[c.citationMode.t]}`).join(', '));
  }
  for (const v of Object.values(n)) pandocCites(v, out);
}

/** Our clusters in Pandoc's order: a note's citations stand where the note is cited (each note is cited once). */
function ourCites(text: string): string[] {
  const md = parseMarkdown(text);
  const at = (offset: number): number => {
    const def = md.defs.find((d) => offset >= d.start && offset < d.end);
    if (!def) return offset;
    const ref = md.refs.find((r) => r.id === def.id);
    return ref ? ref.start + (offset - def.start) / (def.end - def.start + 1) : offset;
  };
  return md.citations
    .map((c) => ({ order: at(c.start), text: c.keys.map((k) => `${k.key}:${k.mode}`).join(', ') }))
    .sort((a, b) => a.order - b.order)
    .map((c) => c.text);
}

/** What `pandoc -f markdown -t json` reads in `text`: its top-level blocks. */
function pandocBlocks(text: string): Promise<PandocNode[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('pandoc', ['-f', 'markdown', '-t', 'json']);
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', (e) => reject(new Error(`pandoc must be installed (.ci/apt-packages): ${e.message}`)));
    child.on('close', (code) => (code === 0 ? resolve((JSON.parse(out) as { blocks: PandocNode[] }).blocks) : reject(new Error(`pandoc failed: ${err}`))));
    child.stdin.end(text);
  });
}

async function inParallel<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return out;
}

describe('Pandoc citations, differential against pandoc 2.17', function () {
  // A guard against a hung pandoc, not a wait: 1,500 pandoc runs took 71-91 s in CI and up to 118 s on a busy
  // 2-core machine, too near a 120 s limit.
  this.timeout(360_000);

  it(`finds the citations pandoc finds, in order, in ${DOCS} generated documents`, async () => {
    const docs: CitationDoc[] = [];
    for (let seed = 1; seed <= DOCS; seed++) docs.push(citationDoc(seed));
    const perDoc = await inParallel(docs, PARALLEL, (d) => pandocBlocks(d.text));
    let compared = 0;
    let cites = 0;
    const differ: string[] = [];
    docs.forEach((doc, i) => {
      // Compared where Pandoc's block structure is GFM's (Pandoc reads `@key.` at a line start as an example list, for one).
      if (perDoc[i].map((b) => b.t).join() !== doc.blocks.join()) return;
      compared++;
      const expected: string[] = [];
      pandocCites(perDoc[i], expected);
      cites += expected.length;
      const actual = ourCites(doc.text);
      if (actual.join(' | ') !== expected.join(' | '))
        differ.push(`${JSON.stringify(doc.text)}\n  pandoc: ${expected.join(' | ')}\n  ours:   ${actual.join(' | ')}`);
    });
    assert.ok(compared >= 1000, `at least 1000 documents compared (${compared} of ${DOCS} have the same blocks in both)`);
    assert.ok(cites >= 3000, `the documents cite (${cites} Cite elements)`);
    assert.deepStrictEqual(differ.slice(0, 5), [], `${differ.length} of ${compared} documents differ`);
  });
});
