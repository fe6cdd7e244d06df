import * as assert from 'assert';
import { Limiter } from '../../../server/src/core/links/limiter';

describe('link check limiter', () => {
  it('keeps to 2 per host and 8 in all, starts one host in order, and lets hosts take turns', async () => {
    const limiter = new Limiter(2, 8);
    const started: string[] = [];
    const releases: Array<() => void> = [];
    const all: Promise<void>[] = [];
    for (let i = 0; i < 4; i++) {
      for (const host of ['a', 'b', 'c', 'd', 'e']) {
        all.push(
          limiter.acquire(host).then((release) => {
            started.push(`${host}${i}`);
            releases.push(release);
          }),
        );
      }
    }
    await new Promise((r) => setImmediate(r));
    assert.strictEqual(started.length, 8);
    assert.ok(['a', 'b', 'c', 'd', 'e'].every((h) => started.filter((s) => s[0] === h).length <= 2));
    while (releases.length) {
      releases.shift()!();
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(all);
    assert.strictEqual(started.length, 20);
    for (const h of ['a', 'b', 'c', 'd', 'e'])
      assert.deepStrictEqual(
        started.filter((s) => s[0] === h),
        [0, 1, 2, 3].map((i) => `${h}${i}`),
      );
    assert.deepStrictEqual([limiter.peak, Math.max(...limiter.peakPerHost.values())], [8, 2]);
  });

  it('a paused host waits; the others go on', async () => {
    const limiter = new Limiter(2, 8);
    limiter.pause('slow', Date.now() + 300);
    const order: string[] = [];
    const t0 = Date.now();
    await Promise.all([
      limiter.acquire('slow').then((r) => (order.push(`slow ${Date.now() - t0 >= 290}`), r())),
      limiter.acquire('fast').then((r) => (order.push('fast'), r())),
    ]);
    assert.deepStrictEqual(order, ['fast', 'slow true']);
  });

  it('stays linear: 100 000 queued requests on one host and on 50 000 hosts', async () => {
    for (const hosts of [1, 50000]) {
      const limiter = new Limiter(2, 8);
      let done = 0;
      const all: Promise<void>[] = [];
      for (let i = 0; i < 100000; i++) all.push(limiter.acquire(`h${i % hosts}`).then((release) => (done++, release())));
      await Promise.all(all);
      assert.strictEqual(done, 100000);
    }
  });
});
