import { realClock, type Clock } from './clock';

/**
 * Politeness: at most `perHost` requests to one host and `total` in all at a
 * time, and a host can be paused (Retry-After). Requests to one host start in
 * the order asked; hosts take turns. Each start and release costs O(1), so a
 * report citing 100 000 URLs is not quadratic.
 */
interface HostState {
  queue: Array<() => void>;
  head: number;
  active: number;
  pausedUntil: number;
  /** Cancels the timer that ends the pause. */
  timer?: () => void;
}

export class Limiter {
  private readonly hosts = new Map<string, HostState>();
  /** Hosts with queued requests, a free slot and no pause, in turn order. */
  private readonly ready = new Set<string>();
  private running = 0;
  /** The most requests that ran at once, overall and per host (for tests and the benchmark). */
  peak = 0;
  readonly peakPerHost = new Map<string, number>();

  constructor(
    readonly perHost: number,
    readonly total: number,
    private readonly clock: Clock = realClock,
  ) {}

  /** Waits for a slot for `host`; call the returned function when the request is done. */
  acquire(host: string): Promise<() => void> {
    return new Promise((resolve) => {
      const h = this.state(host);
      h.queue.push(() => {
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.running--;
          h.active--;
          this.update(host, h);
          this.pump();
        });
      });
      this.update(host, h);
      this.pump();
    });
  }

  /** No new request to `host` before `until` (epoch ms). */
  pause(host: string, until: number): void {
    const h = this.state(host);
    if (until <= h.pausedUntil) return;
    h.pausedUntil = until;
    this.ready.delete(host);
    h.timer?.();
    h.timer = this.clock.after(until - this.clock.now(), () => {
      h.timer = undefined;
      this.update(host, h);
      this.pump();
    });
  }

  private state(host: string): HostState {
    let h = this.hosts.get(host);
    if (!h) {
      h = { queue: [], head: 0, active: 0, pausedUntil: 0 };
      this.hosts.set(host, h);
    }
    return h;
  }

  private update(host: string, h: HostState): void {
    const waiting = h.queue.length - h.head;
    if (waiting > 0 && h.active < this.perHost && h.pausedUntil <= this.clock.now()) this.ready.add(host);
    else this.ready.delete(host);
    if (waiting === 0 && h.active === 0 && !h.timer) this.hosts.delete(host);
  }

  private pump(): void {
    while (this.running < this.total && this.ready.size > 0) {
      const host = this.ready.values().next().value as string;
      this.ready.delete(host); // re-added at the end: hosts take turns
      const h = this.hosts.get(host)!;
      const start = h.queue[h.head++];
      if (h.head > 1024 && h.head * 2 > h.queue.length) {
        h.queue = h.queue.slice(h.head);
        h.head = 0;
      }
      h.active++;
      this.running++;
      this.peak = Math.max(this.peak, this.running);
      this.peakPerHost.set(host, Math.max(this.peakPerHost.get(host) ?? 0, h.active));
      this.update(host, h);
      start();
    }
  }
}
