// The clustering decision, independent of any backend: given a new wording and the candidate
// wordings the index returned (best first), which cluster does it join? The store does the
// retrieval (exact key, then band/anchor keys); this decides with token alignment.
import { alignWordings, type AlignmentVerdict } from './align.js';

export type CandidateWording = { wording: number; cluster: number; tokens: string[] };

export type ClusterChoice = { cluster: number; relation: AlignmentVerdict['relation']; wording: number };

/** Candidates are tried in the given order (most shared keys first); the first confirmed wins,
 *  preferring a full variant over mere containment when both are present. */
export function chooseCluster(tokens: string[], candidates: CandidateWording[]): ClusterChoice | null {
  let contained: ClusterChoice | null = null;
  for (const candidate of candidates) {
    const verdict = alignWordings(candidate.tokens, tokens);
    if (!verdict.same) continue;
    if (verdict.relation === 'variant') return { cluster: candidate.cluster, relation: 'variant', wording: candidate.wording };
    contained ??= { cluster: candidate.cluster, relation: verdict.relation, wording: candidate.wording };
  }
  return contained;
}

/** How many candidates to align at most: bounded so the cost per quote stays constant. */
export const MAX_CANDIDATES = 8;

/** Ranks candidate wordings by the number of keys they share with the new wording. */
export function rankByHits(hits: Iterable<number>, limit = MAX_CANDIDATES): number[] {
  const counts = new Map<number, number>();
  for (const w of hits) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, limit).map(([w]) => w);
}
