// Distributed ingest into one PostgreSQL: several `quotetrace ingest` processes on the same inputs
// split the work through the database, store every article exactly once, and build the same
// clusters as a single process; a worker killed with SIGKILL loses nothing a re-run cannot finish.
// Runs the built CLI (dist/), as users do.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openStore } from '../../src/corpus/open.js';
import { LOCK_SCHEMA } from '../../src/corpus/postgres/schema.js';
import { testPostgresUrl, postgresSkipReason, freshTestDatabase } from '../setup/postgres.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

type Finished = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };
type Worker = { child: ChildProcess; finished: Promise<Finished> };

function startIngest(folder: string, db: string): Worker {
  const child = spawn(process.execPath, ['bin/quotetrace.js', 'ingest', folder, '--db', db, '--jobs', '1', '--format', 'json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => { stdout += d; });
  child.stderr!.on('data', (d) => { stderr += d; });
  return { child, finished: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))) };
}

function summaryOf(run: Finished): { added: number; skipped: number; failed: number } {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout.trim().split('\n').pop()!);
}

// ---- a corpus where the same quotations travel between articles, with variants ----------------

const speakers = [
  { name: 'Paul Okafor', role: 'the council leader', words: 'We will not close a single library in this borough while I am leader, whatever the budget says' },
  { name: 'Margaret Lyle', role: 'the opposition leader', words: 'The council has spent three years promising repairs that never arrived on a single street' },
  { name: 'Eluned Morgan', role: 'the health minister', words: 'Waiting lists will fall every month this year because we have finally hired the nurses we need' },
  { name: 'David Black', role: 'the chief executive of the water regulator', words: 'Companies that pour sewage into rivers will pay for every litre and every day it lasts' },
  { name: 'Christine Harper', role: 'the transport secretary', words: 'No rural bus route will be cut before the new funding settlement is agreed with the councils' },
  { name: 'Rafiq Osei', role: 'a councillor for the harbour ward', words: 'Families on this estate have been waiting for heating repairs since the winter before last' },
];
const outlets = ['Halden Courier', 'Northern Ledger', 'Daily Meridian', 'Westmoor Gazette', 'Civic Wire'];
const towns = ['Harrow', 'Leeds', 'Cardiff', 'Norwich', 'Bristol', 'Dundee', 'Exeter', 'Derby'];

/** A wording as an outlet might print it: whole, cut short, or with a middle part elided. */
function variant(words: string, n: number): string {
  const tokens = words.split(' ');
  if (n % 3 === 1) return tokens.slice(0, Math.ceil(tokens.length * 0.6)).join(' ');
  if (n % 3 === 2) return [...tokens.slice(0, 5), '...', ...tokens.slice(8)].join(' ');
  return words;
}

function writeCorpus(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const s = speakers[i % speakers.length]!;
    const other = speakers[(i * 5 + 2) % speakers.length]!;
    const town = towns[i % towns.length]!;
    const outlet = outlets[i % outlets.length]!;
    const day = 1 + (i % 27);
    const text = [
      `${town} row deepens over council plans (${i + 1})`,
      '',
      `Published: ${day} March 2024, 09:${String(10 + (i % 50)).padStart(2, '0')}`,
      '',
      `${town.toUpperCase()} (${outlet}) — Residents packed a public meeting in ${town} on ${['Monday', 'Tuesday', 'Wednesday', 'Thursday'][i % 4]} as the dispute over local services entered its ${i + 2}th week.`,
      '',
      `"${variant(s.words, Math.floor(i / speakers.length))}," said ${s.name}, ${s.role}.`,
      '',
      `${other.name}, ${other.role}, said that the figures published by the council in ${town} could not be trusted until an independent audit had been completed.`,
      '',
      `A decision is expected after a further ${2 + (i % 5)} weeks of consultation with residents of ${town}.`,
    ].join('\n');
    writeFileSync(join(dir, `article-${String(i + 1).padStart(3, '0')}.txt`), text);
  }
}

/** Clusters as sets of (article, quote): comparable across runs whatever ids they were given. */
async function membership(db: string): Promise<{ stats: unknown; clusters: string[][] }> {
  const store = await openStore(db);
  try {
    const byCluster = new Map<string, string[]>();
    for await (const row of store.exportRows()) {
      const key = row.cluster ?? `alone:${row.article}/${row.quote}`;
      byCluster.set(key, [...(byCluster.get(key) ?? []), `${row.article}/${row.quote}`]);
    }
    const clusters = [...byCluster.values()].map((members) => members.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
    return { stats: await store.stats(), clusters };
  } finally {
    await store.close();
  }
}

async function articleCount(db: string): Promise<number> {
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    const exists = await client.query(`SELECT to_regclass('articles') IS NOT NULL AS ok`);
    if (!exists.rows[0].ok) return 0;
    const { rows } = await client.query('SELECT count(*)::int AS n FROM articles');
    return rows[0].n;
  } finally {
    await client.end();
  }
}

const ARTICLES = 30;

/** Holds the schema lock every ingest takes first, so processes started one after another (each
 *  loads its model for about a second, longer than 30 articles take) line up at the start instead
 *  of the first one storing everything alone. */
async function holdSchemaLock(db: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  await client.query('SELECT pg_advisory_lock($1, 0)', [LOCK_SCHEMA]);
  return client;
}

/** Waits until `n` sessions wait for the schema lock (20 s at most), then releases it. */
async function releaseWhenWaiting(holder: pg.Client, n: number): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const { rows } = await holder.query(
      `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = $1 AND objid = 0 AND objsubid = 2
         AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`, [LOCK_SCHEMA]);
    if (rows[0].n >= n) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await holder.query('SELECT pg_advisory_unlock($1, 0)', [LOCK_SCHEMA]);
  await holder.end();
}

describe.skipIf(!testPostgresUrl())(`distributed ingest into PostgreSQL${testPostgresUrl() ? '' : ` (skipped: ${postgresSkipReason()})`}`, () => {
  let work: string;
  let corpus: string;
  let reference: Awaited<ReturnType<typeof membership>>;

  beforeAll(async () => {
    expect(existsSync(join(root, 'dist/corpus/postgres/store.js'))).toBe(true);
    work = mkdtempSync(join(tmpdir(), 'quotetrace-pg-ingest-'));
    corpus = join(work, 'corpus');
    writeCorpus(corpus, ARTICLES);
    const single = await freshTestDatabase('ingest_single');
    const run = summaryOf(await startIngest(corpus, single).finished);
    expect(run.added).toBe(ARTICLES);
    reference = await membership(single);
    // The corpus must exercise clustering across articles, or the comparisons below prove nothing.
    expect(reference.clusters.filter((c) => c.length > 1).length).toBeGreaterThanOrEqual(speakers.length);
  });
  afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

  it('three processes on the same folder store each article once and build the single-process clusters', async () => {
    const db = await freshTestDatabase('ingest_three');
    const holder = await holdSchemaLock(db);
    const started = [0, 1, 2].map(() => startIngest(corpus, db).finished);
    await releaseWhenWaiting(holder, 3);
    const runs = await Promise.all(started);
    const summaries = runs.map(summaryOf);
    // Every process read every input; between them each article was added exactly once.
    expect(summaries.map((s) => s.added + s.skipped)).toEqual([ARTICLES, ARTICLES, ARTICLES]);
    expect(summaries.reduce((sum, s) => sum + s.added, 0)).toBe(ARTICLES);
    expect(summaries.filter((s) => s.added > 0).length).toBeGreaterThanOrEqual(2);
    expect(await membership(db)).toEqual(reference);
  });

  it('a worker killed with SIGKILL mid-way loses nothing: the others and a re-run finish the work', async () => {
    const db = await freshTestDatabase('ingest_kill');
    const victim = startIngest(corpus, db);
    const survivor = startIngest(corpus, db);
    // Kill once the work is under way (some articles stored, most not).
    while ((await articleCount(db)) < 4) await new Promise((r) => setTimeout(r, 50));
    victim.child.kill('SIGKILL');
    const killed = await victim.finished;
    expect(killed.signal).toBe('SIGKILL');
    summaryOf(await survivor.finished);
    const rerun = summaryOf(await startIngest(corpus, db).finished);
    expect(rerun.added + rerun.skipped).toBe(ARTICLES);
    expect(await membership(db)).toEqual(reference);
    // Nothing left to do: a further run adds nothing.
    expect(summaryOf(await startIngest(corpus, db).finished).added).toBe(0);
  });
});
