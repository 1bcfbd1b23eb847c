// Two lists a stage produced in text order, joined in text order. Sorting the concatenation is
// the plain way; the stages mostly hand their lists over in order already, and then one merge pass
// gives the same list without the sort.

/** `a` and `b` joined in order of `key`, exactly as a stable sort of `[...a, ...b]` orders them (an
 *  item of `a` before an item of `b` with the same key): merged when each list is in order, sorted
 *  otherwise. */
export function mergeInOrder<T>(a: readonly T[], b: readonly T[], key: (item: T) => number): T[] {
  if (!inOrder(a, key) || !inOrder(b, key)) return [...a, ...b].sort((x, y) => key(x) - key(y));
  const merged: T[] = [];
  let k = 0;
  for (const item of a) {
    const at = key(item);
    while (k < b.length && key(b[k]!) < at) merged.push(b[k++]!);
    merged.push(item);
  }
  while (k < b.length) merged.push(b[k++]!);
  return merged;
}

function inOrder<T>(list: readonly T[], key: (item: T) => number): boolean {
  for (let n = 1; n < list.length; n++) if (key(list[n]!) < key(list[n - 1]!)) return false;
  return true;
}
