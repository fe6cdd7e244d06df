/**
 * Politeness: at most `perHost` requests to one host and `total` in all at a
 * time, first come first served, and a host can be paused (Retry-After).
 */
export class Limiter {
  private readonly queue: Array<{ host: string; start: () => void }> = [];
  private readonly active = new Map<string, number>();
  private readonly pausedUntil = new Map<string, number>();
  private running = 0;
  private timer: NodeJS.Timeout | undefined;
  /** The most requests that ran at once, overall and per host (for tests and the benchmark). */
  peak = 0;
  readonly peakPerHost = new Map<string, number>();

  constructor(
    readonly perHost: number,
    readonly total: number,
  ) {}

  /** Waits for a slot for `host`; call the returned function when the request is done. */
  acquire(host: string): Promise<() => void> {
    return new Promise((resolve) => {
      this.queue.push({
        host,
        start: () => {
          let released = false;
          resolve(() => {
            if (released) return;
            released = true;
            this.running--;
            this.active.set(host, (this.active.get(host) ?? 1) - 1);
            this.pump();
          });
        },
      });
      this.pump();
    });
  }

  /** No new request to `host` before `until` (epoch ms). */
  pause(host: string, until: number): void {
    if (until > (this.pausedUntil.get(host) ?? 0)) this.pausedUntil.set(host, until);
  }

  private pump(): void {
    const now = Date.now();
    let wakeAt = Infinity;
    for (let i = 0; i < this.queue.length && this.running < this.total; ) {
      const { host, start } = this.queue[i];
      const paused = this.pausedUntil.get(host) ?? 0;
      if (paused > now) {
        wakeAt = Math.min(wakeAt, paused);
        i++;
        continue;
      }
      const n = this.active.get(host) ?? 0;
      if (n >= this.perHost) {
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      this.active.set(host, n + 1);
      this.running++;
      this.peak = Math.max(this.peak, this.running);
      this.peakPerHost.set(host, Math.max(this.peakPerHost.get(host) ?? 0, n + 1));
      start();
    }
    if (wakeAt !== Infinity) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.pump(), wakeAt - now);
    }
  }
}
