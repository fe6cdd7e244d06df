/**
 * `foresight-lint`: the command line front end over the core (README, "Command line": options and exit codes).
 * Wiring only: argument parsing, file discovery, output formats, exit codes.
 */
import { VERSION } from './version';
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { checkModel, fixAll, severityOf, type CheckOptions } from './core/checker';
import { ConfigResolver, type ConfigFile } from './io/configFiles';
import { walkFiles } from './io/walk';
import { defaultCacheDir, DEFAULT_MAX_AGE_MS, LinkCache } from './core/links/cache';
import { LinkChecker } from './core/links/checker';
import type { LinkResult } from './core/links/result';
import { linkTargets } from './core/links/targets';
import { buildModel, type ReportModel } from './core/model';
import { computeLineStarts, positionAt } from './core/text/lines';
import { CheckStopped } from './core/stop';
import { rules } from './core/rules';
import { isValidUtf8, writeFileSafely } from './io/writeFile';
import { ruleDocUrl } from './core/rules/rule';
import type { Problem, Severity } from './core/types';

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

PATH            files, folders (searched for *.md, skipping node_modules and dot-folders) or globs
--format F      text (default), json or sarif
--config FILE   use this config instead of the nearest .foresight.yml
--template NAME check every file against this template (front matter still wins)
--fix           apply the safe fixes in place (link artifacts, footnote renumbering)
--check-links   check that the notes' source URLs and DOIs answer (rule dead-link; network)
--no-cache      with --check-links: neither read nor write the link results cache
--cache-max-age S  reuse cached link results up to S seconds old (default 86400)
--allow-private-addresses  let --check-links contact loopback/private/link-local hosts
--timeout S     give up on a file after S seconds (default 120): it is reported, the others are checked
--help          show this help
--version       show the version

Exit codes: 0 no errors, 1 errors found, 2 bad usage, unreadable input or broken config.`;

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
}

/** The command line read and checked: what to do, or the answer when there is nothing to check (help, version, a usage error). */
function readArguments(argv: string[]): { values: CliValues; positionals: string[]; format: string; fileDeadlineMs: number } | CliResult {
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
  if (!['text', 'json', 'sarif'].includes(format)) return usageError(`unknown format "${format}" (text, json or sarif)`);
  const maxAge = values['cache-max-age'];
  if (maxAge !== undefined && !/^\d+$/.test(maxAge)) return usageError(`--cache-max-age takes a number of seconds (got "${maxAge}")`);
  if (values.timeout !== undefined && !/^\d+(?:\.\d+)?$/.test(values.timeout))
    return usageError(`--timeout takes a number of seconds (got "${values.timeout}")`);
  if (positionals.length === 0) return usageError(`no PATH given\n\n${USAGE}`);
  const fileDeadlineMs = values.timeout !== undefined ? Number(values.timeout) * 1000 : FILE_DEADLINE_MS;
  return { values, positionals, format, fileDeadlineMs };
}

function usageError(message: string): CliResult {
  return { code: 2, stdout: '', stderr: `foresight-lint: ${message}\n` };
}

/** A file's bytes and text, with a warning when it is binary or not UTF-8; undefined (and said) when it cannot be read. */
function readSource(shown: string, absolute: string, err: (s: string) => void): { buffer: Buffer; text: string; utf8: boolean } | undefined {
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(absolute);
  } catch (e) {
    err(`foresight-lint: cannot read ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return undefined;
  }
  const text = buffer.toString('utf8');
  const utf8 = isValidUtf8(buffer, text);
  if (buffer.includes(0)) err(`foresight-lint: ${shown}: looks like a binary file; checked as text\n`);
  else if (!utf8) err(`foresight-lint: ${shown}: not valid UTF-8; invalid bytes read as U+FFFD\n`);
  return { buffer, text, utf8 };
}

/** The rows as the chosen format prints them. */
function formatRows(rows: OutputRow[], format: string): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (format === 'sarif') return JSON.stringify(toSarif(rows), null, 2) + '\n';
  return rows.map((r) => `${r.file}:${r.line}:${r.column} ${r.severity} ${r.rule} ${r.message}\n`).join('');
}

export async function runCli(argv: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  const args = readArguments(argv);
  if ('code' in args) return args;
  const { values, positionals, format, fileDeadlineMs } = args;
  let stdout = '';
  let stderr = '';
  const err = (s: string): void => void (stderr += s);

  let exit = 0;
  const rows: OutputRow[] = [];
  const configs = new ConfigResolver();
  const reportedConfigs = new Set<string>();
  const addConfigProblems = (file: string, text: string, problems: Problem[]): void => {
    if (reportedConfigs.has(file)) return;
    reportedConfigs.add(file);
    const starts = computeLineStarts(text);
    for (const p of problems) rows.push(toRow(displayPath(file, cwd), starts, p));
    if (problems.length) exit = 2;
  };

  let explicit: ConfigFile | undefined;
  if (values.config) {
    const loaded = configs.load(path.resolve(cwd, values.config));
    if (loaded.readError) return { code: 2, stdout, stderr: `foresight-lint: cannot read config ${values.config}: ${loaded.readError}\n` };
    addConfigProblems(values.config, loaded.text ?? '', loaded.problems);
    explicit = loaded;
  }
  // The nearest .foresight.yml (docs/architecture.md); its problems, or that it cannot be read, are said once.
  const configFor = (file: string): ConfigFile => {
    if (explicit) return explicit;
    const loaded = configs.forFile(file);
    if (loaded.path && loaded.readError && !reportedConfigs.has(loaded.path)) {
      reportedConfigs.add(loaded.path);
      err(`foresight-lint: cannot read config ${displayPath(loaded.path, cwd)}: ${loaded.readError}\n`);
      exit = 2;
    } else if (loaded.path) addConfigProblems(displayPath(loaded.path, cwd), loaded.text ?? '', loaded.problems);
    return loaded;
  };

  const { files, errors } = expandPaths(positionals, cwd);
  for (const e of errors) err(`foresight-lint: ${e}\n`);
  if (errors.length) exit = 2;
  if (files.length === 0 && errors.length === 0) {
    err(`foresight-lint: no Markdown files found in ${positionals.join(', ')}\n`);
  }

  if (values.template) {
    const known = (explicit ?? configFor(path.join(cwd, 'x.md'))).config.templates;
    if (!known.has(values.template)) {
      return { code: 2, stdout, stderr: `foresight-lint: unknown template "${values.template}" (known: ${[...known.keys()].join(', ')})\n` };
    }
  }

  const checked: Array<{ shown: string; model: ReportModel; options: CheckOptions; checkLinks: boolean }> = [];
  // Each file on its own: one that cannot be read, fixed or checked is reported, and the others are still checked.
  const failed = (shown: string, e: unknown): void => {
    err(
      `foresight-lint: ${shown}: ${e instanceof CheckStopped ? 'not checked: it took longer than the timeout' : `could not be checked (${(e as Error).message})`}\n`,
    );
    exit = 2;
  };
  for (const { shown, absolute, outside } of files) {
    const source = readSource(shown, absolute, err);
    if (!source) {
      exit = 2;
      continue;
    }
    const { buffer, utf8 } = source;
    let text = source.text;
    try {
      const { config } = configFor(absolute);
      const options: CheckOptions = { config, templateOverride: values.template, shouldStop: deadline(fileDeadlineMs) };
      if (values.fix) text = fixFile(shown, absolute, text, buffer, utf8, outside, options, err);
      const model = buildModel(text, { config, templateOverride: values.template, shouldStop: options.shouldStop });
      const checkLinks = (values['check-links'] || config.links.check) && severityOf('dead-link', 'warning', options) !== 'off';
      checked.push({ shown, model, options, checkLinks });
    } catch (e) {
      failed(shown, e);
    }
  }

  const linkResults = await checkLinks(checked, values, env, err);
  for (const { shown, model, options, checkLinks } of checked) {
    let result: ReturnType<typeof checkModel>;
    try {
      result = checkModel(model, {
        ...(checkLinks ? { ...options, links: (url: string) => linkResults.get(url) } : options),
        shouldStop: deadline(fileDeadlineMs),
      });
    } catch (e) {
      failed(shown, e);
      continue;
    }
    for (const r of result.ruleErrors) err(`foresight-lint: rule ${r.rule} failed on ${shown}: ${r.error.message}\n`);
    if (result.notice) {
      err(`foresight-lint: ${shown}: ${result.notice}\n`);
      // Part of the file not read: not checked as asked. (Findings past the per-rule limit were checked, only not listed.)
      if (result.model.md.truncatedAt !== undefined) exit = 2;
    }
    const starts = result.model.md.lineStarts;
    for (const p of result.problems) {
      rows.push(toRow(shown, starts, p));
      if (p.severity === 'error' && exit === 0) exit = 1;
    }
  }

  stdout += formatRows(rows, format);
  return { code: exit, stdout, stderr };
}

export { VERSION };

/** How long one file may take to check by default: far past any real report (a 20 MB report takes seconds). */
const FILE_DEADLINE_MS = 120_000;

function deadline(ms: number): () => boolean {
  const until = Date.now() + ms;
  return () => Date.now() >= until;
}

/**
 * `--fix` on one file: the safe fixes, written atomically (docs/reliability.md).
 * A file that is not valid UTF-8 or that was reached through a symbolic link
 * leading out of the folder given is checked but never written.
 */
function fixFile(
  shown: string,
  absolute: string,
  text: string,
  buffer: Buffer,
  utf8: boolean,
  outside: boolean,
  options: CheckOptions,
  err: (s: string) => void,
): string {
  const fixed = fixAll(text, options);
  if (fixed.text === text) return text;
  if (!utf8) {
    err(`foresight-lint: ${shown}: not fixed: it is not valid UTF-8, and writing it back would replace its invalid bytes\n`);
    return text;
  }
  if (outside) {
    err(`foresight-lint: ${shown}: not fixed: a symbolic link leads to it from outside the folder given\n`);
    return text;
  }
  const outcome = writeFileSafely(absolute, fixed.text, buffer);
  if (!outcome.ok) {
    err(`foresight-lint: ${shown}: ${outcome.reason}\n`);
    return text;
  }
  return fixed.text;
}

/** Runs the link check for the files that want it: every distinct URL once, politely; results by fetch URL. */
async function checkLinks(
  files: Array<{ model: ReportModel; options: CheckOptions; checkLinks: boolean }>,
  values: { 'no-cache'?: boolean; 'cache-max-age'?: string; 'allow-private-addresses'?: boolean },
  env: NodeJS.ProcessEnv,
  err: (s: string) => void,
): Promise<Map<string, LinkResult>> {
  const results = new Map<string, LinkResult>();
  const urls = new Set<string>();
  for (const f of files) if (f.checkLinks) for (const t of linkTargets(f.model, f.options.config?.links.exclude)) urls.add(t.fetchUrl);
  if (urls.size === 0) return results;
  const maxAge = values['cache-max-age'] !== undefined ? Number(values['cache-max-age']) * 1000 : DEFAULT_MAX_AGE_MS;
  const cache = values['no-cache'] ? undefined : new LinkCache(defaultCacheDir(env), maxAge);
  const checker = new LinkChecker({ cache, allowPrivate: !!values['allow-private-addresses'] });
  await Promise.all([...urls].map(async (url) => results.set(url, await checker.check(url))));
  const problem = cache?.save();
  if (problem) err(`foresight-lint: ${problem}\n`);
  if (checker.offline) {
    const dropped = [...results].filter(([, r]) => r.network);
    for (const [url] of dropped) results.delete(url);
    err(
      `foresight-lint: no cited site could be reached and ${dropped.length} links failed to resolve: this machine seems offline or behind a proxy (proxies are not supported yet), so those links are not reported\n`,
    );
  }
  const { cached, requests } = checker.stats;
  err(
    `foresight-lint: checked ${urls.size} source link${urls.size === 1 ? '' : 's'} (${cached} from the cache, ${requests} HTTP request${requests === 1 ? '' : 's'})\n`,
  );
  return results;
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

function toSarif(rows: OutputRow[]): unknown {
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
              shortDescription: { text: r.description },
              helpUri: ruleDocUrl(r.code),
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
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
        accept: (name) => /\.md$/i.test(name),
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

/** A small glob: `*`, `?`, `**` and `[...]`, relative to `cwd`. */
function globFiles(pattern: string, cwd: string): string[] {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  while (parts.length && !/[*?[]/.test(parts[0])) fixed.push(parts.shift() as string);
  const base = path.resolve(cwd, fixed.join('/') || '.');
  const re = new RegExp(
    '^' +
      parts
        .join('/')
        .replace(/[.+^${}()|\\]/g, '\\$&')
        .replace(/\*\*\/?/g, '\u0000')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]')
        // eslint-disable-next-line no-control-regex -- NUL stands for `**/` while the glob is translated (no path holds one)
        .replace(/\u0000/g, '(?:.*/)?') +
      '$',
  );
  let candidates: string[] = [];
  try {
    candidates = fs.statSync(base).isDirectory() ? walkFiles(base, { accept: () => true }) : [];
  } catch {
    return [];
  }
  return candidates.filter((f) => re.test(path.relative(base, f).split(path.sep).join('/'))).map((f) => path.relative(cwd, f) || f);
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then(
    (result) => {
      process.stdout.write(result.stdout);
      process.stderr.write(result.stderr);
      process.exitCode = result.code;
    },
    (e: Error) => {
      process.stderr.write(`foresight-lint: internal error: ${e.stack ?? e.message}\n`);
      process.exitCode = 2;
    },
  );
}
