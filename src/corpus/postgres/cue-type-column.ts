// quotes.cue_type, added in schema version 2. A database from version 1 gets the column, filled
// from each quote's cue words (corpus/cue-types.ts storedCueType), inside the schema transaction
// that records the new version, under the schema lock: concurrent workers see it fully migrated
// or not at all. One pass: the distinct cue texts are typed here and joined back in one UPDATE.
import type pg from 'pg';
import { storedCueType } from '../cue-types.js';

export async function migrateCueTypeColumn(db: pg.PoolClient): Promise<void> {
  await db.query('ALTER TABLE quotes ADD COLUMN IF NOT EXISTS cue_type TEXT');
  const { rows } = await db.query<{ cue: string | null }>('SELECT DISTINCT cue FROM quotes WHERE cue_type IS NULL');
  if (!rows.length) return;
  const cues = rows.map((r) => r.cue);
  await db.query(
    `UPDATE quotes q SET cue_type = typed.cue_type
       FROM unnest($1::text[], $2::text[]) AS typed(cue, cue_type)
      WHERE q.cue_type IS NULL AND q.cue IS NOT DISTINCT FROM typed.cue`,
    [cues, cues.map((cue) => storedCueType(cue))]);
}
