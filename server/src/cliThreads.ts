/**
 * The argument a worker thread of a parallel run (`--jobs`) is started with, after the script: `dist/cli.js` reads
 * it to know it runs in a worker without loading the worker API in every run's main thread, where that module and the
 * ones it needs cost a short run about a millisecond (BENCHMARKS.md, "Whole process").
 */
export const WORKER_THREAD_ARGUMENT = '--foresight-lint-worker-thread';
