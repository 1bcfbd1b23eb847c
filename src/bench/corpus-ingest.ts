// First half of `npm run bench:corpus`: ingest PolNeAR and BBC News (3,233 articles) into a fresh
// SQLite file, once per --jobs setting, with the progress bar. Each setting runs in its own child
// process so its peak RSS (main thread + extraction workers) is its own.
//
//   node dist/bench/corpus-ingest.js [--jobs 1,2]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ingest, type IngestSummary } from '../corpus/ingest.js';
import { createProgress } from '../corpus/progress.js';
import { openStore } from '../corpus/open.js';

const datasets = '/work/shared/datasets';
const polnear = join(datasets, 'polnear/data');
const bbc = join(datasets, 'bbc-news/bbc');

/** cpuSeconds: user + system CPU of the whole ingest process (main thread and extraction workers),
 *  which tells a slower run on a busy machine from a run that does more work. mainCpuSeconds: the
 *  main thread alone (reading, checking, the single writer), null where /proc is missing. On an
 *  idle machine with C cores, articles/s is bounded by articles / mainCpuSeconds (one writer) and
 *  by C × articles / cpuSeconds (all cores busy): the bench prints both bounds, which unlike the
 *  wall-clock rate do not depend on what else the machine is running. */
type RunResult = IngestSummary & { peakRssMb: number; cpuSeconds: number; mainCpuSeconds: number | null; errors: string[] };

/** CPU seconds of this process's main thread (Linux: /proc/self/task/PID/stat, utime + stime). */
function mainThreadCpuSeconds(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat(5), counted from the state field (3rd); in USER_HZ (100 on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function corpusPaths(): string[] | null {
  if (!existsSync(polnear) || !existsSync(bbc)) return null;
  const polnearTexts = readdirSync(polnear, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(polnear, entry.name, 'text')))
    .map((entry) => join(polnear, entry.name, 'text'));
  return [...polnearTexts, bbc];
}

/** The measured run: one ingest, progress on stderr, the result as JSON on stdout. */
async function child(jobs: number, db: string, paths: string[]): Promise<void> {
  const store = await openStore(db);
  const progress = createProgress(process.stderr);
  const errors: string[] = [];
  const summary = await ingest({
    store, paths, jobs,
    onProgress: (p) => progress.update(p),
    onError: (e) => { errors.push(`${e.origin}: ${e.message}`); progress.log(`  failed: ${e.origin}: ${e.message}`); },
  });
  progress.finish();
  await store.close();
  const usage = process.resourceUsage();
  const result: RunResult = { ...summary, peakRssMb: usage.maxRSS / 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, mainCpuSeconds: mainThreadCpuSeconds(), errors };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function measure(jobs: number, db: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', '--jobs', String(jobs), '--db', db], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (d) => { out += d; });
    proc.on('error', reject);
    proc.on('close', (code) => {
      if (code !== 0) return reject(new Error(`--jobs ${jobs}: the ingest process exited with ${code}`));
      resolve(JSON.parse(out) as RunResult);
    });
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { child: { type: 'boolean' }, jobs: { type: 'string', default: '1,2' }, db: { type: 'string' } } });
  const paths = corpusPaths();
  if (!paths) {
    process.stdout.write(`bench:corpus ingest: skipped — PolNeAR (${polnear}) or BBC News (${bbc}) not found\n`);
    return 0;
  }
  if (values.child) {
    await child(Number(values.jobs), values.db!, paths);
    return 0;
  }

  const settings = values.jobs.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const dir = mkdtempSync(join(tmpdir(), 'quotetrace-bench-ingest-'));
  const results: RunResult[] = [];
  try {
    for (const jobs of settings) {
      process.stdout.write(`\ningest PolNeAR + BBC News, --jobs ${jobs}\n`);
      results.push(await measure(jobs, join(dir, `jobs-${jobs}.db`)));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  process.stdout.write('\n| jobs | articles | added | skipped | failed | quotes | seconds | articles/s | CPU s | main-thread CPU s | peak RSS (MB) |\n|---|---|---|---|---|---|---|---|---|---|---|\n');
  for (const r of results) {
    process.stdout.write(`| ${r.jobs} | ${r.inputs} | ${r.added} | ${r.skipped} | ${r.failed} | ${r.quotes} | ${(r.elapsedMs / 1000).toFixed(1)} | ${r.articlesPerSecond.toFixed(1)} | ${r.cpuSeconds.toFixed(1)} | ${r.mainCpuSeconds?.toFixed(1) ?? '—'} | ${r.peakRssMb.toFixed(0)} |\n`);
  }
  process.stdout.write('\nMain thread (the only writer), wall seconds per stage (spans overlap: reading goes on while the writer works): reading inputs / already-stored check / waiting for extraction / storing\n');
  for (const r of results) {
    const t = r.timings;
    const perBatch = r.batches ? `; ${r.batches} write batches, ${(r.added / r.batches).toFixed(1)} articles each` : '';
    process.stdout.write(`  --jobs ${r.jobs}: ${[t.readMs, t.checkMs, t.extractWaitMs, t.storeMs].map((ms) => (ms / 1000).toFixed(1)).join(' / ')}${perBatch}\n`);
  }
  // A run's threads: the main thread, plus the workers when there are any (--jobs 1 extracts on it).
  const cores = availableParallelism();
  process.stdout.write(`\nCPU-bound ceiling on an idle ${cores}-core machine, articles/s = min(one writer: articles / main-thread CPU, busy cores: usable cores × articles / CPU)\n`);
  for (const r of results) {
    const usable = r.jobs === 1 ? 1 : Math.min(cores, r.jobs + 1);
    const byCores = (usable * r.inputs) / r.cpuSeconds;
    const byWriter = r.mainCpuSeconds ? r.inputs / r.mainCpuSeconds : Infinity;
    process.stdout.write(`  --jobs ${r.jobs}: ${Math.min(byCores, byWriter).toFixed(0)} (writer ${Number.isFinite(byWriter) ? byWriter.toFixed(0) : '—'}, cores ${byCores.toFixed(0)})\n`);
  }
  for (const r of results) for (const e of r.errors.slice(0, 5)) process.stdout.write(`  jobs ${r.jobs} failed: ${e}\n`);
  return 0;
}

main().then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`bench:corpus ingest: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
