// MinHash signatures and LSH band keys: two wordings whose shingle sets overlap strongly (Jaccard
// ≳ 0.5) share at least one band key with high probability, so near-duplicates are found by
// looking up a handful of keys in an index instead of comparing against every cluster.
import { key52 } from './hash.js';

export type LshParams = { bands: number; rows: number };

/** 20 bands of 3 rows: P(candidate) ≈ 0.93 at Jaccard 0.5, ≈ 0.99 at 0.6, ≈ 0.0002 at 0.02.
 *  Recall on the hard cases (short quotes, fragments) comes from the winnowed anchors. */
export const DEFAULT_LSH: LshParams = { bands: 20, rows: 3 };

// Per-row hash functions h_i(x) = (a_i * x + b_i) mod 2^32 with odd a_i; fixed so that
// signatures are stable across runs and processes.
const MAX_HASHES = 256;
const MULTIPLIERS = new Uint32Array(MAX_HASHES);
const OFFSETS = new Uint32Array(MAX_HASHES);
{
  let s = 0x2545f491;
  const next = () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s;
  };
  for (let i = 0; i < MAX_HASHES; i++) {
    MULTIPLIERS[i] = next() | 1;
    OFFSETS[i] = next();
  }
}

export function minhashSignature(shingles: number[], size: number): Uint32Array {
  const signature = new Uint32Array(size).fill(0xffffffff);
  for (const x of shingles) {
    for (let i = 0; i < size; i++) {
      const v = (Math.imul(MULTIPLIERS[i]!, x) + OFFSETS[i]!) >>> 0;
      if (v < signature[i]!) signature[i] = v;
    }
  }
  return signature;
}

/** One key per band, salted with the band number so equal rows in different bands differ. */
export function lshBandKeys(shingles: number[], params: LshParams = DEFAULT_LSH): number[] {
  if (shingles.length === 0) return [];
  const signature = minhashSignature(shingles, params.bands * params.rows);
  const keys: number[] = [];
  for (let b = 0; b < params.bands; b++) {
    let high = 0x9e3779b9 ^ b;
    let low = 0x85ebca6b + b;
    for (let r = 0; r < params.rows; r++) {
      const v = signature[b * params.rows + r]!;
      high = Math.imul(high ^ v, 0x01000193) >>> 0;
      low = Math.imul((low + v) ^ (low >>> 15), 0x2c1b3c6d) >>> 0;
    }
    keys.push(key52(high, low));
  }
  return keys;
}
