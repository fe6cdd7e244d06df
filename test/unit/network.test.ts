import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : /\.ts$/.test(e.name) ? [full] : [];
  });
}

describe('network access only through the link check', () => {
  it('only server/src/core/links/{http,address}.ts import network modules; nothing calls fetch', () => {
    const offenders: string[] = [];
    for (const file of [...sources(path.join(root, 'server/src')), ...sources(path.join(root, 'client/src'))]) {
      const text = fs.readFileSync(file, 'utf8');
      if (
        /from '(?:node:)?(?:http|https|net|tls|dgram|dns|http2)'|require\('(?:node:)?(?:http|https|net|tls|dgram|dns|http2)'\)|\bfetch\(|XMLHttpRequest|WebSocket/.test(
          text,
        )
      ) {
        offenders.push(path.relative(root, file));
      }
    }
    assert.deepStrictEqual(offenders.sort(), ['server/src/core/links/address.ts', 'server/src/core/links/http.ts']);
  });

  it('the request module is reached only through the link checker, which only the link service creates (for the server and the CLI)', () => {
    const all = [...sources(path.join(root, 'server/src')), ...sources(path.join(root, 'client/src'))];
    const importers = (module: string): string[] =>
      all
        .filter((f) =>
          [...fs.readFileSync(f, 'utf8').matchAll(/from '(\.[^']*)'/g)].some((m) => path.resolve(path.dirname(f), m[1]) === path.join(root, module)),
        )
        .map((f) => path.relative(root, f))
        .sort();
    assert.deepStrictEqual(importers('server/src/core/links/http'), ['server/src/core/links/checker.ts']);
    assert.deepStrictEqual(
      importers('server/src/core/links/checker').filter((f) => !f.startsWith('server/src/core/links/')),
      ['server/src/features/linkService.ts'],
    );
    // Untrusted workspaces stay supported: the server checks links only when the client says the workspace is trusted.
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.strictEqual(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('foresight.checkLinks'));
  });
});
