// Articles in, corpus out: read inputs → skip what is stored → extract in parallel → write.
//
// Shape of the pipeline:
// - Reading, the "already stored?" check and every write happen on the main thread; only
//   extraction runs in the worker pool. The main thread is the only writer, so the store never
//   sees concurrent writers.
// - The writer stores BATCHES of whole extracted articles, each in one store transaction
//   (Store.addArticles): the fixed cost of a commit is paid once per batch instead of once per
//   article. How batches are cut is in ingest-queue.ts.
// - Writes happen in INPUT ORDER (a FIFO of in-flight work; a batch is always its head). A run is
//   then deterministic whatever `--jobs` is, and a run resumed after a crash stores the articles
//   in the same order as an uninterrupted one.
// - At most `inFlightWindow` articles are in flight (read, not yet written). The input generator
//   is only pulled when there is room, so memory stays flat however large the corpus is.
// - Crash safety comes from the store: a batch is one transaction, so a kill leaves only whole
//   articles, and the check before extracting makes a re-run skip everything already stored,
//   cheaply. Duplicates inside one batch (same id or same text twice before either is stored) are
//   skipped by the store, which checks each article against the rows the batch wrote before it.
// - A batch the store rejects is rolled back whole and written again one article per
//   transaction, so only the bad article is reported and the others are stored.
import { availableParallelism } from 'node:os';
import type { AddResult, ArticleInput, Store } from './store.js';
import type { Extraction } from '../types.js';
import { readInputs, isInputError, type InputError } from '../input/index.js';
import { inputError } from '../input/errors.js';
import type { ExtractTask } from './extract-worker.js';
import { createExtractor } from './extractor.js';
import { countInputFiles, fileOfOrigin } from './input-files.js';
import type { IngestProgress } from './progress.js';
import { DEFAULT_BATCH_LIMITS, InFlightQueue, inFlightWindow, type BatchLimits, type Slot } from './ingest-queue.js';

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
  /** Called after every article the writer finishes (added, skipped or failed), and once more
   *  at the end of a complete run, when the last file is done. */
  onProgress?: (progress: IngestProgress) => void;
  /** Called, in input order, for every input that could not be read, extracted or stored. */
  onError?: (error: InputError) => void;
  /** Aborting stops the run after the batch being written; nothing is left half-stored. */
  signal?: AbortSignal;
  /** How many articles one store transaction holds and how long the writer waits to fill one
   *  (default: 64 articles or 250 ms). */
  batch?: Partial<BatchLimits>;
};

export type IngestSummary = {
  /** Inputs finished: added + skipped + failed. */
  inputs: number;
  added: number;
  skipped: number;
  failed: number;
  /** Quotations in the added articles. */
  quotes: number;
  /** Write batches that stored articles (one store transaction each, unless the store rejected
   *  one and it was written again article by article). */
  batches: number;
  elapsedMs: number;
  articlesPerSecond: number;
  jobs: number;
  /** True when the run was stopped by `signal` before reading every input. */
  interrupted: boolean;
  /** Wall-clock time of each main-thread stage, to tell which one limits throughput: reading
   *  inputs, the already-stored check, the writer waiting for extractions (idle) and storing.
   *  The reader and the writer take turns on the main thread, so these spans overlap: time spent
   *  storing (synchronous on SQLite) or extracting (--jobs 1) while the reader awaits a file also
   *  counts as reading. Main-thread CPU is what the benchmark reports for a cost per stage. */
  timings: { readMs: number; checkMs: number; extractWaitMs: number; storeMs: number };
};

/** An extracted article on its way into one batch transaction, with the slot it came from. */
type ToStore = { slot: Slot & { kind: 'extracting' }; article: ArticleInput; extraction: Extraction };

/** What the store made of one article (its result, or why it could not store it), carried with
 *  that article: results are never matched to inputs by counting. */
type Stored = { item: ToStore; result: AddResult | Error };

/** Articles per worker in one batch when the store shares work between processes. */
const SHARED_BATCH_PER_JOB = 2;

export function defaultJobs(): number {
  return availableParallelism();
}

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const { store, signal } = options;
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const limits: BatchLimits = {
    maxArticles: Math.max(1, Math.floor(options.batch?.maxArticles ?? DEFAULT_BATCH_LIMITS.maxArticles)),
    maxWaitMs: Math.max(0, options.batch?.maxWaitMs ?? DEFAULT_BATCH_LIMITS.maxWaitMs),
  };
  // A store that splits work between processes (PostgreSQL) claims an article when it is
  // checked, so reading a full batch ahead would hoard work that other processes could be
  // extracting: there, batches (and with them the articles in flight) stay a few per worker.
  if (store.abandonedArticles) limits.maxArticles = Math.min(limits.maxArticles, jobs * SHARED_BATCH_PER_JOB);
  const window = inFlightWindow(jobs, limits);
  const startedAt = performance.now();
  const source = options.inputs ?? readInputs(options.paths ?? [], options.outlet ? { outlet: options.outlet } : {});

  const timings = { readMs: 0, checkMs: 0, extractWaitMs: 0, storeMs: 0 };
  let batches = 0;
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

  /** The batch being stored, while it is (see the extractor's holdInProcess below). */
  let storing: Promise<Stored[]> | null = null;

  /** One transaction for the whole batch; when the store rejects it (nothing of it is stored),
   *  one per article, so the article at fault is the only one that fails. */
  const storeBatch = async (items: ToStore[]): Promise<Stored[]> => {
    if (items.length > 1 && store.addArticles) {
      let results: AddResult[] | null = null;
      try {
        results = await store.addArticles(items.map(({ article, extraction }) => ({ article, extraction })));
      } catch {
        // Rolled back whole: fall through and find the article at fault.
      }
      if (results) {
        // The batch is committed, so rewriting it would only skip every article: a store that
        // breaks "one result per article" stops the run instead of miscounting it.
        if (results.length !== items.length) throw new Error(`the store answered ${results.length} results for a batch of ${items.length} articles`);
        return items.map((item, i) => ({ item, result: results[i]! }));
      }
    }
    const stored: Stored[] = [];
    for (const item of items) {
      try {
        stored.push({ item, result: await store.addArticle(item.article, item.extraction) });
      } catch (err) {
        stored.push({ item, result: err instanceof Error ? err : new Error(String(err)) });
      }
    }
    return stored;
  };

  /** Stores a batch, then accounts for each of its inputs in input order. */
  const writeBatch = async (batch: Slot[]): Promise<void> => {
    const toStore: ToStore[] = [];
    for (const slot of batch) {
      if (slot.kind === 'extracting' && slot.outcome?.ok) toStore.push({ slot, article: slot.article, extraction: slot.outcome.extraction });
    }
    const resultOf = new Map<Slot, AddResult | Error>();
    if (toStore.length > 0) {
      const storeStart = performance.now();
      storing = storeBatch(toStore);
      try {
        for (const { item, result } of await storing) resultOf.set(item.slot, result);
      } finally {
        storing = null;
      }
      timings.storeMs += performance.now() - storeStart;
      batches += 1;
    }
    for (const slot of batch) {
      if (slot.kind === 'failed') { fail(slot.error); continue; }
      if (slot.kind === 'stored') { progress.skipped += 1; finished(slot.origin); continue; }
      const { article, recovered, outcome } = slot;
      let error: InputError | null = null;
      let result: AddResult | null = null;
      if (!outcome!.ok) {
        error = inputError(article.origin, `extraction failed: ${firstLine(outcome!.error)}`);
      } else {
        const stored = resultOf.get(slot)!;
        if (stored instanceof Error) error = inputError(article.origin, `could not store: ${firstLine(stored)}`);
        else result = stored;
      }
      if (recovered) {
        if (error) { options.onError?.(error); recount('failed'); }
        else if (result!.status === 'added') { progress.quotes += result!.quotes; recount('added'); }
        continue;
      }
      if (error) { fail(error); continue; }
      if (result!.status === 'added') progress.quotes += result!.quotes;
      progress[result!.status] += 1;
      finished(article.origin);
    }
  };

  // --jobs 1 extracts on the main thread, and there it waits for the write in progress: a store
  // that talks to a server (PostgreSQL) awaits a round trip per statement, and an extraction run
  // in each of those gaps would multiply the batch's duration (3× measured).
  const extractor = await createExtractor({ threads: jobs === 1 ? 0 : jobs, holdInProcess: () => storing });

  /** Reads one source to the end through the FIFO while the writer empties it; false when stopped. */
  const pump = async (items: AsyncIterable<ArticleInput | InputError>, recovered: boolean): Promise<boolean> => {
    const queue = new InFlightQueue(window, limits);
    const stop = (): void => queue.stop();
    if (signal?.aborted) return false;
    signal?.addEventListener('abort', stop);

    const read = async (): Promise<boolean> => {
      let readStart = performance.now();
      for await (const item of items) {
        timings.readMs += performance.now() - readStart;
        if (queue.isStopped) return false;
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
            const extraction = extractor.run(toExtractTask(article));
            queue.push({ kind: 'extracting', article, extraction, outcome: null, recovered });
          }
        }
        if (!(await queue.waitForRoom())) return false;
        readStart = performance.now();
      }
      queue.end();
      return true;
    };

    const write = async (): Promise<void> => {
      for (;;) {
        const waitStart = performance.now();
        const batch = await queue.nextBatch();
        timings.extractWaitMs += performance.now() - waitStart;
        if (!batch) return;
        await writeBatch(batch);
      }
    };

    // Either side failing (a bug, a store gone away) stops the other instead of leaving it waiting.
    const stopOnFailure = (err: unknown): never => { queue.stop(); throw err; };
    try {
      const [readAll] = await Promise.all([read().catch(stopOnFailure), write().catch(stopOnFailure)]);
      return readAll && !signal?.aborted;
    } finally {
      signal?.removeEventListener('abort', stop);
    }
  };

  let interrupted = false;
  try {
    interrupted = !(await pump(source, false));
    if (!interrupted && currentFile !== null) {
      // The last file is only known to be done now: one final snapshot so the bar ends at 100%.
      progress.filesDone += 1;
      progress.elapsedMs = performance.now() - startedAt;
      options.onProgress?.({ ...progress });
    }
    // Stores shared by several ingest processes hand back what a killed one left unstored.
    if (!interrupted && store.abandonedArticles) interrupted = !(await pump(store.abandonedArticles(), true));
  } finally {
    await extractor.close();
  }
  const elapsedMs = performance.now() - startedAt;
  const { added, skipped, failed, quotes } = progress;
  return {
    inputs: added + skipped + failed, added, skipped, failed, quotes, batches, elapsedMs,
    articlesPerSecond: elapsedMs > 0 ? ((added + skipped + failed) * 1000) / elapsedMs : 0,
    jobs, interrupted,
    timings: { readMs: round(timings.readMs), checkMs: round(timings.checkMs), extractWaitMs: round(timings.extractWaitMs), storeMs: round(timings.storeMs) },
  };
}

/** Only what extraction needs crosses the thread boundary (structured clone), not the whole input. */
function toExtractTask(article: ArticleInput): ExtractTask {
  const { text, title, outlet, published, origin } = article;
  return { text, title, outlet, published, origin };
}

const round = (ms: number): number => Math.round(ms);

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
}
