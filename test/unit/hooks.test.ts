/**
 * The commit hooks: the pre-commit hook of .pre-commit-hooks.yaml, its command line built as pre-commit builds it
 * (entry, args, the staged files its `files` pattern selects), and the lint-staged command line (absolute paths),
 * each run on staged files in a temporary git repository.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { makeTempDir } from '../support/tmp';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist', 'cli.js');

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  args?: string[];
  files?: string;
  exclude?: string;
  pass_filenames?: boolean;
  always_run?: boolean;
  [key: string]: unknown;
}

/** git with nothing from the user's or the system's configuration. */
function git(repo: string, ...args: string[]): string {
  const r = spawnSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0' },
  });
  assert.ifError(r.error);
  assert.strictEqual(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function write(repo: string, name: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
  fs.writeFileSync(path.join(repo, name), text);
}

const BROKEN = '# Broken\n\nA claim.[^1] Another.[^2]\n\n[^1]: Doe, J. "A source." https://example.org/a\n';
const CLEAN = '# Clean\n\nA claim.[^1]\n\n[^1]: Doe, J. "A source." https://example.org/b\n';
/** A note nobody cites: a warning, so that the file shows in the output and not in the exit code. */
const WARNS = '# Warns\n\nA claim.[^1]\n\n[^1]: Doe, J. "A source." https://example.org/c\n[^2]: Unused. https://example.org/d\n';

/**
 * A repository with one commit, then: staged, a report with an error, a clean R Markdown file, a Quarto file with a
 * warning, a text file with a broken footnote and the removal of a committed report; not staged, an error written
 * into a committed report and a new report with an error.
 */
function repository(): string {
  const repo = makeTempDir('foresight-hooks-');
  git(repo, 'init', '-q');
  git(repo, 'config', 'user.name', 'Test');
  git(repo, 'config', 'user.email', 'test@example.org');
  git(repo, 'config', 'commit.gpgsign', 'false');
  write(repo, 'tracked.md', CLEAN);
  write(repo, 'removed.md', CLEAN);
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'first');

  write(repo, 'reports/broken.md', BROKEN);
  write(repo, 'reports/clean.Rmd', CLEAN);
  write(repo, 'reports/warns.qmd', WARNS);
  write(repo, 'notes.txt', BROKEN);
  git(repo, 'add', 'reports', 'notes.txt');
  git(repo, 'rm', '-q', 'removed.md');

  write(repo, 'tracked.md', BROKEN);
  write(repo, 'untracked.md', BROKEN);
  return repo;
}

/** The staged files as pre-commit and lint-staged list them: added, copied, modified or renamed (not removed). */
function stagedFiles(repo: string): string[] {
  return git(repo, 'diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z').split('\0').filter(Boolean);
}

/** A pattern of .pre-commit-hooks.yaml (Python's `re`, searched) as a JavaScript RegExp: a leading (?i) is the i flag. */
function pythonRegExp(pattern: string): RegExp {
  return pattern.startsWith('(?i)') ? new RegExp(pattern.slice(4), 'i') : new RegExp(pattern);
}

/** The command pre-commit runs for the hook: `entry` split into words, then `args`, then the files it selects. */
function preCommitCommand(hook: Hook, files: string[]): string[] {
  // Only the keys this function understands may select files; a new one (types, types_or…) must be taught here first.
  for (const key of ['types', 'types_or', 'exclude_types', 'always_run']) assert.strictEqual(hook[key], undefined, `the test does not apply ${key}`);
  assert.notStrictEqual(hook.pass_filenames, false);
  const include = pythonRegExp(hook.files ?? '');
  const exclude = pythonRegExp(hook.exclude ?? '^$');
  const selected = files.filter((f) => include.test(f) && !exclude.test(f));
  return [...hook.entry.split(/\s+/), ...(hook.args ?? []), ...selected];
}

/** Runs a command line whose first word is foresight-lint, the package's bin (dist/cli.js), as its installed link would. */
function runCommand(command: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  assert.strictEqual(command[0], 'foresight-lint');
  assert.strictEqual(path.join(root, pkg.bin[command[0]]), cli);
  const r = spawnSync(process.execPath, [cli, ...command.slice(1)], { cwd, encoding: 'utf8' });
  assert.ifError(r.error);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The files named in text output (`file:line:column severity rule message`). */
const filesShown = (stdout: string): string[] =>
  [
    ...new Set(
      stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.replace(/:\d+:\d+ .*$/, '')),
    ),
  ].sort();

describe('pre-commit hook', () => {
  const readHooks = (): Hook[] => parse(fs.readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

  it('.pre-commit-hooks.yaml: one node hook whose entry is the package’s bin and whose files pattern takes .md, .markdown, .qmd and .Rmd in any case', () => {
    const hooks = readHooks();
    assert.deepStrictEqual(
      hooks.map((h) => h.id),
      ['foresight-lint'],
    );
    const [hook] = hooks;
    assert.strictEqual(hook.language, 'node', 'pre-commit installs the repository with npm, so its bin is on PATH');
    assert.strictEqual(hook.entry, 'foresight-lint');
    assert.ok(hook.name && hook.description);
    const files = pythonRegExp(hook.files ?? '');
    for (const f of ['a.md', 'dir/b.qmd', 'c.Rmd', 'D.MD', 'e.rmd', 'f.markdown']) assert.ok(files.test(f), f);
    for (const f of ['a.txt', 'a.md.orig', 'md', 'a.markdown.bak', 'a.mdx']) assert.ok(!files.test(f), f);
  });

  it('runs on the staged Markdown files only, as pre-commit runs it: exit 1 on an error, 0 once only clean files are staged', () => {
    const repo = repository();
    const [hook] = readHooks();
    const command = preCommitCommand(hook, stagedFiles(repo));
    assert.deepStrictEqual(command.slice(1 + (hook.args?.length ?? 0)).sort(), ['reports/broken.md', 'reports/clean.Rmd', 'reports/warns.qmd']);

    const r = runCommand(command, repo);
    assert.strictEqual(r.code, 1, r.stdout + r.stderr);
    // The error and the warning of the staged files, and nothing from the text file, the unstaged change or the new file.
    assert.deepStrictEqual(filesShown(r.stdout), ['reports/broken.md', 'reports/warns.qmd']);
    assert.match(r.stdout, /^reports\/broken\.md:3:\d+ error undefined-footnote /m);
    assert.match(r.stdout, /^reports\/warns\.qmd:6:1 warning unused-footnote /m);

    git(repo, 'rm', '-q', '--cached', 'reports/broken.md');
    const clean = runCommand(preCommitCommand(hook, stagedFiles(repo)), repo);
    assert.strictEqual(clean.code, 0, clean.stdout + clean.stderr);
    assert.deepStrictEqual(filesShown(clean.stdout), ['reports/warns.qmd']);
  });
});

describe('lint-staged', () => {
  /** The line the README documents for package.json: `"lint-staged": { "*.{md,markdown,qmd,Rmd}": "foresight-lint --max-warnings 0" }`. */
  const LINE = 'foresight-lint --max-warnings 0';
  const GLOB = /\.(?:md|markdown|qmd|Rmd)$/; // what lint-staged's `*.{md,markdown,qmd,Rmd}` matches, on a file name

  it('runs on the staged files by absolute path, as lint-staged passes them, from the repository and from a folder they are not in', () => {
    const repo = fs.realpathSync(repository());
    const staged = stagedFiles(repo)
      .filter((f) => GLOB.test(path.basename(f)))
      .map((f) => path.join(repo, f));
    assert.deepStrictEqual(staged.map((f) => path.relative(repo, f)).sort(), ['reports/broken.md', 'reports/clean.Rmd', 'reports/warns.qmd']);

    const r = runCommand([...LINE.split(' '), ...staged], repo);
    assert.strictEqual(r.code, 1, r.stdout + r.stderr);
    // Absolute paths in, absolute paths out: the lines name files a terminal or an editor can open.
    assert.deepStrictEqual(filesShown(r.stdout), [path.join(repo, 'reports/broken.md'), path.join(repo, 'reports/warns.qmd')]);

    // From a folder the files are not in (a package of a monorepo): the same. Only clean and warning files
    // staged: --max-warnings 0 still fails the commit on the warning.
    const elsewhere = path.join(repo, 'site');
    fs.mkdirSync(elsewhere);
    const withoutError = staged.filter((f) => !f.endsWith('broken.md'));
    const warned = runCommand([...LINE.split(' '), ...withoutError], elsewhere);
    assert.strictEqual(warned.code, 1, warned.stdout + warned.stderr);
    assert.deepStrictEqual(filesShown(warned.stdout), [path.join(repo, 'reports/warns.qmd')]);
    assert.match(warned.stderr, /1 warnings?, more than --max-warnings 0/);
    const clean = runCommand([...LINE.split(' '), path.join(repo, 'reports/clean.Rmd')], elsewhere);
    assert.strictEqual(clean.code, 0, clean.stdout + clean.stderr);
    assert.strictEqual(clean.stdout, '');
  });
});
