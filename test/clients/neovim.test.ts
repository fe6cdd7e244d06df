import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { SERVER } from '../support/lspClient';
import { makeTempDir } from '../support/tmp';

const root = path.resolve(__dirname, '../../..');

function hasNeovim(): boolean {
  return spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
}

describe('a third-party LSP client: Neovim', function () {
  this.timeout(60000);

  before(function () {
    if (!hasNeovim()) {
      // CI installs Debian's neovim (.ci/apt-packages); there it must run.
      if (process.env.CI) throw new Error('nvim is not installed: .ci/run should have installed it');
      this.skip();
    }
  });

  it('receives the diagnostics of a report and hovers a note, over stdio', () => {
    const dir = makeTempDir('foresight-nvim-');
    const file = path.join(dir, 'report.md');
    fs.copyFileSync(path.join(root, 'examples/with-problems/ibid-first.md'), file);
    const out = path.join(dir, 'out.txt');
    const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(root, 'test/clients/neovim.lua')}`], {
      env: { ...process.env, HOME: dir, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, FORESIGHT_SERVER: SERVER, FORESIGHT_FILE: file, FORESIGHT_OUT: out },
      encoding: 'utf8',
      timeout: 50000,
      killSignal: 'SIGKILL',
    });
    assert.ok(fs.existsSync(out), `nvim wrote no result (status ${r.status}, stderr: ${r.stderr})`);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    assert.deepStrictEqual(lines, ['diagnostic 5:1 ibid-without-antecedent foresight', 'hover Ibid., p. 4.']);
  });
});
