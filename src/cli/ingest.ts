// `quotetrace ingest PATH... --db FILE [--outlet NAME] [--jobs N] [--format text|json]`
// Parsing and printing only; the pipeline is src/corpus/ingest.ts.
import { UsageError } from './errors.js';
import { parseCommandArgs } from './args.js';
import { ingest, defaultJobs, type IngestSummary } from '../corpus/ingest.js';
import { createProgress } from '../corpus/progress.js';
import { openCorpus } from './corpus-options.js';
import type { InputError } from '../input/index.js';

const usage = 'usage: quotetrace ingest PATH... --db FILE [--outlet NAME] [--jobs N] [--format text|json]';

/** Conventional exit code of a process stopped by SIGINT (128 + 2). */
const interruptedExitCode = 130;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, {
    db: { type: 'string' },
    outlet: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    format: { type: 'string', default: 'text' },
    help: { type: 'boolean', short: 'h' },
  }, usage);
  const { values, positionals: paths } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (!values.db) throw new UsageError(`--db FILE is required\n${usage}`);
  if (paths.length === 0) throw new UsageError(`no input: give one or more files or folders\n${usage}`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not "${values.format}"`);
  let jobs = defaultJobs();
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!/^\d+$/.test(values.jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive whole number, not "${values.jobs}"`);
  }

  const store = await openCorpus(values.db, { create: true });
  const progress = createProgress(process.stderr);
  const stop = new AbortController();
  const onSigint = (): void => {
    if (stop.signal.aborted) process.exit(interruptedExitCode); // a second Ctrl-C: quit now, the store is consistent anyway
    stop.abort();
    progress.log('quotetrace ingest: stopping after the batch being written (Ctrl-C again to quit now)');
  };
  process.on('SIGINT', onSigint);
  let summary: IngestSummary;
  try {
    summary = await ingest({
      store, paths, jobs, signal: stop.signal,
      ...(values.outlet ? { outlet: values.outlet } : {}),
      onProgress: (p) => progress.update(p),
      onError: (error) => progress.log(`quotetrace ingest: ${describe(error)}`),
    });
  } finally {
    progress.finish();
    process.off('SIGINT', onSigint);
    await store.close();
  }

  process.stdout.write(values.format === 'json' ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`);
  if (summary.failed > 0) process.stderr.write(`quotetrace ingest: ${summary.failed} of ${summary.inputs} inputs failed\n`);
  if (summary.interrupted) return interruptedExitCode;
  return summary.failed > 0 ? 1 : 0;
}

/** One line naming the input and the problem (readers' messages already start with the origin). */
function describe(error: InputError): string {
  return error.message.startsWith(error.origin) ? error.message : `${error.origin}: ${error.message}`;
}

export function formatSummary(s: IngestSummary): string {
  const seconds = (s.elapsedMs / 1000).toFixed(1);
  const stopped = s.interrupted ? 'interrupted: ' : '';
  return `${stopped}${s.added} articles added, ${s.skipped} skipped, ${s.failed} failed; ${s.quotes} quotes; ${seconds} s, ${s.articlesPerSecond.toFixed(1)} articles/s (${s.jobs} ${s.jobs === 1 ? 'job' : 'jobs'})`;
}
