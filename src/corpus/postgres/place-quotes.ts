// The write half of addArticle that needs the corpus: speakers to corpus persons, quotes to
// clusters. Runs inside the article's transaction while it holds the clustering lock, so every
// read here sees all committed work and no other writer changes clusters or persons meanwhile —
// the decisions are the same as one process adding the articles in commit order.
// The decisions themselves are the backend-neutral ones (speakers.ts, clustering/); this file only
// fetches candidates and writes rows.
import { storedCueType } from '../cue-types.js';
import type pg from 'pg';
import type { Entity, Extraction } from '../../types.js';
import { lookupKeys, matchSpeaker, nameParts, type CorpusPerson, type NameVocabulary } from '../speakers.js';
import { normalisedTokens } from '../clustering/normalise.js';
import { wordingKeys } from '../clustering/candidate-keys.js';
import type { CandidateWording } from '../clustering/choose-cluster.js';
import {
  ArticleClusters, POSTINGS_PER_KEY, candidateWordings, keysToIndex, planPlacement, wordingToPlace,
  type WordingToPlace,
} from '../clustering/placement.js';
import { quoteWording, clusteringWording, quotedParts } from '../clustering/wording.js';
import { searchWords } from './search-words.js';

type Db = pg.PoolClient;

/** Corpus person id for each speaker entity of the article that speaks in it. */
export async function placeSpeakers(db: Db, extraction: Extraction, vocabulary: NameVocabulary): Promise<Map<string, number>> {
  const speaking = new Set(extraction.quotes.map((q) => q.speaker).filter((s): s is string => !!s));
  const persons = new Map<string, number>();
  for (const entity of extraction.entities) {
    if (!speaking.has(entity.id)) continue;
    const id = await placeSpeaker(db, entity, vocabulary);
    if (id !== null) persons.set(entity.id, id);
  }
  return persons;
}

async function placeSpeaker(db: Db, entity: Entity, vocabulary: NameVocabulary): Promise<number | null> {
  const main = nameParts(entity.name, vocabulary);
  const keys = lookupKeys(entity, vocabulary);
  if (!keys.names.length) return null;
  const candidates = await fetchPersons(db, keys);
  const match = matchSpeaker(entity, candidates, vocabulary);
  let id: number;
  if (match) {
    id = match.id;
  } else {
    const isPerson = entity.kind === 'person';
    const inserted = await db.query<{ id: string }>('INSERT INTO persons(kind, name, given, surname) VALUES ($1, $2, $3, $4) RETURNING id',
      [entity.kind, entity.name, isPerson ? main.given : null, isPerson ? main.surname : null]);
    id = Number(inserted.rows[0]!.id);
  }
  const names = [entity.name, ...entity.aliases].map((n) => nameParts(n, vocabulary).full).filter((n) => n);
  await db.query('INSERT INTO person_names(name, person) SELECT DISTINCT unnest($1::text[]), $2::bigint ON CONFLICT DO NOTHING', [names, id]);
  const aliases = [entity.name, ...entity.aliases].filter((a) => a.trim());
  await db.query('INSERT INTO person_aliases(person, alias) SELECT DISTINCT $1::bigint, unnest($2::text[]) ON CONFLICT DO NOTHING', [id, aliases]);
  if (entity.descriptions.length) {
    await db.query('INSERT INTO person_descriptions(person, description) SELECT DISTINCT $1::bigint, unnest($2::text[]) ON CONFLICT DO NOTHING', [id, entity.descriptions]);
  }
  return id;
}

async function fetchPersons(db: Db, keys: { names: string[]; surnames: string[]; givens: string[] }): Promise<CorpusPerson[]> {
  const { rows } = await db.query<{ id: string; kind: CorpusPerson['kind']; name: string; given: string | null; surname: string | null; names: string[]; descriptions: string[] }>(
    `SELECT p.id, p.kind, p.name, p.given, p.surname,
            ARRAY(SELECT n.name FROM person_names n WHERE n.person = p.id ORDER BY n.name) AS names,
            ARRAY(SELECT d.description FROM person_descriptions d WHERE d.person = p.id ORDER BY d.description) AS descriptions
       FROM persons p
      WHERE p.id IN (SELECT person FROM person_names WHERE name = ANY($1::text[])
                     UNION (SELECT id FROM persons WHERE surname = ANY($2::text[]) LIMIT 200)
                     UNION (SELECT id FROM persons WHERE given = ANY($3::text[]) LIMIT 200))
      ORDER BY p.id`,
    [keys.names, keys.surnames, keys.givens],
  );
  return rows.map((r) => ({ id: Number(r.id), kind: r.kind, name: r.name, given: r.given, surname: r.surname, names: r.names, descriptions: r.descriptions }));
}

/** Inserts the article's quotes, each in its cluster; returns the clusters touched. */
export async function placeQuotes(db: Db, articleSeq: number, extraction: Extraction, persons: Map<string, number>, published: string | null, outlet: string | null): Promise<Set<number>> {
  const touched = new Set<number>();
  const placed = new ArticleClusters(extraction.repeats);
  for (const [ord, quote] of extraction.quotes.entries()) {
    const text = quoteWording(quote);
    const wording = wordingToPlace(normalisedTokens(clusteringWording(quote, text)), quotedParts(quote).map(normalisedTokens));
    const cluster = wording ? await clusterFor(db, text, wording, articleSeq, placed.preferredFor(quote.id), placed, touched) : null;
    if (cluster !== null) {
      placed.placed(quote.id, cluster);
      touched.add(cluster);
    }
    await db.query(
      `INSERT INTO quotes(article, quote_id, ord, kind, text, person, cue, cue_type, via, cluster, published, outlet)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [articleSeq, quote.id, ord, quote.kind, text, quote.speaker ? persons.get(quote.speaker) ?? null : null, quote.cue?.text ?? null,
        quote.cueType ?? storedCueType(quote.cue?.text ?? null, extraction.meta.language), JSON.stringify(quote.via), cluster, published, outlet],
    );
  }
  return touched;
}

/** The wording's cluster, as clustering/placement.ts decides from what this reads: an exact
 *  wording already stored, else the cluster of an earlier repeat in the same article, else a
 *  confirmed candidate from the key index (merging the clusters it bridges), else a new cluster. */
async function clusterFor(db: Db, text: string, wording: WordingToPlace, articleSeq: number, preferred: number | undefined, article: ArticleClusters, touched: Set<number>): Promise<number> {
  const exact = await db.query<{ cluster: string }>('SELECT cluster FROM wordings WHERE hash = $1', [wording.hash]);
  if (exact.rows[0]) return Number(exact.rows[0].cluster);

  const keys = wordingKeys(wording.tokens);
  const postings = new Map<number, number[]>(keys.lookup.map((k) => [k, []]));
  if (keys.lookup.length) {
    const hits = await db.query<{ key: string; wording: string }>(
      `SELECT k.key, p.wording FROM unnest($1::bigint[]) WITH ORDINALITY AS k(key, n)
         CROSS JOIN LATERAL (SELECT wording FROM wording_keys WHERE key = k.key ORDER BY wording DESC LIMIT ${POSTINGS_PER_KEY}) p
        ORDER BY k.n, p.wording DESC`, [keys.lookup]);
    for (const r of hits.rows) postings.get(Number(r.key))!.push(Number(r.wording));
  }
  const candidates: CandidateWording[] = [];
  const ranked = preferred === undefined ? candidateWordings(postings.values()) : [];
  if (ranked.length) {
    const found = await db.query<{ id: string; cluster: string; tokens: string }>('SELECT id, cluster, tokens FROM wordings WHERE id = ANY($1::bigint[])', [ranked]);
    const byId = new Map(found.rows.map((r) => [Number(r.id), r]));
    for (const id of ranked) {
      const row = byId.get(id);
      if (row) candidates.push({ wording: id, cluster: Number(row.cluster), tokens: row.tokens.split(' ') });
    }
  }
  const plan = planPlacement(wording.tokens, preferred, candidates, wording.parts);
  for (const merge of plan.merges) {
    await mergeCluster(db, merge.from, merge.into);
    article.merged(merge);
    touched.delete(merge.from);
    touched.add(merge.into);
  }
  let cluster = plan.cluster;
  if (cluster === null) {
    const created = await db.query<{ id: string }>(
      'INSERT INTO clusters(first_quote, first_published, first_seq, appearances, variants) VALUES (0, NULL, $1, 0, 0) RETURNING id', [articleSeq]);
    cluster = Number(created.rows[0]!.id);
  }
  const inserted = await db.query<{ id: string }>('INSERT INTO wordings(cluster, hash, tokens, words) VALUES ($1, $2, $3, $4) RETURNING id', [cluster, wording.hash, wording.normalised, searchWords(text).join(' ')]);
  const indexed = keysToIndex(keys, (k) => postings.get(k)?.length ?? 0);
  if (indexed.length) {
    await db.query('INSERT INTO wording_keys(key, wording) SELECT unnest($1::bigint[]), $2::bigint ON CONFLICT DO NOTHING', [indexed, inserted.rows[0]!.id]);
  }
  return cluster;
}

/** Moves every wording and quote of `from` into `into` and drops `from`. The caller keeps the
 *  older cluster, so the id users saw first keeps working. */
async function mergeCluster(db: Db, from: number, into: number): Promise<void> {
  await db.query('UPDATE wordings SET cluster = $2 WHERE cluster = $1', [from, into]);
  await db.query('UPDATE quotes SET cluster = $2 WHERE cluster = $1', [from, into]);
  await db.query('DELETE FROM clusters WHERE id = $1', [from]);
  await refreshClusters(db, [into]);
}

/** Recomputes the cached first appearance, appearance and variant counts of the given clusters. */
export async function refreshClusters(db: Db, clusters: Iterable<number>): Promise<void> {
  const ids = [...clusters];
  if (!ids.length) return;
  await db.query(
    `UPDATE clusters c
        SET appearances = agg.n, variants = agg.v,
            first_quote = f.id, first_published = f.published, first_seq = f.seq
       FROM unnest($1::bigint[]) AS t(cid)
       CROSS JOIN LATERAL (SELECT count(*)::int AS n, (SELECT count(*)::int FROM wordings w WHERE w.cluster = t.cid) AS v
                             FROM quotes q WHERE q.cluster = t.cid) agg
       CROSS JOIN LATERAL (SELECT q.id, q.published, q.article AS seq FROM quotes q
                            WHERE q.cluster = t.cid
                            ORDER BY q.published IS NULL, q.published COLLATE "C", q.article, q.ord LIMIT 1) f
      WHERE c.id = t.cid`,
    [ids],
  );
}
