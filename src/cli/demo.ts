// `quotetrace demo [--port 8080] [--db FILE]` (what `npm start` runs): ingest the demo corpus in
// examples/ into a SQLite file, then serve it. Re-running adds nothing: ingest skips stored articles.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UsageError } from './errors.js';
import { openCorpus } from './corpus-options.js';
import { ingest } from '../corpus/ingest.js';
import { parseServeOptions, serveUntilStopped } from './serve.js';

const usage = 'usage: quotetrace demo [--port 8080] [--host 127.0.0.1] [--db .quotetrace/demo.db]';

/** examples/ at the root of the package, wherever the command is run from. */
export const examplesDir = fileURLToPath(new URL('../../examples/', import.meta.url));

export async function run(args: string[]): Promise<number> {
  const options = parseServeOptions(args, usage);
  if (!options) return 0;
  const { port, host } = options;
  const db = options.db ?? '.quotetrace/demo.db';
  if (!existsSync(examplesDir)) throw new UsageError(`the demo corpus is missing (${examplesDir})`);
  const store = await openCorpus(db, { create: true });
  let summary;
  try {
    summary = await ingest({
      store,
      paths: [examplesDir],
      jobs: 1,
      onError: (e) => process.stderr.write(`quotetrace demo: ${e.origin}: ${e.message}\n`),
    });
  } catch (err) {
    await store.close();
    throw err;
  }
  const stats = await store.stats();
  process.stdout.write(
    `quotetrace demo: ${db}: ${summary.added} articles added, ${summary.skipped} already there; ` +
      `${stats.articles} articles, ${stats.quotes} quotations in ${stats.clusters} clusters\n`,
  );
  return serveUntilStopped(store, { port, host }, (url) => {
    process.stdout.write(`quotetrace demo: open ${url} in a browser (Ctrl-C to stop)\n`);
  });
}
