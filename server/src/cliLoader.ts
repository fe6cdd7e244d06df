/**
 * `dist/cli.js`: starts the CLI bundle (`dist/cli-main.js`) from V8's code cache when one is there
 * (`dist/cli-main.cache`, written at build time after a run over the examples, so that it also holds the
 * functions a run compiles). Compiling the 1 MB bundle is most of a short run's start-up (BENCHMARKS.md,
 * "Whole process"). A cache made by another Node version, or none, is simply not used: V8 then compiles
 * the source as Node would. Nothing else differs from loading the bundle with `require`.
 */
import * as fs from 'fs';
import Module from 'module';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { WORKER_THREAD_ARGUMENT } from './cliThreads';

interface CliModule {
  main(argv?: string[]): Promise<void>;
  workerMain(): Promise<void>;
  runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
}

const BUNDLE = path.join(__dirname, 'cli-main.js');
const CACHE = path.join(__dirname, 'cli-main.cache');

type Internals = { wrap(source: string): string; _nodeModulePaths(dir: string): string[] };

/**
 * The build id the build appends to the bundle (`// build:ID`, a hash of its text: scripts/bundle.mjs) and writes
 * before the cache data: V8 accepts a cache for any source of the same length, so a cache is used only with the
 * very build it was made from.
 */
function buildId(source: string): string | undefined {
  return /\/\/ build:([0-9a-f]{16})\n?$/.exec(source.slice(-40))?.[1];
}

function readCache(source: string): Buffer | undefined {
  const id = buildId(source);
  if (!id) return undefined;
  try {
    const file = fs.readFileSync(CACHE);
    return file.length > 16 && file.toString('latin1', 0, 16) === id ? file.subarray(16) : undefined;
  } catch {
    return undefined;
  }
}

function load(purpose: 'run' | 'make-cache' = 'run'): { cli: CliModule; script: vm.Script; cached: boolean } {
  const source = fs.readFileSync(BUNDLE, 'utf8');
  const cachedData = purpose === 'run' ? readCache(source) : undefined;
  const internals = Module as unknown as Internals;
  // The note classifier's regular expressions are compiled once to machine code rather than first to bytecode and
  // again on their second use: a one-page run spends a quarter less time (BENCHMARKS.md, "Whole process"). Set
  // before the cache is read and made alike: V8 accepts a cache only under the flags it was made with. Only in the
  // main thread, before any other runs: flags are the process's, and changing them under running threads can crash it.
  if (!inWorkerThread()) v8.setFlagsFromString('--no-regexp-tier-up');
  const script = new vm.Script(internals.wrap(source), { filename: BUNDLE, cachedData });
  const mod = new Module(BUNDLE, module);
  mod.filename = BUNDLE;
  mod.paths = internals._nodeModulePaths(__dirname);
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(mod.exports, mod.exports, (id: string) => mod.require(id), mod, BUNDLE, __dirname);
  return { cli: mod.exports as CliModule, script, cached: cachedData !== undefined };
}

/** The build's last step: a run over `folder` (its output dropped), then the code cache of everything it compiled. */
export async function writeCodeCache(folder: string): Promise<number> {
  fs.rmSync(CACHE, { force: true });
  const { cli, script } = load('make-cache');
  await cli.runCli(['--no-config', folder]);
  await cli.runCli(['--format', 'json', '--code-frame', folder]);
  const id = buildId(fs.readFileSync(BUNDLE, 'utf8'));
  if (!id) throw new Error(`${BUNDLE} has no build id`);
  const data = script.createCachedData();
  fs.writeFileSync(CACHE, Buffer.concat([Buffer.from(id, 'latin1'), data]));
  return data.length;
}

/** Whether the bundle starts from the code cache: `used`, `rejected` (by V8), or `none` (no cache for this very bundle). */
export function cacheState(): 'used' | 'rejected' | 'none' {
  const { script, cached } = load();
  return !cached ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
}

/** Whether this is a worker thread of a parallel run: started with its argument (cli.ts), and not the main thread. */
function inWorkerThread(): boolean {
  if (process.argv[2] !== WORKER_THREAD_ARGUMENT) return false;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when a thread says it is a worker
  const { isMainThread, workerData } = require('worker_threads') as typeof import('worker_threads');
  return !isMainThread && (workerData as { foresightLint?: boolean } | null)?.foresightLint === true;
}

if (inWorkerThread()) void load().cli.workerMain();
else if (require.main === module) void load().cli.main();
