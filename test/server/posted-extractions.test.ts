// Posted text is extracted off the event loop: while an extraction runs, the server keeps
// answering other requests, and past its limit of extractions at once it refuses with 503.
// The extraction runs in a real worker thread (a pool of the shared extractor) whose worker holds
// each task until the test sends "go" (test/fixtures/server/gated-extract-worker.mjs wraps the
// built extract-worker), so the order of events is fixed by the test, not by timing.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BroadcastChannel } from 'node:worker_threads';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../../src/server/app.js';
import { createExtractor, type Extractor } from '../../src/corpus/extractor.js';
import type { Extraction } from '../../src/types.js';
import { buildTestCorpus, examplesDir, type TestCorpus } from './corpus.js';

const gatedWorker = new URL('../fixtures/server/gated-extract-worker.mjs', import.meta.url).pathname;
/** The channel gated-extract-worker.mjs announces tasks on and waits for "go" on. */
const gateChannel = 'quotetrace-test-extraction-gate';
const built = existsSync(new URL('../../dist/corpus/extract-worker.js', import.meta.url));

/** A long text: the demo articles, one after another, several times over (about 120 KB). */
const longText = Array.from({ length: 12 }, () =>
  readdirSync(examplesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(examplesDir, f), 'utf8')).join('\n\n'),
).join('\n\n');

describe.skipIf(!built)('posted text is extracted in a worker thread', () => {
  let corpus: TestCorpus;
  let extractor: Extractor;
  let server: ServerType;
  let base: string;
  let gate: BroadcastChannel;

  beforeAll(async () => {
    corpus = await buildTestCorpus([]);
    extractor = await createExtractor({ threads: 1, workerFile: gatedWorker });
    const app = createApp(corpus.store, { extractor, maxPendingExtractions: 1, logError: () => {} });
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
    gate = new BroadcastChannel(gateChannel);
  });

  afterAll(async () => {
    gate?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await extractor?.close();
    await corpus?.close();
  });

  /** Resolves when the worker holds a task; fails the test if none arrives (the extraction then
   *  ran somewhere else, such as on the event loop). */
  function extractionStarted(): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no extraction reached the worker thread')), 30_000);
      gate.onmessage = (event: MessageEvent) => {
        clearTimeout(timer);
        gate.onmessage = null;
        resolve((event.data as { started: number }).started);
      };
    });
  }

  const postText = (path: string, text: string): Promise<Response> =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });

  it('answers a stats query and an article page while a long text is being extracted', async () => {
    const events: string[] = [];
    const started = extractionStarted();
    const extraction = postText('/api/extract', longText).then((res) => { events.push('extraction answered'); return res; });

    expect(await started).toBe(longText.length);
    events.push('extraction held in the worker');
    const stats = await fetch(`${base}/api/stats`);
    events.push('stats answered');
    const article = await fetch(`${base}/articles/01-halden-courier-water-bills`);
    events.push('article page answered');
    gate.postMessage('go');
    const answer = await extraction;

    expect(events).toEqual(['extraction held in the worker', 'stats answered', 'article page answered', 'extraction answered']);
    expect(stats.status).toBe(200);
    expect(((await stats.json()) as { articles: number }).articles).toBe(12);
    expect(article.status).toBe(200);
    expect(answer.status).toBe(200);
    const result = (await answer.json()) as Extraction;
    expect(result.text).toBe(longText);
    expect(result).not.toHaveProperty('file');
    // Every copy's quotations are found, the pledge of the first demo article in each of the 12.
    const pledges = result.quotes.filter((q) => q.content.some((s) => s.text.includes('We will not raise water bills this year')));
    expect(pledges.length % 12).toBe(0);
    expect(pledges.length).toBeGreaterThanOrEqual(12);
    for (const q of result.quotes) for (const s of q.content) expect(longText.slice(s.start, s.end)).toBe(s.text);
  });

  it('refuses an extraction past its limit with 503, as JSON from the API and as a page from /extract', async () => {
    const text = 'Mayor Elena Varga said on Sunday: "We will not raise water bills this year."';
    const started = extractionStarted();
    const first = postText('/api/extract', text);
    await started;

    const api = await postText('/api/extract', text);
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toBe('5');
    expect(((await api.json()) as { error: string }).error).toMatch(/already extracting 1 texts; try again/);
    const page = await fetch(`${base}/extract`, { method: 'POST', body: new URLSearchParams({ text }) });
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('The server is busy extracting other texts.');

    gate.postMessage('go');
    expect((await first).status).toBe(200);
    // The slot is free again: the page extracts through the same worker.
    const again = extractionStarted();
    const pageAgain = fetch(`${base}/extract`, { method: 'POST', body: new URLSearchParams({ text }) });
    await again;
    gate.postMessage('go');
    const answered = await pageAgain;
    expect(answered.status).toBe(200);
    expect(await answered.text()).toContain('We will not raise water bills this year.');
  });
});
