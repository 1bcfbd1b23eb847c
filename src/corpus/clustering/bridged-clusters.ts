// Which other clusters a new wording bridges: clusters it is a full variant of, besides the one
// chooseCluster picked. Backend-neutral (pure), used through placement.ts by both stores.
//
// Why: greedy "join the first confirmed cluster" depends on arrival order. Cut short (T) and
// elided (E) forms of one statement may not confirm against each other; if they arrive before the
// whole wording (W) they start two clusters, and W then joins only one. With several workers the
// arrival order is not the input order, so the same inputs gave different clusters. Merging the
// clusters W is a full variant of makes membership independent of order (connected components of
// the "variant of" relation). Mere containment never merges: a short phrase inside two different
// statements must not fuse them.
import { alignWordings } from './align.js';
import type { CandidateWording } from './choose-cluster.js';

export function bridgedClusters(tokens: string[], candidates: CandidateWording[], chosen: number): number[] {
  const bridged = new Set<number>();
  for (const candidate of candidates) {
    if (candidate.cluster === chosen || bridged.has(candidate.cluster)) continue;
    const verdict = alignWordings(candidate.tokens, tokens);
    if (verdict.same && verdict.relation === 'variant') bridged.add(candidate.cluster);
  }
  return [...bridged];
}
