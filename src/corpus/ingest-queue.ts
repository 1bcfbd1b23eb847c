// The in-flight FIFO of ingest, between the reader (main thread: read, check, hand to a worker)
// and the single writer, and how the writer cuts it into write batches.
//
// Why batches: a store transaction has a fixed cost (the commit writes and syncs the pages it
// touched), which made one transaction per article the bottleneck of the single writer. The
// writer therefore stores a run of whole extracted articles in one transaction. A batch is always
// a PREFIX of the FIFO — the oldest articles, in input order — so writes keep input order and a
// crash leaves the store holding a prefix of whole articles (plus what earlier runs stored).
//
// When a batch closes:
//  - it holds `maxArticles` articles to store;
//  - or `maxWaitMs` passed since its first article was ready (bounds how stale the progress
//    display gets and how much extracted work a crash throws away);
//  - or nothing more can join it: the input has ended, or the FIFO is full of ready work (the
//    reader waits for room, so waiting longer would only stall the pipeline);
//  - or it holds no article to store at all (only already-stored or unreadable inputs: nothing
//    to amortise, they are reported at once).
import type { ArticleInput } from './store.js';
import type { Extraction } from '../types.js';
import type { InputError } from '../input/index.js';

export type ExtractionOutcome = { ok: true; extraction: Extraction } | { ok: false; error: unknown };

/** One input on its way through the pipeline. */
export type Slot =
  | { kind: 'failed'; error: InputError }
  /** Already in the store when read: counted as skipped, never extracted. */
  | { kind: 'stored'; origin: string }
  | {
      kind: 'extracting';
      article: ArticleInput;
      extraction: Promise<Extraction>;
      /** Set when the extraction settles; the slot is ready then. */
      outcome: ExtractionOutcome | null;
      /** Handed back by a shared store after another process abandoned it (see Store.abandonedArticles). */
      recovered: boolean;
    };

export type BatchLimits = {
  /** Articles to store per transaction, at most. */
  maxArticles: number;
  /** Longest wait, from the moment a batch's first article is ready, for more to join it. */
  maxWaitMs: number;
};

export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxArticles: 64, maxWaitMs: 250 };

/** Inputs in flight for `jobs` workers: a full batch, plus enough queued behind it to keep every
 *  worker busy while the writer stores that batch. */
export function inFlightWindow(jobs: number, limits: BatchLimits): number {
  return limits.maxArticles + Math.max(1, jobs) * 4;
}

const isReady = (slot: Slot): boolean => slot.kind !== 'extracting' || slot.outcome !== null;
const isToStore = (slot: Slot): boolean => slot.kind === 'extracting' && slot.outcome?.ok === true;

export class InFlightQueue {
  private readonly slots: Slot[] = [];
  private ended = false;
  private stopped = false;
  /** Resolvers of everyone waiting for the queue to change (reader for room, writer for work). */
  private waiters: Array<() => void> = [];

  constructor(readonly window: number, private readonly limits: BatchLimits) {
    if (window <= limits.maxArticles) throw new Error('the in-flight window must exceed the batch size');
  }

  get size(): number {
    return this.slots.length;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  push(slot: Slot): void {
    this.slots.push(slot);
    if (slot.kind === 'extracting') {
      // Also keeps a rejected extraction from counting as unhandled while it waits in the queue.
      slot.extraction.then(
        (extraction) => { slot.outcome = { ok: true, extraction }; this.changed(); },
        (error: unknown) => { slot.outcome = { ok: false, error }; this.changed(); },
      );
    }
    this.changed();
  }

  /** No more input: the writer drains what is queued, then nextBatch returns null. */
  end(): void {
    this.ended = true;
    this.changed();
  }

  /** Stop now (abort, or a failure on the other side): waiting calls return at once. */
  stop(): void {
    this.stopped = true;
    this.changed();
  }

  /** Waits until the reader may add another input; false when stopped. */
  async waitForRoom(): Promise<boolean> {
    while (!this.stopped && this.slots.length >= this.window) await this.next();
    return !this.stopped;
  }

  /** The next batch, oldest input first; null once the input has ended and everything is
   *  written, or when stopped. */
  async nextBatch(): Promise<Slot[] | null> {
    let firstReadyAt: number | null = null;
    for (;;) {
      if (this.stopped) return null;
      const { slots, articles } = this.readyPrefix();
      if (slots === 0) {
        if (this.ended && this.slots.length === 0) return null;
        await this.next();
        continue;
      }
      firstReadyAt ??= performance.now();
      const waitedMs = performance.now() - firstReadyAt;
      const cannotGrow = slots === this.slots.length && (this.ended || this.slots.length >= this.window);
      if (articles === 0 || articles >= this.limits.maxArticles || cannotGrow || waitedMs >= this.limits.maxWaitMs) {
        const batch = this.slots.splice(0, slots);
        this.changed(); // room for the reader
        return batch;
      }
      await this.next(this.limits.maxWaitMs - waitedMs);
    }
  }

  /** The ready slots at the head, cut right after the `maxArticles`-th article to store. */
  private readyPrefix(): { slots: number; articles: number } {
    let articles = 0;
    let slots = 0;
    for (const slot of this.slots) {
      if (!isReady(slot) || articles >= this.limits.maxArticles) break;
      slots += 1;
      if (isToStore(slot)) articles += 1;
    }
    return { slots, articles };
  }

  private changed(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Resolves at the next change, or after `timeoutMs` (finite) when nothing changes. */
  private next(timeoutMs = Infinity): Promise<void> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const wake = (): void => { clearTimeout(timer); resolve(); };
      this.waiters.push(wake);
      if (Number.isFinite(timeoutMs)) {
        timer = setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== wake);
          resolve();
        }, Math.max(0, timeoutMs));
      }
    });
  }
}
