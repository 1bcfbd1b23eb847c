// The JSON API through hono's app.request, against a real SQLite corpus built from examples/.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/server/app.js';
import { contentSecurityPolicy } from '../../src/server/security-headers.js';
import type { ClusterDetail, ClusterSummary, CorpusStats, SpeakerDetail, StoredArticle } from '../../src/corpus/store.js';
import type { Extraction } from '../../src/types.js';
import { buildTestCorpus, type TestCorpus } from './corpus.js';

let corpus: TestCorpus;
let app: Hono;

beforeAll(async () => {
  corpus = await buildTestCorpus();
  app = createApp(corpus.store, { logError: () => {} });
});
afterAll(async () => corpus?.close());

async function getJson<T>(path: string, status = 200): Promise<T> {
  const res = await app.request(path);
  expect(res.status, path).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return (await res.json()) as T;
}

describe('GET /api/stats', () => {
  it('counts the thirteen ingested articles and their quotations', async () => {
    const stats = await getJson<CorpusStats>('/api/stats');
    expect(stats.articles).toBe(13);
    expect(stats.quotes).toBeGreaterThan(stats.articles);
    expect(stats.clusters).toBeGreaterThan(0);
    expect(stats.clusters).toBeLessThanOrEqual(stats.quotes);
    expect(stats).toEqual(await corpus.store.stats());
  });
});

describe('GET /api/search', () => {
  it('finds the pledge quoted across outlets, with its variants and outlets', async () => {
    const results = await getJson<ClusterSummary[]>('/api/search?q=raise%20water%20bills');
    const pledge = results.find((c) => /not by a single penny/.test(c.text));
    expect(pledge).toBeDefined();
    expect(pledge!.firstSeen.article).toBe('01-halden-courier-water-bills');
    expect(pledge!.outlets).toEqual(expect.arrayContaining(['The Halden Courier', 'Northern Ledger', 'Westmoor Gazette']));
    expect(pledge!.variants).toBeGreaterThan(1);
    expect(pledge!.appearances).toBeGreaterThanOrEqual(pledge!.variants);
  });

  it('gives the same answer as the store for the same query', async () => {
    const api = await getJson<ClusterSummary[]>('/api/search?q=patience&outlet=The%20Halden%20Courier');
    expect(api).toEqual(await corpus.store.search({ q: 'patience', outlet: 'The Halden Courier' }));
    expect(api.length).toBeGreaterThan(0);
  });

  it('applies the date filters', async () => {
    const late = await getJson<ClusterSummary[]>('/api/search?q=patience&from=2024-03-20');
    const early = await getJson<ClusterSummary[]>('/api/search?q=patience&to=2024-03-01');
    expect(late.length).toBeGreaterThan(0);
    expect(early).toEqual([]);
  });

  it('refuses a malformed date or limit with 400 and a message', async () => {
    const bad = await getJson<{ error: string }>('/api/search?q=water&from=last%20tuesday', 400);
    expect(bad.error).toMatch(/from/);
    const limit = await getJson<{ error: string }>('/api/search?q=water&limit=-3', 400);
    expect(limit.error).toMatch(/limit/);
  });
});

describe('the cueType filter', () => {
  const unknown = '"cueType": unknown cue type "rumour" (use speech, writing, belief, intention, stance)';

  it('narrows search to clusters with an appearance of the types given', async () => {
    const all = await getJson<ClusterSummary[]>('/api/search?limit=200');
    const intentions = await getJson<ClusterSummary[]>('/api/search?cueType=intention&limit=200');
    expect(intentions.length).toBeGreaterThan(0);
    expect(intentions.length).toBeLessThan(all.length);
    for (const c of intentions) {
      const detail = await getJson<ClusterDetail>(`/api/quotes/${c.id}`);
      expect(detail.appearances.some((a) => a.cueType === 'intention'), c.text).toBe(true);
    }
    const both = await getJson<ClusterSummary[]>('/api/search?cueType=intention,writing&limit=200');
    expect(both.length).toBeGreaterThanOrEqual(intentions.length);
    expect(await getJson<ClusterSummary[]>('/api/search?cueType=INTENTION&limit=200')).toEqual(intentions);
  });

  it('keeps only the appearances of those types in a cluster and the matching clusters of a speaker', async () => {
    const [pledge] = await getJson<ClusterSummary[]>('/api/search?q=raise%20water%20bills%20regulator');
    const detail = await getJson<ClusterDetail>(`/api/quotes/${pledge!.id}`);
    expect(detail.appearances.every((a) => a.cueType === 'speech')).toBe(true);
    expect((await getJson<ClusterDetail>(`/api/quotes/${pledge!.id}?cueType=speech`)).appearances).toEqual(detail.appearances);
    expect((await getJson<ClusterDetail>(`/api/quotes/${pledge!.id}?cueType=belief`)).appearances).toEqual([]);
    const varga = await getJson<SpeakerDetail>('/api/speakers/Elena%20Varga');
    expect((await getJson<SpeakerDetail>('/api/speakers/Elena%20Varga?cueType=speech')).clusters.length).toBeGreaterThan(0);
    expect((await getJson<SpeakerDetail>('/api/speakers/Elena%20Varga?cueType=stance')).clusters).toEqual([]);
    expect(varga.clusters.length).toBeGreaterThan(0);
  });

  it('carries each quote’s cue type in the stored extraction and counts them in the stats', async () => {
    const article = await getJson<StoredArticle>('/api/articles/03-coastline-radio-bbc-interview');
    const declined = article.extraction.quotes.find((q) => q.cue?.text === 'declined');
    expect(declined?.cueType).toBe('intention');
    const stats = await getJson<CorpusStats>('/api/stats');
    expect(Object.keys(stats.cueTypes)).toEqual(['speech', 'writing', 'belief', 'intention', 'stance']);
    expect(Object.values(stats.cueTypes).reduce((a, b) => a + b, 0)).toBe(stats.quotes);
    expect(stats.cueTypes.intention).toBeGreaterThan(0);
  });

  it('refuses an unknown cue type with 400 and one line naming the accepted values', async () => {
    expect((await getJson<{ error: string }>('/api/search?q=water&cueType=speech,rumour', 400)).error).toBe(unknown);
    expect((await getJson<{ error: string }>('/api/quotes/c1?cueType=rumour', 400)).error).toBe(unknown);
    expect((await getJson<{ error: string }>('/api/speakers/Elena%20Varga?cueType=rumour', 400)).error).toBe(unknown);
    expect((await app.request('/search?q=water&cueType=rumour')).status).toBe(400);
  });
});

describe('GET /api/quotes/:id', () => {
  it('returns the provenance of a cluster with a diff per appearance', async () => {
    const [hit] = await getJson<ClusterSummary[]>('/api/search?q=pipes%20under%20this%20city');
    const detail = await getJson<ClusterDetail>(`/api/quotes/${encodeURIComponent(hit!.id)}`);
    expect(detail.id).toBe(hit!.id);
    expect(detail.appearances.length).toBe(hit!.appearances);
    expect(detail.firstSeen).toEqual(hit!.firstSeen);
    for (const a of detail.appearances) {
      // The diff rebuilds the appearance's wording from its equal and inserted parts.
      expect(a.diff.filter((p) => p.op !== 'delete').map((p) => p.text).join('')).toBe(a.text);
    }
  });

  it('answers an unknown cluster with a 404 JSON error', async () => {
    const body = await getJson<{ error: string }>('/api/quotes/no-such-cluster', 404);
    expect(body.error).toMatch(/no such/);
  });
});

describe('GET /api/speakers/:id', () => {
  it('finds a speaker by name, misspellings included among the aliases', async () => {
    const speaker = await getJson<SpeakerDetail>('/api/speakers/Elena%20Varga');
    expect(speaker.name).toBe('Elena Varga');
    expect(speaker.clusters.length).toBeGreaterThan(1);
    const byId = await getJson<SpeakerDetail>(`/api/speakers/${encodeURIComponent(speaker.id)}`);
    expect(byId.id).toBe(speaker.id);
    const dates = speaker.clusters.map((c) => c.firstSeen.published ?? '');
    expect(dates).toEqual([...dates].sort());
  });

  it('answers an unknown speaker with 404', async () => {
    await getJson('/api/speakers/Nobody%20Atall', 404);
  });
});

describe('GET /api/articles/:id', () => {
  it('returns the stored article with its extraction, offsets intact', async () => {
    const article = await getJson<StoredArticle>('/api/articles/03-coastline-radio-bbc-interview');
    expect(article.outlet).toBe('Coastline Radio News');
    expect(article.extraction.quotes.length).toBeGreaterThan(0);
    for (const q of article.extraction.quotes) {
      for (const s of q.content) expect(article.extraction.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('answers an unknown article with 404, also for ids with slashes', async () => {
    await getJson('/api/articles/does-not-exist', 404);
    await getJson('/api/articles/some/nested/path.txt', 404);
  });
});

describe('POST /api/extract', () => {
  const article = 'Mayor Elena Varga said on Sunday: "We will not raise water bills this year."';

  it('extracts from a JSON body', async () => {
    const res = await app.request('/api/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: article, published: '2024-03-04' }) });
    expect(res.status).toBe(200);
    const extraction = (await res.json()) as Extraction;
    expect(extraction.text).toBe(article);
    expect(extraction.meta.published).toMatch(/^2024-03-04/);
    expect(extraction.quotes.map((q) => q.content.map((s) => s.text).join(' '))).toContain('"We will not raise water bills this year."');
  });

  it('extracts from a plain-text body and from a form, and offers a download on request', async () => {
    const plain = await app.request('/api/extract', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: article });
    expect(((await plain.json()) as Extraction).quotes.length).toBeGreaterThan(0);
    const form = await app.request('/api/extract?download=1', { method: 'POST', body: new URLSearchParams({ text: article }) });
    expect(form.status).toBe(200);
    expect(form.headers.get('content-disposition')).toBe('attachment; filename="extraction.json"');
    expect(((await form.json()) as Extraction).text).toBe(article);
  });

  it('refuses an empty text, a missing field and broken JSON with 400', async () => {
    for (const [type, body] of [['text/plain', '   '], ['application/json', '{"words":"x"}'], ['application/json', '{"text": "unterminated']]) {
      const res = await app.request('/api/extract', { method: 'POST', headers: { 'content-type': type! }, body });
      expect(res.status, body).toBe(400);
      expect(((await res.json()) as { error: string }).error).toBeTruthy();
    }
  });

  it('refuses a body over the limit with 413 and says so', async () => {
    const big = 'He said "no." '.repeat(80_000); // ~1.1 MB
    const res = await app.request('/api/extract', { method: 'POST', headers: { 'content-type': 'text/plain', 'content-length': String(big.length) }, body: big });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toMatch(/larger than the 1024 KB limit/);
    // Without a Content-Length (chunked upload) the limit is enforced while reading.
    const chunk = new TextEncoder().encode('She said "yes." '.repeat(4096));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const chunked = await app.request('/api/extract', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: stream, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it('is the only route that accepts a POST', async () => {
    const res = await app.request('/api/stats', { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
  });
});

describe('headers and failures', () => {
  it('sends the CSP and nosniff on JSON, pages, assets and errors alike', async () => {
    for (const path of ['/api/stats', '/', '/assets/style.css', '/api/nothing-here', '/no-such-page']) {
      const res = await app.request(path);
      expect(res.headers.get('content-security-policy'), path).toBe(contentSecurityPolicy);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const body = await getJson<{ error: string }>('/api/unknown', 404);
    expect(body.error).toBe('not found');
  });

  it('turns a failing store into a 500 without a stack trace', async () => {
    const broken = await buildTestCorpus([]);
    const logged: unknown[] = [];
    const brokenApp = createApp(broken.store, { logError: (e) => logged.push(e) });
    await broken.close(); // every query now throws inside the store
    for (const path of ['/api/stats', '/api/search?q=water', '/']) {
      const res = await brokenApp.request(path);
      expect(res.status, path).toBe(500);
      const body = await res.text();
      expect(body).not.toMatch(/\bat \S+ \(|\.ts:\d+|\.js:\d+|Error:/);
      expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    }
    expect(logged.length).toBe(3);
  });
});
