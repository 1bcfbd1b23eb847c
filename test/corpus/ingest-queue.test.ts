import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { InFlightQueue, inFlightWindow, type Slot } from '../../src/corpus/ingest-queue.js';
import type { Extraction } from '../../src/types.js';

// How the writer cuts the in-flight FIFO into batches. Extractions are promises settled by hand,
// so every case is decided by what is ready, never by the clock (maxWaitMs is Infinity or 0).
const text = readFileSync(new URL('../../examples/01-halden-courier-water-bills.txt', import.meta.url), 'utf8');

function extracting(origin: string): { slot: Slot & { kind: 'extracting' }; settle(): void; reject(): void } {
  let settle!: () => void;
  let reject!: () => void;
  const extraction = new Promise<Extraction>((resolve, fail) => {
    settle = () => resolve({ text, meta: { language: 'en' }, quotes: [], entities: [], dates: [], repeats: [], file: origin });
    reject = () => fail(new Error('worker crashed'));
  });
  return { slot: { kind: 'extracting', article: { origin, text }, extraction, outcome: null, recovered: false }, settle, reject };
}

const origins = (batch: Slot[] | null): string[] | undefined => batch?.map((s) => (s.kind === 'failed' ? s.error.origin : s.kind === 'stored' ? s.origin : s.article.origin));
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('InFlightQueue', () => {
  it('holds a full batch plus four inputs per worker', () => {
    expect(inFlightWindow(2, { maxArticles: 64, maxWaitMs: 250 })).toBe(72);
    expect(inFlightWindow(1, { maxArticles: 4, maxWaitMs: 250 })).toBe(8);
    expect(() => new InFlightQueue(4, { maxArticles: 4, maxWaitMs: 0 })).toThrow();
  });

  it('waits for the head, then closes at maxArticles articles, cutting right after the last one', async () => {
    const queue = new InFlightQueue(10, { maxArticles: 3, maxWaitMs: Infinity });
    const items = ['a', 'b', 'c', 'd'].map(extracting);
    queue.push(items[0]!.slot);
    queue.push({ kind: 'stored', origin: 'already-there.txt' });
    for (const item of items.slice(1)) queue.push(item.slot);
    let batch: Slot[] | null = null;
    const next = queue.nextBatch().then((b) => { batch = b; });
    // Later articles ready first: nothing is written before the head.
    items[3]!.settle(); items[1]!.settle(); items[2]!.settle();
    await tick();
    expect(batch).toBeNull();
    items[0]!.settle();
    await next;
    // Three articles to store; the stored input between them travels with them, in order.
    expect(origins(batch)).toEqual(['a', 'already-there.txt', 'b', 'c']);
    expect(queue.size).toBe(1);
  });

  it('without a time limit, waits for more articles until the input ends, then writes what is left', async () => {
    const queue = new InFlightQueue(10, { maxArticles: 5, maxWaitMs: Infinity });
    const [a, b] = ['a', 'b'].map(extracting);
    queue.push(a!.slot);
    queue.push(b!.slot);
    a!.settle(); b!.settle();
    let batch: Slot[] | null = null;
    const next = queue.nextBatch().then((got) => { batch = got; });
    await tick();
    expect(batch).toBeNull();
    queue.end();
    await next;
    expect(origins(batch)).toEqual(['a', 'b']);
    expect(await queue.nextBatch()).toBeNull();
  });

  it('with no wait allowed, takes the ready prefix and stops at the first article still extracting', async () => {
    const queue = new InFlightQueue(10, { maxArticles: 5, maxWaitMs: 0 });
    const [a, b, c] = ['a', 'b', 'c'].map(extracting);
    for (const item of [a, b, c]) queue.push(item!.slot);
    a!.settle(); c!.settle();
    await tick();
    expect(origins(await queue.nextBatch())).toEqual(['a']);
    b!.reject();
    await tick();
    // A failed extraction is ready too (reported in its place), but is no article to store.
    const batch = await queue.nextBatch();
    expect(origins(batch)).toEqual(['b', 'c']);
    expect(batch![0]!.kind === 'extracting' && batch![0]!.outcome?.ok).toBe(false);
  });

  it('hands over inputs with nothing to store at once, without waiting for a batch to fill', async () => {
    const queue = new InFlightQueue(10, { maxArticles: 5, maxWaitMs: Infinity });
    queue.push({ kind: 'stored', origin: 'one.txt' });
    queue.push({ kind: 'failed', error: { origin: 'two.txt', message: 'two.txt: binary file, not text' } });
    queue.push(extracting('three').slot);
    expect(origins(await queue.nextBatch())).toEqual(['one.txt', 'two.txt']);
  });

  it('wakes a reader waiting for room when the writer takes a batch', async () => {
    const queue = new InFlightQueue(3, { maxArticles: 2, maxWaitMs: Infinity });
    const items = ['a', 'b', 'c'].map(extracting);
    for (const item of items) { queue.push(item.slot); item.settle(); }
    await tick();
    let room: boolean | null = null;
    const reader = queue.waitForRoom().then((ok) => { room = ok; });
    await tick();
    expect(room).toBeNull();
    // Every extraction has settled: only taking the batch can wake the reader now.
    expect(origins(await queue.nextBatch())).toEqual(['a', 'b']);
    await reader;
    expect(room).toBe(true);
  });

  it('releases both sides at once when stopped', async () => {
    const queue = new InFlightQueue(2, { maxArticles: 1, maxWaitMs: Infinity });
    const [a, b] = ['a', 'b'].map(extracting);
    queue.push(a!.slot);
    queue.push(b!.slot);
    const writer = queue.nextBatch();
    const reader = queue.waitForRoom();
    queue.stop();
    expect(await writer).toBeNull();
    expect(await reader).toBe(false);
  });
});
