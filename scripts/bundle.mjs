// Bundles the CLI, the language server, the extension and the tests with esbuild.
import * as esbuild from 'esbuild';
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { yamlData } from './yamlData.mjs';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  plugins: [yamlData],
  logLevel: 'warning',
  // jsonc-parser's default entry is a UMD module whose dynamic requires esbuild cannot follow: take its ES module build.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

function listTests(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTests(full));
    else if (entry.name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

// Libraries the CLI loads only when a run needs them (user patterns, front matter strict YAML refuses, CSL JSON
// bibliographies): each in a file of its own beside the bundle, so that a run without them neither reads nor keeps
// their code. Reading the bundle is a large part of a short run's start-up (BENCHMARKS.md, "Whole process").
const LAZY_LIBRARIES = ['re2js', 'js-yaml', 'jsonc-parser'];
const lazyLibraries = {
  name: 'lazy-libraries',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(?:${LAZY_LIBRARIES.join('|')})$`) }, (args) => ({ path: `./cli-${args.path}.js`, external: true }));
  },
};

// The CLI is a small loader (dist/cli.js) that starts the bundle (dist/cli-main.js) from V8's code cache. The bundle is
// written without its whitespace and with shorter syntax (names kept): a smaller file to read at every start.
const builds = [
  {
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'dist/cli-main.js',
    plugins: [...common.plugins, lazyLibraries],
    minifyWhitespace: true,
    minifySyntax: true,
  },
  ...LAZY_LIBRARIES.map((name) => ({
    ...common,
    entryPoints: [name === 'jsonc-parser' ? common.alias['jsonc-parser'] : name],
    outfile: `dist/cli-${name}.js`,
  })),
  { ...common, entryPoints: ['server/src/cliLoader.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
if (fs.existsSync('server/src/main.ts')) {
  builds.push({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } });
}
if (fs.existsSync('client/src/extension.ts')) {
  builds.push({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] });
}
builds.push(
  { ...common, entryPoints: ['bench/bench.ts'], outfile: 'out/bench/bench.js' },
  { ...common, entryPoints: ['bench/rss.ts'], outfile: 'out/bench/rss.js' },
  { ...common, entryPoints: ['bench/hostileRss.ts'], outfile: 'out/bench/hostileRss.js' },
  { ...common, entryPoints: ['test/e2e/run.ts'], outfile: 'out/e2e/run.js', external: ['playwright-core'] },
  // A server whose one rule always throws, for the reliability tests (the product has no such switch).
  { ...common, entryPoints: ['test/support/faultServer.ts'], outfile: 'out/test/support/faultServer.js' },
  // One hostile shape read and checked in a process of its own, for its peak memory (test/support/peakRss.ts).
  { ...common, entryPoints: ['test/support/peakRssChild.ts'], outfile: 'out/test/support/peakRssChild.js' },
  // One hostile shape checked at two sizes in a process of its own, for its CPU time (test/unit/growth.test.ts).
  { ...common, entryPoints: ['test/support/growthChild.ts'], outfile: 'out/test/support/growthChild.js' },
  { ...common, entryPoints: ['test/e2e/exthost/index.ts'], outfile: 'out/e2e/exthost/index.js', external: ['vscode'] },
);
builds.push({
  ...common,
  entryPoints: listTests('test'),
  outdir: 'out/test',
  outbase: 'test',
  external: ['mocha', 'vscode', 'playwright-core'],
});

if (watch) {
  // A cache is only used with the bundle it was made from; while watching there is none.
  fs.rmSync('dist/cli-main.cache', { force: true });
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  fs.chmodSync('dist/cli.js', 0o755);
  // The CLI bundle's build id (a hash of its text), which its code cache must carry to be used (server/src/cliLoader.ts).
  const bundle = fs.readFileSync('dist/cli-main.js', 'utf8');
  fs.writeFileSync('dist/cli-main.js', `${bundle}// build:${createHash('sha256').update(bundle).digest('hex').slice(0, 16)}\n`);
  // V8's code cache for the CLI, made by a run over the examples in a Node with no flags (server/src/cliLoader.ts).
  execFileSync(process.execPath, ['-e', "require('./dist/cli.js').writeCodeCache('examples')"], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (fs.existsSync('dist/server.js')) fs.chmodSync('dist/server.js', 0o755);
}
