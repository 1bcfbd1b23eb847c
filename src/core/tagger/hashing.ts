// Feature hashing for the attribution tagger. A feature is a template plus one to three field
// values (`w=said` is template `w`, field `said`); it is identified by a 32-bit hash built from
// the template's seed and the fields' string hashes, so the hot loop never concatenates strings.
// Field strings are hashed once per token (FNV-1a), features mixed with murmur3's round and
// finaliser. The same function hashes at training and at inference, so the model file stores
// hashes, not strings.
import { fmix32 } from '../fmix32.js';
import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../fnv1a.js';

/** FNV-1a over the UTF-16 code units of `text`. */
export const hashString = fnv1a;

/** hashString(text.slice(from, to).toLowerCase()) without building either string for ASCII text. */
export function hashLower(text: string, from = 0, to = text.length): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c > 127) return hashString(text.slice(from, to).toLowerCase());
    h ^= c;
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** One murmur3 round: folds a 32-bit value into a running hash. */
export function mix(h: number, value: number): number {
  let k = Math.imul(value, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** murmur3's finaliser (the feature table probes the low bits of the result). */
export const finish = fmix32;

/** The hash of a feature spelled out as strings: `featureHash('w', 'said')` is the hash of
 *  `w=said`. For tests and tools; the extractor mixes cached field hashes directly. */
export function featureHash(template: string, ...fields: string[]): number {
  let h = hashString(template);
  for (const field of fields) h = mix(h, hashString(field));
  return finish(h);
}
