import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { rmSync } from 'node:fs';
import { buildNewsCorpusFile, quotetrace } from './corpus-fixture.js';
import type { SpeakerDetail } from '../../src/corpus/store.js';

let corpus: { dir: string; db: string };
beforeAll(async () => { corpus = await buildNewsCorpusFile(); });
afterAll(() => rmSync(corpus.dir, { recursive: true, force: true }));

describe('quotetrace speaker', () => {
  it('finds a person by name or alias, case-insensitively, with clusters oldest first', () => {
    const byName = JSON.parse(quotetrace('speaker', 'rachel hughes', '--db', corpus.db, '--format', 'json').stdout) as SpeakerDetail;
    const byAlias = JSON.parse(quotetrace('speaker', 'HUGHES', '--db', corpus.db, '--format', 'json').stdout) as SpeakerDetail;
    expect(byAlias.id).toBe(byName.id);
    expect(byName.name).toBe('Rachel Hughes');
    expect(byName.aliases).toContain('Hughes');
    expect(byName.descriptions).toContain('the chancellor');
    expect(byName.clusters.map((c) => c.firstSeen.published)).toEqual([...byName.clusters.map((c) => c.firstSeen.published)].sort());
    const byId = JSON.parse(quotetrace('speaker', byName.id, '--db', corpus.db, '--format', 'json').stdout) as SpeakerDetail;
    expect(byId.name).toBe('Rachel Hughes');
  });

  it('keeps John Smith and Sarah Smith apart', () => {
    const john = JSON.parse(quotetrace('speaker', 'John Smith', '--db', corpus.db, '--format', 'json').stdout) as SpeakerDetail;
    const sarah = JSON.parse(quotetrace('speaker', 'Sarah Smith', '--db', corpus.db, '--format', 'json').stdout) as SpeakerDetail;
    expect(john.id).not.toBe(sarah.id);
    expect(john.descriptions).toEqual(['an economist at the Bank of England', 'the Bank of England economist']);
  });

  it('answers an unknown name with one line and exit 2', () => {
    const r = quotetrace('speaker', 'Nobody Atall', '--db', corpus.db);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
