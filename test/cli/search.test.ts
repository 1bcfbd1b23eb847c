import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildNewsCorpusFile, quotetrace } from './corpus-fixture.js';
import type { ClusterSummary } from '../../src/corpus/store.js';

let corpus: { dir: string; db: string };
beforeAll(async () => { corpus = await buildNewsCorpusFile(); });
afterAll(() => rmSync(corpus.dir, { recursive: true, force: true }));

describe('quotetrace search', () => {
  it('returns ClusterSummary JSON, best first, with provenance and conflicts', () => {
    const r = quotetrace('search', 'raise taxes working families', '--db', corpus.db, '--format', 'json');
    expect(r.status).toBe(0);
    const results = JSON.parse(r.stdout) as ClusterSummary[];
    expect(results[0]).toMatchObject({
      speaker: 'Rachel Hughes', appearances: 6, variants: 5, conflictingSpeakers: ['Tom Ellis'],
      firstSeen: { article: 'herald-1', outlet: 'Daily Herald', published: '2024-03-01T18:30:00Z' },
    });
    expect(Object.keys(results[0]!).sort()).toEqual(['appearances', 'conflictingSpeakers', 'firstSeen', 'id', 'outlets', 'speaker', 'text', 'variants']);
  });

  it('applies --speaker, --outlet, --from and --to', () => {
    const json = (...args: string[]) => JSON.parse(quotetrace('search', ...args, '--db', corpus.db, '--format', 'json').stdout) as ClusterSummary[];
    expect(json('interest rates', '--speaker', 'John Smith')).toHaveLength(1);
    expect(json('interest rates', '--speaker', 'Sarah Smith')).toHaveLength(0);
    expect(json('raise', '--outlet', 'Morning Post').map((s) => s.firstSeen.article)).toEqual(['herald-1']);
    expect(json('raise', '--from', '2024-03-05', '--to', '2024-03-07').map((s) => s.text)).toEqual(['We will not raise fees on small businesses, not this year, and not while the recovery is fragile.']);
    const recent = json('--outlet', 'The Tribune');
    // The rates quotation was first seen in the Courier on 6 March, the pledge in the Herald on 1 March.
    expect(recent.map((s) => s.firstSeen.published)).toEqual(['2024-03-06T09:00:00Z', '2024-03-01T18:30:00Z']);
  });

  it('prints readable text by default', () => {
    const r = quotetrace('search', 'interest rates', '--db', corpus.db);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^c\d+ {2}“Interest rates will have to stay higher/);
    expect(r.stdout).toContain('John Smith');
  });

  it('requires --db, and refuses a file that is not a corpus without touching it', () => {
    const missing = quotetrace('search', 'taxes');
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('--db');
    const notes = join(corpus.dir, 'notes.txt');
    writeFileSync(notes, 'not a database\n');
    const r = quotetrace('search', 'taxes', '--db', notes);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`quotetrace search: ${notes}: not a quotetrace database (not an SQLite file)\n`);
    expect(readFileSync(notes, 'utf8')).toBe('not a database\n');
    expect(quotetrace('search', 'taxes', '--db', join(corpus.dir, 'absent.db')).status).toBe(2);
  });

  it('rejects a malformed date with one line', () => {
    const r = quotetrace('search', 'taxes', '--db', corpus.db, '--from', 'last week');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--from needs a date');
  });
});
