/**
 * A local HTTP server that plays every case a link checker meets, bound to
 * 127.0.0.x only. It logs each request and counts how many run at once.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';

export interface LoggedRequest {
  method: string;
  host: string;
  path: string;
  at: number;
  userAgent?: string;
}

export interface LinkServer {
  port: number;
  /** Base URL on a given 127.0.0.x address (1 by default). */
  url(path: string, address?: number): string;
  log: LoggedRequest[];
  peak: number;
  peakPerHost: Map<string, number>;
  reset(): void;
  close(): Promise<void>;
}

export async function startLinkServer(addresses = [1]): Promise<LinkServer> {
  const log: LoggedRequest[] = [];
  const counters = new Map<string, number>();
  const active = new Map<string, number>();
  let running = 0;
  const state = { peak: 0, peakPerHost: new Map<string, number>() };
  const hits = (key: string): number => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };

  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const host = req.headers.host ?? '';
    const url = new URL(req.url ?? '/', `http://${host}`);
    const p = url.pathname;
    log.push({ method: req.method ?? '', host, path: p + url.search, at: Date.now(), userAgent: req.headers['user-agent'] });
    running++;
    active.set(host, (active.get(host) ?? 0) + 1);
    state.peak = Math.max(state.peak, running);
    state.peakPerHost.set(host, Math.max(state.peakPerHost.get(host) ?? 0, active.get(host) ?? 0));
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      running--;
      active.set(host, (active.get(host) ?? 1) - 1);
    };
    res.on('close', finish);
    const send = (status: number, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'Content-Type': 'text/html', ...headers });
      res.end(req.method === 'HEAD' ? undefined : `<p>${status}</p>`);
    };
    const redirect = (status: number, to: string): void => send(status, { Location: to });

    if (p === '/ok' || p === '/ok/' || p === '/') return send(200);
    if (p === '/gone404') return send(404);
    if (p === '/gone410') return send(410);
    if (p === '/always500') return send(500);
    if (p === '/flaky') return send(hits(p) <= 2 ? 500 : 200); // HEAD and GET fail once, the retry succeeds
    if (p === '/head405') return req.method === 'HEAD' ? send(405) : send(200);
    if (p === '/head404') return req.method === 'HEAD' ? send(404) : send(200);
    if (p === '/comes-back') return send(hits(p) <= 2 ? 404 : 200); // gone (HEAD and GET), then back
    if (p === '/forbidden') return send(403);
    if (p === '/challenge') return send(503, { 'cf-mitigated': 'challenge', Server: 'cloudflare' });
    if (p === '/unauthorized') return send(401);
    if (p === '/ratelimited') return hits(p) === 1 ? send(429, { 'Retry-After': url.searchParams.get('after') ?? '1' }) : send(200);
    if (p === '/ratelimited-always') return send(429);
    if (p === '/ratelimited-long') return send(429, { 'Retry-After': '3600' });
    if (p === '/unavailable-after') return hits(p) <= 2 ? send(503, { 'Retry-After': '1' }) : send(200);
    if (p === '/moved') return redirect(301, '/ok');
    if (p === '/moved-twice') return redirect(308, '/moved');
    if (p === '/temporary') return redirect(302, '/ok');
    if (p === '/moved-then-temporary') return redirect(301, '/temporary');
    if (p === '/moved-to-gone') return redirect(301, '/gone404');
    if (p === '/loop-a') return redirect(301, '/loop-b');
    if (p === '/loop-b') return redirect(301, '/loop-a');
    if (p === '/old/deep/page') return redirect(301, '/');
    if (p === '/to-mailto') return redirect(302, 'mailto:someone@example.org');
    if (p === '/redirect-to') return redirect(302, url.searchParams.get('to') ?? '/ok');
    const chain = /^\/chain\/(\d+)$/.exec(p);
    if (chain) {
      const n = Number(chain[1]);
      return n === 0 ? send(200) : redirect(302, `/chain/${n - 1}`);
    }
    if (p === '/slow') {
      const ms = Number(url.searchParams.get('ms') ?? '60000');
      const timer = setTimeout(() => send(200), ms);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (p === '/reset') {
      req.socket.destroy();
      return;
    }
    send(404);
  };

  const servers: http.Server[] = [];
  let port = 0;
  for (const a of addresses) {
    const server = http.createServer(handler);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, `127.0.0.${a}`, () => resolve());
    });
    port = (server.address() as AddressInfo).port;
    servers.push(server);
  }
  return {
    port,
    url: (path, address = 1) => `http://127.0.0.${address}:${port}${path}`,
    log,
    get peak() {
      return state.peak;
    },
    get peakPerHost() {
      return state.peakPerHost;
    },
    reset() {
      log.length = 0;
      counters.clear();
      state.peak = 0;
      state.peakPerHost.clear();
    },
    async close() {
      for (const s of servers) {
        s.closeAllConnections();
        await new Promise<void>((r) => s.close(() => r()));
      }
    },
  } as LinkServer;
}

/**
 * Mocha hooks for a suite: one server for the suite (request log reset before each test)
 * and a fresh temporary folder per test (for caches and reports).
 */
export function withLinkServer(addresses = [1]): { readonly server: LinkServer; readonly dir: string } {
  const ctx = {} as { server: LinkServer; dir: string };
  before(async () => {
    ctx.server = await startLinkServer(addresses);
  });
  after(async () => ctx.server.close());
  beforeEach(() => {
    ctx.server.reset();
    ctx.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fl-links-'));
  });
  afterEach(() => fs.rmSync(ctx.dir, { recursive: true, force: true }));
  return ctx;
}
