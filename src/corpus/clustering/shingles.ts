// Word shingles: overlapping runs of k tokens, hashed. The unit of both MinHash (set similarity)
// and winnowed anchors (containment).
import { hash32 } from './hash.js';

/** Hashes of every run of `k` consecutive tokens, in order (duplicates kept for winnowing). */
export function shingleHashes(tokens: string[], k: number): number[] {
  if (tokens.length === 0) return [];
  if (tokens.length < k) return [hash32(tokens.join(' '))];
  const out: number[] = new Array(tokens.length - k + 1);
  for (let i = 0; i + k <= tokens.length; i++) {
    let text = tokens[i]!;
    for (let j = 1; j < k; j++) text += ' ' + tokens[i + j];
    out[i] = hash32(text);
  }
  return out;
}

/** Winnowing (Schleimer et al.): the minimum hash of every window of `w` shingles. Any run of at
 *  least w + k - 1 tokens shared by two texts yields at least one shared anchor, which is what
 *  lets a fragment find the longer quotation it was cut from. */
export function winnow(hashes: number[], w: number): number[] {
  if (hashes.length <= w) return hashes.length ? [Math.min(...hashes)] : [];
  const picked = new Set<number>();
  for (let i = 0; i + w <= hashes.length; i++) {
    let min = hashes[i]!;
    for (let j = 1; j < w; j++) if (hashes[i + j]! < min) min = hashes[i + j]!;
    picked.add(min);
  }
  return [...picked];
}
