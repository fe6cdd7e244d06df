import * as assert from 'assert';
import { LinkService } from '../../../server/src/features/linkService';
import { withLinkServer } from '../../support/linkServer';

describe('the server link service', function () {
  this.timeout(20000);
  const t = withLinkServer();

  const nowhere = ['one', 'two', 'three'].map((h) => `https://${h}.nxdomain-foresight-lint-test/page`);

  it('tells only the waiting document, in batches, and hides network failures while the machine looks offline (logged once)', async () => {
    const arrivals: string[][] = [];
    const logs: string[] = [];
    const service = new LinkService(
      (uris) => arrivals.push(uris),
      (m) => logs.push(m),
    );
    service.configure({ allowPrivate: true, cacheDir: t.dir });
    service.request('file:///a.md', nowhere);
    assert.strictEqual(service.pending('file:///a.md'), 3);
    assert.strictEqual(service.pending('file:///b.md'), 0);
    while (service.pending() > 0) await new Promise((r) => setTimeout(r, 50));
    // The batch is handed over when its flush runs: wait for that, not for a time.
    while (arrivals.length === 0) await new Promise((r) => setTimeout(r, 50));
    // Only the waiting document hears of it, once per batch (results less than 300 ms apart share a batch).
    assert.deepStrictEqual([...new Set(arrivals.flat())], ['file:///a.md']);
    assert.ok(arrivals.every((batch) => batch.length === 1) && arrivals.length <= 3);
    assert.deepStrictEqual(
      nowhere.map((u) => service.lookup(u)),
      [undefined, undefined, undefined],
    );
    assert.strictEqual(logs.filter((l) => /seems offline/.test(l)).length, 1);
    // Once a site answers, the machine is online and the failures are real.
    service.request('file:///b.md', [t.server.url('/ok')]);
    while (service.pending() > 0) await new Promise((r) => setTimeout(r, 50));
    assert.strictEqual(service.lookup(nowhere[0])?.kind, 'unreachable');
    assert.strictEqual(service.lookup(t.server.url('/ok'))?.kind, 'ok');
    service.dispose();
  });
});
