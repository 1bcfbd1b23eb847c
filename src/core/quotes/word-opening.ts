// A cheap first test of a token against a word table: a few character codes instead of a string
// hash and a lower-casing, which topic-attributions.ts' scan would otherwise pay on every noun, verb
// and adjective. (cues.ts looks its lemmas up directly: there the key
// measured slower than the map lookup alone.)

/** The lower-cased first two and last characters of a word as one number, when all three are
 *  ASCII; -1 otherwise. Lower-casing maps an ASCII character to one ASCII character in place, so
 *  they are also those characters of the word's lower-cased form. A set of the keys of a
 *  lexicon's first words rejects most tokens before a map lookup, which would hash (and maybe
 *  lower-case) every token's string. */
export function openingKey(word: string): number {
  const n = word.length;
  let a = word.charCodeAt(0);
  let b = n > 1 ? word.charCodeAt(1) : 0;
  let z = word.charCodeAt(n - 1);
  if (!(a < 128) || b >= 128 || z >= 128) return -1;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  if (z >= 65 && z <= 90) z += 32;
  return (a * 128 + b) * 128 + z;
}

const openingsCache = new WeakMap<ReadonlyMap<string, unknown>, ReadonlySet<number>>();

/** The opening keys of a word table's keys (for a phrase table, the forms' first words). A token
 *  whose key is not among them (and not -1) cannot be a key of the table. Built once per table. */
export function tableOpenings(table: ReadonlyMap<string, unknown>): ReadonlySet<number> {
  const cached = openingsCache.get(table);
  if (cached) return cached;
  const openings = new Set<number>();
  for (const word of table.keys()) {
    const key = openingKey(word);
    if (key >= 0) openings.add(key);
  }
  openingsCache.set(table, openings);
  return openings;
}
