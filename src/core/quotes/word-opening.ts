// A cheap first test of a token against a word table: a few character codes and one bit instead
// of a string hash and a lower-casing, which topic-attributions.ts' scan would otherwise pay on
// every noun, verb and adjective. (cues.ts sieves lemmas, which need no lower-casing, with a key
// of its own: cues/lemma-sieve.ts.)
import { addKey, hasKey, keyBits, type KeyBits } from '../document/key-bits.js';

/** A hash of the lower-cased first three and last two characters of a word, when all five are
 *  ASCII; -1 otherwise. Lower-casing maps an ASCII character to one ASCII character in place (a
 *  character elsewhere may become several, but only after the first three and before the last
 *  two), so they are also those characters of the word's lower-cased form. (The first two and
 *  last two alone let through about twice as many of BBC News' nouns, verbs and adjectives.) */
export function openingKey(word: string): number {
  const n = word.length;
  if (n === 0) return -1;
  let a = word.charCodeAt(0);
  let b = n > 1 ? word.charCodeAt(1) : 0;
  let c = n > 2 ? word.charCodeAt(2) : 0;
  let y = n > 1 ? word.charCodeAt(n - 2) : 0;
  let z = word.charCodeAt(n - 1);
  if ((a | b | c | y | z) >= 128) return -1;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  if (c >= 65 && c <= 90) c += 32;
  if (y >= 65 && y <= 90) y += 32;
  if (z >= 65 && z <= 90) z += 32;
  // 35 bits of characters, mixed into 30 (a small integer): the map reads its top bits.
  return Math.imul((a << 14 | b << 7 | c) ^ Math.imul(y << 7 | z, 0x2545f491), 0x9e3779b1) >>> 2;
}

/** The opening keys of a table's words as bits of a fixed-size map (32 KB), a key folded onto its
 *  bit: keys that share a bit only let a word through to the table lookup. */
export type TableOpenings = KeyBits;

const SLOT_BITS = 18;

function slotOf(key: number): number {
  return key >>> (30 - SLOT_BITS);
}

/** Whether a word with key `key` may be a word of the table: false only when it cannot. A word
 *  with no key (-1) may. */
export function mayOpen(openings: TableOpenings, key: number): boolean {
  return key < 0 || hasKey(openings, slotOf(key));
}

const openingsCache = new WeakMap<ReadonlyMap<string, unknown>, TableOpenings>();

/** The opening keys of a word table's keys (for a phrase table, the forms' first words). Built
 *  once per table. */
export function tableOpenings(table: ReadonlyMap<string, unknown>): TableOpenings {
  const cached = openingsCache.get(table);
  if (cached) return cached;
  const openings = keyBits(SLOT_BITS);
  for (const word of table.keys()) {
    const key = openingKey(word);
    if (key >= 0) addKey(openings, slotOf(key));
  }
  openingsCache.set(table, openings);
  return openings;
}
