// `quotetrace serve --db FILE [--port 8080] [--host 127.0.0.1]`: the HTTP API and web UI over a
// corpus. Parsing and printing only; the app is src/server/app.ts.
import { serve, type ServerType } from '@hono/node-server';
import { UsageError } from './errors.js';
import { parseCommandArgs } from './args.js';
import { openCorpus } from './corpus-options.js';
import type { Store } from '../corpus/store.js';
import { createApp } from '../server/app.js';
import { createExtractor } from '../corpus/extractor.js';

const usage = 'usage: quotetrace serve --db FILE [--port 8080] [--host 127.0.0.1]';

export type ServeArgs = { port: number; host: string };

export type Listening = {
  server: ServerType;
  url: string;
  /** Stops listening, drops open connections and ends the extraction thread. */
  close(): Promise<void>;
};

/** Posted text is extracted in one worker thread, started on the first extraction and ended after
 *  this long without one: most visits never extract, and the thread holds its own NLP model. */
const extractionThreadIdleMs = 5 * 60_000;

export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${value}"`);
  return port;
}

/** Starts listening and resolves with the server and its URL once the port is bound. */
export async function listen(store: Store, { port, host }: ServeArgs): Promise<Listening> {
  const extractor = await createExtractor({ threads: 1, keepThreads: false, idleTimeoutMs: extractionThreadIdleMs });
  const app = createApp(store, { extractor });
  try {
    return await new Promise((resolve, reject) => {
      const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
        const shownHost = host.includes(':') ? `[${host}]` : host;
        resolve({
          server,
          url: `http://${shownHost}:${info.port}/`,
          close: async () => {
            const closed = new Promise<void>((done) => server.close(() => done()));
            // Keep-alive connections would hold close() open; the process is exiting anyway.
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
            await closed;
            await extractor.close();
          },
        });
      });
      server.once('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'EADDRINUSE') reject(new UsageError(`port ${port} on ${host} is already in use (try --port)`));
        else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') reject(new UsageError(`cannot listen on host "${host}"`));
        else if (err.code === 'EACCES') reject(new UsageError(`not allowed to listen on port ${port} (try a port above 1024)`));
        else reject(err);
      });
    });
  } catch (err) {
    await extractor.close();
    throw err;
  }
}

/** Serves until SIGINT/SIGTERM, then closes the server and the store. */
export async function serveUntilStopped(store: Store, args: ServeArgs, announce: (url: string) => void): Promise<number> {
  let running;
  try {
    running = await listen(store, args);
  } catch (err) {
    await store.close();
    throw err;
  }
  announce(running.url);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await running.close();
  await store.close();
  return 0;
}

/** The options `serve` and `demo` share; null when --help was asked for and printed. */
export function parseServeOptions(args: string[], usage: string): { db: string | undefined; port: number; host: string } | null {
  const parsed = parseCommandArgs(args, {
    db: { type: 'string' },
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  }, usage);
  const { values } = parsed;
  if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"\n${usage}`);
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return null;
  }
  return { db: values.db, port: parsePort(values.port, 8080), host: values.host?.trim() || '127.0.0.1' };
}

export async function run(args: string[]): Promise<number> {
  const options = parseServeOptions(args, usage);
  if (!options) return 0;
  const { port, host } = options;
  if (!options.db) throw new UsageError(`--db FILE is required\n${usage}`);
  const store = await openCorpus(options.db);
  return serveUntilStopped(store, { port, host }, (url) => {
    process.stdout.write(`quotetrace: serving ${options.db} at ${url} (Ctrl-C to stop)\n`);
  });
}
