import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../../src/corpus/sqlite/store.js';
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
    expect(await store.stats()).toEqual({ articles: 10, quotes: 12, clusters: 6, speakers: 5 });
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
