import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { rmSync } from 'node:fs';
import { buildNewsCorpusFile, quotetrace } from './corpus-fixture.js';
import type { ClusterDetail, ClusterSummary } from '../../src/corpus/store.js';

let corpus: { dir: string; db: string };
let pledgeId: string;
beforeAll(async () => {
  corpus = await buildNewsCorpusFile();
  pledgeId = (JSON.parse(quotetrace('search', 'raise taxes', '--db', corpus.db, '--format', 'json').stdout) as ClusterSummary[])[0]!.id;
});
afterAll(() => rmSync(corpus.dir, { recursive: true, force: true }));

describe('quotetrace quote', () => {
  it('gives the ClusterDetail of a cluster: speakers, first seen, appearances with diffs', () => {
    const r = quotetrace('quote', pledgeId, '--db', corpus.db, '--format', 'json');
    expect(r.status).toBe(0);
    const detail = JSON.parse(r.stdout) as ClusterDetail;
    expect(detail.speakers).toEqual([{ name: 'Rachel Hughes', count: 5 }, { name: 'Tom Ellis', count: 1 }]);
    expect(detail.appearances).toHaveLength(6);
    const tribune = detail.appearances.find((a) => a.article === 'tribune-1')!;
    expect(tribune).toMatchObject({ outlet: 'The Tribune', title: 'Chancellor rules out tax rises', speaker: 'Rachel Hughes', quote: 'q1' });
    expect(tribune.diff.some((p) => p.op === 'delete' && p.text.includes('not this year'))).toBe(true);
  });

  it('marks insertions and deletions in text output', () => {
    const r = quotetrace('quote', pledgeId, '--db', corpus.db);
    expect(r.stdout).toContain('{+ [in the north]+}');
    expect(r.stdout).toMatch(/first seen: 2024-03-01 Daily Herald/);
  });

  it('answers an unknown id with one line and exit 2', () => {
    const r = quotetrace('quote', 'c9999', '--db', corpus.db);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`quotetrace quote: no quotation cluster "c9999" in ${corpus.db}\n`);
  });
});
