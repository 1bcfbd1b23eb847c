import { describe, it, expect } from 'vitest';
import pg from 'pg';
import { openStore } from '../../../src/corpus/open.js';
import { SCHEMA_VERSION } from '../../../src/corpus/postgres/schema.js';
import type { ExportRow } from '../../../src/corpus/store.js';
import { testPostgresUrl, postgresSkipReason, freshTestDatabase } from '../../setup/postgres.js';
import { buildExtraction } from '../article-builder.js';

// A database as quotetrace 0.1 left it: quotes without cue_type, schema version 1. Written
// through the store, then taken back to the old table shape.
const notice = 'The lifeboat station on the harbour will stay open through the whole winter';
const backing = 'the plan to rebuild the harbour wall before the winter storms arrive';
const text = `Anna Lindqvist wrote to residents: "${notice}." Later she endorsed ${backing}. "The seafront will be ready by July," Anna Lindqvist said.`;

const available = !!testPostgresUrl();

describe.skipIf(!available)(`PostgreSQL cue_type migration (schema 1 → 2)${available ? '' : ` (skipped: ${postgresSkipReason()})`}`, () => {
  it('adds and fills the column from each quote’s cue when a version 1 database is opened', async () => {
    const url = await freshTestDatabase('cue_type_migration');
    const store = await openStore(url);
    await store.addArticle({ id: 'harbour', text, origin: 'harbour.txt' }, buildExtraction(text, {
      people: [{ name: 'Anna Lindqvist' }],
      quotes: [
        { content: `"${notice}."`, by: 'Anna Lindqvist', cue: 'wrote' },
        { content: backing, by: 'Anna Lindqvist', cue: 'endorsed', kind: 'indirect' },
        { content: '"The seafront will be ready by July,"', by: 'Anna Lindqvist', cue: 'said' },
      ],
    }));
    await store.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const shape = async () => ({
      hasColumn: (await client.query("SELECT 1 FROM information_schema.columns WHERE table_name = 'quotes' AND column_name = 'cue_type'")).rowCount === 1,
      version: (await client.query("SELECT value FROM qt_meta WHERE key = 'schema_version'")).rows[0].value as string,
    });
    try {
      await client.query("ALTER TABLE quotes DROP COLUMN cue_type; UPDATE qt_meta SET value = '1' WHERE key = 'schema_version'");
      expect(await shape()).toEqual({ hasColumn: false, version: '1' });
      const migrated = await openStore(url);
      try {
        expect(await shape()).toEqual({ hasColumn: true, version: String(SCHEMA_VERSION) });
        const rows: ExportRow[] = [];
        for await (const row of migrated.exportRows()) rows.push(row);
        expect(rows.map((r) => [r.cue, r.cueType])).toEqual([['wrote', 'writing'], ['endorsed', 'stance'], ['said', 'speech']]);
        expect((await migrated.search({ q: '', cueTypes: ['stance'] })).map((c) => c.text)).toEqual([backing]);
        expect((await migrated.getArticle('harbour'))!.extraction.quotes.map((q) => q.cueType)).toEqual(['writing', 'stance', 'speech']);
      } finally {
        await migrated.close();
      }
    } finally {
      await client.end();
    }
  });
});
