// Opens a corpus by what the user typed after --db: a file path is the embedded SQLite store, a
// postgres:// URL the server backend. A file that is not a quotetrace corpus is refused before
// anything is written to it.
import { existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Store } from './store.js';
import { SqliteStore, type SqliteStoreOptions } from './sqlite/store.js';
import { APPLICATION_ID } from './sqlite/schema.js';

/** A --db value that cannot be used: the message names it and says why (CLI: exit 2). */
export class CorpusOpenError extends Error {
  override name = 'CorpusOpenError';
}

export type OpenOptions = SqliteStoreOptions & {
  /** Create the corpus when the file does not exist (ingest); queries pass false. Default true. */
  create?: boolean;
};

const SQLITE_MAGIC = 'SQLite format 3\u0000';

function readMagic(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const n = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function checkExistingFile(path: string): void {
  const stat = statSync(path);
  if (stat.isDirectory()) throw new CorpusOpenError(`${path}: is a directory, not a quotetrace database`);
  if (stat.size > 0 && readMagic(path) !== SQLITE_MAGIC) throw new CorpusOpenError(`${path}: not a quotetrace database (not an SQLite file)`);
  // Read through the WAL, read-only, so a half-created corpus is still recognised and a foreign
  // database is never modified.
  let appId: number;
  let tables: number;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      appId = db.pragma('application_id', { simple: true }) as number;
      tables = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get() as number;
    } finally {
      db.close();
    }
  } catch (err) {
    throw new CorpusOpenError(`${path}: not a readable quotetrace database (${(err as Error).message})`);
  }
  if (appId !== APPLICATION_ID && !(appId === 0 && tables === 0)) {
    throw new CorpusOpenError(`${path}: not a quotetrace database (an SQLite file from another application)`);
  }
}

export async function openStore(db: string, options: OpenOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(db)) {
    return (await import('./postgres/store.js')).PostgresStore.open(db);
  }
  if (!db.trim()) throw new CorpusOpenError('--db needs a file path');
  if (existsSync(db)) checkExistingFile(db);
  else if (options.create === false) throw new CorpusOpenError(`${db}: no such corpus (run quotetrace ingest first)`);
  return new SqliteStore(db, options);
}
