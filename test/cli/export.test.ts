import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { rmSync } from 'node:fs';
import { buildNewsCorpusFile, quotetrace } from './corpus-fixture.js';
import { newsCorpus } from '../corpus/news-corpus.js';
import type { ExportRow } from '../../src/corpus/store.js';

let corpus: { dir: string; db: string };
beforeAll(async () => { corpus = await buildNewsCorpusFile(); });
afterAll(() => rmSync(corpus.dir, { recursive: true, force: true }));

const quoteCount = newsCorpus.reduce((n, a) => n + a.extraction.quotes.length, 0);

describe('quotetrace export', () => {
  it('writes one JSON line per quotation with its article metadata', () => {
    const r = quotetrace('export', '--db', corpus.db, '--format', 'jsonl');
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as ExportRow);
    expect(rows).toHaveLength(quoteCount);
    expect(rows.find((x) => x.article === 'herald-1')).toMatchObject({
      title: 'Hughes: no tax rises for families', outlet: 'Daily Herald', published: '2024-03-01T18:30:00Z', url: null,
      quote: 'q1', kind: 'direct', speaker: 'Rachel Hughes', cue: 'told', cueType: 'speech', via: [],
    });
  });

  it('writes RFC 4180 CSV: quoted fields with commas and quotes, CRLF rows', () => {
    const r = quotetrace('export', '--db', corpus.db, '--format', 'csv');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('article,title,outlet,published,url,quote,kind,text,speaker,cue,via,cluster,cueType');
    expect(lines).toHaveLength(quoteCount + 2);
    const mixed = lines.find((l) => l.startsWith('gazette-2,'))!;
    expect(mixed).toContain('"tax rises would come ""not while I am chancellor"""');
    expect(lines.find((l) => l.startsWith('herald-1,'))).toMatch(/^herald-1,Hughes: no tax rises for families,Daily Herald,/);
  });

  it('rejects an unknown format', () => {
    expect(quotetrace('export', '--db', corpus.db, '--format', 'xml').status).toBe(2);
  });
});
