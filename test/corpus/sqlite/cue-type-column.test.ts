import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../../src/corpus/sqlite/store.js';
import { SCHEMA_VERSION } from '../../../src/corpus/sqlite/schema.js';
import type { ExportRow } from '../../../src/corpus/store.js';
import { buildExtraction } from '../article-builder.js';

// A corpus file as quotetrace 0.1 left it: quotes without a cue_type column, schema version 1,
// extractions stored without Quote.cueType (buildExtraction sets none). Written through the store,
// then taken back to the old table shape, so it holds real clusters, persons and index rows.
const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

const notice = 'The lifeboat station will stay open through the whole of the winter';
const backing = 'the plan to rebuild the harbour wall before the winter storms';
const speech = 'The seafront will be ready for visitors by the middle of July';
const text = `Anna Lindqvist wrote to residents: "${notice}." Later she endorsed ${backing}. "${speech}," Anna Lindqvist said.`;

async function oldFile(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'qt-cue-type-migration-'));
  dirs.push(dir);
  const path = join(dir, 'old.db');
  const store = new SqliteStore(path);
  await store.addArticle({ id: 'harbour', text, origin: 'harbour.txt', outlet: 'Coast Post', published: '2024-06-01T09:00:00Z' }, buildExtraction(text, {
    people: [{ name: 'Anna Lindqvist' }],
    quotes: [
      { content: `"${notice}."`, by: 'Anna Lindqvist', cue: 'wrote' },
      { content: backing, by: 'Anna Lindqvist', cue: 'endorsed', kind: 'indirect' },
      { content: `"${speech},"`, by: 'Anna Lindqvist', cue: 'said' },
    ],
  }));
  await store.close();
  const db = new Database(path);
  db.exec("ALTER TABLE quotes DROP COLUMN cue_type; UPDATE meta SET value = '1' WHERE key = 'schema_version';");
  db.close();
  return path;
}

function columns(path: string): { names: string[]; version: string } {
  const db = new Database(path, { readonly: true });
  try {
    const names = db.prepare("SELECT name FROM pragma_table_info('quotes')").pluck().all() as string[];
    const version = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get() as string;
    return { names, version };
  } finally {
    db.close();
  }
}

describe('SQLite cue_type migration (schema 1 → 2)', () => {
  it('adds and fills the column from each quote’s cue when a version 1 file is opened', async () => {
    const path = await oldFile();
    expect(columns(path)).toEqual({ names: expect.not.arrayContaining(['cue_type']), version: '1' });

    const store = new SqliteStore(path);
    try {
      expect(columns(path)).toEqual({ names: expect.arrayContaining(['cue_type']), version: String(SCHEMA_VERSION) });
      const rows: ExportRow[] = [];
      for await (const row of store.exportRows()) rows.push(row);
      expect(rows.map((r) => [r.cue, r.cueType])).toEqual([['wrote', 'writing'], ['endorsed', 'stance'], ['said', 'speech']]);
      expect((await store.stats()).cueTypes).toEqual({ speech: 1, writing: 1, belief: 0, intention: 0, stance: 1 });
      expect((await store.search({ q: '', cueTypes: ['stance'] })).map((c) => c.text)).toEqual([backing]);
      // The extraction JSON stored by 0.1 has no cueType: reading it fills it in.
      expect((await store.getArticle('harbour'))!.extraction.quotes.map((q) => q.cueType)).toEqual(['writing', 'stance', 'speech']);
      // New articles go on being stored in the migrated file.
      const later = '"The ferry timetable will not change this summer," Anna Lindqvist tweeted.';
      await store.addArticle({ id: 'ferry', text: later, origin: 'ferry.txt' }, buildExtraction(later, {
        people: [{ name: 'Anna Lindqvist' }], quotes: [{ content: '"The ferry timetable will not change this summer,"', by: 'Anna Lindqvist', cue: 'tweeted' }],
      }));
      expect((await store.stats()).cueTypes.writing).toBe(2);
    } finally {
      await store.close();
    }
    // Opening it again finds nothing left to migrate.
    const again = new SqliteStore(path);
    try {
      expect((await again.stats()).quotes).toBe(4);
    } finally {
      await again.close();
    }
  });
});
