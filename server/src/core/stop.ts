/**
 * Cooperative stopping: long loops of the core ask `shouldStop()` every few
 * thousand steps and throw `CheckStopped`, so that a check past its deadline
 * or cancelled by the editor ends, and only that document is reported.
 */
export class CheckStopped extends Error {
  constructor(message = 'checking was stopped: it took too long or was cancelled') {
    super(message);
    this.name = 'CheckStopped';
  }
}

export type ShouldStop = () => boolean;

/** Calls `shouldStop` once every `every` calls (reading the clock costs). */
export function stopper(shouldStop: ShouldStop | undefined, every = 1024): () => void {
  if (!shouldStop) return () => undefined;
  let n = 0;
  return () => {
    if (++n % every === 0 && shouldStop()) throw new CheckStopped();
  };
}
