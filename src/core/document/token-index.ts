// Offset → token lookups over Document.tokens (sorted by start), by binary search.
import type { Token } from './document.js';
import { lowerBound } from './lower-bound.js';

/** Index of the first token ending after `offset`, i.e. the token containing or following it. */
export function tokenAtOrAfter(tokens: Token[], offset: number): number {
  return lowerBound(tokens.length, (i) => tokens[i]!.end <= offset);
}

/** Index of the first token starting at or after `offset` (a token containing it is skipped). */
export function tokenStartingAtOrAfter(tokens: Token[], offset: number): number {
  return lowerBound(tokens.length, (i) => tokens[i]!.start < offset);
}

/** Token indices [first, last] lying within [start, end); first > last when none do. */
export function tokensWithin(tokens: Token[], start: number, end: number): [number, number] {
  let first = tokenAtOrAfter(tokens, start);
  while (first < tokens.length && tokens[first]!.start < start) first++;
  let last = first - 1;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
  return [first, last];
}
