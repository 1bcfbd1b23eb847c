import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { ingest } from '../../src/corpus/ingest.js';
import { inFlightWindow, DEFAULT_BATCH_LIMITS } from '../../src/corpus/ingest-queue.js';
import type { ArticleInput, Store, AddResult } from '../../src/corpus/store.js';
import type { Extraction } from '../../src/types.js';
import type { InputError } from '../../src/input/index.js';
import { IngestOnlyStore } from './ingest-only-store.js';

// The pipeline's own rules (order, skipping, back-pressure, failures, stopping) checked against a
// store kept in memory, which keeps the same promises the Store interface makes: idempotent on id
// and on whitespace-normalised text, one call stores one whole article. In vitest the worker file
// is TypeScript, so extraction runs in-process; the real pool is exercised by test/cli/ingest.test.ts.
class MemoryStore extends IngestOnlyStore implements Store {
  readonly added: Array<{ article: ArticleInput; extraction: Extraction }> = [];
  addCalls = 0;
  failOn: string | null = null;
  private readonly ids = new Set<string>();
  private readonly texts = new Set<string>();

  async addArticle(article: ArticleInput, extraction: Extraction): Promise<AddResult> {
    this.addCalls += 1;
    if (article.origin === this.failOn) throw new Error('SQLITE_CONSTRAINT: simulated constraint failure\nsecond line');
    const id = article.id ?? normalise(article.text);
    if (this.ids.has(id) || this.texts.has(normalise(article.text))) return { status: 'skipped', id, quotes: 0 };
    this.ids.add(id);
    this.texts.add(normalise(article.text));
    this.added.push({ article, extraction });
    return { status: 'added', id, quotes: extraction.quotes.length };
  }
  async hasArticle(article: Pick<ArticleInput, 'id' | 'text'>): Promise<boolean> {
    return (article.id !== undefined && this.ids.has(article.id)) || this.texts.has(normalise(article.text));
  }
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');

/** Articles written to look like the fixtures, each with a distinct quotation. */
function articles(count: number): ArticleInput[] {
  const base = fixture('hospital-strike-indirect-speech.txt');
  return Array.from({ length: count }, (_, i) => ({
    id: `article-${i}`,
    origin: `generated/article-${i}.txt`,
    text: `${base}\n\n"Talks will resume on day ${i + 1}," a union spokesman said.\n`,
  }));
}

async function* from<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('ingest', () => {
  it('writes every article once, in input order, and reports the unreadable ones in place', async () => {
    const store = new MemoryStore();
    const inputs = articles(12);
    const broken: InputError = { origin: 'wire.jsonl#2', message: 'line 2: Unexpected end of JSON input' };
    const errors: InputError[] = [];
    const summary = await ingest({ store, inputs: from([...inputs.slice(0, 5), broken, ...inputs.slice(5)]), jobs: 3, onError: (e) => errors.push(e) });

    expect(store.added.map((a) => a.article.id)).toEqual(inputs.map((a) => a.id));
    expect(errors).toEqual([broken]);
    expect(summary).toMatchObject({ inputs: 13, added: 12, skipped: 0, failed: 1, interrupted: false, jobs: 3 });
  });

  it('hands each extraction the article text and metadata, keeping the origin as its file', async () => {
    const store = new MemoryStore();
    const text = fixture('council-budget-direct-quotes.txt');
    await ingest({ store, inputs: from([{ id: 'harrow', origin: 'news/harrow.txt', title: 'Budget approved', published: '2024-03-14', text }]), outlet: 'Harrow Gazette', jobs: 1 });

    const [{ article, extraction }] = store.added;
    expect(article.outlet).toBe('Harrow Gazette');
    expect(extraction.text).toBe(text);
    expect(extraction.file).toBe('news/harrow.txt');
    expect(extraction.meta).toMatchObject({ title: 'Budget approved', published: '2024-03-14', outlet: 'Harrow Gazette' });
  });

  it('keeps an outlet the article names over the --outlet default', async () => {
    const store = new MemoryStore();
    await ingest({ store, inputs: from([{ ...articles(1)[0]!, outlet: 'Example Wire' }]), outlet: 'Fallback Times', jobs: 1 });
    expect(store.added[0]!.article.outlet).toBe('Example Wire');
  });

  it('skips stored articles before extracting them, so a re-run adds nothing and writes nothing', async () => {
    const store = new MemoryStore();
    await ingest({ store, inputs: from(articles(8)), jobs: 2 });
    const callsAfterFirstRun = store.addCalls;

    const again = await ingest({ store, inputs: from(articles(8)), jobs: 2 });
    expect(again).toMatchObject({ inputs: 8, added: 0, skipped: 8, failed: 0 });
    expect(store.addCalls).toBe(callsAfterFirstRun);
  });

  it('counts the same text under another name as skipped, within one run', async () => {
    const store = new MemoryStore();
    const summary = await ingest({
      store, jobs: 2,
      inputs: from([
        { origin: 'council-budget-direct-quotes.txt', text: fixture('council-budget-direct-quotes.txt') },
        { origin: 'council-budget-reposted-with-different-spacing.txt', text: fixture('council-budget-reposted-with-different-spacing.txt') },
      ]),
    });
    expect(summary).toMatchObject({ added: 1, skipped: 1, failed: 0 });
  });

  it('never pulls more than its window of articles ahead of the writer (back-pressure)', async () => {
    const store = new MemoryStore();
    const jobs = 2;
    let maxAhead = 0;
    async function* counted(): AsyncGenerator<ArticleInput> {
      for (const [i, article] of articles(60).entries()) {
        maxAhead = Math.max(maxAhead, i - store.added.length);
        yield article;
      }
    }
    const batch = { maxArticles: 8, maxWaitMs: DEFAULT_BATCH_LIMITS.maxWaitMs };
    const summary = await ingest({ store, inputs: counted(), jobs, batch });
    expect(summary.added).toBe(60);
    expect(maxAhead).toBeGreaterThan(0);
    // A full batch plus four per worker, well short of the 60 inputs.
    expect(maxAhead).toBeLessThanOrEqual(inFlightWindow(jobs, batch));
    expect(inFlightWindow(jobs, batch)).toBe(16);
  });

  it('reports an article the store rejects with its reason and goes on with the next', async () => {
    const store = new MemoryStore();
    const inputs = articles(4);
    store.failOn = inputs[1]!.origin;
    const errors: InputError[] = [];
    const summary = await ingest({ store, inputs: from(inputs), jobs: 2, onError: (e) => errors.push(e) });

    expect(summary).toMatchObject({ added: 3, failed: 1 });
    expect(errors).toEqual([{ origin: inputs[1]!.origin, message: `${inputs[1]!.origin}: could not store: SQLITE_CONSTRAINT: simulated constraint failure` }]);
  });

  it('stops after the batch being written when aborted, leaving the rest for a re-run', async () => {
    const store = new MemoryStore();
    const stop = new AbortController();
    // Batches of exactly 5 (no time limit): the abort at the 2nd article lands inside the first batch.
    const summary = await ingest({
      store, inputs: from(articles(30)), jobs: 2, signal: stop.signal, batch: { maxArticles: 5, maxWaitMs: Infinity },
      onProgress: (p) => { if (p.articles === 2) stop.abort(); },
    });
    expect(summary).toMatchObject({ interrupted: true, added: 5, inputs: 5 });
    expect(store.added).toHaveLength(5);

    const resumed = await ingest({ store, inputs: from(articles(30)), jobs: 2 });
    expect(resumed).toMatchObject({ interrupted: false, added: 25, skipped: 5 });
    expect(store.added.map((a) => a.article.id)).toEqual(articles(30).map((a) => a.id));
  });

  it('reports progress after every article, ending at the summary counts', async () => {
    const store = new MemoryStore();
    const seen: number[] = [];
    let last = { added: -1, skipped: -1, failed: -1 };
    const summary = await ingest({
      store, jobs: 2,
      inputs: from<ArticleInput | InputError>([...articles(6), { origin: 'bad.bin', message: 'binary file, not text' }, articles(1)[0]!]),
      onProgress: (p) => { seen.push(p.articles); last = p; },
    });
    // One snapshot per article, then the closing one (the last file done).
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 8]);
    expect(last).toMatchObject({ added: summary.added, skipped: summary.skipped, failed: summary.failed });
    expect(summary).toMatchObject({ added: 6, skipped: 1, failed: 1 });
  });

  it('counts a file as done once its last record is written, records of one file counting once', async () => {
    const store = new MemoryStore();
    const [a, b, c, d] = articles(4);
    const filesDone: number[] = [];
    await ingest({
      store, jobs: 2,
      inputs: from([{ ...a!, origin: 'wire.jsonl:1' }, { ...b!, origin: 'wire.jsonl:3' }, { ...c!, origin: 'news/a.txt' }, { ...d!, origin: 'news/b.txt' }]),
      onProgress: (p) => filesDone.push(p.filesDone),
    });
    expect(filesDone).toEqual([0, 0, 1, 2, 3]);
  });

  it('stores what another process abandoned, moving it from skipped to added (shared stores)', async () => {
    // A store shared by several processes: the first time the writer reaches one article, another
    // process holds it and addArticle skips it; that process dies, and the store hands it back.
    class SharedStore extends MemoryStore {
      claimedElsewhere: ArticleInput | null = null;
      override async addArticle(article: ArticleInput, extraction: Extraction): Promise<AddResult> {
        if (article.origin === 'generated/article-2.txt' && !this.claimedElsewhere) {
          this.claimedElsewhere = article;
          return { status: 'skipped', id: article.id!, quotes: 0 };
        }
        return super.addArticle(article, extraction);
      }
      async *abandonedArticles(): AsyncIterable<ArticleInput> {
        if (this.claimedElsewhere) yield this.claimedElsewhere;
      }
    }
    const store = new SharedStore();
    const summary = await ingest({ store, inputs: from(articles(5)), jobs: 2 });
    expect(summary).toMatchObject({ inputs: 5, added: 5, skipped: 0, failed: 0 });
    expect(store.added.map((a) => a.article.id).sort()).toEqual(articles(5).map((a) => a.id).sort());
  });
});
