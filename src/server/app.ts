// The HTTP API and the web UI over one corpus. Read-only except POST /api/extract (which stores
// nothing). Every failure becomes a status and a sentence: JSON under /api, a page elsewhere;
// stack traces stay on the server.
import { Hono } from 'hono';
import type { Store } from '../corpus/store.js';
import { createExtractor, type Extractor } from '../corpus/extractor.js';
import { securityHeaders } from './security-headers.js';
import { loadAssets } from './assets.js';
import { defaultBodyLimit } from './extract-request.js';
import { PostedExtractions, defaultMaxPendingExtractions } from './posted-extractions.js';
import { searchApi } from './api/search.js';
import { quotesApi } from './api/quotes.js';
import { speakersApi } from './api/speakers.js';
import { articlesApi } from './api/articles.js';
import { statsApi } from './api/stats.js';
import { extractApi } from './api/extract.js';
import { homePage } from './pages/home.js';
import { searchPage } from './pages/search.js';
import { articlePage } from './pages/article.js';
import { speakerPage } from './pages/speaker.js';
import { quotePage } from './pages/quote.js';
import { extractPage } from './pages/extract.js';
import { errorPage, notFoundPage } from './pages/not-found.js';

export type AppOptions = {
  /** Largest accepted body for extraction, in bytes (default 1 MB). */
  bodyLimit?: number;
  /** Runs the extractions of posted text. Default: on the event loop, which a long extraction
   *  then blocks (fine for tests and short texts); `serve` passes a worker thread. The caller
   *  closes it. */
  extractor?: Extractor;
  /** Extractions of posted text running or waiting at once, at most; more are refused with 503
   *  (default 8). */
  maxPendingExtractions?: number;
  /** Where unexpected errors are reported (default: one line on stderr). */
  logError?: (error: unknown, path: string) => void;
};

function isApi(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

function defaultLogError(error: unknown, path: string): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`quotetrace serve: ${path}: ${message.split('\n')[0]}\n`);
  if (process.env.QUOTETRACE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
}

export function createApp(store: Store, options: AppOptions = {}): Hono {
  const limit = options.bodyLimit ?? defaultBodyLimit;
  const logError = options.logError ?? defaultLogError;
  const assets = loadAssets();
  const extractions = new PostedExtractions(options.extractor ?? createExtractor({ threads: 0 }), options.maxPendingExtractions ?? defaultMaxPendingExtractions);
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(securityHeaders)) c.res.headers.set(name, value);
  });

  app.get('/assets/:name', (c) => {
    const asset = assets.get(c.req.param('name'));
    if (!asset) return c.notFound();
    return c.body(asset.body, 200, { 'Content-Type': asset.type, 'Cache-Control': 'no-cache' });
  });

  app.route('/api', searchApi(store));
  app.route('/api', quotesApi(store));
  app.route('/api', speakersApi(store));
  app.route('/api', articlesApi(store));
  app.route('/api', statsApi(store));
  app.route('/api', extractApi(limit, extractions));

  app.route('/', homePage(store));
  app.route('/', searchPage(store));
  app.route('/', articlePage(store));
  app.route('/', speakerPage(store));
  app.route('/', quotePage(store));
  app.route('/', extractPage(limit, extractions));

  app.notFound((c) => (isApi(c.req.path) ? c.json({ error: 'not found' }, 404) : c.html(notFoundPage(), 404)));
  app.onError((error, c) => {
    logError(error, c.req.path);
    return isApi(c.req.path)
      ? c.json({ error: 'internal error; the server log has the details' }, 500)
      : c.html(errorPage('The server could not answer this request. The details are in its log.'), 500);
  });
  return app;
}
