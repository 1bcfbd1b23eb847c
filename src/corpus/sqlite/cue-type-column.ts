// quotes.cue_type, added in schema version 2. Files from version 1 get the column on the next
// read-write open, filled from each quote's cue words (corpus/cue-types.ts storedCueType) in the
// same transaction as the version bump, so a file is either fully migrated or untouched. The
// column stays nullable: a quotetrace from before it can still write to a migrated file, and every
// read fills a NULL the same way (CUE_TYPE_SQL).
import type Database from 'better-sqlite3';
import { storedCueType } from '../cue-types.js';

/** SQL function name registered on every connection: the cue type of a cue's text. */
const CUE_TYPE_FUNCTION = 'qt_cue_type';

/** A quote row's cue type (`q` is the quotes table), whichever version wrote it. */
export const CUE_TYPE_SQL = `coalesce(q.cue_type, ${CUE_TYPE_FUNCTION}(q.cue))`;
/** The same for a file still without the column (opened read-only, so never migrated). */
const DERIVED_CUE_TYPE_SQL = `${CUE_TYPE_FUNCTION}(q.cue)`;

export function registerCueTypeFunction(db: Database.Database): void {
  db.function(CUE_TYPE_FUNCTION, { deterministic: true }, (cue: unknown) => storedCueType(typeof cue === 'string' ? cue : null));
}

export function hasCueTypeColumn(db: Database.Database): boolean {
  return (db.prepare("SELECT 1 FROM pragma_table_info('quotes') WHERE name = 'cue_type'").get()) !== undefined;
}

/** Adds and fills the column on a version 1 file, then records `version`; nothing when present. */
export function migrateCueTypeColumn(db: Database.Database, version: number): void {
  db.transaction(() => {
    if (hasCueTypeColumn(db)) return;
    db.exec('ALTER TABLE quotes ADD COLUMN cue_type TEXT');
    db.exec(`UPDATE quotes SET cue_type = ${CUE_TYPE_FUNCTION}(cue)`);
    db.prepare("INSERT INTO meta(key, value) VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(String(version));
  }).immediate();
}

/** The expression reading a quote row's cue type on this file. */
export function cueTypeSql(db: Database.Database): string {
  return hasCueTypeColumn(db) ? CUE_TYPE_SQL : DERIVED_CUE_TYPE_SQL;
}
