// Extraction of posted text (POST /api/extract and the /extract page), off the event loop.
//
// extract() is synchronous and takes seconds on a large text (about 10 s for 1 MB), so run on the
// server's event loop it would hold up every other request. The routes hand it to an Extractor
// instead (`serve` gives them a worker thread, see cli/serve.ts) and await the result.
// Running elsewhere drops the back-pressure a blocked loop gave for free, so the number of
// extractions accepted at once is bounded: past it a request is refused, not queued, and the
// memory of waiting texts stays at `maxPending` bodies.
import type { Extractor } from '../corpus/extractor.js';
import type { ExtractTask } from '../corpus/extract-worker.js';
import type { Extraction, ExtractOptions } from '../types.js';

/** Extractions running or waiting for the worker, at most, unless the app says otherwise. */
export const defaultMaxPendingExtractions = 8;

/** Seconds a request refused for being one extraction too many is asked to wait (Retry-After). */
export const busyRetryAfterSeconds = 5;

export class PostedExtractions {
  private pending = 0;

  constructor(private readonly extractor: Extractor | Promise<Extractor>, readonly maxPending: number) {}

  /** The extraction of `text`; null, at once, when `maxPending` are already running or waiting
   *  (the route answers 503). */
  async run(text: string, options: Pick<ExtractOptions, 'published' | 'title' | 'outlet'>): Promise<Extraction | null> {
    if (this.pending >= this.maxPending) return null;
    this.pending += 1;
    try {
      const { published, title, outlet } = options;
      const task: ExtractTask = { text, published, title, outlet };
      return await (await this.extractor).run(task);
    } finally {
      this.pending -= 1;
    }
  }
}
