// The SQLite layout. Clusters are found through `wording_keys` (LSH band keys and winnowed
// anchors → wording; the rows of recent wordings wait in memory, sqlite/recent-keys.ts, and move
// here in key order), an indexed table, so placing a quote costs a few index look-ups whatever
// the corpus size. Every distinct normalised wording is one row of `wordings` and of the FTS
// index; quotes point at their cluster.
export const APPLICATION_ID = 0x51544331; // 'QTC1' in the SQLite header: marks a quotetrace file
/** 2: quotes.cue_type (sqlite/cue-type-column.ts migrates version 1 files). */
export const SCHEMA_VERSION = 2;

/** Tables and indexes added after files were already in use: created on every open (IF NOT EXISTS). */
export const LATER_SCHEMA = `
CREATE INDEX IF NOT EXISTS person_names_person ON person_names(person);
CREATE INDEX IF NOT EXISTS clusters_overview ON clusters(appearances, first_published);
`;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS articles(
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  text_hash TEXT NOT NULL UNIQUE,
  url TEXT, title TEXT, outlet TEXT, published TEXT,
  origin TEXT NOT NULL,
  extraction TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS persons(
  rowid INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  given TEXT,
  surname TEXT
);
CREATE INDEX IF NOT EXISTS persons_surname ON persons(surname);
CREATE INDEX IF NOT EXISTS persons_given ON persons(given, surname);
CREATE TABLE IF NOT EXISTS person_names(name TEXT NOT NULL, person INTEGER NOT NULL, PRIMARY KEY(name, person)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS person_aliases(person INTEGER NOT NULL, alias TEXT NOT NULL, PRIMARY KEY(person, alias)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS person_descriptions(person INTEGER NOT NULL, description TEXT NOT NULL, PRIMARY KEY(person, description)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS clusters(
  rowid INTEGER PRIMARY KEY,
  first_quote INTEGER NOT NULL,
  first_published TEXT,
  first_seq INTEGER NOT NULL,
  appearances INTEGER NOT NULL,
  variants INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS clusters_recency ON clusters(first_published);
CREATE TABLE IF NOT EXISTS wordings(
  rowid INTEGER PRIMARY KEY,
  cluster INTEGER NOT NULL,
  hash INTEGER NOT NULL UNIQUE,
  tokens TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS wordings_cluster ON wordings(cluster);
CREATE TABLE IF NOT EXISTS wording_keys(key INTEGER NOT NULL, wording INTEGER NOT NULL, PRIMARY KEY(key, wording)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS quotes(
  rowid INTEGER PRIMARY KEY,
  article INTEGER NOT NULL,
  quote_id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  person INTEGER,
  cue TEXT,
  cue_type TEXT,
  via TEXT NOT NULL,
  cluster INTEGER,
  published TEXT,
  outlet TEXT,
  UNIQUE(article, quote_id)
);
CREATE INDEX IF NOT EXISTS quotes_cluster ON quotes(cluster);
CREATE INDEX IF NOT EXISTS quotes_person ON quotes(person);
CREATE VIRTUAL TABLE IF NOT EXISTS wording_fts USING fts5(text, content='', tokenize='unicode61 remove_diacritics 2');
${LATER_SCHEMA}`;
