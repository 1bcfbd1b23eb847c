// A set of small integer keys as bits of a fixed-size map: the cheap first test of a word against
// a word table, a few character reads and one bit instead of a string hash. Each table keys its
// words its own way (cues/lemma-sieve.ts by lemma, quotes/word-opening.ts by the lower-cased
// opening and ending of a token's text, speakers/word-shapes.ts by a word's shape in the document
// text); a key in the set may still stand for another word, a key not in it for none of the table's.

/** Keys in [0, 2^size), one bit each. */
export type KeyBits = Uint8Array;

/** An empty set of keys below 2^size (size ≥ 3). */
export function keyBits(size: number): KeyBits {
  return new Uint8Array(1 << (size - 3));
}

export function addKey(bits: KeyBits, key: number): void {
  bits[key >>> 3]! |= 1 << (key & 7);
}

export function hasKey(bits: KeyBits, key: number): boolean {
  return (bits[key >>> 3]! & (1 << (key & 7))) !== 0;
}
