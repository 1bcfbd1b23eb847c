// 32-bit string hashing shared by shingles, MinHash and exact-duplicate keys. FNV-1a with a seed
// is enough here: collisions only cost a wasted alignment, never a wrong cluster.

import { fmix32 } from './fmix32.js';

export function hash32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche so nearby inputs spread over all bits.
  return fmix32(h);
}

/** A 52-bit key from two 32-bit hashes: safe as a JS number and as an SQLite INTEGER. */
export function key52(high: number, low: number): number {
  return (high & 0xfffff) * 0x100000000 + (low >>> 0);
}

/** Exact-duplicate key of a normalised wording. */
export function wordingKey(normalised: string): number {
  return key52(hash32(normalised, 0x9747b28c), hash32(normalised));
}
