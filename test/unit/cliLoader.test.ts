/** `dist/cli.js`, the loader that starts the CLI bundle from V8's code cache (server/src/cliLoader.ts). */
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../server/src/cli';
import { makeTempDir } from '../support/tmp';

const root = path.resolve(__dirname, '../../..');
const dist = path.join(root, 'dist');
const examples = path.join(root, 'examples');
const plainEnv = { ...process.env, NODE_OPTIONS: '', FORCE_COLOR: '', NO_COLOR: '' };

function cacheState(dir: string): string {
  return execFileSync(process.execPath, ['-e', `process.stdout.write(require(${JSON.stringify(path.join(dir, 'cli.js'))}).cacheState())`], {
    encoding: 'utf8',
    env: plainEnv,
  });
}

describe('the CLI loader and its code cache', () => {
  it('the built CLI starts from its cache and prints what the checker finds', async () => {
    assert.strictEqual(cacheState(dist), 'used', 'the build leaves a cache this Node accepts');
    const spawned = spawnSync(process.execPath, [path.join(dist, 'cli.js'), '--format', 'json', '.'], { cwd: examples, encoding: 'utf8', env: plainEnv });
    const inProcess = await runCli(['--format', 'json', '.'], examples, plainEnv);
    assert.strictEqual(spawned.stdout, inProcess.stdout);
    assert.strictEqual(spawned.status, inProcess.code);
    assert.ok(JSON.parse(spawned.stdout).length > 10);
  });

  it('leaves re2js, js-yaml and jsonc-parser to files of their own, each read only by a run that needs it', () => {
    const dir = makeTempDir('foresight-lazy-');
    const bin = path.join(dir, 'dist');
    fs.mkdirSync(bin);
    for (const f of ['cli.js', 'cli-main.js', 'cli-main.cache']) fs.copyFileSync(path.join(dist, f), path.join(bin, f));
    const bundle = fs.readFileSync(path.join(bin, 'cli-main.js'), 'utf8');
    for (const name of ['re2js', 'js-yaml', 'jsonc-parser']) assert.ok(bundle.includes(`require("./cli-${name}.js")`), name);
    assert.doesNotMatch(bundle, /RE2JS is the JavaScript port|function isNothing\(|createScanner/, 'their code is not in the bundle');
    const work = path.join(dir, 'work');
    fs.mkdirSync(work);
    const run = (file: string): { status: number | null; out: string } => {
      const r = spawnSync(process.execPath, [path.join(bin, 'cli.js'), '--format', 'json', file], { cwd: work, encoding: 'utf8', env: plainEnv });
      return { status: r.status, out: r.stdout + r.stderr };
    };
    // Without the three files: a page with none of what they read is checked as with them.
    fs.writeFileSync(path.join(work, 'plain.md'), 'Text.[^1]\n\n[^1]: Harbour Agency, *Port Data* (2021), https://e.org/a.\n');
    assert.deepStrictEqual(run('plain.md'), { status: 0, out: '[]\n' });
    // What each reads: front matter strict YAML refuses and the loaders of site generators accept (js-yaml), a CSL JSON
    // bibliography (jsonc-parser), a config's pattern (re2js). With them, no finding; without, each run says why.
    fs.writeFileSync(path.join(work, 'yaml.md'), '---\ntitle: "A title\ncontinued"\n---\n\nText.\n');
    fs.writeFileSync(path.join(work, 'csl.md'), '---\nbibliography: refs.json\n---\n\nText [@a].\n');
    fs.writeFileSync(path.join(work, 'refs.json'), '[{"id": "a", "type": "book", "title": "Tides"}]');
    fs.mkdirSync(path.join(work, 'patterns'));
    fs.writeFileSync(path.join(work, 'patterns', '.foresight.yml'), 'sources:\n  allowWithoutUrl:\n    - "Harbour (Agency|Board)"\n');
    fs.writeFileSync(path.join(work, 'patterns', 'p.md'), 'Text.[^1]\n\n[^1]: Harbour Agency, Port data.\n');
    const files = ['yaml.md', 'csl.md', 'patterns/p.md'];
    const without = files.map(run);
    for (const name of ['re2js', 'js-yaml', 'jsonc-parser']) fs.copyFileSync(path.join(dist, `cli-${name}.js`), path.join(bin, `cli-${name}.js`));
    assert.deepStrictEqual(
      files.map(run),
      files.map(() => ({ status: 0, out: '[]\n' })),
    );
    assert.deepStrictEqual(
      without.map((r) => r.status),
      [1, 1, 2],
      without.map((r) => r.out).join('\n'),
    );
    assert.match(without[2].out, /Cannot find module '\.\/cli-re2js\.js'/);
  });

  it('a cache is never used with another bundle, even one of the same length (V8 would take it)', () => {
    const dir = makeTempDir('foresight-loader-');
    for (const f of ['cli.js', 'cli-main.js', 'cli-main.cache']) fs.copyFileSync(path.join(dist, f), path.join(dir, f));
    const version = execFileSync(process.execPath, [path.join(dir, 'cli.js'), '--version'], { encoding: 'utf8', env: plainEnv }).trim();
    assert.strictEqual(cacheState(dir), 'used', 'a copy of the build with its own cache');
    // Another build of the same length: another version string, and so another build id.
    const bundle = fs.readFileSync(path.join(dir, 'cli-main.js'), 'utf8');
    const other = version.replace(/^\d/, (d) => String((Number(d) + 1) % 10));
    const changed = bundle
      .replace(`"${version}"`, `"${other}"`)
      .replace(/build:[0-9a-f]{16}\n$/, (id) => id.replace(/[0-9a-f]/, (c) => (c === '0' ? '1' : '0')));
    assert.notStrictEqual(changed, bundle);
    assert.strictEqual(changed.length, bundle.length);
    fs.writeFileSync(path.join(dir, 'cli-main.js'), changed);
    assert.strictEqual(cacheState(dir), 'none');
    assert.strictEqual(execFileSync(process.execPath, [path.join(dir, 'cli.js'), '--version'], { encoding: 'utf8', env: plainEnv }).trim(), other);
    fs.rmSync(path.join(dir, 'cli-main.cache'));
    assert.strictEqual(cacheState(dir), 'none');
    assert.strictEqual(
      execFileSync(process.execPath, [path.join(dir, 'cli.js'), '--version'], { encoding: 'utf8', env: plainEnv }).trim(),
      other,
      'no cache: it still runs',
    );
  });
});

describe('where the CLI writes', () => {
  const cli = path.join(dist, 'cli.js');
  const json = (stdio: ('ignore' | 'pipe' | number)[]) =>
    spawnSync(process.execPath, [cli, '--format', 'json', '.'], { cwd: examples, encoding: 'utf8', stdio, env: plainEnv });

  it('writes its output whole to a file and to the null device, as to a pipe, with the same exit code', () => {
    const piped = json(['ignore', 'pipe', 'pipe']);
    assert.ok(piped.stdout.length > 1000 && piped.status === 2, 'a run with findings');
    const dir = makeTempDir('foresight-out-');
    const file = path.join(dir, 'out.json');
    const fd = fs.openSync(file, 'w');
    const toFile = json(['ignore', fd, 'pipe']);
    fs.closeSync(fd);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), piped.stdout);
    assert.deepStrictEqual([toFile.status, toFile.stderr], [piped.status, piped.stderr]);
    const toNull = json(['ignore', 'ignore', 'pipe']);
    assert.deepStrictEqual([toNull.status, toNull.stderr], [piped.status, piped.stderr]);
  });

  it('stops writing, quietly and with the exit code of its checks, when the reader of its pipe goes away', () => {
    const dir = makeTempDir('foresight-epipe-');
    // more output than a pipe holds (64 KB), so that writing goes on after the reader has gone
    fs.writeFileSync(path.join(dir, 'many.md'), Array.from({ length: 3000 }, (_, i) => `Claim.[^n${i}]\n`).join(''));
    const run = spawnSync(
      'bash',
      ['-c', 'set -o pipefail; "$0" "$1" --format json many.md 2>stderr.txt | head -c 10 >/dev/null; echo "${PIPESTATUS[0]}"', process.execPath, cli],
      {
        cwd: dir,
        encoding: 'utf8',
        env: plainEnv,
      },
    );
    assert.strictEqual(run.stdout.trim(), '1', 'the undefined notes are errors: exit code 1, not a crash');
    assert.strictEqual(fs.readFileSync(path.join(dir, 'stderr.txt'), 'utf8'), '');
  });
});

describe('checking in worker threads (--jobs)', () => {
  /** Reports with findings of many kinds, a config with problems, an unreadable file and one not in UTF-8. */
  function workspace(): string {
    const dir = makeTempDir('foresight-jobs-');
    fs.cpSync(examples, path.join(dir, 'examples'), { recursive: true });
    for (let i = 0; i < 12; i++) {
      const notes = Array.from({ length: 30 }, (_, k) => `Claim ${k}.[^${((k * 7 + i) % 31) + 1}]`).join(' ');
      const defs = Array.from({ length: 28 }, (_, k) => `[^${k + 1}]: Source ${k}. https://example.org/${i}/${k}(link is external)`).join('\n');
      fs.writeFileSync(path.join(dir, `r${i}.md`), `# Report ${i}\n\n## What is it?\n\n${notes}\n\n${defs}\n`);
    }
    fs.writeFileSync(path.join(dir, 'latin1.md'), Buffer.from('# Caf\xe9\n\nText.[^1]\n', 'latin1'));
    return dir;
  }

  it('prints exactly what one thread prints, in every format, whether threads are used or not', async () => {
    const dir = workspace();
    for (const format of ['text', 'json', 'sarif']) {
      const one = await runCli(
        ['--jobs', '1', '--format', format, '--code-frame', '.'],
        dir,
        plainEnv,
        undefined,
        {},
        { workerScript: path.join(dist, 'cli.js') },
      );
      const three = await runCli(
        ['--jobs', '3', '--format', format, '--code-frame', '.'],
        dir,
        plainEnv,
        undefined,
        {},
        { workerScript: path.join(dist, 'cli.js') },
      );
      assert.strictEqual(three.stdout, one.stdout, format);
      assert.strictEqual(three.stderr, one.stderr, format);
      assert.strictEqual(three.code, one.code, format);
      assert.ok(one.stdout.length > 1000 && one.code === 2, 'a run with findings, and a broken config');
    }
    const spawned = spawnSync(process.execPath, [path.join(dist, 'cli.js'), '--jobs', '2', '.'], { cwd: dir, encoding: 'utf8', env: plainEnv });
    const inProcess = await runCli(['--jobs', '1', '.'], dir, plainEnv);
    assert.deepStrictEqual([spawned.stdout, spawned.stderr, spawned.status], [inProcess.stdout, inProcess.stderr, inProcess.code]);
  });

  it('--fix in threads writes the same files as in one', async () => {
    const a = workspace();
    const b = workspace();
    const one = await runCli(['--jobs', '1', '--fix', '.'], a, plainEnv);
    const two = await runCli(['--jobs', '2', '--fix', '.'], b, plainEnv, undefined, {}, { workerScript: path.join(dist, 'cli.js') });
    assert.deepStrictEqual([two.stdout, two.code], [one.stdout, one.code]);
    for (let i = 0; i < 12; i++) {
      const fixed = fs.readFileSync(path.join(b, `r${i}.md`), 'utf8');
      assert.strictEqual(fixed, fs.readFileSync(path.join(a, `r${i}.md`), 'utf8'));
      assert.doesNotMatch(fixed, /link is external/);
    }
  });

  it('a worker thread that cannot start has its files checked in the main thread, and says so', async () => {
    const dir = workspace();
    const one = await runCli(['--jobs', '1', '--format', 'json', '.'], dir, plainEnv);
    const broken = await runCli(['--jobs', '2', '--format', 'json', '.'], dir, plainEnv, undefined, {}, { workerScript: path.join(dir, 'no-such-script.js') });
    assert.strictEqual(broken.stdout, one.stdout);
    assert.strictEqual(broken.code, one.code);
    assert.match(broken.stderr, /a worker thread failed \(.*\); its \d+ files are checked in the main thread/);
  });

  it('--jobs takes a number of threads or auto; auto splits only enough Markdown', async () => {
    for (const bad of ['0', 'x', '-1', '1.5', 'Auto']) assert.strictEqual((await runCli(['--jobs', bad, '.'])).code, 2, bad);
    const dir = workspace();
    // A script that cannot start shows whether threads were tried: not for these few KB with auto, and for 2.
    const script = { workerScript: path.join(dir, 'no-such-script.js') };
    assert.doesNotMatch((await runCli(['--jobs', 'auto', '.'], dir, plainEnv, undefined, {}, script)).stderr, /worker thread/);
    assert.doesNotMatch((await runCli(['.'], dir, plainEnv, undefined, {}, script)).stderr, /worker thread/, 'one thread by default');
    assert.match((await runCli(['--jobs', '2', '.'], dir, plainEnv, undefined, {}, script)).stderr, /worker thread/);
  });
});
