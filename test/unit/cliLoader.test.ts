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
