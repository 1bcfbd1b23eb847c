// Locale lists hold multi-word phrases as written (`found its way`, `at least`); rules compare them
// word by word with tokens, at every token that could open or close one, so each list is split once.

const cache = new WeakMap<object, readonly (readonly string[])[]>();

/** The phrases of a locale list, each split into its words; computed once per list. */
export function phraseWords(phrases: readonly string[] | ReadonlySet<string>): readonly (readonly string[])[] {
  let split = cache.get(phrases);
  if (!split) {
    split = [...phrases].map((phrase) => phrase.split(' '));
    cache.set(phrases, split);
  }
  return split;
}
