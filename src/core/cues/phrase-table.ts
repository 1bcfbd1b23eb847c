// A lexicon of multi-word forms looked up one token at a time: each form, lower-cased and split on
// spaces, is filed under its first word, and the forms sharing a first word are tried longest
// first, so `go on to say` wins over `go on`. Built once per lexicon array.

/** A lexicon form as its words, with the entry it belongs to. */
export type Phrase<E> = { words: string[]; entry: E };

import type { Token } from '../document/document.js';
import { nonSpaceAtOrAfter } from '../document/non-space-tokens.js';

const tableCache = new WeakMap<object, Map<string, Phrase<unknown>[]>>();

/** A lexicon form as the words it is matched by: lower-cased, split on spaces. */
export function formWords(form: string): string[] {
  return form.toLowerCase().split(' ').filter(Boolean);
}

/** The word a lexicon form (or a cue's lemma) opens with, lower-cased: the word it is filed under
 *  (`tell` of `tell reporters`). */
export function formFirstWord(form: string): string {
  // formWords(form)[0] without splitting the whole form (asked per quotation attachment).
  const lower = form.toLowerCase();
  let start = 0;
  while (lower[start] === ' ') start++;
  const end = lower.indexOf(' ', start);
  return end < 0 ? lower.slice(start) : lower.slice(start, end);
}

/** The phrases of `entries` keyed by their first word, longest first (stable among equals). */
export function phraseTable<E extends { forms: string[] }>(entries: E[]): Map<string, Phrase<E>[]> {
  const cached = tableCache.get(entries);
  if (cached) return cached as Map<string, Phrase<E>[]>;
  const table = new Map<string, Phrase<E>[]>();
  for (const entry of entries) {
    for (const form of entry.forms) {
      const words = formWords(form);
      const list = table.get(words[0]!) ?? [];
      list.push({ words, entry });
      table.set(words[0]!, list);
    }
  }
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  tableCache.set(entries, table);
  return table;
}

/** Index of the last token when a phrase's words match from token i on (spaces skipped), else -1.
 *  The cue lexicon is matched on lemmas (`pointed` is `point`); topic cues, whose forms are
 *  inflected as written, on the lower-cased text. */
export function matchPhrase(tokens: Token[], i: number, words: string[], byLemma: boolean): number {
  let k = i;
  for (let w = 0; w < words.length; w++) {
    k = nonSpaceAtOrAfter(tokens, k);
    const t = tokens[k];
    if (!t || (byLemma ? t.lemma : t.text.toLowerCase()) !== words[w]) return -1;
    if (w < words.length - 1) k++;
  }
  return k;
}
