import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../server/src/cli';
import { writeFileSafely } from '../../server/src/io/writeFile';

const ARTIFACT = 'Source https://e.org/x (link is external).\n';

describe('--fix never loses a byte', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foresight-fix-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes through a temporary file and a rename: no temporary file is left, the mode is kept', async () => {
    const file = path.join(dir, 'r.md');
    fs.writeFileSync(file, ARTIFACT);
    fs.chmodSync(file, 0o640);
    const r = await runCli(['--fix', 'r.md'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'Source https://e.org/x.\n');
    assert.strictEqual(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepStrictEqual(fs.readdirSync(dir), ['r.md']);
  });

  it('fixes a file whose name is as long as the file system allows (its temporary file takes a shorter name)', async () => {
    // 254 bytes, ASCII and two-byte letters: a temporary name that added to it would be past the 255 allowed.
    for (const name of [`${'r'.repeat(251)}.md`, `${'é'.repeat(125)}r.md`]) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, ARTIFACT);
      const r = await runCli(['--fix', name], dir);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), 'Source https://e.org/x.\n');
      assert.deepStrictEqual(fs.readdirSync(dir), [name]);
      fs.rmSync(file);
    }
  });

  it('refuses to write over a file that changed since it was read', () => {
    const file = path.join(dir, 'r.md');
    fs.writeFileSync(file, 'now different\n');
    const outcome = writeFileSafely(file, 'fixed\n', Buffer.from(ARTIFACT));
    assert.deepStrictEqual(outcome, { ok: false, reason: 'it changed on disk since it was read; not fixed' });
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'now different\n');
  });

  it('leaves the file whole when the write fails (the folder cannot be written to)', () => {
    const sub = path.join(dir, 'ro');
    fs.mkdirSync(sub);
    const file = path.join(sub, 'r.md');
    fs.writeFileSync(file, ARTIFACT);
    // A path whose folder is a file stands in for a full or read-only disk: the temporary file cannot be made.
    const outcome = writeFileSafely(path.join(file, 'x.md'), 'fixed\n', Buffer.from(ARTIFACT));
    assert.strictEqual(outcome.ok, false);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), ARTIFACT);
  });

  it('refuses to fix a file that is not valid UTF-8, and says why', async () => {
    const file = path.join(dir, 'latin1.md');
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' https://e.org/x (link is external).\n')]);
    fs.writeFileSync(file, bytes);
    const r = await runCli(['--fix', 'latin1.md'], dir);
    assert.match(r.stderr, /latin1\.md: not fixed: it is not valid UTF-8/);
    assert.ok(fs.readFileSync(file).equals(bytes), 'every byte is kept');
  });

  it('does not follow a symbolic link out of the folder it fixes', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'foresight-outside-'));
    try {
      fs.writeFileSync(path.join(outside, 'theirs.md'), ARTIFACT);
      fs.mkdirSync(path.join(dir, 'reports'));
      fs.symlinkSync(outside, path.join(dir, 'reports', 'linked'));
      fs.writeFileSync(path.join(dir, 'reports', 'mine.md'), ARTIFACT);
      const r = await runCli(['--fix', 'reports'], dir);
      assert.match(r.stderr, /theirs\.md: not fixed: a symbolic link leads to it from outside the folder given/);
      assert.strictEqual(fs.readFileSync(path.join(outside, 'theirs.md'), 'utf8'), ARTIFACT);
      assert.strictEqual(fs.readFileSync(path.join(dir, 'reports', 'mine.md'), 'utf8'), 'Source https://e.org/x.\n');
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('one file alone', () => {
  it('a file past the timeout is reported, and the exit code says so', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foresight-timeout-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.md'), 'A[^1].\n');
      const r = await runCli(['--timeout', '0', 'a.md'], dir);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /a\.md: not checked: it took longer than the timeout/);
      assert.strictEqual((await runCli(['--timeout', 'soon', 'a.md'], dir)).code, 2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
