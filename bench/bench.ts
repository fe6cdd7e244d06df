/**
 * `npm run bench`: speed of the checker against peers in the same run, and
 * of the language server over stdio. Writes BENCHMARKS.md. Benchmarks are not
 * tests: nothing here fails a build.
 */
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { check } from '../server/src/core/checker';
import { LinkCache } from '../server/src/core/links/cache';
import { LinkChecker } from '../server/src/core/links/checker';
import { requestOnce } from '../server/src/core/links/http';
import { startLinkServer } from '../test/support/linkServer';
import { makeReport } from './corpus';
import { bibliographyBench } from './bibliography';
import { cliBench } from './cli';

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const QUICK = process.argv.includes('--quick');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const dynamicImport = new Function('s', 'return import(s)') as (s: string) => Promise<Any>;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

function time(fn: () => unknown, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(samples);
}

interface Row {
  size: string;
  bytes: number;
  ours: number;
  markdownlint?: number;
  markdownIt: number;
  micromark?: number;
}

async function inProcess(sizes: Array<[string, number]>): Promise<Row[]> {
  const markdownlint = await dynamicImport('markdownlint/sync');
  const MarkdownIt = (await dynamicImport('markdown-it')).default;
  const { fromMarkdown } = await dynamicImport('mdast-util-from-markdown');
  const { gfm } = await dynamicImport('micromark-extension-gfm');
  const { gfmFootnoteFromMarkdown } = await dynamicImport('mdast-util-gfm-footnote');
  const md = new MarkdownIt();
  const rows: Row[] = [];
  for (const [label, bytes] of sizes) {
    const text = makeReport(bytes);
    const runs = bytes > 2e6 ? 7 : bytes > 5e5 ? 9 : 15;
    const row: Row = { size: label, bytes: text.length, ours: time(() => check(text), runs), markdownIt: time(() => md.parse(text, {}), runs) };
    // The peers are slow on big inputs: fewer runs, and micromark not at all past 1 MB (1.6 GB RSS at 5 MB).
    row.markdownlint = time(() => markdownlint.lint({ strings: { r: text } }), bytes > 2e6 ? 1 : runs, bytes > 2e6 ? 0 : 1);
    if (bytes <= 1.1e6)
      row.micromark = time(() => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFootnoteFromMarkdown()] }), bytes > 5e5 ? 2 : runs, 1);
    rows.push(row);
    process.stdout.write(
      `  ${label}: ours ${row.ours.toFixed(1)} ms, markdownlint ${row.markdownlint?.toFixed(1)} ms, markdown-it ${row.markdownIt.toFixed(1)} ms, micromark ${row.micromark?.toFixed(1) ?? '-'} ms\n`,
    );
  }
  return rows;
}

/** Peak RSS of a fresh process that checks one report. */
function peakRss(bytes: number): number {
  const file = path.join(os.tmpdir(), `fs-bench-${bytes}.md`);
  fs.writeFileSync(file, makeReport(bytes));
  const out = execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--format', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 30 }).length;
  void out;
  const script = `const r=require(${JSON.stringify(path.join(ROOT, 'out', 'bench', 'rss.js'))}); r.run(${JSON.stringify(file)});`;
  const rss = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return Number(rss.trim());
}

async function lspLatency(bytes: number, edits: number): Promise<{ p50: number; p95: number }> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map<number, (t: bigint) => void>();
  const uri = URI.file(path.join(os.tmpdir(), `bench-${bytes}.md`)).toString();
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    if (p.uri === uri && p.version !== undefined) waiting.get(p.version)?.(process.hrtime.bigint());
  });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ maxLiveSize: 20 * 1024 * 1024 })));
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  await conn.sendNotification('initialized', {});
  const text = makeReport(bytes);
  const line = text.split('\n').findIndex((l) => l.startsWith('### What is it?')) + 2;
  const wait = (version: number): Promise<bigint> => new Promise((resolve) => waiting.set(version, resolve));
  let version = 1;
  let done = wait(version);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  await done;
  const samples: number[] = [];
  for (let i = 0; i < edits; i++) {
    version++;
    done = wait(version);
    const start = process.hrtime.bigint();
    const insert = i % 2 === 0;
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: insert ? 0 : 1 } }, text: insert ? 'x' : '' }],
    });
    const end = await done;
    samples.push(Number(end - start) / 1e6);
    await new Promise((r) => setTimeout(r, 30)); // a typist's pause
  }
  conn.dispose();
  child.kill();
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function workspaceDiagnostics(count: number): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-bench-ws-'));
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `report-${i}.md`), makeReport(3000, i + 7));
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const seen = new Set<string>();
  let resolveAll: (t: bigint) => void = () => undefined;
  const all = new Promise<bigint>((r) => (resolveAll = r));
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => {
    seen.add(p.uri);
    if (seen.size === count) resolveAll(process.hrtime.bigint());
  });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  const start = process.hrtime.bigint();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: URI.file(dir).toString(),
    workspaceFolders: [{ uri: URI.file(dir).toString(), name: 'ws' }],
    capabilities: { workspace: { configuration: true } },
  });
  await conn.sendNotification('initialized', {});
  const end = await all;
  conn.dispose();
  child.kill();
  fs.rmSync(dir, { recursive: true, force: true });
  return Number(end - start) / 1e6;
}

interface LinkBench {
  urls: number;
  hosts: number;
  latencyMs: number;
  ours: number;
  cached: number;
  serial: number;
  unbounded: number;
  peak: number;
  peakPerHost: number;
}

/** The link check against a local server that answers after a fixed latency, and two naive peers. */
async function linkBench(hosts: number, perHost: number, latencyMs: number): Promise<LinkBench> {
  const server = await startLinkServer(Array.from({ length: hosts }, (_, i) => i + 1));
  const urls: string[] = [];
  for (let h = 1; h <= hosts; h++) for (let i = 0; i < perHost; i++) urls.push(server.url(`/slow?ms=${latencyMs}&i=${i}`, h));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-bench-links-'));
  const timed = async (fn: () => Promise<unknown>): Promise<number> => {
    const t = process.hrtime.bigint();
    await fn();
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  try {
    const cache = new LinkCache(dir);
    const checker = new LinkChecker({ allowPrivate: true, cache });
    server.reset();
    const ours = await timed(() => Promise.all(urls.map((u) => checker.check(u))));
    const peak = server.peak;
    const peakPerHost = Math.max(...server.peakPerHost.values());
    cache.save();
    const cached = await timed(() => {
      const second = new LinkChecker({ allowPrivate: true, cache: new LinkCache(dir) }); // reads links.json once, as a new process would
      return Promise.all(urls.map((u) => second.check(u)));
    });
    const options = { timeoutMs: 10000, userAgent: 'bench', allowAddress: () => true };
    const serial = await timed(async () => {
      for (const u of urls) await requestOnce(new URL(u), 'HEAD', options);
    });
    const unbounded = await timed(() => Promise.all(urls.map((u) => requestOnce(new URL(u), 'HEAD', options))));
    return { urls: urls.length, hosts, latencyMs, ours, cached, serial, unbounded, peak, peakPerHost };
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(SERVER)) throw new Error('run npm run build first');
  const sizes: Array<[string, number]> = QUICK
    ? [
        ['10 KB', 10e3],
        ['100 KB', 100e3],
        ['1 MB', 1e6],
      ]
    : [
        ['10 KB', 10e3],
        ['100 KB', 100e3],
        ['1 MB', 1e6],
        ['5 MB', 5e6],
      ];
  process.stdout.write('In-process medians after warm-up:\n');
  const rows = await inProcess(sizes);
  process.stdout.write('Edit to diagnostics over stdio:\n');
  const lsp100 = await lspLatency(100e3, QUICK ? 20 : 60);
  process.stdout.write(`  100 KB: p50 ${lsp100.p50.toFixed(1)} ms, p95 ${lsp100.p95.toFixed(1)} ms\n`);
  const lsp1m = await lspLatency(1e6, QUICK ? 10 : 30);
  process.stdout.write(`  1 MB: p50 ${lsp1m.p50.toFixed(1)} ms, p95 ${lsp1m.p95.toFixed(1)} ms\n`);
  const ws = await workspaceDiagnostics(1000);
  process.stdout.write(`Workspace of 1000 reports: ${ws.toFixed(0)} ms to all diagnostics\n`);
  const rss = QUICK ? peakRss(1e6) : peakRss(5e6);
  process.stdout.write(`Peak RSS checking the ${QUICK ? '1' : '5'} MB report: ${(rss / 1048576).toFixed(0)} MB\n`);

  const links = await linkBench(4, QUICK ? 25 : 50, 100);
  process.stdout.write(
    `Link check, ${links.urls} URLs on ${links.hosts} hosts at ${links.latencyMs} ms: ${links.ours.toFixed(0)} ms (cached ${links.cached.toFixed(0)} ms; serial ${links.serial.toFixed(0)} ms; unbounded ${links.unbounded.toFixed(0)} ms)\n`,
  );

  const bib = await bibliographyBench(SERVER, 5000);
  process.stdout.write(
    `Bibliography of ${bib.entries} entries (${(bib.bytes / 1048576).toFixed(1)} MB): load ${bib.loadMs.toFixed(0)} ms (first ${bib.coldMs.toFixed(0)} ms; pandoc ${bib.pandocMs?.toFixed(0) ?? '-'} ms); completion ${bib.completionMs.toFixed(1)} ms in process, over stdio first ${bib.lspFirstMs.toFixed(0)} ms, p50 ${bib.lspP50Ms.toFixed(1)} ms\n`,
  );

  process.stdout.write('Whole process, CLI vs markdownlint-cli2:\n');
  const cli = cliBench(ROOT, QUICK);
  process.stdout.write(
    `  node -e 0 ${cli.nodeBare.toFixed(0)} ms; page ${cli.page.ours.toFixed(0)} vs ${cli.page.peer.toFixed(0)} ms; 1 MB ${cli.oneMb.ours.toFixed(0)} vs ${cli.oneMb.peer.toFixed(0)} ms; ${cli.folder.files} reports ${cli.folder.ours.toFixed(0)} (--jobs auto ${cli.folder.oursAuto.toFixed(0)}) vs ${cli.folder.peer.toFixed(0)} ms; two checking processes at once take ${cli.parallelGain.toFixed(2)}× one\n`,
  );

  const mbps = (bytes: number, ms: number): string => (bytes / 1048576 / (ms / 1000)).toFixed(1);
  const one = rows.find((r) => r.size === '1 MB')!;
  const five = rows.find((r) => r.size === '5 MB');
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}, ${os.platform()} ${os.release()}.`,
    'Peers run in the same process on the same generated reports (realistic force-of-change reports: entries, "What is it?"/"Why is it important?" sections, thousands of notes, code blocks holding fake `[^x]`, links, tables). Medians after warm-up.',
    '',
    `Versions: markdownlint 0.40.0 (default rules), markdown-it ${(await dynamicImport('markdown-it/package.json').catch(() => ({ default: { version: '14' } }))).default?.version ?? '14'} (bare parse), micromark 4 + mdast-util-from-markdown 2 with micromark-extension-gfm 3 and mdast-util-gfm-footnote 2.`,
    '',
    '| report | ours: full check | MB/s | markdownlint | ratio | markdown-it parse | ratio | micromark/mdast + GFM | ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.size} (${(r.bytes / 1024).toFixed(0)} KiB) | ${r.ours.toFixed(1)} ms | ${mbps(r.bytes, r.ours)} | ${r.markdownlint?.toFixed(1) ?? '-'} ms | ${r.markdownlint ? (r.ours / r.markdownlint).toFixed(3) : '-'}× | ${r.markdownIt.toFixed(1)} ms | ${(r.ours / r.markdownIt).toFixed(2)}× | ${r.micromark?.toFixed(1) ?? 'not run'}${r.micromark ? ' ms' : ''} | ${r.micromark ? (r.ours / r.micromark).toFixed(3) + '×' : '-'} |`,
    ),
    '',
    'Ratios are ours ÷ peer (lower is better for us).',
    '',
    '| measure | result | target |',
    '| --- | ---: | ---: |',
    `| full check of 1 MB vs markdownlint | ${(one.ours / (one.markdownlint ?? NaN)).toFixed(3)}× | ≤ 0.1× |`,
    `| full check of 1 MB vs markdown-it bare parse | ${(one.ours / one.markdownIt).toFixed(2)}× | ≤ 1.5× |`,
    five ? `| 5 MB time ÷ 1 MB time (linearity) | ${(five.ours / one.ours).toFixed(2)}× | ≤ 6× |` : '| 5 MB ÷ 1 MB | (quick run) | ≤ 6× |',
    `| edit → diagnostics, 100 KB (p50 / p95) | ${lsp100.p50.toFixed(1)} / ${lsp100.p95.toFixed(1)} ms | p50 ≤ 50 ms |`,
    `| edit → diagnostics, 1 MB (p50 / p95) | ${lsp1m.p50.toFixed(1)} / ${lsp1m.p95.toFixed(1)} ms | p50 ≤ 250 ms |`,
    `| workspace diagnostics, 1000 reports | ${ws.toFixed(0)} ms | ≤ 2000 ms |`,
    `| peak RSS, checking the ${QUICK ? '1' : '5'} MB report | ${(rss / 1048576).toFixed(0)} MB | ≤ 250 MB |`,
    `| load a ${bib.entries}-entry .bib (${(bib.bytes / 1048576).toFixed(1)} MB; median, first load ${bib.coldMs.toFixed(0)} ms) | ${bib.loadMs.toFixed(0)} ms | ≤ 200 ms |`,
    `| key completion with it, over stdio (p50; the first request, which reads the file: ${bib.lspFirstMs.toFixed(0)} ms) | ${bib.lspP50Ms.toFixed(1)} ms | ≤ 50 ms |`,
    `| CLI, one-page report, above bare \`node -e 0\` (${cli.nodeBare.toFixed(0)} ms) | ${(cli.page.ours - cli.nodeBare).toFixed(0)} ms | ≤ 25 ms |`,
    `| CLI, 1 MB report, whole process vs markdownlint-cli2 | ${(cli.oneMb.ours / cli.oneMb.peer).toFixed(3)}× | ≤ 0.1× |`,
    `| CLI, ${cli.folder.files}-report folder, whole process vs markdownlint-cli2 | ${(cli.folder.ours / cli.folder.peer).toFixed(3)}× | ≤ 0.1× |`,
    '',
    `Bibliography: a generated library shaped like a Zotero export (abstracts, files, keywords, dates), read by the BibTeX reader; peer in the same run: \`pandoc FILE.bib -t csljson\`, whole process, ${bib.pandocMs === undefined ? 'not installed here' : `${bib.pandocMs.toFixed(0)} ms`}. Completion after \`[@\` in process: ${bib.completionMs.toFixed(1)} ms (median).`,
    '',
    'Edit to diagnostics: the real server over stdio (`dist/server.js --stdio`); one character inserted or deleted in a paragraph, then the time until `publishDiagnostics` for that version arrives, with a 30 ms pause between edits. Workspace: from `initialize` until diagnostics for all 1000 closed reports (about 3 KB each) have been published. Peak RSS: a fresh Node process that reads and checks the report (`process.resourceUsage().maxRSS`).',
    '',
    '## Whole process (CLI)',
    '',
    `What a CI job or a pre-commit hook waits for: \`node dist/cli.js FILE\` against markdownlint-cli2 0.22.1 (default rules, no config) on the same files, start-up included; runs interleaved, median wall time.${process.env.NODE_EXTRA_CA_CERTS ? ' This machine sets NODE_EXTRA_CA_CERTS, which adds the same start-up to every Node process.' : ''}`,
    '',
    '| input | ours | markdownlint-cli2 | ratio |',
    '| --- | ---: | ---: | ---: |',
    `| bare \`node -e 0\` | ${cli.nodeBare.toFixed(0)} ms | | |`,
    `| one-page report (${(cli.page.bytes / 1024).toFixed(1)} KiB) | ${cli.page.ours.toFixed(0)} ms | ${cli.page.peer.toFixed(0)} ms | ${(cli.page.ours / cli.page.peer).toFixed(3)}× |`,
    `| 1 MB report (${(cli.oneMb.bytes / 1024).toFixed(0)} KiB) | ${cli.oneMb.ours.toFixed(0)} ms | ${cli.oneMb.peer.toFixed(0)} ms | ${(cli.oneMb.ours / cli.oneMb.peer).toFixed(3)}× |`,
    `| ${cli.folder.files} reports (${(cli.folder.bytes / 1048576).toFixed(1)} MB) | ${cli.folder.ours.toFixed(0)} ms | ${cli.folder.peer.toFixed(0)} ms | ${(cli.folder.ours / cli.folder.peer).toFixed(3)}× |`,
    `| the same, \`--jobs auto\` (${os.availableParallelism()} threads) | ${cli.folder.oursAuto.toFixed(0)} ms | | ${(cli.folder.oursAuto / cli.folder.peer).toFixed(3)}× |`,
    '',
    `Start-up: \`dist/cli.js\` runs the bundle from V8's code cache made at build time, with the built-in templates read at build time and the link checker's modules loaded only when links are checked. Patterns with property classes (\`\\p{L}\`, \`\\p{P}\` …) are made when first used, not at load: V8 builds each class from ICU when a RegExp is made (about a tenth of a millisecond each). Output to a file, a pipe or the null device is written to its descriptor, without making \`process.stdout\` and loading the stream modules behind it, and the main thread does not load the worker API (cachegrind, the one-page run: 821 M instructions before these two, 777 M after, bare Node 502 M). A run of less than 64 KB of Markdown in its own process turns V8's regular-expression optimisations (quick checks, Boyer-Moore look-ahead) and its optimising compiler off once it knows its files: on a page, compiling the optimised code of the patterns and of the functions that get hot costs more than it saves (cachegrind, the one-page run: 970 M instructions, bare Node about 505 M, before these and the letter classes below were narrowed further, 805 M after). The note classifier's patterns are compiled straight to machine code (\`--no-regexp-tier-up\`), and a note whose letters are all in Latin-1 is read with narrow versions of them: letter classes (\`\\p{L}\`, \`\\p{Lu}\`, \`\\p{Ll}\`) cut to their Latin-1 members and, for patterns that are Latin themselves, no \`u\` flag. V8 compiles those several times faster, and they find exactly what the patterns as written find in such text (\`server/src/core/text/letters.ts\`; tested on every note of the repository and on generated ones). Threads (\`--jobs N\`, or \`auto\`: one per core when there is 1 MB of Markdown in 8 files or more) share the files between the main thread and worker threads; the default is one thread. On this machine two processes each checking half the folder at once take ${cli.parallelGain.toFixed(2)}× the time of one checking one half (2× would mean the second core gives nothing to checking; 1× a full second core): what threads can gain here.`,
    '',
    '## Link check (opt-in `dead-link`)',
    '',
    `${links.urls} distinct URLs on ${links.hosts} local hosts (127.0.0.1-${links.hosts}), each answering after ${links.latencyMs} ms. Ours: HEAD per URL, at most 2 per host and 8 in all. Peers in the same run: a naive serial checker (one HEAD after another) and an impolite one (every HEAD at once).`,
    '',
    '| checker | time | peak concurrent requests |',
    '| --- | ---: | ---: |',
    `| ours, cold cache | ${links.ours.toFixed(0)} ms | ${links.peak} in all, ${links.peakPerHost} per host |`,
    `| ours, second run (disk cache, new process state) | ${links.cached.toFixed(1)} ms | 0 (no requests) |`,
    `| naive serial | ${links.serial.toFixed(0)} ms | 1 |`,
    `| unbounded | ${links.unbounded.toFixed(0)} ms | ${links.urls} |`,
    '',
    `Lower bound with the politeness limits: ${links.urls} ÷ ${Math.min(8, 2 * links.hosts)} × ${links.latencyMs} ms = ${((links.urls / Math.min(8, 2 * links.hosts)) * links.latencyMs).toFixed(0)} ms. In the editor the check runs in the background: diagnostics without link results are published at once and again when results arrive (test/protocol/links.test.ts).`,
    '',
    'Reproduce: `npm ci && npm run build && npm run bench` (`npm run bench -- --quick` skips the 5 MB report).',
    '',
  ];
  fs.writeFileSync(path.join(ROOT, QUICK ? 'BENCHMARKS.quick.md' : 'BENCHMARKS.md'), lines.join('\n'));
  process.stdout.write(`Wrote ${QUICK ? 'BENCHMARKS.quick.md' : 'BENCHMARKS.md'}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack}\n`);
  process.exitCode = 1;
});
