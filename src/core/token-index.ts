// Offset → token lookups over Document.tokens (sorted by start), by binary search.
import type { Token } from './document.js';

/** Index of the first token ending after `offset`, i.e. the token containing or following it. */
export function tokenAtOrAfter(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token indices [first, last] lying within [start, end); first > last when none do. */
export function tokensWithin(tokens: Token[], start: number, end: number): [number, number] {
  let first = tokenAtOrAfter(tokens, start);
  while (first < tokens.length && tokens[first]!.start < start) first++;
  let last = first - 1;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
  return [first, last];
}
