import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');

describe('TextMate injection grammar (vscode-tmgrammar-test)', function () {
  this.timeout(60000);
  it('scopes note references, definition labels, Ibid., note URLs and the template key, and nothing in code', () => {
    const cli = path.join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
    const grammars = ['markdown.json', 'yaml.json'].flatMap((g) => ['-g', path.join(root, 'node_modules', 'tm-grammars', 'grammars', g)]);
    const tests = fs
      .readdirSync(path.join(root, 'test', 'grammar'))
      .filter((f) => f.endsWith('.test.md'))
      .map((f) => path.join('test', 'grammar', f));
    assert.ok(tests.length >= 4);
    // The injection grammars come from package.json (contributes.grammars, injectTo).
    const r = spawnSync(process.execPath, [cli, ...grammars, ...tests], { cwd: root, encoding: 'utf8' });
    const report = (r.stdout + r.stderr)
      .split('\n')
      .filter((l) => !l.startsWith('grammar not found'))
      .join('\n');
    assert.strictEqual(r.status, 0, report);
    assert.strictEqual((report.match(/run successfuly/g) ?? []).length, tests.length, report);
  });
});
