import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCli, SMALL_RUN_BYTES } from '../../server/src/cli';
import { ruleCodes } from '../../server/src/core/rules/codes';
import { SERVER } from '../support/lspClient';
import { makeTempDir } from '../support/tmp';

const root = path.resolve(__dirname, '../../..');
const examples = path.join(root, 'examples');

function tempDir(files: Record<string, string>): string {
  const dir = makeTempDir('foresight-cli-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('foresight-lint CLI', () => {
  it('prints nothing and exits 0 for the clean examples', async () => {
    const r = await runCli(['para-diplomacy.md', 'templates', 'pandoc', 'bilingual'], examples);
    assert.strictEqual(r.stdout, '');
    assert.strictEqual(r.code, 0);
  });

  it('matches the checked-in expected output for examples/with-problems, where every rule but the opt-in unused-reference and dead-link fires', async () => {
    const r = await runCli(['with-problems'], examples);
    const expected = fs.readFileSync(path.join(root, 'test/fixtures/with-problems.expected.txt'), 'utf8');
    assert.strictEqual(r.stdout, expected);
    assert.strictEqual(r.code, 2, 'the broken config makes it exit 2');
    const fired = new Set(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(' ')[2]),
    );
    // dead-link needs the network and is off by default: test/unit/links/ runs it against a local server.
    assert.deepStrictEqual(
      ruleCodes.filter((c) => !fired.has(c)),
      ['unused-reference', 'dead-link'],
    );
  });

  it('tells a process of its own how much Markdown it checks, before the first file is read, counting only so far', async () => {
    // `main` turns V8's regular-expression optimisations off below SMALL_RUN_BYTES (BENCHMARKS.md, "Whole process").
    const told: number[] = [];
    const beforeChecking = (bytes: number): void => void told.push(bytes);
    const page = 'A claim.[^1]\n\n[^1]: Ada Lund, *Tides* (Harbour Press, 2001), 4.\n';
    const dir = tempDir({ 'page.md': page, 'many/a.md': 'x'.repeat(SMALL_RUN_BYTES), 'many/b.md': 'y'.repeat(SMALL_RUN_BYTES) });
    await runCli(['page.md'], dir, {}, undefined, {}, { beforeChecking });
    assert.deepStrictEqual(told, [page.length]);
    // a folder is counted until it reaches the limit: the second file is not looked at
    await runCli(['many'], dir, {}, undefined, {}, { beforeChecking });
    assert.deepStrictEqual(told, [page.length, SMALL_RUN_BYTES]);
    await runCli(['--stdin'], dir, {}, () => page, {}, { beforeChecking });
    assert.deepStrictEqual(told, [page.length, SMALL_RUN_BYTES, page.length]);
  });

  it('finds the same in a small run in a process of its own, where regular expressions are not optimised, as in this one', async () => {
    const own = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), '--format', 'json', 'with-problems'], { cwd: examples, encoding: 'utf8' });
    assert.ok(JSON.parse(own.stdout).length > 20);
    assert.strictEqual(own.stdout, (await runCli(['--format', 'json', 'with-problems'], examples)).stdout);
  });

  it('prints JSON rows with 1-based positions and relative paths', async () => {
    const r = await runCli(['--format', 'json', 'with-problems/ibid-first.md'], examples);
    assert.deepStrictEqual(JSON.parse(r.stdout), [
      {
        file: 'with-problems/ibid-first.md',
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 5,
        severity: 'error',
        rule: 'ibid-without-antecedent',
        message: 'Footnote [^1] is "Ibid." but is the first note in reading order: there is no earlier source.',
      },
    ]);
    assert.strictEqual(r.code, 1);
  });

  it('prints SARIF 2.1.0 with rule metadata and regions', async () => {
    const r = await runCli(['--format', 'sarif', 'with-problems/ibid-first.md'], examples);
    const sarif = JSON.parse(r.stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.strictEqual(run.tool.driver.rules.length, ruleCodes.length);
    assert.deepStrictEqual(run.results[0].locations[0].physicalLocation.region, { startLine: 5, startColumn: 1, endLine: 5, endColumn: 5 });
    assert.strictEqual(run.results[0].level, 'error');
  });

  it('exits 2 with a clear message for a missing path, an unknown format or template, and no stack trace', async () => {
    for (const args of [['nope.md'], ['--format', 'xml', 'x.md'], ['--template', 'nope', 'para-diplomacy.md'], ['--bogus'], []]) {
      const r = await runCli(args, examples);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^foresight-lint: /);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  });

  it('walks folders for .md files, skipping node_modules and dot-folders, and expands globs', async () => {
    const dir = tempDir({
      'a.md': 'A[^1].\n',
      'sub/b.md': 'B[^1].\n',
      'node_modules/c.md': 'C[^1].\n',
      '.hidden/d.md': 'D[^1].\n',
      'notes.txt': 'E[^1].\n',
    });
    const r = await runCli(['.'], dir);
    assert.deepStrictEqual(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(':')[0]),
      ['a.md', path.join('sub', 'b.md')],
    );
    const g = await runCli(['**/*.md'], dir);
    assert.deepStrictEqual(
      g.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(':')[0]),
      ['a.md', 'sub/b.md'],
    );
  });

  it('--version says the version package.json gives, as the language server does', async () => {
    const { version } = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as { version: string };
    assert.strictEqual((await runCli(['--version'])).stdout, `${version}\n`);
    const server = spawnSync(process.execPath, [SERVER, '--version'], { encoding: 'utf8' });
    assert.strictEqual(server.stdout, `${version}\n`);
  });

  it('survives a symlink loop', async () => {
    const dir = tempDir({ 'a.md': '# A\n' });
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    const r = await runCli(['.'], dir);
    assert.strictEqual(r.code, 0);
  });

  it('finds the nearest .foresight.yml, and --config and --template override it', async () => {
    const dir = tempDir({
      '.foresight.yml': 'template: force-of-change\n',
      'reports/r.md': '# R\n\n## What is it?\n\nx\n',
      'other.yml': 'rules:\n  missing-section: off\n',
    });
    assert.match((await runCli(['reports'], dir)).stdout, /missing-section/);
    assert.doesNotMatch((await runCli(['--config', 'other.yml', 'reports'], dir)).stdout, /missing-section/);
    assert.match((await runCli(['--config', 'other.yml', '--template', 'signal', 'reports'], dir)).stdout, /missing-metadata/);
  });

  it('names a --config file with problems relative to the folder it runs in, however the path was written', async () => {
    const dir = tempDir({ 'cfg/team.yml': 'rules:\n  no-such-rule: error\n', 'r.md': 'Text.\n' });
    for (const written of [path.join(dir, 'cfg/team.yml'), './cfg/team.yml', 'r/../cfg/team.yml']) {
      const r = await runCli(['--config', written, 'r.md'], dir);
      assert.match(r.stdout, /^cfg\/team\.yml:2:3 error config /, written);
      assert.strictEqual(r.code, 2);
    }
  });

  it('--fix applies only the safe fixes, in place', async () => {
    const dir = tempDir({
      'r.md': 'A[^2] b[^1] (link is external).\n\n[^1]: One. http://e.org/1\n[^2]: Two. https://e.org/2\n',
    });
    const r = await runCli(['--fix', 'r.md'], dir);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'r.md'), 'utf8'), 'A[^1] b[^2].\n\n[^1]: Two. https://e.org/2\n[^2]: One. http://e.org/1\n');
    assert.match(r.stdout, /insecure-url/, 'the unsafe https fix is not applied');
    assert.strictEqual(r.code, 0);
  });
});

describe('foresight-lint CLI on hostile input', () => {
  it('reads binary and non-UTF-8 files with a clear warning, and reports a dangling path as unreadable (exit 2), never a stack trace', async () => {
    const dir = tempDir({ 'empty-folder/readme.txt': 'no reports here\n' });
    fs.writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0, 1, 2, 255, 254, 91, 94, 49, 93]));
    fs.writeFileSync(path.join(dir, 'latin1.md'), Buffer.from('Caf\xe9 [^1]\n', 'latin1'));
    fs.symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'dangling.md'));
    const r = await runCli(['binary.md', 'latin1.md'], dir);
    assert.match(r.stderr, /binary\.md: looks like a binary file/);
    assert.match(r.stderr, /latin1\.md: not valid UTF-8/);
    assert.strictEqual(r.code, 1, 'checked: the undefined notes are errors');
    const d = await runCli(['dangling.md', 'latin1.md'], dir);
    assert.strictEqual(d.code, 2);
    assert.match(d.stderr, /cannot read dangling\.md/);
    assert.match(d.stdout, /latin1\.md:1:\d+/, 'the file after the unreadable one is still checked');
    const e = await runCli(['empty-folder'], dir);
    assert.strictEqual(e.code, 0);
    assert.match(e.stderr, /no Markdown files found/);
    for (const x of [r, d, e]) assert.doesNotMatch(x.stderr, /\n\s+at /);
  });
});

describe('foresight-lint CLI on a report past the limits', () => {
  it('says which lines were checked, on stderr, and exits 2', async () => {
    const big = Array.from({ length: 100_050 }, (_, k) => `Paragraph ${k}.`).join('\n\n');
    const dir = tempDir({ 'huge.md': big + '\n', 'fine.md': 'A[^1].\n\n[^1]: https://e.org\n' });
    const r = await runCli(['huge.md', 'fine.md'], dir);
    assert.match(r.stderr, /huge\.md: Only lines 1-\d+ of this report were checked: it has more than 100,000 blocks/);
    assert.strictEqual(r.code, 2);
    assert.doesNotMatch(r.stderr, /fine\.md/);
  });

  it('says when a rule found more than it lists, and does not fail for that alone (all of the file was checked)', async () => {
    const dir = tempDir({ 'debris.md': 'See this (link is external) now.\n\n'.repeat(10_050) });
    const r = await runCli(['debris.md'], dir);
    assert.match(r.stderr, /debris\.md: link-artifact found more than 10,000 problems: only those are listed\./);
    assert.strictEqual(r.stdout.trim().split('\n').length, 10_000);
    assert.strictEqual(r.code, 0, 'warnings only');
  });
});
