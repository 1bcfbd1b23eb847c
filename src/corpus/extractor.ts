// Extraction run off the calling thread: a tinypool of worker threads running extract-worker.ts,
// or, for --jobs 1 and under vitest, the same function on the calling thread. Shared by ingest
// (one pool of --jobs threads for a whole run) and the server (one thread for POST /api/extract
// and /extract, so a long extraction never holds up other requests).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import Tinypool from 'tinypool';
import type { Extraction } from '../types.js';
import type { ExtractTask } from './extract-worker.js';

/** Extraction as its callers see it: a task in, a promise of an Extraction out. */
export type Extractor = {
  run(task: ExtractTask): Promise<Extraction>;
  /** Ends the worker threads; tasks still running reject. */
  close(): Promise<void>;
};

export type ExtractorOptions = {
  /** Worker threads, at most. 0 extracts on the calling thread. */
  threads: number;
  /** Start every thread at once and keep it (ingest: all of them are about to be busy). When
   *  false, a thread starts on the first task and ends after `idleTimeoutMs` without one (the
   *  server: most of its requests never extract, and each thread holds its own NLP model). */
  keepThreads?: boolean;
  idleTimeoutMs?: number;
  /** On the calling thread only: while this returns a promise, the next extraction waits for it
   *  to settle. Ingest passes the batch being stored (see ingest.ts). */
  holdInProcess?: () => Promise<unknown> | null;
  /** The module the threads load; tests substitute one that wraps extract-worker. */
  workerFile?: string;
};

/** The compiled worker sits next to this module in dist/; from TypeScript sources (vitest) there
 *  is no JS file to hand to a worker thread, so extraction falls back to the calling thread. */
const compiledWorkerFile = fileURLToPath(new URL('./extract-worker.js', import.meta.url));

export async function createExtractor(options: ExtractorOptions): Promise<Extractor> {
  const workerFile = options.workerFile ?? compiledWorkerFile;
  if (options.threads < 1 || !existsSync(workerFile)) {
    // Loaded here, not at the top: with a pool the calling thread never needs the NLP model.
    const { default: extractArticle } = await import('./extract-worker.js');
    const hold = options.holdInProcess ?? (() => null);
    return {
      async run(task) {
        // Extraction is synchronous: yield first so signals (Ctrl-C) and I/O get their turn.
        await yieldToEventLoop();
        for (let pending = hold(); pending; pending = hold()) await pending.catch(() => {});
        return extractArticle(task);
      },
      async close() {},
    };
  }
  const threads = Math.floor(options.threads);
  const pool = new Tinypool({
    filename: workerFile,
    minThreads: options.keepThreads === false ? 0 : threads,
    maxThreads: threads,
    idleTimeout: options.idleTimeoutMs ?? 60_000,
  });
  return {
    run: (task) => pool.run(task) as Promise<Extraction>,
    close: () => pool.destroy(),
  };
}
