/**
 * The CLI's output formats for CI systems (README, "Command line"): GitHub
 * workflow commands (annotations on a pull request), JUnit XML, and GitLab
 * Code Quality (Code Climate JSON). Pure: rows in, text out.
 */
import type * as cryptoT from 'crypto';
import type { Severity } from './core/types';
import { ENGLISH, type Messages } from './core/messages';

export interface Row {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
}

/** GitHub's escaping of a workflow command's message, and of its properties (which also escape `:` and `,`). */
const ghData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProperty = (s: string): string => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const GITHUB_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::MESSAGE`, one line per finding. */
export function formatGithub(rows: readonly Row[]): string {
  return rows
    .map(
      (r) =>
        `::${GITHUB_LEVEL[r.severity]} file=${ghProperty(r.file)},line=${r.line},col=${r.column},endLine=${r.endLine},endColumn=${r.endColumn},title=${ghProperty(
          `foresight-lint ${r.rule}`,
        )}::${ghData(r.message)}\n`,
    )
    .join('');
}

const xml = (s: string): string =>
  s
    // Characters XML 1.0 cannot hold at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** JUnit XML: a test suite per file, a failing test case per finding (CI systems show them as failed tests). */
export function formatJunit(rows: readonly Row[]): string {
  const byFile = new Map<string, Row[]>();
  for (const r of rows) {
    const list = byFile.get(r.file);
    if (list) list.push(r);
    else byFile.set(r.file, [r]);
  }
  const suites = [...byFile].map(([file, list]) => {
    const cases = list.map(
      (r) =>
        `    <testcase classname="${xml(file)}" name="${xml(`${r.rule} at ${r.line}:${r.column}`)}">\n` +
        `      <failure type="${xml(r.rule)}" message="${xml(r.message)}">${xml(`${file}:${r.line}:${r.column} ${r.severity} ${r.rule} ${r.message}`)}</failure>\n` +
        `    </testcase>\n`,
    );
    return `  <testsuite name="${xml(file)}" tests="${list.length}" failures="${list.length}" errors="0">\n${cases.join('')}  </testsuite>\n`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="foresight-lint" tests="${rows.length}" failures="${rows.length}">\n${suites.join('')}</testsuites>\n`;
}

const CODECLIMATE_SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

/**
 * GitLab Code Quality (the Code Climate issue format): a JSON array of issues, each with a fingerprint that stays
 * the same while the finding does (GitLab compares them between branches), made from the file, rule and message
 * and the finding's rank among identical ones, not its line, so that an edit above it does not make it new.
 */
export function formatCodeclimate(rows: readonly Row[]): string {
  const seen = new Map<string, number>();
  const issues = rows.map((r) => {
    const base = `${r.file}\0${r.rule}\0${r.message}`;
    const rank = (seen.get(base) ?? 0) + 1;
    seen.set(base, rank);
    return {
      type: 'issue',
      check_name: r.rule,
      description: r.message,
      categories: ['Style'],
      severity: CODECLIMATE_SEVERITY[r.severity],
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only for this format
      fingerprint: (require('crypto') as typeof cryptoT).createHash('sha256').update(`${base}\0${rank}`).digest('hex').slice(0, 32),
      location: { path: r.file, lines: { begin: r.line, end: r.endLine } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
}

/** What the text format needs beyond the rows: colours, code frames, and what the summary counts. */
export interface TextOptions {
  /** Grouped by file with a summary line (a terminal); otherwise one line per finding, for tools and grep. */
  grouped: boolean;
  /** ANSI colours (a terminal, unless NO_COLOR; or FORCE_COLOR). */
  colour: boolean;
  /** Reports checked (the summary says how many had problems). */
  files: number;
  /** Rows with a safe fix, by index into the rows. */
  fixable: ReadonlySet<number>;
  /** The source lines under each finding (`--code-frame`), by index into the rows. */
  frames?: ReadonlyArray<string | undefined>;
  /** The words of the summary (the run's locale); English when not given. */
  messages?: Messages;
}

const SGR = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  underline: '\u001b[4m',
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  blue: '\u001b[34m',
  grey: '\u001b[90m',
};
const SEVERITY_COLOUR: Record<Severity, string> = { error: SGR.red, warning: SGR.yellow, info: SGR.blue, hint: SGR.grey };

/**
 * The text format (README, "Command line"). Grouped: a heading per file, the findings under it with aligned
 * columns, then "12 problems (3 errors, 9 warnings) in 4 files, 2 fixable with --fix". Plain: the
 * `FILE:LINE:COL SEVERITY RULE MESSAGE` lines that editors' problem matchers read; the summary is then the caller's
 * to print elsewhere (stderr), so that standard output holds findings only.
 */
export function formatText(rows: readonly Row[], options: TextOptions): string {
  const paint = (code: string, s: string): string => (options.colour ? `${code}${s}${SGR.reset}` : s);
  const frame = (i: number): string => {
    const f = options.frames?.[i];
    if (f === undefined) return '';
    const indent = options.grouped ? '    ' : '  ';
    const [source, carets] = f.split('\n');
    return `${indent}${source}\n${indent}${carets.replace(/\^+$/, (c) => paint(SGR.red, c))}\n`;
  };
  if (!options.grouped) return rows.map((r, i) => `${r.file}:${r.line}:${r.column} ${r.severity} ${r.rule} ${r.message}\n${frame(i)}`).join('');
  const byFile = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const list = byFile.get(r.file);
    if (list) list.push(i);
    else byFile.set(r.file, [i]);
  });
  let out = '';
  for (const [file, indexes] of byFile) {
    out += `${paint(SGR.underline, file)}\n`;
    const positions = indexes.map((i) => `${rows[i].line}:${rows[i].column}`);
    const posWidth = Math.max(...positions.map((p) => p.length));
    const sevWidth = Math.max(...indexes.map((i) => rows[i].severity.length));
    indexes.forEach((i, k) => {
      const r = rows[i];
      const pos = paint(SGR.dim, positions[k].padEnd(posWidth));
      const sev = paint(SEVERITY_COLOUR[r.severity], r.severity.padEnd(sevWidth));
      out += `  ${pos}  ${sev}  ${r.message}  ${paint(SGR.dim, r.rule)}\n${frame(i)}`;
    });
    out += '\n';
  }
  return out + summaryLine(rows, options) + '\n';
}

/** "12 problems (3 errors, 9 warnings) in 4 files, 2 fixable with --fix", or "No problems in 10 files" (in the run's language). */
export function summaryLine(rows: readonly Row[], options: Pick<TextOptions, 'colour' | 'files' | 'fixable' | 'messages'>): string {
  const m = options.messages ?? ENGLISH;
  const paint = (code: string, s: string): string => (options.colour ? `${code}${s}${SGR.reset}` : s);
  if (rows.length === 0) return paint(SGR.bold, m.plural('summary.none', options.files, {}));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of rows) counts[r.severity]++;
  const parts = (['error', 'warning', 'info', 'hint'] as const).filter((s) => counts[s] > 0).map((s) => m.plural(`summary.${s}`, counts[s], {}));
  const files = m.plural('summary.files', new Set(rows.map((r) => r.file)).size, {});
  const said = { mark: counts.error ? '✖' : '⚠', problems: m.plural('summary.problems', rows.length, {}), counts: parts.join(', '), files };
  const line = options.fixable.size
    ? m.t('summary.line-fixable', { ...said, fixable: m.plural('summary.fixable', options.fixable.size, {}) })
    : m.t('summary.line', said);
  return paint(SGR.bold + (counts.error ? SGR.red : SGR.yellow), line);
}

/**
 * `--code-frame`: the finding's line, numbered, with carets under the span (to the line's end when the span goes on);
 * long lines are cut to a window around the finding. Tabs are shown as one space so that the carets stay aligned.
 */
export function codeFrame(text: string, lineStart: number, lineNumber: number, startColumn: number, endColumn: number, endLine: number): string {
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd > lineStart && text[lineEnd - 1] === '\r') lineEnd--;
  const WIDTH = 100;
  let line = text.slice(lineStart, Math.min(lineEnd, lineStart + 10_000)).replace(/\t/g, ' ');
  let from = startColumn - 1;
  let to = endLine === lineNumber ? Math.max(endColumn - 1, from + 1) : Math.max(line.length, from + 1);
  let cut = 0;
  if (line.length > WIDTH) {
    cut = Math.max(0, Math.min(from - 20, line.length - WIDTH));
    line = (cut > 0 ? '…' : '') + line.slice(cut, cut + WIDTH) + (cut + WIDTH < line.length ? '…' : '');
    const shift = cut > 0 ? 1 - cut : 0;
    from += shift;
    to = Math.min(to + shift, line.length);
  }
  const gutter = String(lineNumber);
  return `${gutter} | ${line}\n${' '.repeat(gutter.length)} | ${' '.repeat(Math.max(0, from))}${'^'.repeat(Math.max(1, to - from))}`;
}
