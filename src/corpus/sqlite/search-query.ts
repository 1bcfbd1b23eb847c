// Turning what a user typed into safe FTS5 queries: every word becomes a quoted term (so `AND`,
// `NEAR(`, `*` or an unbalanced quote never reach the FTS5 parser as syntax), all required.

function searchWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** Every word required, in any order. */
export function ftsQuery(text: string): string | null {
  const words = searchWords(text);
  if (!words.length) return null;
  return words.map((w) => `"${w}"`).join(' ');
}

/** The words as typed, adjacent and in order (an FTS5 phrase); null for fewer than two words,
 *  where it would match exactly what ftsQuery matches. */
export function ftsPhrase(text: string): string | null {
  const words = searchWords(text);
  return words.length >= 2 ? `"${words.join(' ')}"` : null;
}

/** `--to 2024-03-01` includes the whole day: compare against the date followed by a character
 *  sorting after every ISO time suffix. */
export function dateUpperBound(to: string): string {
  return `${to}\uffff`;
}
