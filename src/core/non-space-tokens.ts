// Stepping over whitespace tokens (wink-nlp keeps line breaks and runs of spaces as SPACE tokens)
// to the neighbouring token. Punctuation is not skipped: a comma is a neighbour.
import type { Token } from './document.js';

/** Index of the first non-space token at or after `k`; tokens.length when none. */
export function nonSpaceAtOrAfter(tokens: Token[], k: number): number {
  while (k < tokens.length && tokens[k]!.pos === 'SPACE') k++;
  return k;
}

/** Index of the last non-space token at or before `k`; -1 when none. */
export function nonSpaceAtOrBefore(tokens: Token[], k: number): number {
  while (k >= 0 && tokens[k]!.pos === 'SPACE') k--;
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
