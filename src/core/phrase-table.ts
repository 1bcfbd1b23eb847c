// A lexicon of multi-word forms looked up one token at a time: each form, lower-cased and split on
// spaces, is filed under its first word, and the forms sharing a first word are tried longest
// first, so `go on to say` wins over `go on`. Built once per lexicon array.

/** A lexicon form as its words, with the entry it belongs to. */
export type Phrase<E> = { words: string[]; entry: E };

const tableCache = new WeakMap<object, Map<string, Phrase<unknown>[]>>();

/** The phrases of `entries` keyed by their first word, longest first (stable among equals). */
export function phraseTable<E extends { forms: string[] }>(entries: E[]): Map<string, Phrase<E>[]> {
  const cached = tableCache.get(entries);
  if (cached) return cached as Map<string, Phrase<E>[]>;
  const table = new Map<string, Phrase<E>[]>();
  for (const entry of entries) {
    for (const form of entry.forms) {
      const words = form.toLowerCase().split(' ').filter(Boolean);
      const list = table.get(words[0]!) ?? [];
      list.push({ words, entry });
      table.set(words[0]!, list);
    }
  }
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  tableCache.set(entries, table);
  return table;
}
