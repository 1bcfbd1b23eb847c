import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore, SEARCH_CANDIDATES } from '../../../src/corpus/sqlite/store.js';
import type { ExportRow } from '../../../src/corpus/store.js';
import { newsCorpus, originalWording } from '../news-corpus.js';
import { buildExtraction } from '../article-builder.js';

const dir = mkdtempSync(join(tmpdir(), 'qt-store-'));
let store: SqliteStore;

async function clusterOf(text: string): Promise<string | null> {
  for await (const row of store.exportRows()) if (row.text.startsWith(text)) return row.cluster;
  return null;
}
async function allRows(): Promise<ExportRow[]> {
  const rows: ExportRow[] = [];
  for await (const row of store.exportRows()) rows.push(row);
  return rows;
}

beforeAll(async () => {
  store = new SqliteStore(join(dir, 'news.db'));
  for (const a of newsCorpus) expect((await store.addArticle(a.input, a.extraction)).status).toBe('added');
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SqliteStore clustering', () => {
  it('puts the exact wording, the elision, the insertion, the truncation and a quoted fragment in one cluster', async () => {
    const rows = await allRows();
    const pledge = rows.filter((r) => r.text.startsWith('We will not raise taxes'));
    expect(pledge).toHaveLength(4 + 1);
    const fragment = rows.find((r) => r.article === 'gazette-2')!;
    expect(fragment.cluster).toBe(pledge[0]!.cluster);
    expect(new Set(pledge.map((r) => r.cluster)).size).toBe(1);
  });

  it('names the earliest published appearance as first seen and canonical wording', async () => {
    const detail = (await store.getCluster((await clusterOf('We will not raise taxes'))!))!;
    expect(detail.firstSeen).toMatchObject({ article: 'herald-1', outlet: 'Daily Herald', published: '2024-03-01T18:30:00Z' });
    expect(detail.text).toBe(`${originalWording}.`);
    expect(detail.appearances.map((a) => a.article)).toEqual(['herald-1', 'tribune-1', 'courier-1', 'gazette-1', 'post-1', 'gazette-2']);
  });

  it('diffs every appearance against the first wording', async () => {
    const detail = (await store.getCluster((await clusterOf('We will not raise taxes'))!))!;
    const gazette = detail.appearances.find((a) => a.article === 'gazette-1')!;
    expect(gazette.diff.filter((p) => p.op === 'insert').map((p) => p.text).join('')).toContain('north');
    expect(gazette.diff.filter((p) => p.op !== 'delete').map((p) => p.text).join('')).toBe(gazette.text);
    expect(gazette.diff.filter((p) => p.op !== 'insert').map((p) => p.text).join('')).toBe(detail.text);
    expect(detail.appearances[0]!.diff).toEqual([{ op: 'equal', text: detail.text }]);
  });

  it('reports the same words given to a different person as a conflicting attribution', async () => {
    const [summary] = await store.search({ q: 'raise taxes working families' });
    expect(summary!.speaker).toBe('Rachel Hughes');
    expect(summary!.conflictingSpeakers).toEqual(['Tom Ellis']);
    expect(summary!.appearances).toBe(6);
    expect(summary!.variants).toBe(5); // the Courier's wording equals the Herald's after normalisation
    expect(summary!.outlets.sort()).toEqual(['Daily Herald', 'Evening Courier', 'Morning Post', 'The Gazette', 'The Tribune']);
  });

  it('does not join a different statement that shares many words', async () => {
    expect(await clusterOf('We will not raise fees')).not.toBe(await clusterOf('We will not raise taxes'));
  });

  it('joins a changed word (have → need) and keeps the two Smiths apart', async () => {
    const rates = (await allRows()).filter((r) => r.text.startsWith('Interest rates'));
    expect(new Set(rates.map((r) => r.cluster)).size).toBe(1);
    const john = (await store.getSpeaker('John Smith'))!;
    const sarah = (await store.getSpeaker('Sarah Smith'))!;
    expect(john.id).not.toBe(sarah.id);
    expect(john.clusters).toHaveLength(1);
    expect(john.clusters[0]!.appearances).toBe(2);
    expect(sarah.clusters[0]!.text).toBe('Voters have stopped believing promises about taxes.');
  });

  it('gives a surname-only speaker the one corpus person with that surname', async () => {
    const hughes = (await store.getSpeaker('hughes'))!;
    expect(hughes.name).toBe('Rachel Hughes');
    const gazette = (await allRows()).find((r) => r.article === 'gazette-1')!;
    expect(gazette.speaker).toBe('Rachel Hughes');
    expect(hughes.descriptions).toContain('the chancellor');
  });
});

describe('SqliteStore idempotence and transactions', () => {
  it('skips an article already stored, by id and by normalised text', async () => {
    const before = await store.stats();
    const [first] = newsCorpus;
    expect((await store.addArticle(first!.input, first!.extraction)).status).toBe('skipped');
    const retyped = { ...first!.input, id: 'tribune-1-copy', text: first!.input.text.replace(/ /g, '  ') };
    expect(await store.hasArticle(retyped)).toBe(true);
    expect((await store.addArticle(retyped, first!.extraction)).status).toBe('skipped');
    expect(await store.stats()).toEqual(before);
  });

  it('rolls back everything when an insert fails half-way through an article', async () => {
    const before = await store.stats();
    const text = 'Anna Berg, the transport secretary, said: "The new line will open in the spring of next year." She added: "Fares will be frozen for everyone."';
    const extraction = buildExtraction(text, {
      people: [{ name: 'Anna Berg', descriptions: ['the transport secretary'] }],
      quotes: [{ content: '"The new line will open in the spring of next year."', by: 'Anna Berg' }, { content: '"Fares will be frozen for everyone."', by: 'Anna Berg' }],
    });
    extraction.quotes[1]!.id = extraction.quotes[0]!.id; // a duplicate quote id violates UNIQUE(article, quote_id)
    const input = { id: 'broken-1', text, origin: 'broken-1.txt', outlet: 'The Tribune', published: '2024-03-08' };
    await expect(store.addArticle(input, extraction)).rejects.toThrow(/UNIQUE/);
    expect(await store.stats()).toEqual(before);
    expect(await store.hasArticle(input)).toBe(false);
    expect(await store.getSpeaker('Anna Berg')).toBeNull();
    expect((await store.search({ q: 'new line spring' }))).toEqual([]);
    extraction.quotes[1]!.id = 'q2';
    expect((await store.addArticle(input, extraction)).status).toBe('added');
    expect((await store.search({ q: 'new line spring' }))).toHaveLength(1);
  });
});

describe('SqliteStore search', () => {
  it('ranks by relevance and applies speaker, outlet and date filters', async () => {
    const all = await store.search({ q: 'not this year' });
    expect(all.length).toBeGreaterThanOrEqual(2);
    const byEllis = await store.search({ q: 'not this year', speaker: 'Tom Ellis' });
    expect(byEllis.map((s) => s.text).sort()).toEqual([
      'We will not raise fees on small businesses, not this year, and not while the recovery is fragile.',
      `${originalWording}.`,
    ].sort());
    const inHerald = await store.search({ q: 'raise', outlet: 'daily herald' });
    expect(inHerald.length).toBe(2);
    const early = await store.search({ q: 'raise', to: '2024-03-01' });
    expect(early.map((s) => s.firstSeen.article)).toEqual(['herald-1']);
    // A cluster qualifies when any appearance does: the pledge reappeared on 8 March.
    const late = await store.search({ q: 'raise', from: '2024-03-05', to: '2024-03-07' });
    expect(late.map((s) => s.text)).toEqual(['We will not raise fees on small businesses, not this year, and not while the recovery is fragile.']);
    expect((await store.search({ q: 'raise', from: '2024-03-08' })).map((s) => s.firstSeen.article)).toEqual(['herald-1']);
  });

  it('lists by recency when only filters are given', async () => {
    const recent = await store.search({ q: '', outlet: 'Evening Courier' });
    expect(recent.map((s) => s.firstSeen.published)).toEqual([...recent.map((s) => s.firstSeen.published)].sort().reverse());
    expect(recent.length).toBe(3);
  });

  it('treats FTS5 syntax in the query as words', async () => {
    await expect(store.search({ q: 'taxes" AND NEAR(' })).resolves.toBeInstanceOf(Array);
  });

  it('counts the corpus', async () => {
    expect(await store.stats()).toMatchObject({ articles: 10, quotes: 12, clusters: 6, speakers: 5 });
  });
});

describe('SqliteStore key index: recent rows settle into the large table', () => {
  it('gives the same clusters when the recent index rows move after every few wordings, across batches and reopening', async () => {
    const settleDir = mkdtempSync(join(tmpdir(), 'qt-settle-'));
    try {
      const path = join(settleDir, 'settle.db');
      // About ten index rows per move: almost every look-up spans both tables.
      let settling = new SqliteStore(path, { recentKeysLimit: 10 });
      const half = Math.ceil(newsCorpus.length / 2);
      settling.addArticlesSync(newsCorpus.slice(0, half).map((a) => ({ article: a.input, extraction: a.extraction })));
      await settling.close();
      settling = new SqliteStore(path, { recentKeysLimit: 10 });
      for (const a of newsCorpus.slice(half)) await settling.addArticle(a.input, a.extraction);
      const clustersOf = async (s: SqliteStore) => {
        const rows: string[] = [];
        for await (const r of s.exportRows()) rows.push(`${r.article}/${r.quote}→${r.cluster}`);
        return rows.sort();
      };
      const reference = new SqliteStore(join(settleDir, 'reference.db'));
      for (const a of newsCorpus) await reference.addArticle(a.input, a.extraction);
      expect(await clustersOf(settling)).toEqual(await clustersOf(reference));
      expect((await settling.stats()).clusters).toBeLessThan((await settling.stats()).quotes);
      await Promise.all([settling.close(), reference.close()]);
    } finally {
      rmSync(settleDir, { recursive: true, force: true });
    }
  });
});

describe('SqliteStore key index: rows of recent wordings live in memory until they move', () => {
  const clustersOf = async (s: SqliteStore) => {
    const rows: string[] = [];
    for await (const r of s.exportRows()) rows.push(`${r.article}/${r.quote}→${r.cluster}`);
    return rows.sort();
  };
  async function referenceClusters(dirPath: string): Promise<string[]> {
    const reference = new SqliteStore(join(dirPath, 'reference.db'));
    for (const a of newsCorpus) await reference.addArticle(a.input, a.extraction);
    const rows = await clustersOf(reference);
    await reference.close();
    return rows;
  }

  it('re-indexes the wordings of a writer that never closed (killed) before the next write', async () => {
    const replayDir = mkdtempSync(join(tmpdir(), 'qt-replay-'));
    try {
      const path = join(replayDir, 'replay.db');
      const half = Math.ceil(newsCorpus.length / 2);
      // The first writer's index rows never reach the file: it is not closed, as if killed.
      const killed = new SqliteStore(path);
      killed.addArticlesSync(newsCorpus.slice(0, half).map((a) => ({ article: a.input, extraction: a.extraction })));
      const keysOnDisk = new Database(path, { readonly: true });
      expect(keysOnDisk.prepare('SELECT count(*) FROM wording_keys').pluck().get()).toBe(0);
      keysOnDisk.close();
      const next = new SqliteStore(path);
      for (const a of newsCorpus.slice(half)) await next.addArticle(a.input, a.extraction);
      expect(await clustersOf(next)).toEqual(await referenceClusters(replayDir));
      await next.close();
      const check = new Database(path, { readonly: true });
      // Closing moved every row: the file is complete for the next writer.
      expect(check.prepare('SELECT count(*) FROM wording_keys').pluck().get()).toBeGreaterThan(20);
      expect(check.prepare("SELECT value FROM meta WHERE key = 'keys_through'").pluck().get()).toBe(String(check.prepare('SELECT max(rowid) FROM wordings').pluck().get()));
      check.close();
      await killed.close();
    } finally {
      rmSync(replayDir, { recursive: true, force: true });
    }
  });

  it('moves the index rows of a file from before (wording_keys_recent table) and keeps clustering it', async () => {
    const legacyDir = mkdtempSync(join(tmpdir(), 'qt-legacy-'));
    try {
      const path = join(legacyDir, 'legacy.db');
      const half = Math.ceil(newsCorpus.length / 2);
      const writer = new SqliteStore(path);
      writer.addArticlesSync(newsCorpus.slice(0, half).map((a) => ({ article: a.input, extraction: a.extraction })));
      await writer.close();
      // Rewrite it into the earlier layout: some index rows in the on-disk recent table, no marker.
      const db = new Database(path);
      db.exec(`CREATE TABLE wording_keys_recent(key INTEGER NOT NULL, wording INTEGER NOT NULL, PRIMARY KEY(key, wording)) WITHOUT ROWID;
        INSERT INTO wording_keys_recent SELECT key, wording FROM wording_keys WHERE wording % 2 = 0;
        DELETE FROM wording_keys WHERE wording % 2 = 0;
        DELETE FROM meta WHERE key = 'keys_through';`);
      expect(db.prepare('SELECT count(*) FROM wording_keys_recent').pluck().get()).toBeGreaterThan(5);
      db.close();
      const reopened = new SqliteStore(path);
      for (const a of newsCorpus.slice(half)) await reopened.addArticle(a.input, a.extraction);
      expect(await clustersOf(reopened)).toEqual(await referenceClusters(legacyDir));
      await reopened.close();
      const check = new Database(path, { readonly: true });
      expect(check.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'wording_keys_recent'").pluck().get()).toBe(0);
      check.close();
    } finally {
      rmSync(legacyDir, { recursive: true, force: true });
    }
  });
});

describe('SqliteStore search over many common-word quotations', () => {
  // More wordings share the common words than one search pass ranks (SEARCH_CANDIDATES), and
  // the quotation looked for is the oldest of them: capping must not lose it.
  const COMMON = ['the', 'government', 'will', 'not', 'people', 'we', 'said', 'this', 'year'];
  const TARGET = 'The government will not abandon the people of the valley this year';
  let many: SqliteStore;
  const manyDir = mkdtempSync(join(tmpdir(), 'qt-many-'));

  beforeAll(() => {
    many = new SqliteStore(join(manyDir, 'many.db'));
    const article = (i: number, wording: string) => {
      const text = `Minister Dana Reyes said: "${wording}."`;
      return {
        article: { id: `many-${i}`, text, origin: `many-${i}.txt`, outlet: i % 2 ? 'The Tribune' : 'Daily Herald', published: `2024-01-01T00:00:${String(i % 60).padStart(2, '0')}Z` },
        extraction: buildExtraction(text, { people: [{ name: 'Dana Reyes' }], quotes: [{ content: `"${wording}."`, by: 'Dana Reyes' }] }),
      };
    };
    const batch = [article(0, TARGET)];
    // Every later wording holds the target's words (all but "abandon" and "valley" are common),
    // shuffled so none holds its phrase; numbers spread through each keep them distinct
    // statements (four changed words apart), not one cluster.
    for (let i = 1; i <= SEARCH_CANDIDATES + 300; i++) {
      const w = [...COMMON].sort((a, b) => ((a.length * 7 + i) % 5) - ((b.length * 7 + i) % 5));
      batch.push(article(i, `${i} ${w.slice(0, 3).join(' ')} ${i * 7} ${w.slice(3, 6).join(' ')} ${i * 13} ${w.slice(6).join(' ')} abandon ${i * 31} valley`));
    }
    many.addArticlesSync(batch);
  });
  afterAll(async () => {
    await many.close();
    rmSync(manyDir, { recursive: true, force: true });
  });

  it('finds the oldest quotation by its phrase among more all-word matches than a pass ranks', async () => {
    const found = await many.search({ q: 'will not abandon the people' });
    expect(found.length).toBe(20);
    expect(found[0]!.text).toBe(`${TARGET}.`);
    expect(found.slice(1).every((c) => c.text !== found[0]!.text)).toBe(true);
  });

  it('ranks a more quoted cluster first among phrase matches and fills the page with all-word matches', async () => {
    const requote = (i: number, wording: string) => {
      const text = `Dana Reyes repeated on day ${i}: "${wording}."`;
      return { article: { id: `requote-${i}`, text, origin: `requote-${i}.txt` }, extraction: buildExtraction(text, { people: [{ name: 'Dana Reyes' }], quotes: [{ content: `"${wording}."`, by: 'Dana Reyes' }] }) };
    };
    const repeated = 'we said this year the people will abandon the valley, and the government will not';
    many.addArticlesSync([requote(1, repeated), requote(2, repeated), requote(3, repeated)]);
    const found = await many.search({ q: 'abandon the valley', limit: 5 });
    expect(found.map((c) => c.appearances)).toEqual([3, 1, 1, 1, 1]);
    expect(found[0]!.text).toBe(`${repeated}.`);
    // The target has "abandon the people of the valley": all words, not the phrase.
    expect(found.some((c) => c.text === `${TARGET}.`)).toBe(false);
  });
});

describe('SqliteStore cluster counters', () => {
  it('keeps each cluster\'s cached appearance and variant counts equal to its quotes and wordings', () => {
    const db = new Database(join(dir, 'news.db'), { readonly: true });
    try {
      const drift = db.prepare(`
        SELECT c.rowid, c.appearances, c.variants,
               (SELECT count(*) FROM quotes q WHERE q.cluster = c.rowid) AS quotes,
               (SELECT count(*) FROM wordings w WHERE w.cluster = c.rowid) AS wordings
        FROM clusters c`).all() as Array<{ appearances: number; variants: number; quotes: number; wordings: number }>;
      expect(drift.length).toBeGreaterThan(3);
      expect(drift.some((c) => c.quotes > c.wordings)).toBe(true);
      for (const c of drift) expect([c.appearances, c.variants]).toEqual([c.quotes, c.wordings]);
    } finally {
      db.close();
    }
  });
});
