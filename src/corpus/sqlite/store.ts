// The embedded default Store: one SQLite file (better-sqlite3, WAL, FTS5). Every write of an
// article happens inside one transaction; the clustering and speaker decisions are made by the
// backend-neutral modules in ../clustering and ../speakers.ts, this file only reads and writes.
import Database from 'better-sqlite3';
import type {
  AddResult, ArticleInput, ClusterDetail, ClusterSummary, CorpusStats, CueTypeFilter, ExportRow, SearchQuery,
  SpeakerDetail, Store, StoredArticle,
} from '../store.js';
import type { CueType, Entity, Extraction } from '../../types.js';
import { cueTypeCounts, storedCueType, withCueTypes } from '../cue-types.js';
import { cueTypeSql, migrateCueTypeColumn, registerCueTypeFunction } from './cue-type-column.js';
import { APPLICATION_ID, LATER_SCHEMA, SCHEMA, SCHEMA_VERSION } from './schema.js';
import { normalisedTokens } from '../clustering/normalise.js';
import { wordingKeys } from '../clustering/candidate-keys.js';
import type { CandidateWording } from '../clustering/choose-cluster.js';
import {
  ArticleClusters, POSTINGS_PER_KEY, candidateWordings, keysToIndex, planPlacement, wordingToPlace,
  type ClusterMerge, type WordingToPlace,
} from '../clustering/placement.js';
import { articleId, hashOfArticle } from '../clustering/article-hash.js';
import { quoteWording, clusteringWording, quotedParts } from '../clustering/wording.js';
import { clusterDetail, clusterSummary, type AppearanceRow } from '../clustering/provenance.js';
import { lookupKeys, matchSpeaker, nameParts, type CorpusPerson, type NameVocabulary } from '../speakers.js';
import { getLocale } from '../../locales/index.js';
import { ftsQuery, ftsPhrase, dateUpperBound } from './search-query.js';
import { RecentKeys } from './recent-keys.js';
import { KeyFilter } from './key-filter.js';

export type SqliteStoreOptions = {
  /** Page cache in MiB (default 64). */
  cacheMiB?: number;
  /** Memory-mapped window in MiB (default 256). Pages read through it count as the process's
   *  resident memory, so it is kept small: the 1M-quotation corpus peaked at 2.9 GB with 1 GiB. */
  mmapMiB?: number;
  /** Index rows held in memory before they move to wording_keys (default 2M, ~48 MB). */
  recentKeysLimit?: number;
};

type Row = Record<string, unknown>;

const clusterId = (rowid: number) => `c${rowid}`;
const personId = (rowid: number) => `p${rowid}`;
const parseId = (id: string, prefix: string): number | null => {
  const m = new RegExp(`^${prefix}(\\d{1,15})$`).exec(id.trim());
  return m ? Number(m[1]) : null;
};


/** Files written before the in-memory recent keys kept them in a table (every wording indexed on
 *  disk): those rows move to wording_keys, the table goes, and every stored wording counts as
 *  indexed. */
function settleLegacyRecentKeys(db: Database.Database): void {
  if (db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(KEYS_THROUGH) !== undefined) return;
  const legacy = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'wording_keys_recent'").get();
  if (legacy) {
    db.exec('INSERT OR IGNORE INTO wording_keys(key, wording) SELECT key, wording FROM wording_keys_recent ORDER BY key, wording; DROP TABLE wording_keys_recent;');
  }
  const last = (db.prepare('SELECT max(rowid) FROM wordings').pluck().get() as number | null) ?? 0;
  db.prepare('INSERT INTO meta(key, value) VALUES (?, ?)').run(KEYS_THROUGH, String(last));
}

/** Speakers kept in memory by the writer (names and descriptions as stored): the same people
 *  are quoted again and again, and matching needs their names on every mention. */
const PERSON_CACHE_SIZE = 20_000;
/** Index rows kept in memory before they move to wording_keys (~30 per distinct wording: 2M rows
 *  ≈ 70k wordings, 48 MB of slots). Each move writes the pages of wording_keys it touches — at
 *  scale most of them — so fewer, larger moves keep that cost near-linear in the corpus. */
const RECENT_KEYS_LIMIT = 2_000_000;
/** Meta row: every wording up to this rowid has its index rows in wording_keys. Wordings after it
 *  (stored since the last move, by this process or one that was killed) are re-indexed in memory
 *  before the next write. */
const KEYS_THROUGH = 'keys_through';
/** SQLite's default text order (BINARY), so cached lists equal what a fresh read returns. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Wordings ranked per unfiltered search pass (see search()): bounds the cost of a query made of
 *  common words, which would otherwise score every wording containing them. */
export const SEARCH_CANDIDATES = 1000;

/** Sort key of an appearance in time: unknown dates sort after every known one. */
const timeKey = (published: string | null) => published ?? '\uffff';

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly statements: ReturnType<SqliteStore['prepare']>;
  private readonly personCache = new Map<number, CorpusPerson>();
  private readonly searchStatements = new Map<string, Database.Statement>();
  /** Index rows not yet in wording_keys. */
  private readonly recentKeys = new RecentKeys();
  private readonly recentKeysLimit: number;
  /** Highest wording rowid whose index rows are in wording_keys or recentKeys; null until the
   *  first write reads it from the file. */
  private indexedThrough: number | null = null;
  /** Keys of wording_keys, built from the file at the first write and kept by the writer. */
  private diskKeys: KeyFilter | null = null;
  /** How a quote row's cue type is read on this file (cue-type-column.ts). */
  private readonly cueType: string;

  constructor(readonly path: string, options: SqliteStoreOptions = {}) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma(`cache_size = ${-1024 * (options.cacheMiB ?? 64)}`);
    this.db.pragma('temp_store = MEMORY');
    // Reads of pages outside the page cache come from the OS cache without a copy per read.
    this.db.pragma(`mmap_size = ${1024 * 1024 * (options.mmapMiB ?? 256)}`);
    // Checkpoint every ~32 MiB of WAL instead of 4 MiB: each checkpoint syncs the database, and
    // with one transaction per article the default made checkpoints the main cost of ingest.
    this.db.pragma('wal_autocheckpoint = 8192');
    registerCueTypeFunction(this.db);
    const appId = this.db.pragma('application_id', { simple: true }) as number;
    if (appId === 0) {
      this.db.exec(SCHEMA);
      this.db.pragma(`application_id = ${APPLICATION_ID}`);
      this.db.prepare('INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)').run('schema_version', String(SCHEMA_VERSION));
      this.db.prepare('INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)').run(KEYS_THROUGH, '0');
    } else if (!this.db.readonly) {
      // Files from before: person_names(person) (reading a person's names scanned the table),
      // the overview index; the on-disk recent-keys table.
      this.db.exec(LATER_SCHEMA);
      this.db.transaction(() => settleLegacyRecentKeys(this.db)).immediate();
      migrateCueTypeColumn(this.db, SCHEMA_VERSION);
    }
    this.cueType = cueTypeSql(this.db);
    this.statements = this.prepare();
    this.recentKeysLimit = options.recentKeysLimit ?? RECENT_KEYS_LIMIT;
  }

  private prepare() {
    const db = this.db;
    return {
      articleById: db.prepare('SELECT seq FROM articles WHERE id = ?').pluck(),
      articleByHash: db.prepare('SELECT seq FROM articles WHERE text_hash = ?').pluck(),
      insertArticle: db.prepare('INSERT INTO articles(id, text_hash, url, title, outlet, published, origin, extraction) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      insertQuote: db.prepare('INSERT INTO quotes(article, quote_id, ord, kind, text, person, cue, cue_type, via, cluster, published, outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      wordingByHash: db.prepare('SELECT rowid AS wording, cluster FROM wordings WHERE hash = ?'),
      wordingTokens: db.prepare('SELECT cluster, tokens FROM wordings WHERE rowid = ?'),
      insertWording: db.prepare('INSERT INTO wordings(cluster, hash, tokens) VALUES (?, ?, ?)'),
      insertFts: db.prepare('INSERT INTO wording_fts(rowid, text) VALUES (?, ?)'),
      // Every posting of the wording's lookup keys in one statement (keys as a JSON array). The
      // write cap keeps each key at POSTINGS_PER_KEY rows (with the recent ones in memory), so
      // no per-key LIMIT.
      postings: db.prepare('SELECT key, wording FROM wording_keys WHERE key IN (SELECT value FROM json_each(?))').raw(),
      allKeys: db.prepare('SELECT key FROM wording_keys').pluck(),
      settleKey: db.prepare('INSERT OR IGNORE INTO wording_keys(key, wording) VALUES (?, ?)'),
      keysThrough: db.prepare('SELECT value FROM meta WHERE key = ?').pluck(),
      setKeysThrough: db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
      lastWording: db.prepare('SELECT max(rowid) FROM wordings').pluck(),
      wordingsAfter: db.prepare('SELECT rowid, tokens FROM wordings WHERE rowid > ? AND rowid <= ? ORDER BY rowid LIMIT 1000').raw(),
      insertCluster: db.prepare('INSERT INTO clusters(first_quote, first_published, first_seq, appearances, variants) VALUES (0, ?, ?, 0, 0)'),
      clusterFirst: db.prepare('SELECT first_published, first_seq FROM clusters WHERE rowid = ?'),
      setClusterFirst: db.prepare('UPDATE clusters SET first_quote = ?, first_published = ?, first_seq = ? WHERE rowid = ?'),
      // Separate counters: a new wording is one more variant, a stored quote one more appearance.
      bumpVariants: db.prepare('UPDATE clusters SET variants = variants + 1 WHERE rowid = ?'),
      bumpAppearances: db.prepare('UPDATE clusters SET appearances = appearances + 1 WHERE rowid = ?'),
      personsByName: db.prepare('SELECT person FROM person_names WHERE name = ?').pluck(),
      personsBySurname: db.prepare('SELECT rowid FROM persons WHERE surname = ? LIMIT 50').pluck(),
      // Misspelt surnames keep their first letter (Corbyn/Corbin): same given name, same initial.
      personsByGivenInitial: db.prepare('SELECT rowid FROM persons WHERE given = ? AND surname >= ? AND surname < ? LIMIT 50').pluck(),
      person: db.prepare('SELECT rowid AS id, kind, name, given, surname FROM persons WHERE rowid = ?'),
      personNames: db.prepare('SELECT name FROM person_names WHERE person = ?').pluck(),
      personAliases: db.prepare('SELECT alias FROM person_aliases WHERE person = ? ORDER BY alias').pluck(),
      personDescriptions: db.prepare('SELECT description FROM person_descriptions WHERE person = ? ORDER BY description').pluck(),
      insertPerson: db.prepare('INSERT INTO persons(kind, name, given, surname) VALUES (?, ?, ?, ?)'),
      insertPersonName: db.prepare('INSERT OR IGNORE INTO person_names(name, person) VALUES (?, ?)'),
      insertAlias: db.prepare('INSERT OR IGNORE INTO person_aliases(person, alias) VALUES (?, ?)'),
      insertDescription: db.prepare('INSERT OR IGNORE INTO person_descriptions(person, description) VALUES (?, ?)'),
      appearances: db.prepare(`
        SELECT a.id AS article, a.title, a.outlet, a.published, q.text, q.quote_id AS quote, q.person,
               p.name AS speaker, ${this.cueType} AS cue_type
        FROM quotes q JOIN articles a ON a.seq = q.article LEFT JOIN persons p ON p.rowid = q.person
        WHERE q.cluster = ?
        ORDER BY a.published IS NULL, a.published, a.seq, q.ord`),
      clusterVariants: db.prepare('SELECT variants FROM clusters WHERE rowid = ?').pluck(),
      // Served backwards by clusters_overview; unknown dates (NULL) sort last in DESC order.
      overview: db.prepare('SELECT rowid FROM clusters ORDER BY appearances DESC, first_published DESC, rowid DESC LIMIT ?').pluck(),
      moveWordings: db.prepare('UPDATE wordings SET cluster = ? WHERE cluster = ?'),
      moveQuotes: db.prepare('UPDATE quotes SET cluster = ? WHERE cluster = ?'),
      deleteCluster: db.prepare('DELETE FROM clusters WHERE rowid = ?'),
      // First appearance in the same order as the appearances query: date (unknown last), article, position.
      refreshCluster: db.prepare(`
        UPDATE clusters SET
          appearances = (SELECT count(*) FROM quotes WHERE cluster = @cluster),
          variants = (SELECT count(*) FROM wordings WHERE cluster = @cluster),
          (first_quote, first_published, first_seq) = (
            SELECT rowid, published, article FROM quotes WHERE cluster = @cluster
            ORDER BY published IS NULL, published, article, ord LIMIT 1)
        WHERE rowid = @cluster`),
      stats: db.prepare(`SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM quotes) AS quotes,
        (SELECT count(*) FROM clusters) AS clusters, (SELECT count(*) FROM persons) AS speakers`),
      cueTypeCounts: db.prepare(`SELECT ${this.cueType} AS cueType, count(*) AS count FROM quotes q GROUP BY 1`),
      getArticle: db.prepare('SELECT id, title, outlet, published, url, origin, extraction FROM articles WHERE id = ?'),
      exportPage: db.prepare(`
        SELECT q.rowid, a.id AS article, a.title, a.outlet, a.published, a.url, q.quote_id AS quote, q.kind, q.text,
               p.name AS speaker, q.cue, ${this.cueType} AS cue_type, q.via, q.cluster
        FROM quotes q JOIN articles a ON a.seq = q.article LEFT JOIN persons p ON p.rowid = q.person
        WHERE q.rowid > ? ORDER BY q.rowid LIMIT ?`),
      quotesByPerson: db.prepare('SELECT count(*) FROM quotes WHERE person = ?').pluck(),
      speakerClusters: db.prepare(`
        SELECT DISTINCT q.cluster FROM quotes q WHERE q.person = ? AND q.cluster IS NOT NULL`).pluck(),
      speakerClustersOfTypes: db.prepare(`
        SELECT DISTINCT q.cluster FROM quotes q
        WHERE q.person = ? AND q.cluster IS NOT NULL AND ${this.cueType} IN (SELECT value FROM json_each(?))`).pluck(),
    };
  }

  // ---- writing -------------------------------------------------------------------------------

  async hasArticle(article: Pick<ArticleInput, 'id' | 'text'>): Promise<boolean> {
    if (article.id && this.statements.articleById.get(article.id) !== undefined) return true;
    return this.statements.articleByHash.get(hashOfArticle(article)) !== undefined;
  }

  async addArticle(article: ArticleInput, extraction: Extraction): Promise<AddResult> {
    return this.addArticleSync(article, extraction);
  }

  /** Synchronous form for callers that batch (the benchmark); same transaction semantics. */
  addArticleSync(article: ArticleInput, extraction: Extraction): AddResult {
    return this.writing(() => this.storeArticle(article, extraction));
  }

  /** Several articles in one transaction: all stored or none. One commit instead of one per
   *  article — with tens of index rows per quote scattered over the key index, the commit (pages
   *  written to the WAL, then checkpointed) is most of the cost of a small transaction. */
  addArticlesSync(articles: Array<{ article: ArticleInput; extraction: Extraction }>): AddResult[] {
    return this.writing(() => articles.map(({ article, extraction }) => this.storeArticle(article, extraction)));
  }

  async addArticles(articles: Array<{ article: ArticleInput; extraction: Extraction }>): Promise<AddResult[]> {
    return this.addArticlesSync(articles);
  }

  /** One write transaction. The person cache and the in-memory index rows may hold rows of a
   *  transaction that rolled back, so both are dropped when one fails (the index rows of
   *  committed wordings are then recomputed from the file). `settleAll` moves every in-memory
   *  index row to the file (on close). */
  private writing<T>(work: () => T, settleAll = false): T {
    let settled = false;
    try {
      const result = this.db.transaction(() => {
        this.catchUpKeys();
        const result = work();
        if (this.recentKeys.size >= this.recentKeysLimit || (settleAll && this.recentKeys.size > 0)) {
          this.settleRecentKeys();
          settled = true;
        }
        return result;
      }).immediate();
      if (settled) this.recentKeys.clear();
      return result;
    } catch (err) {
      this.personCache.clear();
      this.recentKeys.clear();
      this.indexedThrough = null;
      throw err;
    }
  }

  /** Indexes in memory the wordings stored after the last move that this process has not indexed:
   *  after a restart (the rows of a killed or closed process), after a rolled-back transaction,
   *  or written by another process sharing the file. Replayed in rowid order with the same cap,
   *  so the index is what one writer would have built. */
  private catchUpKeys(): void {
    if (!this.diskKeys) {
      // One pass over the key column (index order) at the first write of this process.
      const filter = new KeyFilter();
      for (const key of this.statements.allKeys.iterate() as IterableIterator<number>) filter.add(key);
      this.diskKeys = filter;
    }
    this.indexedThrough ??= Number(this.statements.keysThrough.get(KEYS_THROUGH) ?? 0);
    const last = (this.statements.lastWording.get() as number | null) ?? 0;
    while (this.indexedThrough < last) {
      const page = this.statements.wordingsAfter.all(this.indexedThrough, last) as Array<[number, string]>;
      for (const [rowid, tokens] of page) {
        const keys = wordingKeys(tokens.split(' '));
        const postings = this.readPostings(keys.lookup);
        for (const key of keysToIndex(keys, (k) => postings.get(k)?.length ?? 0)) this.recentKeys.add(key, rowid);
        this.indexedThrough = rowid;
      }
    }
  }

  /** Posting lists of `keys` from the file and from memory, each newest first and at most
   *  POSTINGS_PER_KEY long, as PostgreSQL reads them. */
  private readPostings(keys: number[]): Map<number, number[]> {
    const postings = new Map<number, number[]>();
    for (const key of keys) postings.set(key, []);
    const onDisk = keys.filter((key) => this.diskKeys!.mightHave(key));
    if (onDisk.length) {
      for (const [key, id] of this.statements.postings.all(JSON.stringify(onDisk)) as Array<[number, number]>) postings.get(key)!.push(id);
    }
    for (const [key, ids] of postings) {
      this.recentKeys.postings(key, ids);
      // Files written before the cap may hold more.
      if (ids.length > 1) postings.set(key, ids.sort((a, b) => b - a).slice(0, POSTINGS_PER_KEY));
    }
    return postings;
  }

  /** Moves the in-memory index rows into wording_keys in key order: each page of the large table
   *  is then written once per move instead of once per row. The caller empties recentKeys once
   *  the transaction has committed. */
  private settleRecentKeys(): void {
    const rows = this.recentKeys.sortedRows();
    // B-tree inserts are most of the cost (~1.5 µs a row): one statement per row costs no more
    // than batching them through JSON.
    for (let i = 0; i < rows.keys.length; i++) {
      this.statements.settleKey.run(rows.keys[i], rows.wordings[i]);
      this.diskKeys!.add(rows.keys[i]!);
    }
    this.statements.setKeysThrough.run(KEYS_THROUGH, String(this.indexedThrough ?? 0));
  }

  private storeArticle(article: ArticleInput, extraction: Extraction): AddResult {
    const textHash = hashOfArticle(article);
    const id = articleId(article);
    if (this.statements.articleById.get(id) !== undefined || this.statements.articleByHash.get(textHash) !== undefined) {
      return { status: 'skipped', id, quotes: 0 };
    }
    const published = article.published ?? extraction.meta.published ?? null;
    const outlet = article.outlet ?? extraction.meta.outlet ?? null;
    const seq = Number(this.statements.insertArticle.run(
      id, textHash, article.url ?? null, article.title ?? extraction.meta.title ?? null, outlet, published,
      article.origin, JSON.stringify(extraction),
    ).lastInsertRowid);

    const persons = this.resolveSpeakers(extraction);
    const placed = new ArticleClusters(extraction.repeats);
    extraction.quotes.forEach((quote, ord) => {
      const text = quoteWording(quote);
      const wording = wordingToPlace(normalisedTokens(clusteringWording(quote, text)), quotedParts(quote).map(normalisedTokens));
      const cluster = wording ? this.placeWording(text, wording, placed.preferredFor(quote.id), placed) : null;
      const person = quote.speaker ? persons.get(quote.speaker) ?? null : null;
      const quoteRow = Number(this.statements.insertQuote.run(
        seq, quote.id, ord, quote.kind, text, person, quote.cue?.text ?? null, quote.cueType ?? storedCueType(quote.cue?.text ?? null, extraction.meta.language), JSON.stringify(quote.via),
        cluster, published, outlet,
      ).lastInsertRowid);
      if (cluster !== null) {
        placed.placed(quote.id, cluster);
        this.recordAppearance(cluster, quoteRow, published, seq);
      }
    });
    return { status: 'added', id, quotes: extraction.quotes.length };
  }

  /** Finds or creates the cluster of a wording (clustering/placement.ts decides); returns its
   *  rowid. Counts a new distinct wording. */
  private placeWording(text: string, wording: WordingToPlace, preferred: number | undefined, article: ArticleClusters): number {
    const exact = this.statements.wordingByHash.get(wording.hash) as { wording: number; cluster: number } | undefined;
    if (exact) return exact.cluster;

    const keys = wordingKeys(wording.tokens);
    const postings = this.readPostings(keys.lookup);
    const candidates: CandidateWording[] = [];
    if (preferred === undefined) {
      for (const id of candidateWordings(postings.values())) {
        const row = this.statements.wordingTokens.get(id) as { cluster: number; tokens: string } | undefined;
        if (row) candidates.push({ wording: id, cluster: row.cluster, tokens: row.tokens.split(' ') });
      }
    }
    const plan = planPlacement(wording.tokens, preferred, candidates, wording.parts);
    for (const merge of plan.merges) {
      this.mergeCluster(merge);
      article.merged(merge);
    }
    const cluster = plan.cluster ?? Number(this.statements.insertCluster.run(null, Number.MAX_SAFE_INTEGER).lastInsertRowid);

    const wordingRow = Number(this.statements.insertWording.run(cluster, wording.hash, wording.normalised).lastInsertRowid);
    this.statements.insertFts.run(wordingRow, text);
    for (const key of keysToIndex(keys, (k) => postings.get(k)?.length ?? 0)) this.recentKeys.add(key, wordingRow);
    this.indexedThrough = wordingRow;
    this.statements.bumpVariants.run(cluster);
    return cluster;
  }

  /** Folds one cluster into another and recomputes the survivor's cached first appearance and counts. */
  private mergeCluster({ from, into }: ClusterMerge): void {
    this.statements.moveWordings.run(into, from);
    this.statements.moveQuotes.run(into, from);
    this.statements.deleteCluster.run(from);
    this.statements.refreshCluster.run({ cluster: into });
  }

  private recordAppearance(cluster: number, quoteRow: number, published: string | null, seq: number): void {
    this.statements.bumpAppearances.run(cluster);
    const first = this.statements.clusterFirst.get(cluster) as { first_published: string | null; first_seq: number };
    const earlier = timeKey(published) < timeKey(first.first_published)
      || (timeKey(published) === timeKey(first.first_published) && seq < first.first_seq);
    if (earlier) this.statements.setClusterFirst.run(quoteRow, published, seq, cluster);
  }

  private loadPerson(rowid: number): CorpusPerson {
    const cached = this.personCache.get(rowid);
    if (cached) return cached;
    const row = this.statements.person.get(rowid) as Omit<CorpusPerson, 'names' | 'descriptions'>;
    const person = {
      ...row,
      names: this.statements.personNames.all(rowid) as string[],
      descriptions: this.statements.personDescriptions.all(rowid) as string[],
    };
    // Bounded: a corpus with more speakers than this re-reads the rarely quoted ones.
    if (this.personCache.size >= PERSON_CACHE_SIZE) this.personCache.clear();
    this.personCache.set(rowid, person);
    return person;
  }

  /** Entity id of this article → corpus person rowid, for every entity that speaks. */
  private resolveSpeakers(extraction: Extraction): Map<string, number> {
    const locale = getLocale(extraction.meta.language ?? 'en');
    const vocabulary: NameVocabulary = { titles: locale.titles, stopwords: locale.stopwords ?? [] };
    const speaking = new Set(extraction.quotes.map((q) => q.speaker).filter((s): s is string => !!s));
    const result = new Map<string, number>();
    for (const entity of extraction.entities) {
      if (!speaking.has(entity.id)) continue;
      const keys = lookupKeys(entity, vocabulary);
      if (!keys.names.length) continue;
      // Exact names first: the common case (a person already in the corpus under this name) then
      // costs one index look-up; surname and given-name candidates only when that finds nothing.
      const ids = new Set<number>();
      for (const n of keys.names) for (const p of this.statements.personsByName.all(n) as number[]) ids.add(p);
      let match = ids.size ? matchSpeaker(entity, [...ids].map((p) => this.loadPerson(p)), vocabulary) : null;
      if (!match) {
        for (const s of keys.surnames) for (const p of this.statements.personsBySurname.all(s) as number[]) ids.add(p);
        const surname = keys.surnames[0];
        if (surname) {
          for (const g of keys.givens) for (const p of this.statements.personsByGivenInitial.all(g, surname[0], `${surname[0]}\uffff`) as number[]) ids.add(p);
        }
        match = matchSpeaker(entity, [...ids].map((p) => this.loadPerson(p)), vocabulary);
      }
      const person = match?.id ?? this.createPerson(entity, vocabulary);
      this.enrichPerson(person, entity, vocabulary);
      result.set(entity.id, person);
    }
    return result;
  }

  private createPerson(entity: Entity, vocabulary: NameVocabulary): number {
    const parts = nameParts(entity.name, vocabulary);
    const isPerson = entity.kind === 'person';
    return Number(this.statements.insertPerson.run(entity.kind, entity.name, isPerson ? parts.given : null, isPerson ? parts.surname : null).lastInsertRowid);
  }

  private enrichPerson(person: number, entity: Entity, vocabulary: NameVocabulary): void {
    const cached = this.personCache.get(person);
    for (const name of [entity.name, ...entity.aliases]) {
      const normalised = nameParts(name, vocabulary).full;
      if (normalised) {
        this.statements.insertPersonName.run(normalised, person);
        if (cached && !cached.names.includes(normalised)) cached.names = [...cached.names, normalised].sort(byCodePoint);
      }
      this.statements.insertAlias.run(person, name);
    }
    for (const d of entity.descriptions) {
      this.statements.insertDescription.run(person, d);
      if (cached && !cached.descriptions.includes(d)) cached.descriptions = [...cached.descriptions, d].sort(byCodePoint);
    }
  }

  // ---- reading -------------------------------------------------------------------------------

  private appearanceRows(cluster: number): AppearanceRow[] {
    return (this.statements.appearances.all(cluster) as Row[]).map((r) => ({
      article: r.article as string,
      title: (r.title as string | null) ?? null,
      outlet: (r.outlet as string | null) ?? null,
      published: (r.published as string | null) ?? null,
      text: r.text as string,
      speaker: (r.speaker as string | null) ?? null,
      quote: r.quote as string,
      cueType: r.cue_type as CueType,
      personId: r.person == null ? null : personId(r.person as number),
    }));
  }

  private summary(cluster: number): ClusterSummary | null {
    const rows = this.appearanceRows(cluster);
    if (!rows.length) return null;
    return clusterSummary(clusterId(cluster), rows, this.statements.clusterVariants.get(cluster) as number);
  }

  async getCluster(id: string): Promise<ClusterDetail | null> {
    const rowid = parseId(id, 'c');
    if (rowid === null) return null;
    const rows = this.appearanceRows(rowid);
    return rows.length ? clusterDetail(clusterId(rowid), rows) : null;
  }

  /** Search SQL varies only with which filters are present: a handful of shapes, each prepared once. */
  private cachedQuery(sql: string): Database.Statement {
    let statement = this.searchStatements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql).pluck();
      this.searchStatements.set(sql, statement);
    }
    return statement;
  }

  async search(query: SearchQuery): Promise<ClusterSummary[]> {
    const limit = Math.max(1, Math.min(query.limit ?? 20, 500));
    const filters: string[] = [];
    const params: unknown[] = [];
    if (query.outlet) { filters.push('q.outlet = ? COLLATE NOCASE'); params.push(query.outlet); }
    if (query.from) { filters.push('q.published >= ?'); params.push(query.from); }
    if (query.to) { filters.push('q.published <= ?'); params.push(dateUpperBound(query.to)); }
    if (query.cueTypes?.length) { filters.push(`${this.cueType} IN (SELECT value FROM json_each(?))`); params.push(JSON.stringify(query.cueTypes)); }
    if (query.speaker) {
      const parts = nameParts(query.speaker, { titles: getLocale('en').titles, stopwords: [] });
      const byId = parseId(query.speaker, 'p');
      filters.push(`(q.person IN (SELECT person FROM person_names WHERE name = ?) OR q.person IN (SELECT rowid FROM persons WHERE surname = ?) OR q.person = ?)`);
      params.push(parts.full, parts.full, byId ?? -1);
    }
    const matchesFilters = filters.length
      ? `EXISTS (SELECT 1 FROM quotes q WHERE q.cluster = w.cluster AND ${filters.join(' AND ')})`
      : '1';
    const fts = ftsQuery(query.q);
    let clusters: number[];
    if (fts) {
      // Two passes: the words as a phrase (what someone looking for a quotation types; few
      // matches), then all the words anywhere. Within a pass, clusters rank by how often they
      // were quoted, then by their shortest matching wording (the most focused match). Not bm25:
      // FTS5 computes it for every match, and its document frequencies by reading each word's
      // whole posting list, so one common word cost time proportional to the corpus. Unfiltered
      // passes read at most SEARCH_CANDIDATES matches, the newest, in FTS5's own rowid order so
      // it stops there; filtered ones read every match, as capping could drop the few that pass.
      const candidates = filters.length ? '' : `ORDER BY rowid DESC LIMIT ${Math.max(SEARCH_CANDIDATES, limit * 4)}`;
      const pass = this.cachedQuery(`
        SELECT w.cluster
        FROM (SELECT rowid FROM wording_fts WHERE wording_fts MATCH ? ${candidates}) f
        JOIN wordings w ON w.rowid = f.rowid JOIN clusters c ON c.rowid = w.cluster
        WHERE ${matchesFilters}
        GROUP BY w.cluster ORDER BY c.appearances DESC, min(length(w.tokens)), w.cluster LIMIT ?`);
      const phrase = ftsPhrase(query.q);
      clusters = phrase ? pass.all(phrase, ...params, limit) as number[] : [];
      if (clusters.length < limit) {
        const found = new Set(clusters);
        for (const c of pass.all(fts, ...params, limit + clusters.length) as number[]) {
          if (clusters.length >= limit) break;
          if (!found.has(c)) clusters.push(c);
        }
      }
    } else {
      if (!filters.length) {
        // The overview (no words, no filters): the most quoted clusters, then the most recent.
        clusters = this.statements.overview.all(limit) as number[];
        return clusters.map((c) => this.summary(c)).filter((s): s is ClusterSummary => s !== null);
      }
      // No words, only filters: the most recent clusters first.
      const sql = `
        SELECT c.rowid FROM clusters c
        WHERE EXISTS (SELECT 1 FROM quotes q WHERE q.cluster = c.rowid AND ${filters.join(' AND ')})
        ORDER BY c.first_published IS NULL, c.first_published DESC, c.rowid DESC LIMIT ?`;
      clusters = this.cachedQuery(sql).all(...params, limit) as number[];
    }
    return clusters.map((c) => this.summary(c)).filter((s): s is ClusterSummary => s !== null);
  }

  async getSpeaker(idOrName: string, filter: CueTypeFilter = {}): Promise<SpeakerDetail | null> {
    let rowid = parseId(idOrName, 'p');
    if (rowid === null || this.statements.person.get(rowid) === undefined) {
      const parts = nameParts(idOrName, { titles: getLocale('en').titles, stopwords: [] });
      const byName = this.statements.personsByName.all(parts.full) as number[];
      const bySurname = byName.length ? [] : (this.statements.personsBySurname.all(parts.full) as number[]);
      // The person quoted most often wins when a name is shared.
      const candidates = [...byName, ...bySurname];
      if (!candidates.length) return null;
      rowid = candidates
        .map((p) => ({ p, n: (this.statements.quotesByPerson.get(p) as number) }))
        .sort((a, b) => b.n - a.n || a.p - b.p)[0]!.p;
    }
    const person = this.loadPerson(rowid);
    const credited = filter.cueTypes?.length
      ? this.statements.speakerClustersOfTypes.all(rowid, JSON.stringify(filter.cueTypes))
      : this.statements.speakerClusters.all(rowid);
    const clusters = (credited as number[])
      .map((c) => this.summary(c))
      .filter((s): s is ClusterSummary => s !== null)
      .sort((a, b) => timeKey(a.firstSeen.published).localeCompare(timeKey(b.firstSeen.published)) || a.id.localeCompare(b.id))
      .map((s) => ({ id: s.id, text: s.text, firstSeen: s.firstSeen, appearances: s.appearances }));
    const aliases = (this.statements.personAliases.all(rowid) as string[]).filter((a) => a !== person.name);
    return { id: personId(rowid), name: person.name, aliases, descriptions: person.descriptions, clusters };
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = this.statements.getArticle.get(id) as Row | undefined;
    if (!row) return null;
    return {
      id: row.id as string,
      title: (row.title as string | null) ?? null,
      outlet: (row.outlet as string | null) ?? null,
      published: (row.published as string | null) ?? null,
      url: (row.url as string | null) ?? null,
      origin: row.origin as string,
      extraction: withCueTypes(JSON.parse(row.extraction as string) as Extraction),
    };
  }

  async stats(): Promise<CorpusStats> {
    const counts = cueTypeCounts(this.statements.cueTypeCounts.all() as Array<{ cueType: string; count: number }>);
    return { ...(this.statements.stats.get() as Omit<CorpusStats, 'cueTypes'>), cueTypes: counts };
  }

  async *exportRows(filter: CueTypeFilter = {}): AsyncIterable<ExportRow> {
    const wanted = filter.cueTypes?.length ? new Set<string>(filter.cueTypes) : null;
    // Paged by rowid so no statement stays open across the consumer's awaits.
    let after = 0;
    for (;;) {
      const page = this.statements.exportPage.all(after, 1000) as Row[];
      if (!page.length) return;
      for (const r of page) {
        if (wanted && !wanted.has(r.cue_type as string)) continue;
        yield {
          article: r.article as string,
          title: (r.title as string | null) ?? null,
          outlet: (r.outlet as string | null) ?? null,
          published: (r.published as string | null) ?? null,
          url: (r.url as string | null) ?? null,
          quote: r.quote as string,
          kind: r.kind as ExportRow['kind'],
          text: r.text as string,
          speaker: (r.speaker as string | null) ?? null,
          cue: (r.cue as string | null) ?? null,
          cueType: r.cue_type as CueType,
          via: JSON.parse(r.via as string) as string[],
          cluster: r.cluster == null ? null : clusterId(r.cluster as number),
        };
      }
      after = page[page.length - 1]!.rowid as number;
    }
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // Without this the next writer recomputes the rows; with it, opening stays instant.
    if (!this.db.readonly && this.recentKeys.size > 0) this.writing(() => undefined, true);
    this.db.close();
  }
}
