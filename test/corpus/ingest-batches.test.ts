// The writer's batches against the real stores (SQLite, and PostgreSQL when a test server runs):
// a batch is a prefix of the inputs in input order and one transaction; duplicates inside one
// batch are skipped; a batch the store rejects leaves nothing of itself and is rewritten article
// by article; a kill -9 inside a batch's transaction leaves only whole articles and a re-run ends
// with what a clean run stores. Inputs are the 12 demo articles of examples/, read by the real
// reader and extracted by the real pipeline (in-process under vitest).
import { describe, it, expect, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest, type IngestOptions, type IngestSummary } from '../../src/corpus/ingest.js';
import { openStore } from '../../src/corpus/open.js';
import { readInputs, isInputError, type InputError } from '../../src/input/index.js';
import type { ArticleInput, ExportRow, Store } from '../../src/corpus/store.js';
import type { Quote } from '../../src/types.js';
import { testPostgresUrl, postgresSkipReason, freshTestDatabase } from '../setup/postgres.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const examples = join(root, 'examples');
const work = mkdtempSync(join(tmpdir(), 'qt-ingest-batches-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let databases = 0;
const backends = [
  { name: 'sqlite', skip: false, reason: '', location: async () => join(work, `corpus-${++databases}.db`) },
  { name: 'postgres', skip: !testPostgresUrl(), reason: postgresSkipReason(), location: () => freshTestDatabase(`ingest_batches_${++databases}`) },
];

async function exampleInputs(): Promise<ArticleInput[]> {
  const inputs: ArticleInput[] = [];
  for await (const item of readInputs([examples])) {
    if (isInputError(item)) throw new Error(item.message);
    inputs.push(item);
  }
  return inputs;
}

async function* from<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

/** The store, with every write transaction recorded as the origins it held, and optionally one
 *  article whose extraction the store cannot store (a quotation that is not one), so the store
 *  fails half-way through writing it. */
function recorded(store: Store, unstorable?: string): Store & { transactions: string[][] } {
  const transactions: string[][] = [];
  const spoil = <T extends { article: ArticleInput; extraction: { quotes: Quote[] } }>(item: T): T =>
    item.article.origin === unstorable ? { ...item, extraction: { ...item.extraction, quotes: [...item.extraction.quotes, null as unknown as Quote] } } : item;
  return {
    transactions,
    async addArticle(article, extraction) {
      transactions.push([article.origin]);
      const item = spoil({ article, extraction });
      return store.addArticle(item.article, item.extraction);
    },
    async addArticles(items) {
      transactions.push(items.map((i) => i.article.origin));
      return store.addArticles!(items.map(spoil));
    },
    hasArticle: (article) => store.hasArticle(article),
    getArticle: (id) => store.getArticle(id),
    search: (query) => store.search(query),
    getCluster: (id) => store.getCluster(id),
    getSpeaker: (name) => store.getSpeaker(name),
    stats: () => store.stats(),
    exportRows: () => store.exportRows(),
    close: () => store.close(),
  };
}

/** Every stored quotation in storage order, clusters named by order of first appearance (ids
 *  differ between backends and after a rolled-back transaction; the grouping must not). */
async function corpus(store: Store): Promise<{ articles: number; rows: Array<Omit<ExportRow, 'cluster'> & { cluster: number | null }> }> {
  const names = new Map<string, number>();
  const rows = [];
  for await (const row of store.exportRows()) {
    let cluster: number | null = null;
    if (row.cluster !== null) {
      if (!names.has(row.cluster)) names.set(row.cluster, names.size);
      cluster = names.get(row.cluster)!;
    }
    rows.push({ ...row, cluster });
  }
  return { articles: (await store.stats()).articles, rows };
}

/** Ingests into a fresh store of the backend; returns what it holds afterwards. */
async function run(location: string, inputs: ArticleInput[], options: Partial<IngestOptions> & { unstorable?: string } = {}) {
  const store = recorded(await openStore(location), options.unstorable);
  const errors: InputError[] = [];
  try {
    const summary = await ingest({ jobs: 2, ...options, store, inputs: from(inputs), onError: (e) => errors.push(e) });
    return { summary, errors, transactions: store.transactions, corpus: await corpus(store) };
  } finally {
    await store.close();
  }
}

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

for (const backend of backends) {
  describe.skipIf(backend.skip)(`ingest batches (${backend.name}${backend.skip ? `: ${backend.reason}` : ''})`, () => {
    it('writes prefixes of the inputs, in input order, one transaction each: the corpus one transaction per article builds', async () => {
      const inputs = await exampleInputs();
      expect(inputs).toHaveLength(12);
      const origins = inputs.map((a) => a.origin);

      const single = await run(await backend.location(), inputs, { batch: { maxArticles: 1 } });
      expect(single.transactions).toEqual(origins.map((o) => [o]));

      const batched = await run(await backend.location(), inputs, { batch: { maxArticles: 5, maxWaitMs: Infinity } });
      expect(batched.transactions).toEqual(chunks(origins, 5));
      expect(batched.summary).toMatchObject({ inputs: 12, added: 12, skipped: 0, failed: 0, batches: 3 });
      expect(batched.corpus.rows.length).toBeGreaterThan(12);
      expect(batched.corpus).toEqual(single.corpus);
    });

    it('skips a duplicate inside one batch: the same text re-spaced, and the same id with another text', async () => {
      const [first, second, third] = await exampleInputs();
      const inputs: ArticleInput[] = [
        { ...first!, id: 'story-1' },
        { ...first!, origin: 'reposted-with-other-line-breaks.txt', text: first!.text.replace(/\n/g, '\n\n').replace(/ /g, '  ') },
        { ...second!, id: 'story-1', origin: 'other-story-under-the-same-id.txt' },
        third!,
      ];
      const location = await backend.location();
      const once = await run(location, inputs, { batch: { maxArticles: 4, maxWaitMs: Infinity } });
      // All four were extracted (none was stored when read) and went into one transaction.
      expect(once.transactions).toEqual([inputs.map((a) => a.origin)]);
      expect(once.summary).toMatchObject({ added: 2, skipped: 2, failed: 0, batches: 1 });
      expect(once.corpus.articles).toBe(2);
      expect(new Set(once.corpus.rows.map((r) => r.article)).size).toBe(2);

      const store = await openStore(location);
      try {
        expect((await store.getArticle('story-1'))?.origin).toBe(first!.origin);
      } finally {
        await store.close();
      }

      // A re-run finds every one of them stored before extracting: no transaction at all.
      const again = await run(location, inputs);
      expect(again.summary).toMatchObject({ added: 0, skipped: 4, failed: 0, batches: 0 });
      expect(again.transactions).toEqual([]);
      expect(again.corpus).toEqual(once.corpus);
    });

    it('a batch the store rejects leaves nothing of itself and is rewritten per article: only the bad article fails', async () => {
      const inputs = await exampleInputs();
      const origins = inputs.map((a) => a.origin);
      const bad = origins[3]!;
      const result = await run(await backend.location(), inputs, { unstorable: bad, batch: { maxArticles: 6, maxWaitMs: Infinity } });

      expect(result.transactions).toEqual([origins.slice(0, 6), ...origins.slice(0, 6).map((o) => [o]), origins.slice(6)]);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.origin).toBe(bad);
      expect(result.errors[0]!.message).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: could not store: `));
      expect(result.summary).toMatchObject({ inputs: 12, added: 11, skipped: 0, failed: 1 });

      // Exactly what a clean run of the 11 good articles stores: no half of the bad one, no
      // article of the rolled-back batch twice.
      const good = await run(await backend.location(), inputs.filter((a) => a.origin !== bad), { batch: { maxArticles: 1 } });
      expect(result.corpus).toEqual(good.corpus);
    });
  });
}

// Child runs of the built modules, so the killed run, the clean runs and the re-run all extract
// with the same build (dist/ can lag behind the sources vitest runs).
const child = join(root, 'test/fixtures/ingest-batches/kill-inside-a-batch-transaction.mjs');
type ChildRun = { signal: NodeJS.Signals | null; summary: IngestSummary | null; output: string };
function runChild(db: string, args: string[]): Promise<ChildRun> {
  const proc = spawn(process.execPath, [child, db, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let output = '';
  proc.stdout.on('data', (d) => { stdout += d; output += d; });
  proc.stderr.on('data', (d) => { output += d; });
  return new Promise((resolve) => proc.on('close', (code, signal) => resolve({
    signal, output, summary: code === 0 ? JSON.parse(stdout) as IngestSummary : null,
  })));
}

async function storedCorpus(db: string) {
  const store = await openStore(db);
  try {
    return await corpus(store);
  } finally {
    await store.close();
  }
}

const built = existsSync(join(root, 'dist/corpus/ingest.js'));
describe.skipIf(!built)('ingest batches and kill -9 (sqlite, built modules)', () => {
  it('a kill inside a batch transaction leaves only the whole batches before it; a re-run ends as a clean run', async () => {
    const files = readdirSync(examples).filter((f) => f.endsWith('.txt')).sort().map((f) => join(examples, f));
    expect(files).toHaveLength(12);

    // Batches of 4; killed while writing the 6th article, in the second batch's transaction.
    const killedDb = join(work, 'killed.db');
    const killed = await runChild(killedDb, ['--kill-at', '6', ...files]);
    expect(killed.signal, killed.output).toBe('SIGKILL');
    const afterKill = await storedCorpus(killedDb);
    // The first batch, whole, and nothing of the second: what a clean run of 4 articles stores.
    const firstBatchDb = join(work, 'first-batch.db');
    expect((await runChild(firstBatchDb, files.slice(0, 4))).summary).toMatchObject({ added: 4 });
    expect(afterKill.articles).toBe(4);
    expect(afterKill).toEqual(await storedCorpus(firstBatchDb));

    const resumed = await runChild(killedDb, files);
    expect(resumed.summary, resumed.output).toMatchObject({ added: 8, skipped: 4, failed: 0, batches: 2 });
    const cleanDb = join(work, 'clean.db');
    expect((await runChild(cleanDb, files)).summary).toMatchObject({ added: 12, batches: 3 });
    expect(await storedCorpus(killedDb)).toEqual(await storedCorpus(cleanDb));
  });
});
