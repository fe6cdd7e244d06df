import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LinkCache } from '../../../server/src/core/links/cache';
import { limitKey } from '../../../server/src/core/links/address';
import { LinkChecker, parseRetryAfter, USER_AGENT, type LinkCheckOptions } from '../../../server/src/core/links/checker';
import { linkFinding } from '../../../server/src/core/links/result';
import { ManualClock } from '../../support/clock';
import { startLinkServer, withLinkServer, type LinkServer } from '../../support/linkServer';

describe('link checker against a local server (127.0.0.x, private addresses allowed)', function () {
  this.timeout(30000);
  let server: LinkServer;
  before(async () => {
    server = await startLinkServer([1, 2, 3, 4, 5, 6]);
  });
  after(async () => server.close());
  beforeEach(() => server.reset());

  const checker = (o: LinkCheckOptions = {}): LinkChecker => new LinkChecker({ allowPrivate: true, retryDelayMs: 50, timeoutMs: 2000, ...o });
  const requestsTo = (p: string): string[] => server.log.filter((r) => r.path === p).map((r) => r.method);

  it('200: ok, with one HEAD request and an honest User-Agent', async () => {
    const r = await checker().check(server.url('/ok'));
    assert.strictEqual(r.kind, 'ok');
    assert.strictEqual(r.status, 200);
    assert.deepStrictEqual(requestsTo('/ok'), ['HEAD']);
    assert.strictEqual(server.log[0].userAgent, USER_AGENT);
    assert.match(USER_AGENT, /foresight-lint\/\d/);
  });

  it('404 and 410: gone, after asking with GET too (HEAD is often mishandled)', async () => {
    const c = checker();
    const [a, b] = await Promise.all([c.check(server.url('/gone404')), c.check(server.url('/gone410'))]);
    assert.deepStrictEqual([a.kind, a.detail, b.kind, b.detail], ['gone', '404 Not Found', 'gone', '410 Gone']);
    assert.deepStrictEqual(requestsTo('/gone404'), ['HEAD', 'GET']);
  });

  it('HEAD refused (405) or wrongly 404: GET decides, and the link is ok', async () => {
    const c = checker();
    assert.strictEqual((await c.check(server.url('/head405'))).kind, 'ok');
    assert.strictEqual((await c.check(server.url('/head404'))).kind, 'ok');
    assert.deepStrictEqual(requestsTo('/head405'), ['HEAD', 'GET']);
  });

  it('500 then 200: one retry after a backoff finds it alive', async () => {
    const r = await checker({ retryDelayMs: 200 }).check(server.url('/flaky'));
    assert.strictEqual(r.kind, 'ok');
    const times = server.log.filter((x) => x.path === '/flaky').map((x) => x.at);
    assert.strictEqual(times.length, 3); // HEAD 500, GET 500, (backoff), HEAD 200
    assert.ok(times[2] - times[1] >= 190, `retried after ${times[2] - times[1]} ms`);
  });

  it('500 every time: unreachable after exactly one retry', async () => {
    const r = await checker().check(server.url('/always500'));
    assert.deepStrictEqual([r.kind, r.status], ['unreachable', 500]);
    assert.deepStrictEqual(requestsTo('/always500'), ['HEAD', 'GET', 'HEAD', 'GET']);
  });

  it('301 chain: moved permanently, to the end of the permanent hops', async () => {
    const r = await checker().check(server.url('/moved-twice'));
    assert.deepStrictEqual([r.kind, r.movedTo], ['moved', server.url('/ok')]);
    const t = await checker().check(server.url('/moved-then-temporary'));
    assert.deepStrictEqual([t.kind, t.movedTo, t.finalUrl], ['moved', server.url('/temporary'), server.url('/ok')]);
  });

  it('a temporary redirect is just ok; a permanent one to a 404 is gone', async () => {
    assert.strictEqual((await checker().check(server.url('/temporary'))).kind, 'ok');
    const g = await checker().check(server.url('/moved-to-gone'));
    assert.deepStrictEqual([g.kind, g.finalUrl], ['gone', server.url('/gone404')]);
  });

  it('redirect loops and more than 5 redirects are unreachable; exactly 5 is fine', async () => {
    const loop = await checker().check(server.url('/loop-a'));
    assert.deepStrictEqual([loop.kind, loop.detail], ['unreachable', 'redirect loop']);
    assert.strictEqual(server.log.filter((x) => x.path.startsWith('/loop')).length, 2);
    const six = await checker().check(server.url('/chain/6'));
    assert.deepStrictEqual([six.kind, six.detail], ['unreachable', 'more than 5 redirects']);
    assert.strictEqual((await checker().check(server.url('/chain/5'))).kind, 'ok');
  });

  it('a redirect to a non-web scheme is reported; a deep page sent to the home page is unverified', async () => {
    assert.match((await checker().check(server.url('/to-mailto'))).detail, /non-web address "mailto:/);
    const home = await checker().check(server.url('/old/deep/page'));
    assert.deepStrictEqual([home.kind, home.movedTo], ['unverified', undefined]);
  });

  it('401 and 403: could not verify (no retry: bot walls do not pass)', async () => {
    const c = checker();
    const [a, b] = await Promise.all([c.check(server.url('/forbidden')), c.check(server.url('/unauthorized'))]);
    assert.deepStrictEqual([a.kind, a.status, b.kind, b.status], ['unverified', 403, 'unverified', 401]);
    assert.deepStrictEqual(requestsTo('/forbidden'), ['HEAD', 'GET']);
  });

  it('a bot challenge page (503 with cf-mitigated: challenge) is "could not verify", not "unreachable", and not retried', async () => {
    const r = await checker().check(server.url('/challenge'));
    assert.deepStrictEqual([r.kind, r.detail], ['unverified', 'the site answers with a bot challenge (503 Service Unavailable)']);
    assert.deepStrictEqual(requestsTo('/challenge'), ['HEAD', 'GET']);
  });

  it('429 with Retry-After: waits that long, then asks again', async () => {
    const clock = new ManualClock();
    const r = await checker({ clock, retryDelayMs: 10 }).check(server.url('/ratelimited?after=1'));
    assert.strictEqual(r.kind, 'ok');
    assert.strictEqual(server.log.filter((x) => x.path.split('?')[0] === '/ratelimited').length, 2);
    assert.ok(
      clock.waits.some((ms) => ms >= 1000),
      `waits asked for: ${clock.waits}`,
    );
  });

  it('429 with Retry-After pauses the whole host, not just that URL', async () => {
    // The pause is capped at 500 ms and the first URL is not retried, so only the pause can move the clock.
    const clock = new ManualClock();
    const c = checker({ clock, maxRetryAfterMs: 500 });
    const t0 = clock.now();
    assert.strictEqual((await c.check(server.url('/ratelimited?after=1'))).kind, 'unverified');
    assert.strictEqual((await c.check(server.url('/ok'))).kind, 'ok');
    assert.ok(clock.now() - t0 >= 500, `the host was asked again after ${clock.now() - t0} ms`);
  });

  it('429 without Retry-After, or one too long to wait: could not verify, at once', async () => {
    const c = checker({ maxRetryAfterMs: 5000 });
    const t0 = Date.now();
    const [a, b] = await Promise.all([c.check(server.url('/ratelimited-always')), c.check(server.url('/ratelimited-long'))]);
    assert.deepStrictEqual([a.kind, b.kind], ['unverified', 'unverified']);
    assert.ok(Date.now() - t0 < 3000);
    assert.deepStrictEqual(requestsTo('/ratelimited-long'), ['HEAD']);
  });

  it('503 with Retry-After honours it before the retry', async () => {
    const clock = new ManualClock();
    const r = await checker({ clock, retryDelayMs: 10 }).check(server.url('/unavailable-after'));
    assert.strictEqual(r.kind, 'ok');
    assert.strictEqual(requestsTo('/unavailable-after').length, 3);
    assert.ok(
      clock.waits.some((ms) => ms >= 1000),
      `waits asked for: ${clock.waits}`,
    );
  });

  it('a slow answer past the deadline: unreachable after one retry', async () => {
    const t0 = Date.now();
    const r = await checker({ timeoutMs: 300 }).check(server.url('/slow'));
    assert.deepStrictEqual([r.kind, r.detail], ['unreachable', 'no answer within 0.3 s']);
    assert.strictEqual(requestsTo('/slow').length, 2);
    assert.ok(Date.now() - t0 < 2000);
  });

  it('says "after one retry" only when there was one', async () => {
    const c = checker();
    const always500 = await c.check(server.url('/always500'));
    assert.strictEqual(always500.retried, true);
    const loop = await c.check(server.url('/loop-a'));
    assert.deepStrictEqual([loop.kind, loop.retried], ['unreachable', undefined]);
    const target = { written: loop.url, fetchUrl: loop.url, fragment: '', start: 0, end: 0, note: '1', replaceable: false, syntax: 'literal' as const };
    assert.doesNotMatch(linkFinding(target, loop)!.message, /retry/);
    assert.match(linkFinding(target, always500)!.message, /\(after one retry\)\.$/);
  });

  it('a host that does not answer costs two timeouts in a run, not two per URL', async () => {
    const c = checker({ timeoutMs: 200, retryDelayMs: 10 });
    const urls = ['/slow?n=1', '/slow?n=2', '/slow?n=3', '/slow?n=4'].map((p) => server.url(p, 2));
    const results = [];
    for (const u of urls) results.push(await c.check(u));
    assert.ok(results.every((r) => r.kind === 'unreachable'));
    assert.match(results[3].detail, /did not answer in time earlier in this run/);
    assert.ok(server.log.filter((r) => r.path.startsWith('/slow')).length <= 3, `${server.log.length} requests`);
  });

  it('a run has a time budget: links not asked in time are "not checked", and that is never cached', async () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'foresight-budget-'));
    try {
      const cache = new LinkCache(cacheDir);
      const c = checker({ budgetMs: 150, timeoutMs: 2000, perHost: 1, total: 1, cache });
      const [slow, waiting] = await Promise.all([c.check(server.url('/slow?ms=400', 3)), c.check(server.url('/ok', 3))]);
      assert.strictEqual(slow.kind, 'unreachable');
      assert.deepStrictEqual([waiting.kind, waiting.skipped], ['unverified', true]);
      assert.match(waiting.detail, /ran out of time/);
      cache.save();
      assert.strictEqual(new LinkCache(cacheDir).get(server.url('/ok', 3), true), undefined);
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('names of one server share its two slots (the limit counts addresses)', async function () {
    const address = await limitKey('localhost');
    if (address !== '127.0.0.1') this.skip(); // the machine resolves localhost elsewhere
    const c = checker();
    const urls = [1, 2, 3, 4, 5, 6].flatMap((i) => [`http://localhost:${server.port}/slow?ms=150&i=${i}`, server.url(`/slow?ms=150&j=${i}`)]);
    await Promise.all(urls.map((u) => c.check(u)));
    assert.strictEqual(c.limiter.peak, 2);
  });

  it('a reset connection: unreachable after one retry', async () => {
    const r = await checker().check(server.url('/reset'));
    assert.deepStrictEqual([r.kind, r.detail], ['unreachable', 'connection reset']);
    assert.strictEqual(requestsTo('/reset').length, 2);
  });

  it('connection refused and unknown hosts: unreachable', async () => {
    const closed = await startLinkServer([1]);
    const url = closed.url('/ok');
    await closed.close();
    const r = await checker().check(url);
    assert.deepStrictEqual([r.kind, r.detail], ['unreachable', 'connection refused']);
    const dns = await checker().check('http://no-such-host.invalid/page');
    assert.strictEqual(dns.kind, 'unreachable');
    assert.match(dns.detail, /host not found/);
  });

  it('at most 2 requests per host and 8 in all, and it does use them', async () => {
    const c = checker();
    const urls: string[] = [];
    for (let a = 1; a <= 6; a++) for (let i = 0; i < 4; i++) urls.push(server.url(`/slow?ms=150&i=${i}`, a));
    const results = await Promise.all(urls.map((u) => c.check(u)));
    assert.ok(results.every((r) => r.kind === 'ok'));
    assert.strictEqual(server.peak, 8);
    assert.deepStrictEqual([...new Set(server.peakPerHost.values())], [2]);
    assert.strictEqual(c.limiter.peak, 8);
  });

  it('one URL asked for many times is fetched once', async () => {
    const c = checker();
    await Promise.all([1, 2, 3].map(() => c.check(server.url('/ok'))));
    assert.strictEqual(requestsTo('/ok').length, 1);
  });
});

describe('link checker safety', function () {
  this.timeout(20000);
  let server: LinkServer;
  before(async () => {
    server = await startLinkServer([1]);
  });
  after(async () => server.close());

  it('refuses loopback, private and link-local hosts unless allowed, without connecting', async () => {
    const c = new LinkChecker({ retryDelayMs: 10 });
    for (const url of [
      server.url('/ok'),
      `http://localhost:${server.port}/ok`,
      'http://10.1.2.3/x',
      'http://192.168.1.1/',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/',
      'http://[fe80::1]/',
      'http://0.0.0.0/',
      'http://[::127.0.0.1]/',
      'http://[::ffff:127.0.0.1]/',
    ]) {
      const r = await c.check(url);
      assert.strictEqual(r.kind, 'blocked', url);
    }
    assert.strictEqual(server.log.length, 0);
    assert.strictEqual(c.stats.requests, 10);
  });

  it('every redirect hop is checked: an allowed host that redirects to a refused one is stopped there', async () => {
    // The policy allows 127.0.0.1 only; the first hop there redirects to 127.0.0.2, which is refused without a connection.
    const only1 = (ip: string): boolean => ip === '127.0.0.1';
    server.reset();
    const r = await new LinkChecker({ allowAddress: only1 }).check(server.url(`/redirect-to?to=${encodeURIComponent(`http://127.0.0.2:${server.port}/ok`)}`));
    assert.deepStrictEqual([r.kind, r.finalUrl], ['blocked', `http://127.0.0.2:${server.port}/ok`]);
    assert.match(r.detail, /^redirects to a private or local address/);
    assert.deepStrictEqual(
      server.log.map((x) => x.host),
      [`127.0.0.1:${server.port}`],
    );
  });
});

describe('link results cache', function () {
  this.timeout(20000);
  const t = withLinkServer();

  it('a second run (new process state, same folder) makes no requests', async () => {
    const urls = ['/ok', '/gone404', '/moved', '/forbidden'].map((p) => t.server.url(p));
    const first = new LinkChecker({ allowPrivate: true, cache: new LinkCache(t.dir) });
    const a = await Promise.all(urls.map((u) => first.check(u)));
    assert.strictEqual(first.stats.checked, 4);
    assert.strictEqual((first as unknown as { options: { cache: LinkCache } }).options.cache.save(), undefined);
    const before = t.server.log.length;
    const second = new LinkChecker({ allowPrivate: true, cache: new LinkCache(t.dir) });
    const b = await Promise.all(urls.map((u) => second.check(u)));
    assert.strictEqual(t.server.log.length, before);
    assert.deepStrictEqual(b, a);
    assert.deepStrictEqual([second.stats.cached, second.stats.checked, second.stats.requests], [4, 0, 0]);
  });

  it('makes its folder and missing parents, and says why when it cannot (a folder under /proc: Node\u2019s recursive mkdir never returns there)', function () {
    const nested = path.join(t.dir, 'a', 'b', 'c');
    const made = new LinkCache(nested);
    made.set({ url: 'https://e.org/a', kind: 'ok', detail: '200', checkedAt: Date.now() });
    assert.strictEqual(made.save(), undefined);
    assert.ok(fs.existsSync(path.join(nested, 'links.json')));
    if (process.platform !== 'linux') return;
    const cache = new LinkCache('/proc/foresight-lint-nowhere/cache');
    cache.set({ url: 'https://e.org/a', kind: 'ok', detail: '200', checkedAt: Date.now() });
    assert.match(cache.save() ?? '', /ENOENT|EACCES|EROFS/);
  });

  it('expires after its max age; passing failures after an hour at most', () => {
    const cache = new LinkCache(t.dir, 24 * 3600e3);
    const now = Date.now();
    cache.set({ url: 'https://e.org/a', kind: 'ok', detail: '200', checkedAt: now - 23 * 3600e3 });
    cache.set({ url: 'https://e.org/b', kind: 'ok', detail: '200', checkedAt: now - 25 * 3600e3 });
    cache.set({ url: 'https://e.org/c', kind: 'unreachable', detail: '500', status: 500, checkedAt: now - 2 * 3600e3 });
    cache.set({ url: 'https://e.org/d', kind: 'blocked', detail: 'x', checkedAt: now });
    assert.ok(cache.get('https://e.org/a', false, now));
    assert.strictEqual(cache.get('https://e.org/b', false, now), undefined);
    assert.strictEqual(cache.get('https://e.org/c', false, now), undefined);
    assert.strictEqual(cache.get('https://e.org/d', false, now), undefined);
  });

  it('results for private addresses are reused only when private addresses are allowed', () => {
    const cache = new LinkCache(t.dir);
    cache.set({ url: 'http://127.0.0.1/x', kind: 'ok', detail: '200', checkedAt: Date.now(), private: true });
    assert.strictEqual(cache.get('http://127.0.0.1/x', false), undefined);
    assert.ok(cache.get('http://127.0.0.1/x', true));
  });

  it('merges with what another process saved, and survives a broken file', () => {
    const one = new LinkCache(t.dir);
    const two = new LinkCache(t.dir);
    one.set({ url: 'https://e.org/1', kind: 'ok', detail: '200', checkedAt: Date.now() });
    two.set({ url: 'https://e.org/2', kind: 'gone', detail: '404', checkedAt: Date.now() });
    assert.strictEqual(one.save(), undefined);
    assert.strictEqual(two.save(), undefined);
    const three = new LinkCache(t.dir);
    assert.ok(three.get('https://e.org/1', false) && three.get('https://e.org/2', false));
    fs.writeFileSync(path.join(t.dir, 'links.json'), '{"version":1,"entries":{"x": 5');
    assert.strictEqual(new LinkCache(t.dir).get('https://e.org/1', false), undefined);
    const unwritable = new LinkCache(path.join(t.dir, 'links.json', 'sub'));
    unwritable.set({ url: 'https://e.org/3', kind: 'ok', detail: '200', checkedAt: Date.now() });
    assert.match(unwritable.save() ?? '', /cannot write the link cache/);
  });

  it('a cache path that is a folder is reported, and leaves no temporary file behind', () => {
    const dir = path.join(t.dir, 'folder-cache');
    fs.mkdirSync(path.join(dir, 'links.json'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'links.json', 'keep'), 'x');
    const cache = new LinkCache(dir);
    cache.set({ url: 'https://e.org/4', kind: 'ok', detail: '200', checkedAt: Date.now() });
    assert.match(cache.save() ?? '', /cannot write the link cache/);
    assert.deepStrictEqual(fs.readdirSync(dir), ['links.json']);
  });
});

describe('Retry-After parsing', () => {
  it('reads seconds and HTTP dates, and ignores junk', () => {
    assert.strictEqual(parseRetryAfter('120'), 120000);
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    assert.strictEqual(parseRetryAfter('Wed, 21 Oct 2026 07:28:30 GMT', now), 30000);
    assert.strictEqual(parseRetryAfter('soon'), undefined);
    assert.strictEqual(parseRetryAfter(undefined), undefined);
  });
});
