import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { rmSync } from 'node:fs';
import { buildNewsCorpusFile, quotetrace } from './corpus-fixture.js';
import { newsCorpus } from '../corpus/news-corpus.js';

let corpus: { dir: string; db: string };
beforeAll(async () => { corpus = await buildNewsCorpusFile(); });
afterAll(() => rmSync(corpus.dir, { recursive: true, force: true }));

describe('quotetrace stats', () => {
  it('counts articles, quotes, clusters and speakers', () => {
    const r = quotetrace('stats', '--db', corpus.db, '--format', 'json');
    expect(r.status).toBe(0);
    const quotes = newsCorpus.reduce((n, a) => n + a.extraction.quotes.length, 0);
    expect(JSON.parse(r.stdout)).toEqual({ articles: newsCorpus.length, quotes, clusters: 4, speakers: 4 });
    expect(quotetrace('stats', '--db', corpus.db).stdout).toContain(`articles  ${newsCorpus.length}`);
  });
  it('rejects an unknown format', () => {
    const r = quotetrace('stats', '--db', corpus.db, '--format', 'yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--format must be text or json');
  });
});
