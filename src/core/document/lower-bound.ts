// The one binary search of the project: offsets → tokens, sentences, spans, cumulative weights.

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
