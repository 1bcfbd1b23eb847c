// `npm run bench:scale`: 1, 2 and 4 ingest processes sharing one PostgreSQL database, the same
// corpus each time (BBC News when /work/shared/datasets/bbc-news is present, else a generated
// one), each run into a fresh database. Prints articles/s and the speed-up over one worker.
//
//   node dist/bench/scale.js [--articles N] [--workers 1,2,4] [--pg postgres://…] [--corpus DIR]
//
// Without --pg (or QUOTETRACE_BENCH_PG) a throwaway cluster is started under a temp dir (fsync
// off: a benchmark of the pipeline, not of the disk). Every worker is one process with one
// extraction thread (--jobs 1), so N workers use N cores: on a 2-core machine expect at most ~2×.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startThrowawayCluster, createDatabase, type ThrowawayCluster } from '../corpus/postgres/throwaway-cluster.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BBC = '/work/shared/datasets/bbc-news/bbc';

function listTxt(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt') && e.name !== 'README.TXT')
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** A folder with the first `count` articles of `source` (symlinks: the dataset is never copied). */
function subsetOf(source: string, count: number, into: string): number {
  const files = listTxt(source).slice(0, count);
  for (const file of files) {
    const name = relative(source, file).replace(/[\\/]/g, '-');
    symlinkSync(file, join(into, name));
  }
  return files.length;
}

/** Generated news articles with quotations that recur across articles (for machines without BBC). */
function generateCorpus(into: string, count: number): number {
  const people = ['Paul Okafor', 'Margaret Lyle', 'Eluned Morgan', 'David Black', 'Christine Harper', 'Rafiq Osei', 'Anna Kowalski', 'Tomas Brennan'];
  const topics = ['bus routes', 'school meals', 'flood defences', 'library hours', 'road repairs', 'housing grants', 'water bills', 'rail fares'];
  const towns = ['Harrow', 'Leeds', 'Cardiff', 'Norwich', 'Bristol', 'Dundee', 'Exeter', 'Derby'];
  for (let i = 0; i < count; i++) {
    const person = people[i % people.length]!;
    const topic = topics[(i * 3) % topics.length]!;
    const town = towns[(i * 5) % towns.length]!;
    const text = [
      `${town} council under pressure over ${topic} (${i + 1})`, '',
      `Published: ${1 + (i % 28)} March 2024`, '',
      `Residents in ${town} met on Monday to discuss ${topic}, the ${i + 1}th meeting this year.`, '',
      `"We will not accept any cut to ${topic} in ${town} while families are still paying more every month," said ${person}, a local councillor.`, '',
      `${people[(i + 3) % people.length]} said the council had promised a review of ${topic} by the end of the year.`,
    ].join('\n');
    writeFileSync(join(into, `article-${String(i + 1).padStart(5, '0')}.txt`), text);
  }
  return count;
}

type RunResult = { workers: number; articles: number; seconds: number; perSecond: number };

function runWorker(corpus: string, db: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/quotetrace.js'), 'ingest', corpus, '--db', db, '--jobs', '1', '--format', 'json'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => { stderr = (stderr + d).slice(-2000); });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`worker exited with ${code}: ${stderr.trim().split('\n').pop()}`))));
  });
}

async function storedArticles(db: string): Promise<number> {
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM articles')).rows[0]!.n;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '200' },
      workers: { type: 'string', default: '1,2,4' },
      pg: { type: 'string' },
      corpus: { type: 'string' },
    },
  });
  const count = Number(values.articles);
  const workerCounts = values.workers!.split(',').map(Number);
  if (!Number.isInteger(count) || count < 1 || workerCounts.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error('--articles takes a positive number and --workers a list like 1,2,4');
  }
  if (!existsSync(join(root, 'dist/corpus/postgres/store.js'))) throw new Error('build first: npx tsc -p .');

  const work = mkdtempSync(join(tmpdir(), 'quotetrace-bench-scale-'));
  let cluster: ThrowawayCluster | null = null;
  try {
    const corpus = join(work, 'corpus');
    mkdirSync(corpus);
    const source = values.corpus ?? (existsSync(BBC) ? BBC : null);
    const articles = source ? subsetOf(source, count, corpus) : generateCorpus(corpus, count);
    const server = values.pg ?? process.env.QUOTETRACE_BENCH_PG ?? (cluster = await startThrowawayCluster({ fast: true })).url;
    process.stdout.write(`corpus: ${articles} articles from ${source ?? 'the generator'}; ${availableParallelism()} cores; PostgreSQL ${cluster ? 'throwaway cluster (fsync off)' : 'given'}\n`);

    const results: RunResult[] = [];
    for (const workers of workerCounts) {
      const db = await createDatabase(server, `qt_bench_scale_${workers}`);
      const started = performance.now();
      await Promise.all(Array.from({ length: workers }, () => runWorker(corpus, db)));
      const seconds = (performance.now() - started) / 1000;
      const stored = await storedArticles(db);
      results.push({ workers, articles: stored, seconds, perSecond: stored / seconds });
      process.stdout.write(`${workers} worker(s): ${stored} articles in ${seconds.toFixed(1)} s = ${(stored / seconds).toFixed(2)} articles/s\n`);
    }
    const base = results[0]!.perSecond;
    process.stdout.write('\nworkers  articles/s  speed-up\n');
    for (const r of results) process.stdout.write(`${String(r.workers).padStart(7)}  ${r.perSecond.toFixed(2).padStart(10)}  ${(r.perSecond / base).toFixed(2).padStart(7)}×\n`);
    process.stdout.write(`\nEach worker is one process with one extraction thread; with ${availableParallelism()} cores the speed-up is bounded by ${availableParallelism()}×.\n`);
  } finally {
    cluster?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`bench:scale: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
