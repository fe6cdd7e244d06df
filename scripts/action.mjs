// The GitHub Action's entry point (action.yml at the repository root), run by `node` on the runner.
// It reads the action's inputs from the environment (INPUT_PATHS, INPUT_ARGS, INPUT_SARIF, INPUT_SARIF_FILE),
// runs the CLI once (`node dist/cli.js --format sarif`) and, from that one run, prints a
// workflow command per finding (an annotation, exactly as `--format github` writes it), writes the SARIF file
// when asked, writes the step's outputs to $GITHUB_OUTPUT and a Markdown summary to $GITHUB_STEP_SUMMARY, and
// exits with the CLI's exit code (README, "Command line": 0 no errors, 1 errors, 2 bad usage or broken config).
import { spawn } from 'child_process';
import { randomUUID } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cliPath = path.join(root, 'dist', 'cli.js');

/** Rows listed in the step summary; past this only the counts (the annotations and SARIF have them all). */
const SUMMARY_ROWS = 100;

/**
 * An input split into arguments the way a shell splits words, with no expansion of any kind: spaces, tabs and
 * new lines separate; '…' keeps everything literally; "…" keeps everything but \" and \\; a backslash outside
 * quotes keeps the next character. Throws on an unterminated quote.
 */
function splitArgs(text) {
  const args = [];
  let current = '';
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) args.push(current);
      current = '';
      inWord = false;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unterminated ' in "${text}"`);
      current += text.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      inWord = true;
      for (i++; ; i++) {
        if (i >= text.length) throw new Error(`unterminated " in "${text}"`);
        if (text[i] === '"') break;
        if (text[i] === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) i++;
        current += text[i];
      }
    } else if (c === '\\' && i + 1 < text.length) {
      current += text[++i];
      inWord = true;
    } else {
      current += c;
      inWord = true;
    }
  }
  if (inWord) args.push(current);
  return args;
}

// GitHub's escaping of a workflow command's message, and of its properties (which also escape `:` and `,`),
// as the CLI's `--format github` does (server/src/cliFormats.ts).
const ghData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProperty = (s) => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMAND = { error: 'error', warning: 'warning', note: 'notice', none: 'notice' };

/** One SARIF result as the workflow command `--format github` prints for the same finding. */
function annotation(result) {
  const location = result.locations?.[0]?.physicalLocation;
  const region = location?.region ?? {};
  const file = location?.artifactLocation?.uri ?? '';
  const props = `file=${ghProperty(file)},line=${region.startLine},col=${region.startColumn},endLine=${region.endLine},endColumn=${region.endColumn}`;
  return `::${COMMAND[result.level] ?? 'notice'} ${props},title=${ghProperty(`foresight-lint ${result.ruleId}`)}::${ghData(result.message?.text ?? '')}\n`;
}

/** Appends `name=value` lines to the file GitHub names; a value with a line break in the delimiter form. */
function writeOutputs(outputs) {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) return;
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    const v = String(value);
    if (!/[\r\n]/.test(v)) text += `${name}=${v}\n`;
    else {
      const delimiter = `ghadelimiter_${randomUUID()}`;
      text += `${name}<<${delimiter}\n${v}\n${delimiter}\n`;
    }
  }
  fs.appendFileSync(file, text);
}

/** A table cell's text: one line, its pipes escaped, no HTML. */
const cell = (s) =>
  String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

function writeSummary(results, code) {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  const count = (level) => results.filter((r) => r.level === level).length;
  const files = new Set(results.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri));
  let text = `### foresight-lint\n\n`;
  text += results.length
    ? `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('note'), 'notice')} in ${plural(files.size, 'file')} (exit code ${code}).\n\n`
    : code === 0
      ? 'No problems found.\n\n'
      : `Nothing to list, but the command line exited with ${code}: see the step's log.\n\n`;
  if (results.length) {
    text += '| File | Line | Level | Rule | Message |\n| --- | --- | --- | --- | --- |\n';
    for (const r of results.slice(0, SUMMARY_ROWS)) {
      const location = r.locations?.[0]?.physicalLocation;
      text += `| ${cell(location?.artifactLocation?.uri ?? '')} | ${location?.region?.startLine ?? ''} | ${COMMAND[r.level] ?? r.level} | ${cell(r.ruleId)} | ${cell(r.message?.text ?? '')} |\n`;
    }
    if (results.length > SUMMARY_ROWS) text += `\n… and ${results.length - SUMMARY_ROWS} more (see the annotations or the SARIF file).\n`;
  }
  fs.appendFileSync(file, text + '\n');
}

/** The command line run in a process of its own: its stdout (the SARIF log) kept, its stderr passed on as it comes. */
function runCli(argv, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...argv], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.on('error', reject);
    // Killed by a signal: no exit code; 2, as for any run that could not check what it was asked to.
    child.on('close', (code) => resolve({ code: code ?? 2, stdout: Buffer.concat(chunks).toString('utf8') }));
  });
}

/** A problem with the action's inputs or installation: said as an error annotation; the step fails with 2. */
function fail(message) {
  process.stdout.write(`::error title=foresight-lint::${ghData(message)}\n`);
  writeOutputs({ errors: '', warnings: '', 'exit-code': 2, 'sarif-file': '' });
  process.exitCode = 2;
}

async function main() {
  const env = process.env;
  const cwd = process.cwd();
  let paths;
  let args;
  try {
    paths = splitArgs(env.INPUT_PATHS ?? '');
    args = splitArgs(env.INPUT_ARGS ?? '');
  } catch (e) {
    return fail(`cannot read the action's inputs: ${e.message}`);
  }
  if (paths.length === 0) paths = ['.'];
  const sarif = (env.INPUT_SARIF || 'false').trim().toLowerCase();
  if (sarif !== 'true' && sarif !== 'false') return fail(`input sarif must be true or false (got "${env.INPUT_SARIF}")`);
  if (args.some((a) => a === '-f' || /^--format(?:=|$)/.test(a) || /^-f./.test(a))) {
    return fail('input args: leave --format out; the action prints annotations, and writes SARIF with sarif: true');
  }
  if (!fs.existsSync(cliPath)) return fail(`${cliPath} is missing: the action's build step did not run or failed`);

  const result = await runCli(['--format', 'sarif', ...args, '--', ...paths], cwd);
  let log;
  try {
    log = result.stdout.trim() ? JSON.parse(result.stdout) : undefined;
  } catch {
    log = undefined;
  }
  // Not a SARIF log (`--help` in args, say): shown as it came.
  if (!log) process.stdout.write(result.stdout);
  const results = log?.runs?.[0]?.results ?? [];
  process.stdout.write(results.map(annotation).join(''));

  let sarifFile = '';
  if (sarif === 'true' && log) {
    sarifFile = path.resolve(cwd, env.INPUT_SARIF_FILE || 'foresight-lint.sarif');
    fs.mkdirSync(path.dirname(sarifFile), { recursive: true });
    fs.writeFileSync(sarifFile, result.stdout);
  }
  writeOutputs({
    errors: results.filter((r) => r.level === 'error').length,
    warnings: results.filter((r) => r.level === 'warning').length,
    'exit-code': result.code,
    'sarif-file': sarifFile,
  });
  writeSummary(results, result.code);
  process.exitCode = result.code;
}

main().catch((e) => fail(`internal error: ${e.stack ?? e.message}`));
