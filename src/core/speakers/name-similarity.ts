// Whether two spellings of one name part are the same name misspelt (`Zelensky` / `Zelenskiy`,
// `Volodymyr` / `Volodimir`). Edits allowed grow with length: short names must match exactly,
// since `Tom` / `Tim` are different people while `Volodymyr` / `Volodimir` are not.

/** Edits tolerated between two name parts of these lengths. */
function allowedEdits(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return 0;
  if (shorter < 7) return 1;
  return 2;
}

// Two reusable rows: names are short and this runs for every surname-like mention.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, giving up (returning limit + 1) as soon as it must exceed `limit`. */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (b.length + 1 > rowA.length) { rowA = new Int32Array(b.length + 1); rowB = new Int32Array(b.length + 1); }
  let prev = rowA;
  let curr = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}

/** Lower-cased name parts: equal, or a misspelling (same first letter, few edits for the length). */
export function sameNamePart(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  const limit = allowedEdits(a, b);
  return limit > 0 && boundedEditDistance(a, b, limit) <= limit;
}

/** A given name and an initial of it (`J` / `John`), or the same given name misspelt. */
export function compatibleGivenNames(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return sameNamePart(a, b);
}
