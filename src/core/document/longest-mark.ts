// Walks over many tokens (the ends of a reported clause, the quoted words of a quotation, a dash
// label) test each token against a set of marks. Marks are a character or two, so a longer token
// (most words) is none of them, and the walk passes it without the set lookup.

const cache = new WeakMap<ReadonlySet<string>, number>();

/** The length of the longest string in `marks`; a token longer than that is not in the set. */
export function longestMark(marks: ReadonlySet<string>): number {
  let longest = cache.get(marks);
  if (longest === undefined) {
    longest = 0;
    for (const m of marks) longest = Math.max(longest, m.length);
    cache.set(marks, longest);
  }
  return longest;
}
