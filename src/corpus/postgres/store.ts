// PostgresStore: the Store interface over PostgreSQL, for corpora that outgrow one file and for
// many ingest processes (on one machine or several) writing into one corpus at once.
//
// Concurrency model:
//  - every addArticle is one transaction, and every addArticles (ingest's write batches) one for
//    the whole batch: article rows, quotes, persons and clusters commit together or not at all;
//  - duplicates are impossible by construction: articles.id and articles.text_hash are UNIQUE and
//    the insert is ON CONFLICT DO NOTHING, so of two workers adding the same article one stores it
//    and the other gets 'skipped' (its insert waits for the first transaction, then sees the row);
//  - placing quotes in clusters and speakers under persons reads the corpus and then writes, so it
//    is serialised across all writers with one transaction-scoped advisory lock
//    (pg_advisory_xact_lock), taken first in the transaction and released by COMMIT. Row locks
//    on band keys would let disjoint quotes proceed in parallel, but a new wording can join any
//    cluster its candidate keys reach and create keys other writers look up, so correct key-level
//    locking needs predicate locks (SERIALIZABLE and retries). The serial section is short —
//    index look-ups and inserts; extraction, the expensive part, stays fully parallel — so one
//    lock keeps clusters exactly as a single writer would build them;
//  - work splitting between processes is in claims.ts (hasArticle claims, addArticle releases).
import pg from 'pg';
import type {
  AddResult, ArticleInput, ClusterDetail, ClusterSummary, CorpusStats, CueTypeFilter, ExportRow, SearchQuery, SpeakerDetail, Store, StoredArticle,
} from '../store.js';
import type { CueType, Extraction } from '../../types.js';
import { cueTypeCounts, storedCueType, withCueTypes } from '../cue-types.js';
import { migrateCueTypeColumn } from './cue-type-column.js';
import { getLocale } from '../../locales/index.js';
import { nameParts, type NameVocabulary } from '../speakers.js';
import { clusterDetail, clusterSummary, type AppearanceRow } from '../clustering/provenance.js';
import { SCHEMA, SCHEMA_VERSION, LOCK_SCHEMA, LOCK_CLUSTERING } from './schema.js';
import { Claims } from './claims.js';
import { inLockedTransaction } from './locked-transaction.js';
import { searchWords } from './search-words.js';
import { placeQuotes, placeSpeakers, refreshClusters } from './place-quotes.js';
import { articleId, hashOfArticle } from '../clustering/article-hash.js';

/** True for the URLs this backend opens (`postgres://…`, `postgresql://…`). */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(db);
}



// Public ids as the SQLite store writes them: clusters `c12`, persons `p3`.
const clusterId = (rowid: number | string): string => `c${rowid}`;
const personId = (rowid: number | string): string => `p${rowid}`;
function parseId(id: string, prefix: 'c' | 'p'): number | null {
  const m = new RegExp(`^${prefix}(\\d{1,15})$`).exec(id.trim());
  return m ? Number(m[1]) : null;
}

/** Sort key of an appearance in time: unknown dates sort after every known one. */
const timeKey = (published: string | null): string => published ?? '\uffff';

function vocabularyFor(language: string | undefined): NameVocabulary {
  let locale;
  try {
    locale = getLocale(language ?? 'en');
  } catch {
    locale = getLocale('en');
  }
  return { titles: locale.titles, stopwords: locale.stopwords ?? [] };
}

/** The connection string without its password, for messages. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the PostgreSQL URL';
  }
}

type AppearanceDbRow = {
  cluster: string; article: string; title: string | null; outlet: string | null; published: string | null;
  text: string; speaker: string | null; quote: string; person: string | null; cue: string | null; cue_type: CueType | null;
};

const APPEARANCES_SQL = `
  SELECT q.cluster, a.id AS article, a.title, a.outlet, a.published, q.text, p.name AS speaker, q.quote_id AS quote, q.person,
         q.cue, q.cue_type
    FROM quotes q JOIN articles a ON a.seq = q.article LEFT JOIN persons p ON p.id = q.person
   WHERE q.cluster = ANY($1::bigint[])
   ORDER BY q.cluster, a.published IS NULL, a.published COLLATE "C", a.seq, q.ord`;

export class PostgresStore implements Store {
  private constructor(private readonly pool: pg.Pool, private readonly claims: Claims, private readonly claimClient: pg.Client) {}

  static async open(url: string, options: { poolSize?: number } = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4 });
    // An idle connection dropped by the server (restart, network) must not crash the process.
    pool.on('error', () => {});
    const claimClient = new pg.Client({ connectionString: url });
    try {
      await claimClient.connect();
      claimClient.on('error', () => {});
      await migrate(pool);
    } catch (err) {
      await claimClient.end().catch(() => {});
      await pool.end().catch(() => {});
      throw new Error(`cannot open ${redact(url)}: ${(err as Error).message}`);
    }
    return new PostgresStore(pool, new Claims(claimClient), claimClient);
  }

  /** Stored, or — when several processes ingest into this database — being stored by another live
   *  process right now (it holds the article's claim). False means: this process now holds the
   *  claim, extract the article and add it. */
  async hasArticle(article: Pick<ArticleInput, 'id' | 'text'> & Partial<ArticleInput>): Promise<boolean> {
    const textHash = hashOfArticle(article);
    if (await this.isStored(article.id, textHash)) return true;
    const outcome = await this.claims.claim(textHash, { origin: article.origin ?? article.id ?? textHash, ...article });
    if (outcome === 'busy') return true;
    // Stored by another process between the check and the claim: let go again.
    if (await this.isStored(article.id, textHash)) {
      await this.claims.release(textHash);
      return true;
    }
    return false;
  }

  /** Articles this process skipped because another process was storing them, whose process then
   *  died before committing. Ingest appends them to its inputs so no article is lost within a run. */
  abandonedArticles(): AsyncIterable<ArticleInput> {
    return this.claims.abandoned(async (article) => this.isStored(article.id, hashOfArticle(article)));
  }

  private async isStored(id: string | undefined, textHash: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM articles WHERE text_hash = $1 OR id = $2 LIMIT 1', [textHash, id ?? null]);
    return (rowCount ?? 0) > 0;
  }

  async addArticle(article: ArticleInput, extraction: Extraction): Promise<AddResult> {
    return (await this.addArticles([{ article, extraction }]))[0]!;
  }

  /** One transaction for the batch; each article's claim is released when it ends (committed or
   *  rolled back). The clustering lock is taken BEFORE the first article row is inserted: an
   *  insert that conflicts with another writer's uncommitted row waits for that writer, and a
   *  writer holding article rows while it waits for the lock could then wait in a cycle (A waits
   *  for B's lock, B's insert for A's row). With the lock first, whoever holds rows holds the lock. */
  async addArticles(articles: Array<{ article: ArticleInput; extraction: Extraction }>): Promise<AddResult[]> {
    const hashes = articles.map(({ article }) => hashOfArticle(article));
    try {
      return await inLockedTransaction(this.pool, LOCK_CLUSTERING, async (db) => {
        const results: AddResult[] = [];
        const touched = new Set<number>();
        for (const [i, { article, extraction }] of articles.entries()) {
          const textHash = hashes[i]!;
          const id = articleId(article);
          const published = article.published ?? extraction.meta.published ?? null;
          const outlet = article.outlet ?? extraction.meta.outlet ?? null;
          // ON CONFLICT also sees the rows written earlier in this transaction: a duplicate within
          // the batch is skipped like one stored before it.
          const inserted = await db.query<{ seq: string }>(
            `INSERT INTO articles(id, text_hash, url, title, outlet, published, origin, extraction)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING seq`,
            [id, textHash, article.url ?? null, article.title ?? extraction.meta.title ?? null, outlet, published, article.origin, JSON.stringify(extraction)],
          );
          if (!inserted.rows[0]) {
            results.push({ status: 'skipped', id, quotes: 0 });
            continue;
          }
          const seq = Number(inserted.rows[0].seq);
          const persons = await placeSpeakers(db, extraction, vocabularyFor(extraction.meta.language));
          for (const cluster of await placeQuotes(db, seq, extraction, persons, published, outlet)) touched.add(cluster);
          results.push({ status: 'added', id, quotes: extraction.quotes.length });
        }
        // Once per batch; ids of clusters merged away since they were touched match no row.
        await refreshClusters(db, touched);
        return results;
      });
    } finally {
      for (const textHash of hashes) await this.claims.release(textHash).catch(() => {});
    }
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const { rows } = await this.pool.query<{ id: string; title: string | null; outlet: string | null; published: string | null; url: string | null; origin: string; extraction: Extraction }>(
      'SELECT id, title, outlet, published, url, origin, extraction FROM articles WHERE id = $1', [id]);
    return rows[0] ? { ...rows[0], extraction: withCueTypes(rows[0].extraction) } : null;
  }

  private async appearances(clusters: number[]): Promise<Map<number, AppearanceRow[]>> {
    const byCluster = new Map<number, AppearanceRow[]>();
    if (!clusters.length) return byCluster;
    const { rows } = await this.pool.query<AppearanceDbRow>(APPEARANCES_SQL, [clusters]);
    for (const r of rows) {
      const id = Number(r.cluster);
      const list = byCluster.get(id) ?? [];
      list.push({
        article: r.article, title: r.title, outlet: r.outlet, published: r.published, text: r.text, speaker: r.speaker, quote: r.quote,
        cueType: r.cue_type ?? storedCueType(r.cue), personId: r.person === null ? null : personId(r.person),
      });
      byCluster.set(id, list);
    }
    return byCluster;
  }

  async search(query: SearchQuery): Promise<ClusterSummary[]> {
    const limit = Math.max(1, Math.min(query.limit ?? 20, 500));
    const params: unknown[] = [];
    const param = (value: unknown): string => `$${params.push(value)}`;
    const filters: string[] = [];
    // Same filters as the SQLite store; "C" collation so dates compare as SQLite compares text.
    if (query.outlet) filters.push(`lower(q.outlet) = lower(${param(query.outlet)})`);
    if (query.from) filters.push(`q.published COLLATE "C" >= ${param(query.from)}`);
    if (query.to) filters.push(`q.published COLLATE "C" <= ${param(`${query.to}\uffff`)}`);
    if (query.cueTypes?.length) filters.push(`q.cue_type = ANY(${param(query.cueTypes)}::text[])`);
    if (query.speaker) {
      const full = nameParts(query.speaker, { titles: getLocale('en').titles, stopwords: [] }).full;
      const p = param(full);
      filters.push(`(q.person IN (SELECT person FROM person_names WHERE name = ${p}) OR q.person IN (SELECT id FROM persons WHERE surname = ${p}) OR q.person = ${param(parseId(query.speaker, 'p') ?? -1)})`);
    }
    const matchesFilters = (cluster: string): string => filters.length ? `EXISTS (SELECT 1 FROM quotes q WHERE q.cluster = ${cluster} AND ${filters.join(' AND ')})` : 'true';
    const words = searchWords(query.q);
    let sql: string;
    if (words.length) {
      // Every word required, like the SQLite store's FTS5 query; a cluster ranks by its best wording.
      const tsquery = `to_tsquery('simple', ${param(words.map((w) => `'${w}'`).join(' & '))})`;
      sql = `SELECT w.cluster AS id, max(ts_rank(w.tsv, ${tsquery})) AS score
               FROM wordings w
              WHERE w.tsv @@ ${tsquery} AND ${matchesFilters('w.cluster')}
              GROUP BY w.cluster ORDER BY score DESC, w.cluster LIMIT ${param(limit)}`;
    } else {
      if (!filters.length) {
        // The overview (no words, no filters): the most quoted clusters, then the most recent —
        // the SQLite order (its NULLs sort last in DESC), served by clusters_overview.
        const { rows } = await this.pool.query<{ id: string }>(
          `SELECT id FROM clusters ORDER BY appearances DESC, first_published COLLATE "C" DESC NULLS LAST, id DESC LIMIT $1`, [limit]);
        return this.summaries(rows.map((r) => Number(r.id)));
      }
      // No words, only filters: the most recent clusters first.
      sql = `SELECT c.id FROM clusters c WHERE ${matchesFilters('c.id')}
              ORDER BY c.first_published IS NULL, c.first_published COLLATE "C" DESC, c.id DESC LIMIT ${param(limit)}`;
    }
    const { rows } = await this.pool.query<{ id: string }>(sql, params);
    return this.summaries(rows.map((r) => Number(r.id)));
  }

  private async summaries(ids: number[]): Promise<ClusterSummary[]> {
    if (!ids.length) return [];
    const appearances = await this.appearances(ids);
    const variants = await this.pool.query<{ id: string; variants: number }>('SELECT id, variants FROM clusters WHERE id = ANY($1::bigint[])', [ids]);
    const variantsOf = new Map(variants.rows.map((r) => [Number(r.id), r.variants]));
    return ids
      .filter((id) => appearances.has(id))
      .map((id) => clusterSummary(clusterId(id), appearances.get(id)!, variantsOf.get(id) ?? 0));
  }

  async getCluster(id: string): Promise<ClusterDetail | null> {
    const rowid = parseId(id, 'c');
    if (rowid === null) return null;
    const rows = (await this.appearances([rowid])).get(rowid);
    return rows?.length ? clusterDetail(clusterId(rowid), rows) : null;
  }

  async getSpeaker(idOrName: string, filter: CueTypeFilter = {}): Promise<SpeakerDetail | null> {
    let rowid = parseId(idOrName, 'p');
    if (rowid !== null && !(await this.pool.query('SELECT 1 FROM persons WHERE id = $1', [rowid])).rowCount) rowid = null;
    if (rowid === null) {
      const full = nameParts(idOrName, { titles: getLocale('en').titles, stopwords: [] }).full;
      // By name or alias; failing that by surname. The person quoted most often wins when a name is shared.
      const { rows } = await this.pool.query<{ id: string }>(
        `WITH by_name AS (SELECT person AS id FROM person_names WHERE name = $1),
              candidates AS (SELECT id FROM by_name
                             UNION ALL SELECT id FROM persons WHERE surname = $1 AND NOT EXISTS (SELECT 1 FROM by_name))
         SELECT c.id FROM candidates c
          ORDER BY (SELECT count(*) FROM quotes q WHERE q.person = c.id) DESC, c.id LIMIT 1`, [full]);
      if (!rows[0]) return null;
      rowid = Number(rows[0].id);
    }
    const person = await this.pool.query<{ name: string; aliases: string[]; descriptions: string[] }>(
      `SELECT p.name,
              ARRAY(SELECT alias FROM person_aliases WHERE person = p.id AND alias <> p.name ORDER BY alias COLLATE "C") AS aliases,
              ARRAY(SELECT description FROM person_descriptions WHERE person = p.id ORDER BY description COLLATE "C") AS descriptions
         FROM persons p WHERE p.id = $1`, [rowid]);
    const credited = filter.cueTypes?.length
      ? await this.pool.query<{ cluster: string }>('SELECT DISTINCT cluster FROM quotes WHERE person = $1 AND cluster IS NOT NULL AND cue_type = ANY($2::text[])', [rowid, filter.cueTypes])
      : await this.pool.query<{ cluster: string }>('SELECT DISTINCT cluster FROM quotes WHERE person = $1 AND cluster IS NOT NULL', [rowid]);
    const clusters = (await this.summaries(credited.rows.map((r) => Number(r.cluster))))
      .sort((a, b) => timeKey(a.firstSeen.published).localeCompare(timeKey(b.firstSeen.published)) || a.id.localeCompare(b.id))
      .map((s) => ({ id: s.id, text: s.text, firstSeen: s.firstSeen, appearances: s.appearances }));
    const p = person.rows[0]!;
    return { id: personId(rowid), name: p.name, aliases: p.aliases, descriptions: p.descriptions, clusters };
  }

  async stats(): Promise<CorpusStats> {
    const { rows } = await this.pool.query<CorpusStats>(
      `SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM quotes) AS quotes,
              (SELECT count(*)::int FROM clusters) AS clusters, (SELECT count(*)::int FROM persons) AS speakers`);
    const byType = await this.pool.query<{ cueType: string; count: number }>('SELECT cue_type AS "cueType", count(*)::int AS count FROM quotes GROUP BY 1');
    return { ...rows[0]!, cueTypes: cueTypeCounts(byType.rows.map((r) => ({ cueType: r.cueType ?? 'speech', count: r.count }))) };
  }

  async *exportRows(filter: CueTypeFilter = {}): AsyncIterable<ExportRow> {
    const cueTypes = filter.cueTypes?.length ? filter.cueTypes : null;
    // Keyset pages: constant memory whatever the corpus size, without holding a cursor open.
    const page = 1000;
    let after = 0;
    for (;;) {
      const { rows } = await this.pool.query<{ qid: string; article: string; title: string | null; outlet: string | null; published: string | null; url: string | null; quote: string; kind: ExportRow['kind']; text: string; speaker: string | null; cue: string | null; cueType: CueType | null; via: string[]; cluster: string | null }>(
        `SELECT q.id AS qid, a.id AS article, a.title, a.outlet, a.published, a.url, q.quote_id AS quote, q.kind, q.text,
                p.name AS speaker, q.cue, q.cue_type AS "cueType", q.via, CASE WHEN q.cluster IS NULL THEN NULL ELSE 'c' || q.cluster END AS cluster
           FROM quotes q JOIN articles a ON a.seq = q.article LEFT JOIN persons p ON p.id = q.person
          WHERE q.id > $1 AND ($3::text[] IS NULL OR q.cue_type = ANY($3::text[])) ORDER BY q.id LIMIT $2`, [after, page, cueTypes]);
      for (const { qid: _qid, ...row } of rows) yield { ...row, cueType: row.cueType ?? storedCueType(row.cue) };
      if (rows.length < page) return;
      after = Number(rows[rows.length - 1]!.qid);
    }
  }

  async close(): Promise<void> {
    await this.claimClient.end().catch(() => {});
    await this.pool.end();
  }
}

async function migrate(pool: pg.Pool): Promise<void> {
  await inLockedTransaction(pool, LOCK_SCHEMA, async (db) => {
    await db.query(SCHEMA);
    const { rows } = await db.query<{ value: string }>(`SELECT value FROM qt_meta WHERE key = 'schema_version'`);
    if (!rows[0]) {
      await db.query(`INSERT INTO qt_meta(key, value) VALUES ('schema_version', $1)`, [String(SCHEMA_VERSION)]);
    } else if (Number(rows[0].value) > SCHEMA_VERSION) {
      throw new Error(`corpus schema version ${rows[0].value} is newer than this quotetrace (${SCHEMA_VERSION}); upgrade quotetrace`);
    } else if (Number(rows[0].value) < SCHEMA_VERSION) {
      await migrateCueTypeColumn(db);
      await db.query(`UPDATE qt_meta SET value = $1 WHERE key = 'schema_version'`, [String(SCHEMA_VERSION)]);
    }
  });
}
