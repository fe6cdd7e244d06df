import type { Clock } from '../../server/src/core/links/clock';

/**
 * A clock the test controls: time moves only when a timer is due, and then
 * at once (the next timer fires as soon as the event loop turns), so a
 * one-second Retry-After costs no real second. It records every wait asked for.
 */
export class ManualClock implements Clock {
  private time = 1_000_000;
  private timers: Array<{ at: number; fn: () => void; cancelled: boolean }> = [];
  private scheduled = false;
  /** Every duration passed to `after`, in order. */
  readonly waits: number[] = [];

  now(): number {
    return this.time;
  }

  after(ms: number, fn: () => void): () => void {
    this.waits.push(ms);
    const timer = { at: this.time + Math.max(0, ms), fn, cancelled: false };
    this.timers.push(timer);
    this.schedule();
    return () => {
      timer.cancelled = true;
    };
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.timers = this.timers.filter((t) => !t.cancelled);
      if (this.timers.length === 0) return;
      const next = this.timers.reduce((a, b) => (b.at < a.at ? b : a));
      this.timers.splice(this.timers.indexOf(next), 1);
      this.time = Math.max(this.time, next.at);
      next.fn();
      if (this.timers.length) this.schedule();
    });
  }
}
