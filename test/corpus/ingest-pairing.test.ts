// The writer accounts for each input of a batch with the store's answer for THAT input. A batch
// mixes inputs that reach the store with inputs that never do (unreadable, already stored,
// extraction failed), and the store itself skips duplicates inside the batch; none of them may
// shift which answer goes to which input, whether the batch is stored in one transaction or,
// after the store rejected it, article by article. A store that answers a batch with fewer
// results than articles stops the run instead of being paired by position.
import { describe, it, expect, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { ingest } from '../../src/corpus/ingest.js';
import type { AddResult, ArticleInput, Store } from '../../src/corpus/store.js';
import type { Extraction } from '../../src/types.js';
import type { InputError } from '../../src/input/index.js';
import type { IngestProgress } from '../../src/corpus/progress.js';
import { IngestOnlyStore } from './ingest-only-store.js';

// An article whose extraction fails, as a worker's would on a bug in the core.
vi.mock('../../src/corpus/extract-worker.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/corpus/extract-worker.js')>();
  return {
    default: (task: Parameters<typeof real.default>[0]) => {
      if (task.origin === 'unextractable.txt') throw new Error('simulated failure inside extract()');
      return real.default(task);
    },
  };
});

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Keeps the Store's batch promises: one transaction per call (nothing stored when one article
 *  fails), a duplicate of an earlier article of the batch is 'skipped', one result per article. */
class BatchMemoryStore extends IngestOnlyStore implements Store {
  readonly added: string[] = [];
  failOn: string | null = null;
  /** A broken store: leaves the skipped articles out of a batch's results. */
  omitSkipped = false;
  private readonly texts = new Set<string>();

  async addArticle(article: ArticleInput, extraction: Extraction): Promise<AddResult> {
    if (article.origin === this.failOn) throw new Error('simulated constraint failure');
    const id = article.id ?? article.origin;
    if (this.texts.has(normalise(article.text))) return { status: 'skipped', id, quotes: 0 };
    this.texts.add(normalise(article.text));
    this.added.push(article.origin);
    return { status: 'added', id, quotes: extraction.quotes.length };
  }
  async addArticles(items: Array<{ article: ArticleInput; extraction: Extraction }>): Promise<AddResult[]> {
    if (items.some((i) => i.article.origin === this.failOn)) throw new Error('batch rolled back');
    const results: AddResult[] = [];
    for (const { article, extraction } of items) results.push(await this.addArticle(article, extraction));
    return this.omitSkipped ? results.filter((r) => r.status === 'added') : results;
  }
  async hasArticle(article: Pick<ArticleInput, 'id' | 'text'>): Promise<boolean> {
    return this.texts.has(normalise(article.text));
  }
}

const story = (name: string): string => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
const first = story('01-halden-courier-water-bills.txt');

/** One batch's inputs, each kind of input that does not reach the store placed between ones that do. */
function mixedBatch(): Array<ArticleInput | InputError> {
  return [
    { origin: 'a.txt', text: first },
    { origin: 'unreadable.bin', message: 'unreadable.bin: binary file, not text' },
    { origin: 'a-reposted.txt', text: first.replace(/ /g, '  ') },
    { origin: 'stored-before.txt', text: story('02-northern-ledger-varga-pledge.txt') },
    { origin: 'unextractable.txt', text: story('03-coastline-radio-bbc-interview.txt') },
    { origin: 'd.txt', text: story('04-daily-meridian-pipes-quote.txt') },
    { origin: 'e.txt', text: story('05-westmoor-gazette-prices.txt') },
    { origin: 'f.txt', text: story('06-harbour-post-guardian-report.txt') },
  ];
}

async function* from<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

/** What happened to each input, in input order, read off the progress snapshots (one per input). */
function outcomesOf(snapshots: IngestProgress[]): string[] {
  const outcomes: string[] = [];
  let before = { added: 0, skipped: 0, failed: 0, articles: 0 };
  for (const now of snapshots) {
    if (now.articles === before.articles) continue; // the closing snapshot
    outcomes.push((['added', 'skipped', 'failed'] as const).find((k) => now[k] > before[k])!);
    before = now;
  }
  return outcomes;
}

async function runBatch(store: BatchMemoryStore) {
  await store.addArticle({ origin: 'stored-before.txt', text: story('02-northern-ledger-varga-pledge.txt') }, { text: '', meta: { language: 'en' }, quotes: [], entities: [], dates: [], repeats: [] });
  store.added.length = 0;
  const snapshots: IngestProgress[] = [];
  const errors: string[] = [];
  const summary = await ingest({
    store, inputs: from(mixedBatch()), jobs: 2, batch: { maxArticles: 64, maxWaitMs: Infinity },
    onProgress: (p) => snapshots.push(p),
    onError: (e) => errors.push(e.message),
  });
  return { summary, outcomes: outcomesOf(snapshots), errors };
}

describe('ingest pairs each store result with its own input', () => {
  it('in a batch stored in one transaction', async () => {
    const store = new BatchMemoryStore();
    const { summary, outcomes, errors } = await runBatch(store);
    expect(outcomes).toEqual(['added', 'failed', 'skipped', 'skipped', 'failed', 'added', 'added', 'added']);
    expect(errors).toEqual([
      'unreadable.bin: binary file, not text',
      'unextractable.txt: extraction failed: simulated failure inside extract()',
    ]);
    expect(store.added).toEqual(['a.txt', 'd.txt', 'e.txt', 'f.txt']);
    expect(summary).toMatchObject({ added: 4, skipped: 2, failed: 2, batches: 1 });
  });

  it('in a batch the store rejected and that was rewritten article by article', async () => {
    const store = new BatchMemoryStore();
    store.failOn = 'e.txt';
    const { summary, outcomes, errors } = await runBatch(store);
    expect(outcomes).toEqual(['added', 'failed', 'skipped', 'skipped', 'failed', 'added', 'failed', 'added']);
    expect(errors).toEqual([
      'unreadable.bin: binary file, not text',
      'unextractable.txt: extraction failed: simulated failure inside extract()',
      'e.txt: could not store: simulated constraint failure',
    ]);
    expect(store.added).toEqual(['a.txt', 'd.txt', 'f.txt']);
    expect(summary).toMatchObject({ added: 3, skipped: 2, failed: 3 });
  });

  it('stops, naming the broken promise, when the store answers a batch with fewer results than articles', async () => {
    // Paired by position, the in-batch duplicate's missing result would have shifted every later
    // article onto its neighbour's result and left the last one with none.
    const store = new BatchMemoryStore();
    store.omitSkipped = true;
    await expect(runBatch(store)).rejects.toThrow('the store answered 4 results for a batch of 5 articles');
  });
});
