/**
 * Bibliographies in `npm run bench` (docs/citations.md): loading a 5,000-entry
 * library as Zotero exports it, and completion of keys with it in scope,
 * in process and over stdio. Pandoc converting the same file is the peer,
 * when it is installed.
 */
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { parseBibtex } from '../server/src/core/bib/bibtex';
import { check } from '../server/src/core/checker';
import { withIndex } from '../server/src/features/analysis';
import { completeAt } from '../server/src/features/completion';
import { defaultConfig } from '../server/src/core/config/config';

const WORDS = [
  'policy',
  'Future',
  'of',
  'Work',
  'the',
  'Cities',
  'and',
  'Governance',
  'Strategic',
  'Foresight',
  '{OECD}',
  'Climate',
  'Migration',
  'in',
  'Canada',
];

/** A library like a Zotero or Better BibTeX export: articles, books and web pages with abstracts, files and keywords. */
export function makeLibrary(entries: number): string {
  const out: string[] = ['@comment{exported for the benchmark}'];
  let seed = 7;
  const r = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const words = (n: number): string => Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
  for (let i = 0; i < entries; i++) {
    const type = ['article', 'book', 'online', 'report', 'incollection'][i % 5];
    out.push(
      `@${type}{author${i}_${words(1).replace(/\W/g, '').toLowerCase()}_${2000 + (i % 25)},\n` +
        `  title = {${words(8)}},\n  author = {Müller, J\\"org and Smith, Ann and {Policy Horizons Canada}},\n` +
        `  journaltitle = {Journal of ${words(2)}},\n  date = {${2000 + (i % 25)}-0${1 + (i % 9)}-1${i % 10}},\n` +
        `  volume = {${i % 40}},\n  pages = {${i}--${i + 20}},\n  doi = {10.1000/bench.${i}},\n  url = {https://example.org/${i}},\n` +
        `  urldate = {2024-02-03},\n  abstract = {${words(60)}},\n  langid = {english},\n  keywords = {foresight, policy},\n` +
        `  file = {/home/user/Zotero/storage/ABCD${i}/paper.pdf}\n}\n`,
    );
  }
  return out.join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export interface BibBench {
  entries: number;
  bytes: number;
  /** First load in this process, and the median of later loads. */
  coldMs: number;
  loadMs: number;
  /** pandoc FILE.bib -t csljson, whole process (the peer), when pandoc is installed. */
  pandocMs?: number;
  /** completeAt after "[@" in process, median; and over stdio (the first request reads the library), p50 of later ones. */
  completionMs: number;
  lspFirstMs: number;
  lspP50Ms: number;
}

export async function bibliographyBench(server: string, entries: number): Promise<BibBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foresight-bench-bib-'));
  try {
    const text = makeLibrary(entries);
    const bibFile = path.join(dir, 'library.bib');
    fs.writeFileSync(bibFile, text);
    let t = process.hrtime.bigint();
    const bib = parseBibtex(text);
    const coldMs = Number(process.hrtime.bigint() - t) / 1e6;
    const loads: number[] = [];
    for (let i = 0; i < 7; i++) {
      t = process.hrtime.bigint();
      parseBibtex(text);
      loads.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    let pandocMs: number | undefined;
    try {
      t = process.hrtime.bigint();
      execFileSync('pandoc', [bibFile, '-t', 'csljson', '-o', path.join(dir, 'out.json')], { stdio: 'ignore' });
      pandocMs = Number(process.hrtime.bigint() - t) / 1e6;
    } catch {
      pandocMs = undefined;
    }
    const report = '---\nbibliography: library.bib\n---\n\n# Report\n\nAs shown [@';
    const config = defaultConfig();
    const options = { config, bibliographies: { defaults: [], load: () => ({ path: bibFile, bibliography: bib }) } };
    const a = withIndex('file:///r.md', 1, check(report, options), config);
    const position = a.index.positionAt(report.length);
    const completions: number[] = [];
    for (let i = 0; i < 9; i++) {
      t = process.hrtime.bigint();
      completeAt(a, position);
      completions.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const reportFile = path.join(dir, 'report.md');
    fs.writeFileSync(reportFile, report);
    const lsp = await lspCompletion(server, URI.file(reportFile).toString(), report, position);
    return {
      entries: bib.entries.length,
      bytes: text.length,
      coldMs,
      loadMs: median(loads),
      pandocMs,
      completionMs: median(completions.slice(1)),
      lspFirstMs: lsp.first,
      lspP50Ms: lsp.p50,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function lspCompletion(
  server: string,
  uri: string,
  text: string,
  position: { line: number; character: number },
): Promise<{ first: number; p50: number }> {
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: 'pipe' });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  try {
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    await conn.sendNotification('initialized', {});
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const ask = async (): Promise<number> => {
      const t = process.hrtime.bigint();
      await conn.sendRequest('textDocument/completion', { textDocument: { uri }, position });
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    const first = await ask();
    const later: number[] = [];
    for (let i = 0; i < 15; i++) later.push(await ask());
    return { first, p50: median(later) };
  } finally {
    conn.dispose();
    child.kill();
  }
}
