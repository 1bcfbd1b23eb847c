import { describe, it, expect, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { ingest } from '../../src/corpus/ingest.js';
import type { AddResult, ArticleInput, Store } from '../../src/corpus/store.js';
import type { Extraction } from '../../src/types.js';
import { IngestOnlyStore } from './ingest-only-store.js';

// --jobs 1 extracts on the main thread. A store that awaits the network inside a batch
// (PostgreSQL: a round trip per statement) must not find an extraction run in each of its awaits:
// the batch would take as long as its round trips plus one extraction per round trip.
const events = vi.hoisted(() => [] as string[]);
vi.mock('../../src/corpus/extract-worker.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/corpus/extract-worker.js')>();
  return { default: (task: Parameters<typeof real.default>[0]) => { events.push(`extract ${task.origin}`); return real.default(task); } };
});

const examples = ['01-halden-courier-water-bills.txt', '02-northern-ledger-varga-pledge.txt', '03-coastline-radio-bbc-interview.txt', '04-daily-meridian-pipes-quote.txt', '05-westmoor-gazette-prices.txt', '06-harbour-post-guardian-report.txt'];
const inputs: ArticleInput[] = examples.map((name) => ({ origin: name, text: readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8') }));

/** Stores nothing for real; each article costs a few awaited "round trips", as a server store's do. */
class RoundTripStore extends IngestOnlyStore implements Store {
  private readonly stored = new Set<string>();
  async addArticle(article: ArticleInput, extraction: Extraction): Promise<AddResult> {
    return (await this.addArticles([{ article, extraction }]))[0]!;
  }
  async addArticles(items: Array<{ article: ArticleInput; extraction: Extraction }>): Promise<AddResult[]> {
    events.push(`begin ${items.map((i) => i.article.origin).join(' ')}`);
    const results: AddResult[] = [];
    for (const { article, extraction } of items) {
      for (let trip = 0; trip < 3; trip++) await new Promise((resolve) => setImmediate(resolve));
      this.stored.add(article.origin);
      results.push({ status: 'added', id: article.origin, quotes: extraction.quotes.length });
    }
    events.push('commit');
    return results;
  }
  async hasArticle(article: Pick<ArticleInput, 'id' | 'text'> & Partial<ArticleInput>): Promise<boolean> {
    return this.stored.has(article.origin ?? '');
  }
}

async function* from<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('ingest --jobs 1 with a store that awaits inside a batch', () => {
  it('extracts nothing while a batch is being stored', async () => {
    events.length = 0;
    const summary = await ingest({ store: new RoundTripStore(), inputs: from(inputs), jobs: 1, batch: { maxArticles: 2, maxWaitMs: Infinity } });
    expect(summary).toMatchObject({ added: 6, batches: 3 });
    // Every article extracted once; between a batch's begin and its commit, no extraction.
    expect(events.filter((e) => e.startsWith('extract')).sort()).toEqual(examples.map((e) => `extract ${e}`));
    const begins = events.flatMap((e, i) => (e.startsWith('begin') ? [i] : []));
    expect(begins).toHaveLength(3);
    for (const begin of begins) expect(events[begin + 1]).toBe('commit');
  });
});
