/**
 * `foresight-lint`: the command line front end over the core (README, "Command line": options and exit codes).
 * Wiring only: argument parsing, file discovery, output formats, exit codes.
 */
import { VERSION } from './version';
import { unifiedDiff } from './unifiedDiff';
import { codeFrame, formatCodeclimate, formatGithub, formatJunit, formatText, summaryLine, type TextOptions } from './cliFormats';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import * as v8 from 'v8';
import { WORKER_THREAD_ARGUMENT } from './cliThreads';
import { URI } from 'vscode-uri';
import type { CheckResult } from './core/checker';
import { defaultCacheDir, DEFAULT_MAX_AGE_MS } from './core/links/cache';
import { computeLineStarts, positionAt } from './core/text/lines';
import { rules } from './core/rules';
import { ruleDocUrl } from './core/rules/rule';
import type { Problem, Severity, SeveritySetting } from './core/types';
import { ruleCodes } from './core/rules/codes';
import type { LinkRun } from './features/linkService';
import type { ConfigFile } from './io/configFiles';
import { isReportFileName } from './io/reportFiles';
import { walkFiles } from './io/walk';
import { globRegExp, ignoreMatcher } from './core/config/ignore';
import { isValidUtf8, writeFileSafely } from './io/writeFile';
import { LanguageService, type CheckFailure, type PreparedFile } from './service';
import { ENGLISH, localeFromEnvironment, messagesFor, wordProblem, type MessageKey, type Messages } from './core/messages';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

interface OutputRow {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
}

const USAGE = `Usage: foresight-lint [options] PATH...

Checks foresight reports (Markdown): required sections per template, footnotes and sources.

PATH            files, folders (searched for *.md, *.markdown, *.qmd and *.Rmd, skipping node_modules and dot-folders) or globs
--format F      text (default: grouped and coloured in a terminal, one line per finding when piped; NO_COLOR and
                FORCE_COLOR honoured), json, sarif, github (annotations), junit or codeclimate (GitLab Code Quality)
--rule CODE:SEVERITY  set a rule's severity (off, hint, info, warning, error) over the config; repeatable
--no-config     ignore .foresight.yml files: the defaults apply (and no file is a report unless it names a template)
--stdin         check the text on standard input (with --stdin-filename NAME: as that file, for its config and in the output)
--ignore GLOB   skip the files it matches (relative to the current folder; a folder skips all under it); repeatable
--print-config FILE  print the configuration that applies to FILE (JSON), and check nothing
--quiet         report errors only
--max-warnings N  exit 1 when there are more than N warnings (errors always do)
--config FILE   use this config instead of the nearest .foresight.yml
--template NAME check every file against this template (front matter still wins)
--fix           apply the safe fixes in place (link artifacts, footnote renumbering, addresses that take in a call)
--fix-dry-run   print what --fix would change as a unified diff (for git apply), and change nothing
--code-frame    show the source line under each finding, with carets under the span
--check-links   check that the notes' source URLs and DOIs answer (rule dead-link; network)
--no-cache      with --check-links: neither read nor write the link results cache
--cache-max-age S  reuse cached link results up to S seconds old (default 86400)
--allow-private-addresses  let --check-links contact loopback/private/link-local hosts
--jobs N|auto   check in N threads (default 1; auto: one per core, for 1 MB or more of Markdown in 8 files or more)
--timeout S     give up on a file after S seconds (default 120): it is reported, the others are checked
--locale L      the language of the findings: en or fr (fr-CA, fr_FR.UTF-8…; any other: English); by default
                from LC_ALL, LC_MESSAGES or LANG
--help          show this help
--version       show the version

Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 bad usage, unreadable input or broken config.`;

interface CliValues {
  format?: string;
  config?: string;
  template?: string;
  fix?: boolean;
  help?: boolean;
  version?: boolean;
  'check-links'?: boolean;
  'no-cache'?: boolean;
  'cache-max-age'?: string;
  'allow-private-addresses'?: boolean;
  timeout?: string;
  quiet?: boolean;
  'max-warnings'?: string;
  rule?: string[];
  'no-config'?: boolean;
  stdin?: boolean;
  'stdin-filename'?: string;
  ignore?: string[];
  'print-config'?: string;
  'code-frame'?: boolean;
  'fix-dry-run'?: boolean;
  jobs?: string;
  locale?: string;
}

/** The command line read and checked: what to do, or the answer when there is nothing to check (help, version, a usage error). */
function readArguments(argv: string[]): { values: CliValues; positionals: string[]; format: string; timeoutSeconds: number } | CliResult {
  let values: CliValues;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        template: { type: 'string', short: 't' },
        fix: { type: 'boolean' },
        'check-links': { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        'cache-max-age': { type: 'string' },
        'allow-private-addresses': { type: 'boolean' },
        timeout: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        rule: { type: 'string', multiple: true },
        'no-config': { type: 'boolean' },
        stdin: { type: 'boolean' },
        ignore: { type: 'string', multiple: true },
        'print-config': { type: 'string' },
        'code-frame': { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        'stdin-filename': { type: 'string' },
        'max-warnings': { type: 'string' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (e) {
    return usageError(`${(e as Error).message}\n\n${USAGE}`);
  }
  if (values.help) return { code: 0, stdout: USAGE + '\n', stderr: '' };
  if (values.version) return { code: 0, stdout: `${VERSION}\n`, stderr: '' };
  const format = values.format ?? 'text';
  if (!FORMATS.includes(format)) return usageError(`unknown format "${format}" (${FORMATS.join(', ')})`);
  const maxWarnings = values['max-warnings'];
  if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) return usageError(`--max-warnings takes a number (got "${maxWarnings}")`);
  if (values.jobs !== undefined && !/^(?:[1-9]\d*|auto)$/.test(values.jobs))
    return usageError(`--jobs takes a number of threads, 1 or more, or auto (got "${values.jobs}")`);
  const maxAge = values['cache-max-age'];
  if (maxAge !== undefined && !/^\d+$/.test(maxAge)) return usageError(`--cache-max-age takes a number of seconds (got "${maxAge}")`);
  if (values.timeout !== undefined && !/^\d+(?:\.\d+)?$/.test(values.timeout))
    return usageError(`--timeout takes a number of seconds (got "${values.timeout}")`);
  if (values.locale !== undefined && !LOCALE.test(values.locale))
    return usageError(`--locale takes a language, such as en, fr or fr-CA (got "${values.locale}")`);
  for (const r of values.rule ?? []) {
    const m = /^([a-z-]+):(off|hint|info|warning|error)$/.exec(r);
    if (!m || !ruleCodes.includes(m[1])) return usageError(`--rule takes CODE:SEVERITY, a rule code and off, hint, info, warning or error (got "${r}")`);
  }
  if (values['no-config'] && values.config) return usageError('--no-config and --config cannot be used together');
  if (values.stdin && positionals.length) return usageError('--stdin checks standard input: give no PATH with it');
  if (values.stdin && values.fix) return usageError('--fix writes files in place: it cannot be used with --stdin (--fix-dry-run prints the diff)');
  if (values.fix && values['fix-dry-run']) return usageError('--fix and --fix-dry-run cannot be used together');
  if (values['stdin-filename'] !== undefined && !values.stdin) return usageError('--stdin-filename needs --stdin');
  if (positionals.length === 0 && !values.stdin && values['print-config'] === undefined) return usageError(`no PATH given\n\n${USAGE}`);
  const timeoutSeconds = values.timeout !== undefined ? Number(values.timeout) : FILE_TIMEOUT_SECONDS;
  return { values, positionals, format, timeoutSeconds };
}

const FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'codeclimate'];

/** A language tag (`fr`, `fr-CA`, `pt-BR`) or a POSIX locale (`fr_CA.UTF-8`, `fr_FR@euro`, `C`): what `--locale` takes. */
const LOCALE = /^(?:[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*(?:\.[A-Za-z0-9-]{1,20})?(?:@[A-Za-z0-9]{1,20})?)$/;

/** The locale of the findings: `--locale`, else the environment's (LC_ALL, LC_MESSAGES, LANG); undefined: English. */
function cliLocale(values: CliValues, env: NodeJS.ProcessEnv): string | undefined {
  return values.locale ?? localeFromEnvironment(env);
}

/** How long one file may take to check by default: far past any real report (a 20 MB report takes seconds). */
const FILE_TIMEOUT_SECONDS = 120;

function usageError(message: string): CliResult {
  return { code: 2, stdout: '', stderr: `foresight-lint: ${message}\n` };
}

/** A file's bytes and text, with a warning when it is binary or not UTF-8; undefined (and said) when it cannot be read. */
function readSource(shown: string, absolute: string, out: CliOutput): { buffer: Buffer; text: string; utf8: boolean } | undefined {
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(absolute);
  } catch (e) {
    out.fail(`cannot read ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return undefined;
  }
  const err = (s: string): void => out.err(s);
  const text = buffer.toString('utf8');
  const utf8 = isValidUtf8(buffer, text);
  if (buffer.includes(0)) err(`foresight-lint: ${shown}: looks like a binary file; checked as text\n`);
  else if (!utf8) err(`foresight-lint: ${shown}: not valid UTF-8; invalid bytes read as U+FFFD\n`);
  return { buffer, text, utf8 };
}

/** The rows as the chosen format prints them. */
function formatRows(rows: OutputRow[], format: string, text: TextOptions): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (format === 'sarif') return JSON.stringify(toSarif(rows, text.messages ?? ENGLISH), null, 2) + '\n';
  if (format === 'github') return formatGithub(rows);
  if (format === 'junit') return formatJunit(rows);
  if (format === 'codeclimate') return formatCodeclimate(rows);
  return formatText(rows, text);
}

/** Where the text format goes: a terminal gets it grouped and (unless NO_COLOR) coloured; FORCE_COLOR forces both. */
export interface Terminal {
  isTTY?: boolean;
}

function textStyle(terminal: Terminal, env: NodeJS.ProcessEnv): { grouped: boolean; colour: boolean } {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return { grouped: true, colour: true };
  const grouped = terminal.isTTY === true;
  const noColour = (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || force === '0' || force === 'false' || env.TERM === 'dumb';
  return { grouped, colour: grouped && !noColour };
}

export async function runCli(
  argv: string[],
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
  /** What --stdin reads (standard input when not given). */
  stdin?: () => string,
  /** Where standard output goes (the text format is grouped and coloured in a terminal). */
  terminal: Terminal = {},
  /**
   * `workerScript`: the script a worker thread runs (`dist/cli.js`): without it every file is checked in this thread.
   * `beforeChecking`: told how many bytes of Markdown this thread checks (counted up to SMALL_RUN_BYTES), before the
   * first is read.
   */
  options: { workerScript?: string; beforeChecking?: (bytes: number) => void } = {},
): Promise<CliResult> {
  const args = readArguments(argv);
  if ('code' in args) return args;
  const { values, positionals, format } = args;
  const locale = cliLocale(values, env);
  const out = new CliOutput(cwd, values['code-frame'] === true, messagesFor(locale));
  const service = cliService(values, args.timeoutSeconds, env, out, locale);
  if (values['print-config'] !== undefined) return printConfig(service, values, cwd, messagesFor(locale));

  if (values.config) {
    const loaded = service.workspace.useConfigFile(path.resolve(cwd, values.config))!;
    if (loaded.readError) return { code: 2, stdout: '', stderr: `foresight-lint: cannot read config ${values.config}: ${loaded.readError}\n` };
    out.configProblems(loaded);
  }
  const expanded = values.stdin ? { files: [], errors: [] } : expandPaths(positionals, cwd);
  const ignored = values.ignore?.length ? cliIgnore(values.ignore, cwd) : undefined;
  // --ignore, and the `ignore:` of the config that applies to each file.
  const files = expanded.files.filter((f) => !ignored?.(f.absolute) && !service.workspace.isIgnored(URI.file(f.absolute).toString()));
  const errors = expanded.errors;
  for (const e of errors) out.fail(e);
  if (files.length === 0 && expanded.files.length > 0)
    out.err(`foresight-lint: every file found is ignored, by --ignore or a config's ignore: (${expanded.files.length})\n`);
  else if (files.length === 0 && errors.length === 0 && !values.stdin) out.err(`foresight-lint: no Markdown files found in ${positionals.join(', ')}\n`);

  if (values.template) {
    const here = service.workspace.configFor(URI.file(path.join(cwd, 'x.md')).toString());
    if (!values.config) out.configProblems(here);
    const known = here.config.templates;
    if (!known.has(values.template)) {
      return { code: 2, stdout: '', stderr: `foresight-lint: unknown template "${values.template}" (known: ${[...known.keys()].join(', ')})\n` };
    }
  }

  // Every file's model, then one link check for all of them, then the rules: each file on its own, so that one
  // that cannot be read, fixed or checked is reported and the others are still checked.
  const prepared: Array<{ shown: string; file: PreparedFile }> = [];
  let checked = 0;
  if (values.stdin) {
    // As the file it names (its config applies, and rows name it), or as <stdin> in the folder the run is in.
    const name = values['stdin-filename'];
    const absolute = path.resolve(cwd, name ?? 'stdin.md');
    const uri = URI.file(absolute).toString();
    if (!values.config) out.configProblems(service.workspace.configFor(uri));
    if (service.workspace.isIgnored(uri)) {
      out.err(`foresight-lint: ${name}: ignored by ${displayPath(service.workspace.configFor(uri).path!, cwd)}; not checked\n`);
    } else {
      let text = (stdin ?? (() => fs.readFileSync(0, 'utf8')))();
      options.beforeChecking?.(text.length);
      const stop = service.deadline();
      if (values['fix-dry-run']) text = dryRunFix(service, uri, name ?? '<stdin>', text, stop, out) ?? text;
      const file = service.prepareFile(uri, text, stop);
      if ('failure' in file) out.failed(name ?? '<stdin>', file);
      else prepared.push({ shown: name ?? '<stdin>', file });
    }
    const run = await service.checkLinksOf(prepared.map((p) => p.file));
    if (run) out.linkRun(run);
    for (const { shown, file } of prepared) finishOne(service, shown, file, out);
    checked = prepared.length;
  }
  const parallel = options.workerScript ? parallelPlan(files, values, service, options.workerScript) : undefined;
  if (parallel) {
    // Shards checked in worker threads and here at once; merged in file order, as one thread would print them.
    const outcomes = await checkInParallel(parallel, argv, values, cwd, env, service, out, locale);
    for (const o of outcomes) {
      if (!values.config) out.configProblems(service.workspace.configFor(URI.file(o.absolute).toString()));
      out.absorb(o.prepare);
    }
    for (const o of outcomes) out.absorb(o.finish);
    checked = outcomes.filter((o) => o.checked).length;
  } else if (!values.stdin) {
    options.beforeChecking?.(bytesUpTo(files, SMALL_RUN_BYTES));
    for (const f of files) {
      if (!values.config) out.configProblems(service.workspace.configFor(URI.file(f.absolute).toString()));
      const file = prepareOne(service, f, values, out);
      if (file) prepared.push({ shown: f.shown, file });
    }
    const run = await service.checkLinksOf(prepared.map((p) => p.file));
    if (run) out.linkRun(run);
    for (const { shown, file } of prepared) finishOne(service, shown, file, out);
    checked = prepared.length;
  }
  // --quiet: errors only; --max-warnings: more warnings than that fail the run too.
  const kept = out.rows.flatMap((r, i) => (!values.quiet || r.severity === 'error' ? [i] : []));
  const rows = kept.map((i) => out.rows[i]);
  let code = out.code;
  const limit = values['max-warnings'];
  if (limit !== undefined && !values.quiet && rows.filter((r) => r.severity === 'warning').length > Number(limit)) {
    if (code === 0) code = 1;
    out.err(`foresight-lint: ${rows.filter((r) => r.severity === 'warning').length} warnings, more than --max-warnings ${limit}\n`);
  }
  const text: TextOptions = {
    ...textStyle(terminal, env),
    files: checked,
    fixable: new Set(kept.flatMap((i, k) => (out.fixable.has(i) && !values.fix ? [k] : []))),
    frames: out.frames && kept.map((i) => out.frames![i]),
    messages: messagesFor(locale),
  };
  if (values['fix-dry-run']) {
    // The diff alone on stdout (for `git apply`); the exit code is the one --fix would give.
    out.err(
      `foresight-lint: --fix would change ${out.diffs.length} of ${checked} file${checked === 1 ? '' : 's'}; ${rows.length} problem${rows.length === 1 ? '' : 's'} would remain\n`,
    );
    return { code, stdout: out.diffs.join(''), stderr: out.stderr };
  }
  // Piped, the text format holds findings only; the summary goes to stderr, where a CI log still shows it.
  if (format === 'text' && !text.grouped && checked > 0) out.err(`${summaryLine(rows, text)}\n`);
  return { code, stdout: formatRows(rows, format, text), stderr: out.stderr };
}

export { VERSION };

/** The language service as a command-line run uses it: no open documents, the options on the command line. */
function cliService(values: CliValues, timeoutSeconds: number, env: NodeJS.ProcessEnv, out: CliOutput, locale: string | undefined): LanguageService {
  const maxAge = values['cache-max-age'];
  const service = new LanguageService(
    { get: () => undefined, all: () => [] },
    { error: (m) => out.err(`foresight-lint: ${m}\n`), warn: (m) => out.err(`foresight-lint: ${m}\n`), linksChanged: () => undefined },
    {
      template: values.template,
      linkCache: { dir: defaultCacheDir(env), maxAgeMs: maxAge !== undefined ? Number(maxAge) * 1000 : DEFAULT_MAX_AGE_MS, off: values['no-cache'] },
    },
  );
  const rules: Record<string, SeveritySetting> = {};
  for (const r of values.rule ?? []) {
    const [code, severity] = r.split(':');
    rules[code] = severity as SeveritySetting;
  }
  if (values['no-config']) service.workspace.useDefaults();
  service.applySettings({
    rules,
    checkTimeout: timeoutSeconds,
    checkLinks: values['check-links'] === true,
    links: { allowPrivateAddresses: values['allow-private-addresses'] === true },
  });
  service.setLocale(locale);
  return service;
}

/** A CliOutput as plain data (worker threads post them). */
interface OutputRecord {
  rows: OutputRow[];
  stderr: string;
  code: number;
  diffs: string[];
  fixable: number[];
  frames?: Array<string | undefined>;
}

/**
 * Below this much Markdown, a run in its own process has V8 compile the note patterns without their optimisations
 * (quick checks, Boyer-Moore look-ahead), and no function with its optimising compiler: on so little text, compiling
 * the optimised code of the two hundred patterns a page needs, and of the functions that get hot, costs more than it
 * saves. The patterns find the same matches either way (BENCHMARKS.md, "Whole process").
 */
export const SMALL_RUN_BYTES = 64 * 1024;

/** The size of the files, counted until it reaches `limit` (a file that cannot be read counts nothing). */
function bytesUpTo(files: readonly FoundFile[], limit: number): number {
  let total = 0;
  for (const f of files) {
    try {
      total += fs.statSync(f.absolute).size;
    } catch {
      // Reported when the file is read.
    }
    if (total >= limit) break;
  }
  return total;
}

/**
 * For a process's own run (`main`, which `dist/cli.js` calls only in the main thread): V8 compiles regular
 * expressions without optimisations, and optimises no function, from here on when the run is small. Before any
 * worker starts: V8's flags are the process's. A worker thread's code cache is made under the default flags and V8
 * would refuse it under others, so a run in threads never gets here.
 */
function lightRegExpsForSmallRuns(bytes: number): void {
  if (bytes < SMALL_RUN_BYTES) v8.setFlagsFromString('--no-regexp-optimization --no-opt');
}

/** One file checked in a worker thread: what its two steps printed (the link check step is not run there). */
interface FileOutcome {
  index: number;
  absolute: string;
  checked: boolean;
  prepare: OutputRecord;
  finish: OutputRecord;
}

/** Below this much Markdown, one thread checks faster than starting another (BENCHMARKS.md, "Whole process"). */
const PARALLEL_MIN_BYTES = 1 << 20;
const PARALLEL_MIN_FILES = 8;
/** A worker thread starts this many bytes' worth of checking late (its start-up: Node, the bundle, the regular expressions). */
const WORKER_START_BYTES = 256 * 1024;

interface ParallelPlan {
  /** Shard 0 is this thread's. */
  shards: Array<Array<FoundFile & { index: number }>>;
  workerScript: string;
}

/**
 * Whether and how to split the files over threads: `--jobs N`, or `--jobs auto` (one per core, when there is enough
 * Markdown to gain from it), and no link check (one link check serves all the files of a run). One thread unless
 * asked: on the 2-core machine of BENCHMARKS.md a second thread gains nothing. Files go to the least loaded
 * shard, largest first; workers start WORKER_START_BYTES behind.
 */
function parallelPlan(files: readonly FoundFile[], values: CliValues, service: LanguageService, workerScript: string): ParallelPlan | undefined {
  const auto = values.jobs === 'auto';
  const jobs = auto ? os.availableParallelism() : Number(values.jobs ?? 1);
  if (jobs < 2 || files.length < 2 || values['check-links']) return undefined;
  if (files.some((f) => service.workspace.configFor(URI.file(f.absolute).toString()).config.links.check)) return undefined;
  const sizes = files.map((f) => {
    try {
      return fs.statSync(f.absolute).size;
    } catch {
      return 0;
    }
  });
  const total = sizes.reduce((a, b) => a + b, 0);
  if (auto && (files.length < PARALLEL_MIN_FILES || total < PARALLEL_MIN_BYTES)) return undefined;
  const threads = Math.min(jobs, files.length);
  // Workers start behind, but never so far that a small run asked to use them (`--jobs N`) leaves them nothing.
  const headStart = Math.min(WORKER_START_BYTES, Math.floor(total / (2 * threads)));
  const load = Array.from({ length: threads }, (_, i) => (i === 0 ? 0 : headStart));
  const shards: ParallelPlan['shards'] = Array.from({ length: threads }, () => []);
  const order = files.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
  for (const i of order) {
    let least = 0;
    for (let t = 1; t < threads; t++) if (load[t] < load[least]) least = t;
    shards[least].push({ ...files[i], index: i });
    load[least] += sizes[i];
  }
  for (const shard of shards) shard.sort((a, b) => a.index - b.index);
  return { shards, workerScript };
}

/** What a worker thread is given: the command line (parsed again there) and its files. */
interface WorkerTask {
  /** Marks the task as this CLI's (`dist/cli.js` runs a worker's part when it sees it). */
  foresightLint: true;
  argv: string[];
  cwd: string;
  files: Array<FoundFile & { index: number }>;
  /** The run's locale, as the main thread chose it: every thread words findings alike. */
  locale: string | undefined;
}

/** Checks one shard of files in this thread, each step of each file printed on its own (so they can be merged in order). */
function checkShard(service: LanguageService, values: CliValues, files: WorkerTask['files'], codeFrames: boolean, cwd: string): FileOutcome[] {
  return files.map((f) => {
    const prepare = new CliOutput(cwd, codeFrames);
    const finish = new CliOutput(cwd, codeFrames);
    const file = prepareOne(service, f, values, prepare);
    if (file) finishOne(service, f.shown, file, finish);
    return { index: f.index, absolute: f.absolute, checked: file !== undefined, prepare: prepare.record(), finish: finish.record() };
  });
}

/** Starts a worker per shard but the first, checks the first here, and gathers all in file order. A worker that fails has its shard checked here. */
async function checkInParallel(
  plan: ParallelPlan,
  argv: string[],
  values: CliValues,
  cwd: string,
  env: NodeJS.ProcessEnv,
  service: LanguageService,
  out: CliOutput,
  locale: string | undefined,
): Promise<FileOutcome[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only for a parallel run
  const { Worker } = require('worker_threads') as typeof import('worker_threads');
  const codeFrames = values['code-frame'] === true;
  const workers = plan.shards
    .slice(1)
    .filter((files) => files.length > 0)
    .map(
      (files) =>
        new Promise<FileOutcome[]>((resolve) => {
          const task: WorkerTask = { foresightLint: true, argv, cwd, files, locale };
          const worker = new Worker(plan.workerScript, { workerData: task, env, argv: [WORKER_THREAD_ARGUMENT] });
          let done = false;
          worker.once('message', (outcomes: FileOutcome[]) => {
            done = true;
            resolve(outcomes);
          });
          const fallBack = (why: string): void => {
            if (done) return;
            done = true;
            out.err(`foresight-lint: a worker thread ${why}; its ${files.length} files are checked in the main thread\n`);
            resolve(checkShard(service, values, files, codeFrames, cwd));
          };
          worker.once('error', (e) => fallBack(`failed (${e.message})`));
          worker.once('exit', (code) => fallBack(`stopped (exit code ${code})`));
        }),
    );
  const mine = checkShard(service, values, plan.shards[0], codeFrames, cwd);
  const all = [...mine, ...(await Promise.all(workers)).flat()];
  return all.sort((a, b) => a.index - b.index);
}

/** A worker thread's run (`dist/cli.js` in a worker): its shard of files, checked as the main thread would, posted back. */
export async function workerMain(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only in a worker thread
  const { parentPort, workerData } = require('worker_threads') as typeof import('worker_threads');
  const task = workerData as WorkerTask;
  const args = readArguments(task.argv);
  if ('code' in args) throw new Error(`bad arguments in a worker thread: ${args.stderr}`);
  const logs = new CliOutput(task.cwd, false);
  const service = cliService(args.values, args.timeoutSeconds, process.env, logs, task.locale);
  if (args.values.config) service.workspace.useConfigFile(path.resolve(task.cwd, args.values.config));
  const outcomes = checkShard(service, args.values, task.files, args.values['code-frame'] === true, task.cwd);
  if (outcomes.length) outcomes[0].prepare.stderr = logs.stderr + outcomes[0].prepare.stderr;
  parentPort!.postMessage(outcomes);
}

/** What a run prints: the rows, the messages on stderr, and the exit code (README, "Command line"). */
class CliOutput {
  readonly rows: OutputRow[] = [];
  stderr = '';
  code = 0;
  /** `--fix-dry-run`: the diff of each file --fix would change. */
  readonly diffs: string[] = [];
  /** Indexes of the rows whose finding has a safe fix (what `--fix` would change). */
  readonly fixable = new Set<number>();
  /** `--code-frame`: each row's source line and carets. */
  readonly frames: Array<string | undefined> | undefined;
  private readonly configsSaid = new Set<string>();

  constructor(
    private readonly cwd: string,
    codeFrames: boolean,
    /** The run's language, for the problems of config files (findings come worded from their checks). */
    private readonly messages: Messages = ENGLISH,
  ) {
    this.frames = codeFrames ? [] : undefined;
  }

  /** What another output holds (a worker thread's, for one file and step), appended as if written here. */
  absorb(other: OutputRecord): void {
    this.stderr += other.stderr;
    if (other.code === 2) this.code = 2;
    else if (other.code === 1 && this.code === 0) this.code = 1;
    for (const i of other.fixable) this.fixable.add(this.rows.length + i);
    this.rows.push(...other.rows);
    if (this.frames) this.frames.push(...(other.frames ?? other.rows.map(() => undefined)));
    this.diffs.push(...other.diffs);
  }

  /** As plain data, to be posted from a worker thread. */
  record(): OutputRecord {
    return { rows: this.rows, stderr: this.stderr, code: this.code, diffs: this.diffs, fixable: [...this.fixable], frames: this.frames };
  }

  /** A finding as a row (with its fixability and, when asked, its code frame). */
  private add(file: string, text: string, starts: ArrayLike<number>, p: Problem): void {
    const row = toRow(file, starts, p);
    if (p.fixes?.some((f) => f.safe)) this.fixable.add(this.rows.length);
    this.rows.push(row);
    this.frames?.push(codeFrame(text, starts[row.line - 1], row.line, row.column, row.endColumn, row.endLine));
  }

  err(s: string): void {
    this.stderr += s;
  }

  /** Bad input: said, and the run exits 2. */
  fail(message: string): void {
    this.err(`foresight-lint: ${message}\n`);
    this.code = 2;
  }

  /** A config's problems (or that it cannot be read), once per config file; they make the run exit 2. */
  configProblems(loaded: ConfigFile): void {
    if (!loaded.path || this.configsSaid.has(loaded.path)) return;
    this.configsSaid.add(loaded.path);
    // Relative to the folder the run is in, however --config was written (a SARIF location must be relative).
    const name = displayPath(loaded.path, this.cwd);
    if (loaded.readError) return this.fail(`cannot read config ${name}: ${loaded.readError}`);
    const starts = computeLineStarts(loaded.text ?? '');
    for (const p of loaded.problems) this.add(name, loaded.text ?? '', starts, { ...p, message: wordProblem(p, this.messages) });
    if (loaded.problems.length) this.code = 2;
  }

  failed(shown: string, f: CheckFailure): void {
    this.fail(`${shown}: ${f.stopped ? 'not checked: it took longer than the timeout' : `could not be checked (${f.error?.message ?? f.failure})`}`);
  }

  linkRun(run: LinkRun): void {
    if (run.saveProblem) this.err(`foresight-lint: ${run.saveProblem}\n`);
    if (run.offline) {
      this.err(
        `foresight-lint: no cited site could be reached and ${run.hiddenOffline} links failed to resolve: this machine seems offline or behind a proxy (proxies are not supported yet), so those links are not reported\n`,
      );
    }
    this.err(
      `foresight-lint: checked ${run.urls} source link${run.urls === 1 ? '' : 's'} (${run.cached} from the cache, ${run.requests} HTTP request${run.requests === 1 ? '' : 's'})\n`,
    );
  }

  result(shown: string, result: CheckResult): void {
    for (const r of result.ruleErrors) this.err(`foresight-lint: rule ${r.rule} failed on ${shown}: ${r.error.message}\n`);
    if (result.notice) {
      this.err(`foresight-lint: ${shown}: ${result.notice}\n`);
      // Part of the file not read: not checked as asked. (Findings past the per-rule limit were checked, only not listed.)
      if (result.model.md.truncatedAt !== undefined) this.code = 2;
    }
    const starts = result.model.md.lineStarts;
    for (const p of result.problems) {
      this.add(shown, result.model.text, starts, p);
      if (p.severity === 'error' && this.code === 0) this.code = 1;
    }
  }
}

interface FoundFile {
  shown: string;
  absolute: string;
  outside: boolean;
}

/** A file read, fixed as asked (`--fix`, `--fix-dry-run`) and modelled; undefined (and said) when it cannot be. */
function prepareOne(service: LanguageService, f: FoundFile, values: CliValues, out: CliOutput): PreparedFile | undefined {
  const source = readSource(f.shown, f.absolute, out);
  if (!source) return undefined;
  const uri = URI.file(f.absolute).toString();
  const stop = service.deadline();
  let text = source.text;
  if (values.fix) {
    const fixed = service.fixFile(uri, text, stop);
    if ('failure' in fixed) {
      out.failed(f.shown, fixed);
      return undefined;
    }
    if (fixed.text !== text && writeFixed(f.shown, f.absolute, fixed.text, source, f.outside, out)) text = fixed.text;
  } else if (values['fix-dry-run']) text = dryRunFix(service, uri, f.shown, text, stop, out) ?? text;
  const file = service.prepareFile(uri, text, stop);
  if (!('failure' in file)) return file;
  out.failed(f.shown, file);
  return undefined;
}

/** A prepared file's rules, its findings written out. */
function finishOne(service: LanguageService, shown: string, file: PreparedFile, out: CliOutput): void {
  const result = service.finishFile(file);
  if ('failure' in result) out.failed(shown, result);
  else out.result(shown, result);
}

/** `--fix-dry-run`: the text --fix would write (undefined when the fixes could not be made), its diff kept for stdout. */
function dryRunFix(service: LanguageService, uri: string, shown: string, text: string, stop: () => boolean, out: CliOutput): string | undefined {
  const fixed = service.fixFile(uri, text, stop);
  if ('failure' in fixed) {
    out.failed(shown, fixed);
    return undefined;
  }
  if (fixed.text !== text) out.diffs.push(unifiedDiff(shown.split(path.sep).join('/'), text, fixed.text));
  return fixed.text;
}

/**
 * `--fix` writes a file's fixed text atomically (docs/reliability.md); true when written. A file that is not
 * valid UTF-8 or that was reached through a symbolic link leading out of the folder given is never written.
 */
function writeFixed(shown: string, absolute: string, fixed: string, source: { buffer: Buffer; utf8: boolean }, outside: boolean, out: CliOutput): boolean {
  if (!source.utf8) {
    out.err(`foresight-lint: ${shown}: not fixed: it is not valid UTF-8, and writing it back would replace its invalid bytes\n`);
    return false;
  }
  if (outside) {
    out.err(`foresight-lint: ${shown}: not fixed: a symbolic link leads to it from outside the folder given\n`);
    return false;
  }
  const outcome = writeFileSafely(absolute, fixed, source.buffer);
  if (!outcome.ok) out.err(`foresight-lint: ${shown}: ${outcome.reason}\n`);
  return outcome.ok;
}

function toRow(file: string, starts: ArrayLike<number>, p: Problem): OutputRow {
  const s = positionAt(starts, p.start);
  const e = positionAt(starts, p.end);
  return { file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, severity: p.severity, rule: p.rule, message: p.message };
}

function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function toSarif(rows: OutputRow[], messages: Messages): unknown {
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'foresight-lint',
            version: VERSION,
            informationUri: 'https://github.com/foresight-lint/foresight-lint',
            rules: rules.map((r) => ({
              id: r.code,
              shortDescription: { text: messages.dynamic(`rule.${r.code}` as MessageKey) },
              helpUri: ruleDocUrl(r.code),
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity], ...(r.offByDefault ? { enabled: false } : {}) },
            })),
          },
        },
        results: rows.map((r) => ({
          ruleId: r.rule,
          level: SARIF_LEVEL[r.severity],
          message: { text: r.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: r.file.split(path.sep).join('/') },
                region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
}

/** Files named, Markdown files under folders, and glob matches; with errors for paths that match nothing readable. */
export function expandPaths(inputs: string[], cwd: string): { files: Array<{ shown: string; absolute: string; outside: boolean }>; errors: string[] } {
  const files: Array<{ shown: string; absolute: string; outside: boolean }> = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (shown: string, absolute: string, outside = false): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push({ shown, absolute, outside });
  };
  for (const input of inputs) {
    if (/[*?[]/.test(input) && !fs.existsSync(path.resolve(cwd, input))) {
      const matched = globFiles(input, cwd);
      if (matched.length === 0) errors.push(`no files match ${input}`);
      for (const f of matched) add(f, path.resolve(cwd, f));
      continue;
    }
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (e) {
      errors.push(`cannot read ${input}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message}`);
      continue;
    }
    if (stat.isDirectory()) {
      const found = walkFiles(absolute, {
        accept: isReportFileName,
        onError: (dir, e) => errors.push(`cannot read ${dir}: ${e.code ?? e.message}`),
      });
      const realRoot = realpath(absolute);
      for (const f of found) {
        const real = realpath(f);
        add(path.join(input, path.relative(absolute, f)), f, !(real === realRoot || real.startsWith(realRoot + path.sep)));
      }
    } else add(input, absolute);
  }
  return { files, errors };
}

function realpath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * `--print-config FILE`: the configuration the run would apply to FILE, as JSON: the config file it comes from
 * (none: the defaults), whether the file is a report, its template, the severities (config, then `--rule`), the
 * source policy, the link check, the bibliographies named for it, and the templates known. Problems in the
 * config are printed on stderr and make the exit code 2, as in a run.
 */
function printConfig(service: LanguageService, values: CliValues, cwd: string, messages: Messages): CliResult {
  const file = path.resolve(cwd, values['print-config']!);
  const loaded = values.config ? service.workspace.useConfigFile(path.resolve(cwd, values.config))! : service.workspace.configFor(URI.file(file).toString());
  const c = loaded.config;
  const rules: Record<string, string> = { ...c.rules, ...service.settings.rules };
  const printed = {
    file: displayPath(file, cwd),
    configFile: loaded.path ? displayPath(loaded.path, cwd) : null,
    report: c.inScope,
    template: values.template ?? c.template ?? null,
    rules,
    sources: { allowWithoutUrl: c.sources.allowWithoutUrl.map((p) => p.source), require: c.sources.require },
    links: { check: c.links.check || values['check-links'] === true, exclude: c.links.exclude.map((p) => p.source) },
    bibliography: c.bibliography,
    ignore: c.ignore,
    ignored: !!loaded.path && service.workspace.isIgnored(URI.file(file).toString()),
    templates: [...c.templates.keys()],
  };
  const problems = loaded.readError ? [`cannot read config: ${loaded.readError}`] : loaded.problems.map((p) => wordProblem(p, messages));
  return { code: problems.length ? 2 : 0, stdout: JSON.stringify(printed, null, 2) + '\n', stderr: problems.map((p) => `foresight-lint: ${p}\n`).join('') };
}

/** `--ignore` patterns, relative to the run's folder (README, "Command line"). */
function cliIgnore(patterns: readonly string[], cwd: string): (absolute: string) => boolean {
  const matches = ignoreMatcher(patterns);
  return (absolute) => matches(path.relative(cwd, absolute));
}

/** A small glob: `*`, `?`, `**` and `[...]`, relative to `cwd`. */
function globFiles(pattern: string, cwd: string): string[] {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  while (parts.length && !/[*?[]/.test(parts[0])) fixed.push(parts.shift() as string);
  const base = path.resolve(cwd, fixed.join('/') || '.');
  const re = globRegExp(parts.join('/'));
  let candidates: string[] = [];
  try {
    candidates = fs.statSync(base).isDirectory() ? walkFiles(base, { accept: () => true }) : [];
  } catch {
    return [];
  }
  return candidates.filter((f) => re.test(path.relative(base, f).split(path.sep).join('/'))).map((f) => path.relative(cwd, f) || f);
}

/** The command as a process runs it: output written, exit code set (`dist/cli.js` calls this). */
export async function main(argv = process.argv.slice(2)): Promise<void> {
  try {
    const stdoutDirect = directOutput(1);
    const result = await runCli(
      argv,
      process.cwd(),
      process.env,
      undefined,
      { isTTY: stdoutDirect ? false : process.stdout.isTTY },
      {
        workerScript: path.join(__dirname, 'cli.js'),
        beforeChecking: lightRegExpsForSmallRuns,
      },
    );
    write(1, result.stdout, stdoutDirect);
    write(2, result.stderr, directOutput(2));
    process.exitCode = result.code;
  } catch (e) {
    write(2, `foresight-lint: internal error: ${(e as Error).stack ?? (e as Error).message}\n`, directOutput(2));
    process.exitCode = 2;
  }
}

/**
 * Whether output to `fd` is written to it directly: a file, a pipe, a socket or the null device, which are no
 * terminal. Writing through `process.stdout` makes the stream and loads the stream modules behind it, which costs a
 * short run more than its output (BENCHMARKS.md, "Whole process"); a terminal, and anything this cannot tell, is
 * still written to through it. Not on Windows, whose pipes and consoles read otherwise.
 */
function directOutput(fd: 1 | 2): boolean {
  if (process.platform === 'win32') return false;
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isFile() || stat.isFIFO() || stat.isSocket()) return true;
    return stat.isCharacterDevice() && stat.rdev === fs.statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}

/**
 * `text` written to `fd`, all of it: directly when `direct` (waiting a millisecond whenever a pipe is full and the
 * reader has not set it to wait), else through process.stdout or stderr. A reader that has gone away (`… | head`)
 * ends the writing, not the run: its exit code stays that of the checks.
 */
function write(fd: 1 | 2, text: string, direct: boolean): void {
  if (text === '') return;
  if (!direct) {
    (fd === 1 ? process.stdout : process.stderr).write(text);
    return;
  }
  const bytes = Buffer.from(text);
  for (let done = 0; done < bytes.length;) {
    try {
      done += fs.writeSync(fd, bytes, done);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}

if (require.main === module) void main();
