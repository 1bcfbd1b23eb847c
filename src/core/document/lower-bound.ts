// The binary searches of the project: offsets → tokens, sentences, spans, cumulative weights.

/** The first index in [0, count) for which `isBefore(i)` is false, given that `isBefore` is
 *  true for a prefix of the indices and false after it (count when it is true everywhere). */
export function lowerBound(count: number, isBefore: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of `sorted` (ascending) are below `value`: lowerBound over a plain array of numbers,
 *  for the hot calls where the callback was not inlined (topic attributions' per-token checks). */
export function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
