import * as assert from 'assert';
import { execFile } from 'child_process';
import { promisify } from 'util';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../../server/src/cli';
import { startLinkServer, type LinkServer } from '../../support/linkServer';

const root = path.resolve(__dirname, '../../../..');

describe('foresight-lint --check-links', function () {
  this.timeout(30000);
  let server: LinkServer;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    server = await startLinkServer([1]);
  });
  after(async () => server.close());
  beforeEach(() => {
    server.reset();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fl-links-'));
    env = { ...process.env, XDG_CACHE_HOME: path.join(dir, 'cache') };
    fs.writeFileSync(path.join(dir, '.foresight.yml'), 'rules:\n  insecure-url: off # the local server speaks http\n');
    fs.writeFileSync(
      path.join(dir, 'report.md'),
      [
        'Water[^1] and trade[^2] and more[^3] and old[^4].',
        '',
        `[^1]: Alive: ${server.url('/ok')}`,
        `[^2]: Gone: <${server.url('/gone404')}>`,
        `[^3]: Walled: [page](${server.url('/forbidden')}).`,
        `[^4]: Moved: ${server.url('/moved')}`,
        '',
      ].join('\n'),
    );
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('makes no request at all unless asked', async () => {
    const r = await runCli(['report.md'], dir, env);
    assert.deepStrictEqual([r.code, r.stdout, server.log.length], [0, '', 0]);
  });

  it('reports gone, unverified and moved sources with their levels, and says what it did', async () => {
    const r = await runCli(['--check-links', '--allow-private-addresses', 'report.md'], dir, env);
    assert.strictEqual(r.code, 0); // warnings only
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => l.replaceAll(String(server.port), 'PORT'));
    assert.deepStrictEqual(lines, [
      'report.md:4:14 warning dead-link Source gone: "http://127.0.0.1:PORT/gone404" answers 404 Not Found.',
      'report.md:5:22 hint dead-link Could not verify "http://127.0.0.1:PORT/forbidden": the site answers 403 Forbidden. Sites often turn checkers away; open it in a browser.',
      'report.md:6:14 info dead-link Source moved permanently: "http://127.0.0.1:PORT/moved" redirects to "http://127.0.0.1:PORT/ok"; cite the new address.',
    ]);
    assert.match(r.stderr, /checked 4 source links \(0 from the cache, \d+ HTTP requests\)/);
  });

  it('a second run answers from the cache without a single request; --no-cache asks again', async () => {
    const first = await runCli(['--check-links', '--allow-private-addresses', 'report.md'], dir, env);
    const requests = server.log.length;
    assert.ok(requests >= 4);
    assert.ok(fs.existsSync(path.join(dir, 'cache', 'foresight-lint', 'links.json')));
    const second = await runCli(['--check-links', '--allow-private-addresses', 'report.md'], dir, env);
    assert.strictEqual(server.log.length, requests);
    assert.strictEqual(second.stdout, first.stdout);
    assert.match(second.stderr, /checked 4 source links \(4 from the cache, 0 HTTP requests\)/);
    await runCli(['--check-links', '--allow-private-addresses', '--no-cache', 'report.md'], dir, env);
    assert.strictEqual(server.log.length, 2 * requests);
    await runCli(['--check-links', '--allow-private-addresses', '--cache-max-age', '0', 'report.md'], dir, env);
    assert.strictEqual(server.log.length, 3 * requests);
  });

  it('turns on from .foresight.yml (links: {check: true}); rules: {dead-link: off} keeps it off', async () => {
    fs.writeFileSync(path.join(dir, '.foresight.yml'), 'links:\n  check: true\nrules:\n  insecure-url: off\n');
    const on = await runCli(['--allow-private-addresses', 'report.md'], dir, env);
    assert.match(on.stdout, /dead-link Source gone/);
    server.reset();
    fs.writeFileSync(path.join(dir, '.foresight.yml'), 'links:\n  check: true\nrules:\n  dead-link: off\n  insecure-url: off\n');
    const off = await runCli(['--allow-private-addresses', '--no-cache', 'report.md'], dir, env);
    assert.deepStrictEqual([off.stdout, server.log.length], ['', 0]);
  });

  it('links.exclude keeps a site out: no request, no finding', async () => {
    fs.writeFileSync(path.join(dir, '.foresight.yml'), 'links:\n  exclude: ["/gone404$", "forbidden"]\nrules:\n  insecure-url: off\n');
    const r = await runCli(['--check-links', '--allow-private-addresses', 'report.md'], dir, env);
    assert.deepStrictEqual(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(' ').slice(1, 3).join(' ')),
      ['info dead-link'],
    );
    assert.ok(!server.log.some((x) => x.path === '/gone404' || x.path === '/forbidden'));
    assert.match(r.stderr, /checked 2 source links/);
  });

  it('offline (every host fails to resolve, none answers): says so once instead of a warning per link', async () => {
    const hosts = ['one', 'two', 'three'].map((h) => `https://${h}.nxdomain-foresight-lint-test/page`);
    fs.writeFileSync(path.join(dir, 'offline.md'), `A[^1] B[^2] C[^3].\n\n[^1]: ${hosts[0]}\n[^2]: ${hosts[1]}\n[^3]: ${hosts[2]}\n`);
    const r = await runCli(['--check-links', 'offline.md'], dir, env);
    assert.strictEqual(r.stdout, '');
    assert.match(r.stderr, /this machine seems offline or behind a proxy/);
    // Not cached: the next run (maybe online) asks again.
    const cache = path.join(dir, 'cache', 'foresight-lint', 'links.json');
    assert.ok(!fs.existsSync(cache) || !fs.readFileSync(cache, 'utf8').includes('nxdomain'));
    // With one site answering, the same failures are real and reported.
    fs.appendFileSync(path.join(dir, 'offline.md'), `D[^4].\n\n[^4]: ${server.url('/ok')}\n`);
    const online = await runCli(['--check-links', '--allow-private-addresses', 'offline.md'], dir, env);
    assert.strictEqual(online.stdout.split('\n').filter((l) => /warning dead-link Source unreachable: .*host not found/.test(l)).length, 3);
    assert.doesNotMatch(online.stderr, /offline/);
  });

  it('dead-link: error makes a gone source fail CI', async () => {
    fs.writeFileSync(path.join(dir, '.foresight.yml'), 'rules:\n  dead-link: error\n  insecure-url: off\n');
    const r = await runCli(['--check-links', '--allow-private-addresses', 'report.md'], dir, env);
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /error dead-link Source gone/);
  });

  it('without --allow-private-addresses the local server is never contacted', async () => {
    const r = await runCli(['--check-links', '--no-cache', 'report.md'], dir, env);
    assert.strictEqual(server.log.length, 0);
    assert.strictEqual(r.stdout.split('\n').filter((l) => / hint dead-link Not checked: .*private or local address/.test(l)).length, 4);
  });

  it('rejects a bad --cache-max-age with exit 2; the bundled command line works end to end', async () => {
    const r = await runCli(['--check-links', '--cache-max-age', 'soon', 'report.md'], dir, env);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /--cache-max-age takes a number of seconds/);
    // Asynchronously: the local server runs in this process.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(root, 'dist/cli.js'), '--check-links', '--allow-private-addresses', '--format', 'json', 'report.md'],
      { cwd: dir, env, encoding: 'utf8' },
    );
    assert.deepStrictEqual(
      JSON.parse(stdout).map((row: { severity: string }) => row.severity),
      ['warning', 'hint', 'info'],
    );
  });
});
