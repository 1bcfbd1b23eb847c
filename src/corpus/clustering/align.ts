// Token alignment that confirms (or rejects) a candidate from the index. Two wordings are the same
// quotation when, after aligning their tokens, what differs is only what journalists do to a
// quotation: cut a part out (elision, truncation, quoting a fragment), add a clarification
// (`not Bill [Clinton],`), or change a word or two. A different statement that happens to share
// many words differs by longer substituted runs, and is rejected.

export type AlignmentVerdict = {
  same: boolean;
  /** 'variant': both wordings cover each other mostly; 'contained': the shorter one is a fragment
   *  of the longer one; 'different' otherwise. */
  relation: 'variant' | 'contained' | 'different';
  /** Tokens matched in order (LCS length). */
  matched: number;
  /** Tokens replaced by other tokens at the same place (changed words). */
  substituted: number;
};

/** Quotations this short are too common to trace ("we will see"); they never join clusters. */
export const MIN_CLUSTER_TOKENS = 4;
// Beyond this many tokens the O(n·m) table is too large; compare the heads, which is where a
// quotation is usually recognised.
const MAX_ALIGN_TOKENS = 400;

/** Longest common subsequence, returned as matched index pairs in order. */
function lcsPairs(a: string[], b: string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const table = new Uint16Array((n + 1) * (m + 1));
  const w = m + 1;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] = a[i] === b[j]
        ? table[(i + 1) * w + j + 1]! + 1
        : Math.max(table[(i + 1) * w + j]!, table[i * w + j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { pairs.push([i, j]); i++; j++; }
    else if (table[(i + 1) * w + j]! >= table[i * w + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

export function alignWordings(first: string[], second: string[]): AlignmentVerdict {
  const a = first.slice(0, MAX_ALIGN_TOKENS);
  const b = second.slice(0, MAX_ALIGN_TOKENS);
  const different = (matched: number, substituted: number): AlignmentVerdict => ({ same: false, relation: 'different', matched, substituted });
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  if (shorter < MIN_CLUSTER_TOKENS) return different(0, 0);

  const pairs = lcsPairs(a, b);
  const matched = pairs.length;
  // Walk the gaps between matched tokens. A gap missing on one side only is an elision, an
  // insertion or a truncation; a gap with tokens on both sides is a substitution.
  let substituted = 0;
  let longestSubstitution = 0;
  let interiorGapsInShorter = 0;
  const aIsShorter = a.length <= b.length;
  let prevA = -1;
  let prevB = -1;
  const gaps = [...pairs, [a.length, b.length] as [number, number]];
  for (let g = 0; g < gaps.length; g++) {
    const [ia, ib] = gaps[g]!;
    const skippedA = ia - prevA - 1;
    const skippedB = ib - prevB - 1;
    const interior = g > 0 && g < gaps.length - 1;
    if (skippedA > 0 && skippedB > 0) {
      substituted += Math.max(skippedA, skippedB);
      longestSubstitution = Math.max(longestSubstitution, Math.max(skippedA, skippedB));
    } else if (interior && (aIsShorter ? skippedA : skippedB) > 0) {
      interiorGapsInShorter++;
    }
    prevA = ia;
    prevB = ib;
  }

  // The shorter wording must be almost entirely inside the longer one.
  const coverage = matched / shorter;
  // A changed word is one or two tokens at one place; more, or in many places, is another statement.
  const substitutionBudget = Math.max(1, Math.floor(shorter / 10));
  if (coverage < 0.8 || longestSubstitution > 2 || substituted > substitutionBudget * 2 || matched < MIN_CLUSTER_TOKENS) {
    return different(matched, substituted);
  }
  // Unmatched words inside the shorter wording that are not substitutions (scattered extra
  // words) suggest a rewording rather than a quotation.
  if (interiorGapsInShorter > 1) return different(matched, substituted);
  const relation = matched / longer >= 0.5 ? 'variant' : 'contained';
  return { same: true, relation, matched, substituted };
}
