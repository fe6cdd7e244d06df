// npm's `prepare` script: bundles dist/ (scripts/bundle.mjs), which is not committed, so that an install of this
// repository from git has its command line: the pre-commit hook (.pre-commit-hooks.yaml, `language: node`), an
// `npm install --save-dev <git URL>`, and `npm ci` in the GitHub Action (action.yml).
//
// npm installs the devDependencies (esbuild) before it runs `prepare`, except in a global install from git
// (`npm install -g git+…`, the way pre-commit 4.6.1 and later install a node hook): there it runs `prepare` in
// global mode with no node_modules at all. Then the devDependencies are installed here first, as a local install
// that runs no script (so not this one again).
import { spawnSync } from 'child_process';
import { createRequire } from 'module';

function hasEsbuild() {
  try {
    createRequire(import.meta.url).resolve('esbuild');
    return true;
  } catch {
    return false;
  }
}

if (!hasEsbuild()) {
  if (process.env.npm_config_global !== 'true') {
    // `npm ci --omit=dev`, say: nothing to bundle with, and nothing asked for it.
    console.error('prepare: esbuild is not installed (devDependencies omitted?): dist/ not bundled; `npm run build` bundles it');
    process.exit(0);
  }
  const npm = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--include=dev', '--ignore-scripts'], {
    // Its stdout to stderr too: `npm pack` prints the tarball's name on stdout, and installers read it there.
    stdio: ['ignore', 2, 2],
    env: { ...process.env, npm_config_global: 'false' },
    shell: process.platform === 'win32',
  });
  if (npm.status !== 0) {
    console.error(`prepare: installing the devDependencies to bundle dist/ failed (${npm.error?.message ?? `exit code ${npm.status}`})`);
    process.exit(1);
  }
}
await import('./bundle.mjs');
