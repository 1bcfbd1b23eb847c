// wink-nlp can leave the second half of a typewriter mark (`''`) on the word after it (`''we.''`,
// `''A Change Is Near,''`): rules that read a word's first letters skip the apostrophes it carries.

/** How many of the locale's apostrophes (single characters) open `text`. */
export function leadingApostrophes(text: string, apostrophes: readonly string[]): number {
  let n = 0;
  while (n < text.length && apostrophes.includes(text[n]!)) n++;
  return n;
}
