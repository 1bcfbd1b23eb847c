import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/corpus/sqlite/store.js';
import type { ClusterDetail, ClusterSummary, ExportRow, SpeakerDetail } from '../../src/corpus/store.js';
import { buildExtraction } from '../corpus/article-builder.js';
import { quotetrace } from './corpus-fixture.js';

// One councillor who writes, endorses and speaks about the same harbour, in three articles.
const notice = 'The lifeboat station on the harbour will stay open through the whole winter';
const backing = 'the plan to rebuild the harbour wall before the winter storms arrive';
const speech = 'The harbour will be ready for visitors by the middle of July';
const articles = [
  { id: 'notice', text: `Councillor Anna Lindqvist wrote to residents: "${notice}."`, content: `"${notice}."`, cue: 'wrote', kind: 'direct' as const },
  { id: 'backing', text: `Councillor Anna Lindqvist endorsed ${backing}.`, content: backing, cue: 'endorsed', kind: 'indirect' as const },
  { id: 'speech', text: `"${speech}," Councillor Anna Lindqvist said.`, content: `"${speech},"`, cue: 'said', kind: 'direct' as const },
];

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qt-cli-cue-type-'));
  db = join(dir, 'harbour.db');
  const store = new SqliteStore(db);
  for (const [i, a] of articles.entries()) {
    await store.addArticle({ id: a.id, text: a.text, origin: `${a.id}.txt`, outlet: 'Coast Post', published: `2024-06-0${i + 1}T09:00:00Z` }, buildExtraction(a.text, {
      people: [{ name: 'Anna Lindqvist' }], quotes: [{ content: a.content, by: 'Anna Lindqvist', cue: a.cue, kind: a.kind }],
    }));
  }
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function json<T>(...args: string[]): T {
  const r = quotetrace(...args, '--db', db, '--format', 'json');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as T;
}

describe('--cue-type on the corpus query commands', () => {
  it('search: only clusters with an appearance of the types given, alone or with words', () => {
    expect(json<ClusterSummary[]>('search', 'harbour').map((c) => c.text)).toHaveLength(3);
    expect(json<ClusterSummary[]>('search', 'harbour', '--cue-type', 'writing').map((c) => c.text)).toEqual([`${notice}.`]);
    expect(json<ClusterSummary[]>('search', '--cue-type', 'speech,stance').map((c) => c.text).sort()).toEqual([`${speech},`, backing]);
  });

  it('speaker: only the clusters where their own quotes are of those types', () => {
    expect(json<SpeakerDetail>('speaker', 'Anna Lindqvist').clusters).toHaveLength(3);
    expect(json<SpeakerDetail>('speaker', 'Anna Lindqvist', '--cue-type', 'stance').clusters.map((c) => c.text)).toEqual([backing]);
  });

  it('quote: only the appearances of those types, each labelled with its type', () => {
    const [found] = json<ClusterSummary[]>('search', 'lifeboat');
    expect(json<ClusterDetail>('quote', found!.id).appearances.map((a) => a.cueType)).toEqual(['writing']);
    expect(json<ClusterDetail>('quote', found!.id, '--cue-type', 'speech').appearances).toEqual([]);
    expect(quotetrace('quote', found!.id, '--db', db).stdout).toContain('Anna Lindqvist (writing)');
  });

  it('export: only the rows of those types, each with its cue type', () => {
    const r = quotetrace('export', '--db', db, '--format', 'jsonl', '--cue-type', 'writing,stance');
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as ExportRow);
    expect(rows.map((row) => [row.article, row.cue, row.cueType])).toEqual([['notice', 'wrote', 'writing'], ['backing', 'endorsed', 'stance']]);
    const csv = quotetrace('export', '--db', db, '--format', 'csv', '--cue-type', 'stance').stdout.split('\r\n');
    expect(csv[1]).toMatch(/^backing,.*,endorsed,,c\d+,stance$/);
  });

  it('rejects an unknown cue type with one line and exit 2, on every command', () => {
    for (const command of [['search', 'harbour'], ['speaker', 'Anna Lindqvist'], ['quote', 'c1'], ['export']]) {
      const r = quotetrace(...command, '--db', db, '--cue-type', 'speech,rumour');
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`quotetrace ${command[0]}: --cue-type: unknown cue type "rumour" (use speech, writing, belief, intention, stance)\n`);
    }
    expect(quotetrace('search', '--db', db, '--cue-type', '').status).toBe(2);
  });

  it('stats counts by cue type and says so when given --cue-type', () => {
    expect(json<{ cueTypes: Record<string, number> }>('stats').cueTypes).toEqual({ speech: 1, writing: 1, belief: 0, intention: 0, stance: 1 });
    const r = quotetrace('stats', '--db', db, '--cue-type', 'speech');
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });
});
