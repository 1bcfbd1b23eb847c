// Articles in, corpus out: read inputs → skip what is stored → extract in parallel → write.
//
// Shape of the pipeline:
// - Reading, the "already stored?" check and every write happen on the main thread; only
//   extraction runs in the worker pool. The main thread is the only writer, so the store never
//   sees concurrent writers and an article is stored by exactly one `addArticle` transaction.
// - Writes happen in INPUT ORDER (a FIFO of in-flight work, written from its head). A run is then
//   deterministic whatever `--jobs` is, and a run resumed after a crash stores the articles in
//   the same order as an uninterrupted one.
// - At most `window` articles are in flight (read, not yet written). The input generator is only
//   pulled when there is room, so memory stays flat however large the corpus is (back-pressure).
// - Crash safety comes from the store: `addArticle` is one transaction, and the check before
//   extracting makes a re-run skip everything already stored, cheaply.
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import Tinypool from 'tinypool';
import type { ArticleInput, Store } from './store.js';
import type { Extraction } from '../types.js';
import { readInputs, isInputError, type InputError } from '../input/index.js';
import { inputError } from '../input/errors.js';
import type { ExtractTask } from './extract-worker.js';
import { countInputFiles, fileOfOrigin } from './input-files.js';
import type { IngestProgress } from './progress.js';

export type IngestOptions = {
  store: Store;
  /** Files and folders to read (recursively). Ignored when `inputs` is given. */
  paths?: string[];
  /** Articles from elsewhere (a test, a benchmark generator) instead of `paths`. */
  inputs?: AsyncIterable<ArticleInput | InputError>;
  /** Outlet for articles that do not name one. */
  outlet?: string;
  /** Extraction workers; defaults to all cores. 1 extracts on the main thread. */
  jobs?: number;
  /** Add the learned tagger's attributions (ExtractOptions.learned). */
  learned?: boolean;
  /** Called after every article the writer finishes (added, skipped or failed), and once more
   *  at the end of a complete run, when the last file is done. */
  onProgress?: (progress: IngestProgress) => void;
  /** Called, in input order, for every input that could not be read, extracted or stored. */
  onError?: (error: InputError) => void;
  /** Aborting stops the run after the article being written; nothing is left half-stored. */
  signal?: AbortSignal;
};

export type IngestSummary = {
  /** Inputs finished: added + skipped + failed. */
  inputs: number;
  added: number;
  skipped: number;
  failed: number;
  /** Quotations in the added articles. */
  quotes: number;
  elapsedMs: number;
  articlesPerSecond: number;
  jobs: number;
  /** True when the run was stopped by `signal` before reading every input. */
  interrupted: boolean;
  /** Where the main thread's time went, to tell which stage limits throughput: reading inputs,
   *  the already-stored check, waiting for extractions (idle writer), and storing. */
  timings: { readMs: number; checkMs: number; extractWaitMs: number; storeMs: number };
};

/** Extraction as the pipeline sees it: a task in, a promise of an Extraction out. */
type Extractor = { run(task: ExtractTask): Promise<Extraction>; close(): Promise<void> };

/** One slot of the in-flight FIFO. */
type InFlight =
  | { kind: 'failed'; error: InputError }
  | { kind: 'stored'; origin: string }
  | { kind: 'extracting'; article: ArticleInput; extraction: Promise<Extraction>; recovered: boolean };

export function defaultJobs(): number {
  return availableParallelism();
}

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const { store, signal } = options;
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  // Enough queued work to keep every worker busy while the writer is at the head of the queue.
  const window = jobs === 1 ? 1 : jobs * 4;
  const startedAt = performance.now();
  const source = options.inputs ?? readInputs(options.paths ?? [], options.outlet ? { outlet: options.outlet } : {});

  const timings = { readMs: 0, checkMs: 0, extractWaitMs: 0, storeMs: 0 };
  const progress: IngestProgress = { articles: 0, added: 0, skipped: 0, failed: 0, quotes: 0, filesDone: 0, filesTotal: null, elapsedMs: 0 };
  if (!options.inputs && options.paths) {
    countInputFiles(options.paths).then((n) => { progress.filesTotal = n; }, () => {});
  }
  let currentFile: string | null = null;
  const finished = (origin: string): void => {
    const file = fileOfOrigin(origin);
    if (file !== currentFile) {
      if (currentFile !== null) progress.filesDone += 1;
      currentFile = file;
    }
    progress.articles += 1;
    progress.elapsedMs = performance.now() - startedAt;
    options.onProgress?.({ ...progress });
  };
  const fail = (error: InputError): void => {
    progress.failed += 1;
    options.onError?.(error);
    finished(error.origin);
  };
  // An article another process abandoned was already counted as skipped when this run reached
  // it; storing it now moves it from skipped to added (or failed), so every input counts once.
  const recount = (outcome: 'added' | 'failed'): void => {
    progress.skipped -= 1;
    progress[outcome] += 1;
    progress.elapsedMs = performance.now() - startedAt;
    options.onProgress?.({ ...progress });
  };

  const write = async (slot: InFlight): Promise<void> => {
    if (slot.kind === 'failed') return fail(slot.error);
    if (slot.kind === 'stored') {
      progress.skipped += 1;
      return finished(slot.origin);
    }
    const { article, recovered } = slot;
    let extraction: Extraction;
    const waitStart = performance.now();
    try {
      extraction = await slot.extraction;
    } catch (err) {
      const error = inputError(article.origin, `extraction failed: ${firstLine(err)}`);
      if (!recovered) return fail(error);
      options.onError?.(error);
      return recount('failed');
    } finally {
      timings.extractWaitMs += performance.now() - waitStart;
    }
    const storeStart = performance.now();
    try {
      const result = await store.addArticle(article, extraction);
      if (result.status === 'added') progress.quotes += result.quotes;
      if (recovered) {
        if (result.status === 'added') recount('added');
        return;
      }
      progress[result.status] += 1;
    } catch (err) {
      const error = inputError(article.origin, `could not store: ${firstLine(err)}`);
      if (!recovered) return fail(error);
      options.onError?.(error);
      return recount('failed');
    } finally {
      timings.storeMs += performance.now() - storeStart;
    }
    finished(article.origin);
  };

  const extractor = await createExtractor(jobs);
  const queue: InFlight[] = [];
  let interrupted = false;

  /** Reads one source to the end, keeping at most `window` articles in flight; false when stopped. */
  const consume = async (items: AsyncIterable<ArticleInput | InputError>, recovered: boolean): Promise<boolean> => {
    let readStart = performance.now();
    for await (const item of items) {
      timings.readMs += performance.now() - readStart;
      if (signal?.aborted) return false;
      if (isInputError(item)) {
        queue.push({ kind: 'failed', error: item });
      } else {
        const article: ArticleInput = options.outlet && !item.outlet ? { ...item, outlet: options.outlet } : item;
        const checkStart = performance.now();
        const stored = await store.hasArticle(article);
        timings.checkMs += performance.now() - checkStart;
        if (stored) {
          if (!recovered) queue.push({ kind: 'stored', origin: article.origin });
        } else {
          const extraction = extractor.run(toExtractTask(article, options.learned === true));
          // Rejections are handled when the slot is written; this keeps Node from calling one
          // unhandled while it waits in the queue.
          extraction.catch(() => {});
          queue.push({ kind: 'extracting', article, extraction, recovered });
        }
      }
      while (queue.length >= window && !signal?.aborted) await write(queue.shift()!);
      if (signal?.aborted) return false;
      readStart = performance.now();
    }
    while (queue.length > 0) {
      if (signal?.aborted) return false;
      await write(queue.shift()!);
    }
    return true;
  };

  try {
    interrupted = !(await consume(source, false));
    if (!interrupted && currentFile !== null) {
      // The last file is only known to be done now: one final snapshot so the bar ends at 100%.
      progress.filesDone += 1;
      progress.elapsedMs = performance.now() - startedAt;
      options.onProgress?.({ ...progress });
    }
    // Stores shared by several ingest processes hand back what a killed one left unstored.
    if (!interrupted && store.abandonedArticles) interrupted = !(await consume(store.abandonedArticles(), true));
  } finally {
    await extractor.close();
  }
  const elapsedMs = performance.now() - startedAt;
  const { added, skipped, failed, quotes } = progress;
  return {
    inputs: added + skipped + failed, added, skipped, failed, quotes, elapsedMs,
    articlesPerSecond: elapsedMs > 0 ? ((added + skipped + failed) * 1000) / elapsedMs : 0,
    jobs, interrupted,
    timings: { readMs: round(timings.readMs), checkMs: round(timings.checkMs), extractWaitMs: round(timings.extractWaitMs), storeMs: round(timings.storeMs) },
  };
}

/** The compiled worker sits next to this module in dist/; from TypeScript sources (vitest) there
 *  is no JS file to hand to a worker thread, so extraction falls back to the main thread. */
const workerFile = fileURLToPath(new URL('./extract-worker.js', import.meta.url));

async function createExtractor(jobs: number): Promise<Extractor> {
  if (jobs === 1 || !existsSync(workerFile)) {
    // Loaded here, not at the top: with a pool the main thread never needs the NLP model.
    const { default: extractArticle } = await import('./extract-worker.js');
    return {
      async run(task) {
        // Extraction is synchronous: yield first so signals (Ctrl-C) and I/O get their turn.
        await yieldToEventLoop();
        return extractArticle(task);
      },
      async close() {},
    };
  }
  const pool = new Tinypool({ filename: workerFile, minThreads: jobs, maxThreads: jobs, idleTimeout: 60_000 });
  return {
    run: (task) => pool.run(task) as Promise<Extraction>,
    close: () => pool.destroy(),
  };
}

/** Only what extraction needs crosses the thread boundary (structured clone), not the whole input. */
function toExtractTask(article: ArticleInput, learned: boolean): ExtractTask {
  const { text, title, outlet, published, origin } = article;
  return { text, title, outlet, published, origin, ...(learned ? { learned } : {}) };
}

const round = (ms: number): number => Math.round(ms);

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
}
