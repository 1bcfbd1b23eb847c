import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, CorpusOpenError } from '../../src/corpus/open.js';

describe('openStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qt-open-'));

  it('refuses a text file, names it, and leaves it untouched', async () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'Minutes of the meeting held on Tuesday.\n');
    await expect(openStore(path)).rejects.toThrow(new CorpusOpenError(`${path}: not a quotetrace database (not an SQLite file)`));
    expect(readFileSync(path, 'utf8')).toBe('Minutes of the meeting held on Tuesday.\n');
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses an SQLite database of another application without adding tables', async () => {
    const path = join(dir, 'other.db');
    const db = new Database(path);
    db.exec('CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL)');
    db.close();
    await expect(openStore(path)).rejects.toThrow(/not a quotetrace database/);
    const check = new Database(path, { readonly: true });
    expect(check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(['invoices']);
    check.close();
  });

  it('creates a corpus for ingest, reopens it, and refuses a missing one for queries', async () => {
    const path = join(dir, 'corpus.db');
    await expect(openStore(path, { create: false })).rejects.toThrow(/no such corpus/);
    const store = await openStore(path);
    await store.close();
    const again = await openStore(path, { create: false });
    expect(await again.stats()).toEqual({ articles: 0, quotes: 0, clusters: 0, speakers: 0, cueTypes: { speech: 0, writing: 0, belief: 0, intention: 0, stance: 0 } });
    await again.close();
  });

  it.sequential('cleans up', () => rmSync(dir, { recursive: true, force: true }));
});
