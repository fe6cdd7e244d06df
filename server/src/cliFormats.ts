/**
 * The CLI's output formats for CI systems (README, "Command line"): GitHub
 * workflow commands (annotations on a pull request), JUnit XML, and GitLab
 * Code Quality (Code Climate JSON). Pure: rows in, text out.
 */
import { createHash } from 'crypto';
import type { Severity } from './core/types';

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
      fingerprint: createHash('sha256').update(`${base}\0${rank}`).digest('hex').slice(0, 32),
      location: { path: r.file, lines: { begin: r.line, end: r.endLine } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
}
