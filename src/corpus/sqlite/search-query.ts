// Turning what a user typed into a safe FTS5 query: every word becomes a quoted term (so `AND`,
// `NEAR(`, `*` or an unbalanced quote never reach the FTS5 parser as syntax), all required.

export function ftsQuery(text: string): string | null {
  const words = text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  if (!words.length) return null;
  return words.map((w) => `"${w}"`).join(' ');
}

/** `--to 2024-03-01` includes the whole day: compare against the date followed by a character
 *  sorting after every ISO time suffix. */
export function dateUpperBound(to: string): string {
  return `${to}\uffff`;
}
