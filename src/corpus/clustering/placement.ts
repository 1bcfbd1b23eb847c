// The one cluster-placement algorithm both stores run. A store answers three questions from its
// tables — is this exact wording stored (and in which cluster), which wordings share keys with it
// (posting lists, newest first), what are their tokens — and then carries out the plan made here:
// merge clusters, join or create a cluster, index the wording under the keys worth indexing.
// Keeping the decisions here is what makes SQLite and PostgreSQL give the same clusters.
import { wordingKey } from './hash.js';
import type { WordingKeys } from './candidate-keys.js';
import { chooseCluster, rankByHits, type CandidateWording } from './choose-cluster.js';
import { bridgedClusters } from './bridged-clusters.js';
import { MIN_CLUSTER_TOKENS } from './align.js';

/** A key's posting list stops growing at this many wordings: a key shared by that many wordings
 *  is a common phrase, useless for finding *the* quotation, and reading or growing it would make
 *  every later look-up slower. Stores read at most this many postings per key. */
export const POSTINGS_PER_KEY = 32;

/** What a store computes once per wording before touching its tables; the index keys
 *  (candidate-keys.ts) only after the exact look-up misses. */
export type WordingToPlace = {
  /** Normalised tokens joined by spaces: the stored form and the exact-duplicate identity. */
  normalised: string;
  tokens: string[];
  hash: number;
  /** Tokens of each separately quoted part of an interrupted quotation (`"A," he said, "B."`),
   *  long enough to trace; empty for a quotation in one piece. */
  parts: string[][];
};

/** Null when the wording is too short to trace (it joins no cluster). `parts`: the normalised
 *  tokens of the quotation's parts when it was interrupted (clustering/wording.ts). */
export function wordingToPlace(tokens: string[], parts: string[][] = []): WordingToPlace | null {
  if (tokens.length < MIN_CLUSTER_TOKENS) return null;
  const normalised = tokens.join(' ');
  return { normalised, tokens, hash: wordingKey(normalised), parts: parts.filter((p) => p.length >= MIN_CLUSTER_TOKENS) };
}

/** Posting lists as read for the wording's lookup keys (each newest first, at most
 *  POSTINGS_PER_KEY long) → the wordings to align against, best first. */
export function candidateWordings(postings: Iterable<number[]>): number[] {
  const hits: number[] = [];
  for (const list of postings) for (const w of list) hits.push(w);
  return rankByHits(hits);
}

/** Index keys whose posting list still has room. `postingCount` gives the length read for a key
 *  (keys not looked up count as empty). */
export function keysToIndex(keys: WordingKeys, postingCount: (key: number) => number): number[] {
  return keys.index.filter((key) => postingCount(key) < POSTINGS_PER_KEY);
}

export type ClusterMerge = { from: number; into: number };

export type PlacementPlan = {
  /** Cluster the wording joins; null: a new cluster. */
  cluster: number | null;
  /** Clusters to fold into another first, in order; the older (smaller) id survives so the id
   *  users saw first keeps working. `cluster` is already the survivor. */
  merges: ClusterMerge[];
};

/** Where a new (not exactly stored) wording goes. `preferred` is the cluster an earlier repeat of
 *  the same statement in the same article went to; it wins without looking at candidates.
 *  `parts`: the tokens of an interrupted quotation's parts (WordingToPlace.parts). */
export function planPlacement(tokens: string[], preferred: number | undefined, candidates: CandidateWording[], parts: string[][] = []): PlacementPlan {
  if (preferred !== undefined) return { cluster: preferred, merges: [] };
  const choice = chooseCluster(tokens, candidates);
  let cluster: number | null = choice?.cluster ?? null;
  const merges: ClusterMerge[] = [];
  const folded = new Set<number>(cluster === null ? [] : [cluster]);
  const fold = (other: number) => {
    if (folded.has(other)) return;
    folded.add(other);
    if (cluster === null) { cluster = other; return; }
    const [into, from] = other < cluster ? [other, cluster] : [cluster, other];
    merges.push({ from, into });
    cluster = into;
  };
  if (choice?.relation === 'variant') for (const other of bridgedClusters(tokens, candidates, choice.cluster)) fold(other);
  // Each part of an interrupted quotation is said by itself elsewhere (`"A," he said, "B."` next
  // to articles quoting only A or only B): a cluster a part is a full variant of is this
  // quotation's. Without this, parts stored first stay two clusters and the whole joins one.
  for (const part of parts) for (const other of bridgedClusters(part, candidates, -1)) fold(other);
  return { cluster, merges };
}

/** Per-article bookkeeping: repeats within the article follow their earlier occurrence, and a
 *  merge moves quotes already placed in this article to the surviving cluster. */
export class ArticleClusters {
  private readonly clusterOfQuote = new Map<string, number>();
  private readonly repeatGroupOf = new Map<string, string[]>();

  constructor(repeats: string[][]) {
    for (const group of repeats) for (const q of group) this.repeatGroupOf.set(q, group);
  }

  /** The cluster an earlier repeat of this quote went to. */
  preferredFor(quoteId: string): number | undefined {
    return this.repeatGroupOf.get(quoteId)?.map((q) => this.clusterOfQuote.get(q)).find((c) => c !== undefined);
  }

  placed(quoteId: string, cluster: number): void {
    this.clusterOfQuote.set(quoteId, cluster);
  }

  merged(merge: ClusterMerge): void {
    for (const [q, c] of this.clusterOfQuote) if (c === merge.from) this.clusterOfQuote.set(q, merge.into);
  }
}
