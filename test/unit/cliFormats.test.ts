/** The CLI's formats for CI systems and the options of ESLint users (README, "Command line"). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../server/src/cli';
import { formatCodeclimate, formatGithub, formatJunit, type Row } from '../../server/src/cliFormats';
import { makeTempDir } from '../support/tmp';

const examples = path.resolve(__dirname, '../../../examples');

function tempDir(files: Record<string, string>): string {
  const dir = makeTempDir('foresight-formats-');
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const row = (over: Partial<Row> = {}): Row => ({
  file: 'a.md',
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 9,
  severity: 'error',
  rule: 'undefined-footnote',
  message: 'Footnote [^2] has no definition.',
  ...over,
});

describe('CLI formats for CI', () => {
  it('github: one workflow command per finding, with GitHub’s escaping of properties and message', () => {
    assert.strictEqual(
      formatGithub([row(), row({ file: 'd,ir/b:c.md', severity: 'info', rule: 'footnote-order', message: '50% done\nnext line' })]),
      '::error file=a.md,line=3,col=5,endLine=3,endColumn=9,title=foresight-lint undefined-footnote::Footnote [^2] has no definition.\n' +
        '::notice file=d%2Cir/b%3Ac.md,line=3,col=5,endLine=3,endColumn=9,title=foresight-lint footnote-order::50%25 done%0Anext line\n',
    );
  });

  it('junit: a suite per file and a failing case per finding, escaped as XML', () => {
    const out = formatJunit([row(), row({ message: 'a <b> & "c"' }), row({ file: 'z.md' })]);
    assert.match(out, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="foresight-lint" tests="3" failures="3">/);
    assert.strictEqual((out.match(/<testsuite /g) ?? []).length, 2);
    assert.strictEqual((out.match(/<testcase /g) ?? []).length, 3);
    assert.match(out, /message="a &lt;b&gt; &amp; &quot;c&quot;"/);
  });

  it('codeclimate: GitLab Code Quality issues, fingerprints unique and stable when lines move', () => {
    const issues = JSON.parse(formatCodeclimate([row(), row(), row({ line: 7, endLine: 7, severity: 'warning' })])) as Array<{
      fingerprint: string;
      severity: string;
      check_name: string;
      location: { path: string; lines: { begin: number } };
    }>;
    assert.deepStrictEqual(
      issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin]),
      [
        ['undefined-footnote', 'major', 'a.md', 3],
        ['undefined-footnote', 'major', 'a.md', 3],
        ['undefined-footnote', 'minor', 'a.md', 7],
      ],
    );
    assert.strictEqual(new Set(issues.map((i) => i.fingerprint)).size, 3);
    const moved = JSON.parse(formatCodeclimate([row({ line: 10, endLine: 10 })])) as Array<{ fingerprint: string }>;
    assert.strictEqual(moved[0].fingerprint, issues[0].fingerprint);
  });

  it('runs every format over the examples, with the same findings', async () => {
    const text = await runCli(['--format', 'json', 'with-problems'], examples);
    const count = (JSON.parse(text.stdout) as unknown[]).length;
    const github = await runCli(['--format', 'github', 'with-problems'], examples);
    assert.strictEqual(github.stdout.split('\n').filter((l) => l.startsWith('::')).length, count);
    const junit = await runCli(['--format', 'junit', 'with-problems'], examples);
    assert.match(junit.stdout, new RegExp(`tests="${count}"`));
    const cc = await runCli(['--format', 'codeclimate', 'with-problems'], examples);
    assert.strictEqual((JSON.parse(cc.stdout) as unknown[]).length, count);
    assert.strictEqual(github.code, text.code);
  });

  it('--quiet reports errors only; --max-warnings fails a run with more warnings than allowed', async () => {
    const dir = tempDir({
      'r.md': '# R\n\nA claim.[^1] and another.[^3]\n\n[^1]: Text.\n[^2]: Unused.\n',
      'w.md': '# W\n\n[^2] then [^1].\n\n[^1]: https://example.org/a\n[^2]: https://example.org/b\n',
    });
    const all = await runCli(['--format', 'json', '.'], dir);
    const rows = JSON.parse(all.stdout) as Array<{ severity: string }>;
    const warnings = rows.filter((r) => r.severity === 'warning').length;
    assert.ok(
      warnings > 0 && rows.some((r) => r.severity === 'error') && rows.some((r) => r.severity === 'info' || r.severity === 'hint'),
      JSON.stringify(rows),
    );
    const quiet = await runCli(['--quiet', '--format', 'json', '.'], dir);
    assert.deepStrictEqual(
      (JSON.parse(quiet.stdout) as Array<{ severity: string }>).map((r) => r.severity),
      rows.filter((r) => r.severity === 'error').map((r) => r.severity),
    );
    const within = await runCli(['--max-warnings', String(warnings), '--format', 'json', '.'], dir);
    assert.strictEqual(within.stderr, all.stderr);
    const over = await runCli(['--max-warnings', String(warnings - 1), '.'], dir);
    assert.strictEqual(over.code, 1);
    assert.match(over.stderr, new RegExp(`${warnings} warnings, more than --max-warnings ${warnings - 1}`));
    // Without errors, the warnings alone decide the exit code.
    const warnOnly = tempDir({ 'w.md': '# W\n\nA claim.[^1]\n\n[^1]: Text.\n[^2]: Unused.\n' });
    const n = (JSON.parse((await runCli(['--format', 'json', '.'], warnOnly)).stdout) as Array<{ severity: string }>).filter(
      (r) => r.severity === 'warning',
    ).length;
    assert.strictEqual((await runCli(['.'], warnOnly)).code, 0);
    assert.strictEqual(n, 1);
    assert.strictEqual((await runCli(['--max-warnings', '0', '.'], warnOnly)).code, 1);
    assert.strictEqual((await runCli(['--max-warnings', '1', '.'], warnOnly)).code, 0);
    assert.strictEqual((await runCli(['--max-warnings', 'x', '.'], dir)).code, 2);
  });

  it('--rule sets a severity over the config, and --no-config ignores .foresight.yml', async () => {
    const dir = tempDir({
      '.foresight.yml': 'rules:\n  unused-footnote: error\n',
      'w.md': '# W\n\nA claim.[^1]\n\n[^1]: Text.\n[^2]: Unused.\n',
    });
    const configured = await runCli(['.'], dir);
    assert.match(configured.stdout, / error unused-footnote /);
    assert.strictEqual(configured.code, 1);
    const overridden = await runCli(['--rule', 'unused-footnote:hint', '--rule', 'footnote-order:off', '.'], dir);
    assert.match(overridden.stdout, / hint unused-footnote /);
    assert.strictEqual(overridden.code, 0);
    const noConfig = await runCli(['--no-config', '.'], dir);
    assert.match(noConfig.stdout, / warning unused-footnote /);
    assert.strictEqual((await runCli(['--rule', 'unused-footnote', '.'], dir)).code, 2);
    assert.strictEqual((await runCli(['--rule', 'no-such-rule:error', '.'], dir)).code, 2);
    assert.strictEqual((await runCli(['--no-config', '--config', 'x.yml', '.'], dir)).code, 2);
  });

  it('--stdin checks standard input, as the file --stdin-filename names (its config applies)', async () => {
    const dir = tempDir({ '.foresight.yml': 'rules:\n  unused-footnote: error\n' });
    const text = '# W\n\nA claim.[^1]\n\n[^1]: Text.\n[^2]: Unused.\n';
    const named = await runCli(['--stdin', '--stdin-filename', 'drafts/w.md'], dir, process.env, () => text);
    assert.strictEqual(named.stdout, 'drafts/w.md:6:1 error unused-footnote Footnote [^2] is defined but never referenced.\n');
    assert.strictEqual(named.code, 1);
    assert.strictEqual(named.stderr, '✖ 1 problem (1 error) in 1 file\n', 'piped: the summary on stderr');
    const bare = await runCli(['--stdin', '--format', 'json'], dir, process.env, () => text);
    assert.deepStrictEqual(
      (JSON.parse(bare.stdout) as Array<{ file: string }>).map((r) => r.file),
      ['<stdin>'],
    );
    assert.strictEqual((await runCli(['--stdin', 'x.md'], dir, process.env, () => text)).code, 2);
    assert.strictEqual((await runCli(['--stdin', '--fix'], dir, process.env, () => text)).code, 2);
  });

  it('--ignore skips the files a glob matches, and everything under a folder it names', async () => {
    const dir = tempDir({ 'a.md': '# A\n\n[^1]\n', 'b.draft.md': '# B\n\n[^1]\n' });
    fs.mkdirSync(path.join(dir, 'drafts'));
    fs.writeFileSync(path.join(dir, 'drafts', 'c.md'), '# C\n\n[^1]\n');
    const files = async (...args: string[]): Promise<string[]> =>
      [...new Set((JSON.parse((await runCli(['--format', 'json', ...args, '.'], dir)).stdout) as Array<{ file: string }>).map((r) => r.file))].sort();
    assert.deepStrictEqual(await files(), ['a.md', 'b.draft.md', 'drafts/c.md']);
    assert.deepStrictEqual(await files('--ignore', '*.draft.md'), ['a.md', 'drafts/c.md']);
    assert.deepStrictEqual(await files('--ignore', 'drafts', '--ignore', 'a.md'), ['b.draft.md']);
    assert.deepStrictEqual(await files('--ignore', '**/*.md'), []);
    assert.match((await runCli(['--ignore', '**/*.md', '.'], dir)).stderr, /every file found is ignored, by --ignore or a config's ignore: \(3\)/);
  });

  it('--print-config prints the configuration that applies to a file, and checks nothing', async () => {
    const dir = tempDir({ '.foresight.yml': 'template: signal\nrules:\n  unused-footnote: error\nbibliography: refs.bib\n' });
    fs.mkdirSync(path.join(dir, 'sub'));
    const r = await runCli(['--print-config', 'sub/r.md', '--rule', 'footnote-order:off'], dir);
    assert.strictEqual(r.code, 0);
    const c = JSON.parse(r.stdout) as {
      file: string;
      configFile: string;
      report: boolean;
      template: string;
      rules: Record<string, string>;
      bibliography: string[];
      templates: string[];
    };
    assert.deepStrictEqual(
      [c.file, c.configFile, c.report, c.template, c.rules, c.bibliography],
      ['sub/r.md', '.foresight.yml', true, 'signal', { 'unused-footnote': 'error', 'footnote-order': 'off' }, ['refs.bib']],
    );
    assert.ok(c.templates.includes('force-of-change'));
    const none = JSON.parse((await runCli(['--print-config', 'x.md', '--no-config'], dir)).stdout) as { configFile: null; report: boolean };
    assert.deepStrictEqual([none.configFile, none.report], [null, false]);
    const broken = tempDir({ '.foresight.yml': 'rules: [\n' });
    assert.strictEqual((await runCli(['--print-config', 'a.md'], broken)).code, 2);
  });
});
