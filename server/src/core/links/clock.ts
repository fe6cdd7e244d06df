/**
 * Time as the link check sees it: waits (a backoff, a Retry-After) and
 * pauses of a host go through a clock, the real one unless the caller brings
 * its own, so that tests control time instead of waiting for it.
 */
export interface Clock {
  /** Milliseconds, as Date.now(). */
  now(): number;
  /** Calls `fn` after `ms`; the returned function cancels it. */
  after(ms: number, fn: () => void): () => void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  after(ms, fn) {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
};

export function sleep(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => clock.after(ms, resolve));
}
