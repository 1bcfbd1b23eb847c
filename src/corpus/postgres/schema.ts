// The PostgreSQL layout: the same tables as the SQLite store (sqlite/schema.ts), so both backends
// answer from the same model. Differences that matter:
//  - full-text search is a generated tsvector column with a GIN index ('simple' configuration: no
//    stemming), over the wording cut into words the way SQLite's unicode61 tokenizer cuts it
//    (search-words.ts), so both backends match the same words;
//  - keys are 52-bit numbers from clustering/hash.ts, stored as BIGINT;
//  - everything is created IF NOT EXISTS under an advisory lock, so workers that start at the same
//    moment against an empty database do not race on CREATE.
/** 2: quotes.cue_type (postgres/cue-type-column.ts migrates version 1 databases). */
export const SCHEMA_VERSION = 2;

/** Advisory lock "classes" (first key of the two-int4 form); they never collide with claims,
 *  which use the one-bigint form. */
export const LOCK_SCHEMA = 0x51540001;
export const LOCK_CLUSTERING = 0x51540002;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS qt_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  text_hash TEXT NOT NULL UNIQUE,
  url TEXT, title TEXT, outlet TEXT, published TEXT,
  origin TEXT NOT NULL,
  extraction JSONB NOT NULL
);
CREATE TABLE IF NOT EXISTS persons(
  id BIGSERIAL PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  given TEXT,
  surname TEXT
);
CREATE INDEX IF NOT EXISTS persons_surname ON persons(surname);
CREATE INDEX IF NOT EXISTS persons_given ON persons(given);
CREATE TABLE IF NOT EXISTS person_names(name TEXT NOT NULL, person BIGINT NOT NULL, PRIMARY KEY(name, person));
CREATE TABLE IF NOT EXISTS person_aliases(person BIGINT NOT NULL, alias TEXT NOT NULL, PRIMARY KEY(person, alias));
CREATE TABLE IF NOT EXISTS person_descriptions(person BIGINT NOT NULL, description TEXT NOT NULL, PRIMARY KEY(person, description));
CREATE TABLE IF NOT EXISTS clusters(
  id BIGSERIAL PRIMARY KEY,
  first_quote BIGINT NOT NULL,
  first_published TEXT,
  first_seq BIGINT NOT NULL,
  appearances INTEGER NOT NULL,
  variants INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS clusters_recency ON clusters(first_published);
CREATE INDEX IF NOT EXISTS clusters_overview ON clusters(appearances DESC, first_published COLLATE "C" DESC NULLS LAST, id DESC);
CREATE TABLE IF NOT EXISTS wordings(
  id BIGSERIAL PRIMARY KEY,
  cluster BIGINT NOT NULL,
  hash BIGINT NOT NULL UNIQUE,
  tokens TEXT NOT NULL,
  -- The first wording's text as search words (search-words.ts), what FTS5 indexes in SQLite.
  words TEXT NOT NULL,
  tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', words)) STORED
);
CREATE INDEX IF NOT EXISTS wordings_cluster ON wordings(cluster);
CREATE INDEX IF NOT EXISTS wordings_tsv ON wordings USING GIN(tsv);
CREATE TABLE IF NOT EXISTS wording_keys(key BIGINT NOT NULL, wording BIGINT NOT NULL, PRIMARY KEY(key, wording));
CREATE TABLE IF NOT EXISTS quotes(
  id BIGSERIAL PRIMARY KEY,
  article BIGINT NOT NULL,
  quote_id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  person BIGINT,
  cue TEXT,
  cue_type TEXT,
  via JSONB NOT NULL,
  cluster BIGINT,
  published TEXT,
  outlet TEXT,
  UNIQUE(article, quote_id)
);
CREATE INDEX IF NOT EXISTS quotes_cluster ON quotes(cluster);
CREATE INDEX IF NOT EXISTS quotes_person ON quotes(person);
`;
