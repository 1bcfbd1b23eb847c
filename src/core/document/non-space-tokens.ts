// Stepping over whitespace tokens (wink-nlp keeps line breaks and runs of spaces as SPACE tokens)
// to the neighbouring token. Punctuation is not skipped: a comma is a neighbour.
import type { Token } from './document.js';

/** Index of the first non-space token from `k` up to `ceiling` (inclusive, at most the last
 *  token); ceiling + 1 when none, so tokens.length when the walk is unbounded. */
export function nonSpaceAtOrAfter(tokens: Token[], k: number, ceiling: number = tokens.length - 1): number {
  while (k <= ceiling && tokens[k]!.pos === 'SPACE') k++;
  return k;
}

/** Index of the last non-space token from `k` down to `floor` (inclusive, at least 0); floor - 1
 *  when none, so -1 when the walk is unbounded. */
export function nonSpaceAtOrBefore(tokens: Token[], k: number, floor = 0): number {
  while (k >= floor && tokens[k]!.pos === 'SPACE') k--;
  return k;
}

/** The first non-space token after token `i`. */
export function nonSpaceAfter(tokens: Token[], i: number): Token | undefined {
  return tokens[nonSpaceAtOrAfter(tokens, i + 1)];
}

/** The last non-space token before token `i`. */
export function nonSpaceBefore(tokens: Token[], i: number): Token | undefined {
  return tokens[nonSpaceAtOrBefore(tokens, i - 1)];
}
