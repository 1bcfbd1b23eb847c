// The keys a wording is indexed under and looked up by. Two families share one index table:
//  - LSH band keys over word bigrams find near-duplicates (elisions, insertions, a changed word);
//  - winnowed word-trigram anchors find containment (a fragment cut from a longer quotation),
//    which set similarity misses because the fragment is small next to the whole.
// A wording is *indexed* under its band keys and its anchors, but *looks up* every trigram it
// has: any anchor of a longer quotation that falls inside the fragment is then hit.
import { shingleHashes, winnow } from './shingles.js';
import { lshBandKeys, DEFAULT_LSH } from './minhash.js';
import { key52 } from './hash.js';

const ANCHOR_K = 3;
/** Any shared run of ANCHOR_K + ANCHOR_WINDOW - 1 = 5 tokens guarantees a shared anchor. */
const ANCHOR_WINDOW = 3;
// Anchor keys live in their own 52-bit namespace (fixed high bits) apart from the random band keys.
const ANCHOR_NAMESPACE = 0xa5c3e;

export type WordingKeys = { index: number[]; lookup: number[] };

export function wordingKeys(tokens: string[]): WordingKeys {
  const bigrams = shingleHashes(tokens, 2);
  const trigrams = shingleHashes(tokens, ANCHOR_K);
  const bands = lshBandKeys(bigrams, DEFAULT_LSH);
  const anchors = winnow(trigrams, ANCHOR_WINDOW).map((h) => key52(ANCHOR_NAMESPACE, h));
  const allTrigrams = [...new Set(trigrams)].map((h) => key52(ANCHOR_NAMESPACE, h));
  return { index: [...new Set([...bands, ...anchors])], lookup: [...new Set([...bands, ...allTrigrams])] };
}
