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
    // Every quote of the news corpus is a `said` or `told`: speech.
    expect(JSON.parse(r.stdout)).toEqual({ articles: newsCorpus.length, quotes, clusters: 4, speakers: 4, cueTypes: { speech: quotes, writing: 0, belief: 0, intention: 0, stance: 0 } });
    const text = quotetrace('stats', '--db', corpus.db).stdout;
    expect(text).toContain(`articles  ${newsCorpus.length}`);
    expect(text).toContain(`quotes by cue type:\n  speech    ${quotes}\n  writing   0\n`);
  });
  it('rejects an unknown format', () => {
    const r = quotetrace('stats', '--db', corpus.db, '--format', 'yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--format must be text or json');
  });
});
