// Normalisation that decides when two wordings are "the same words": case, punctuation, quote
// marks, whitespace and elision marks (… [...] (…)) are not part of what was said. Bracketed
// editorial insertions keep their words (`[Clinton]` → `clinton`) so alignment sees them as an
// insertion rather than losing them silently.

// Elision marks: an ellipsis character or three dots, optionally inside brackets or parentheses.
// Written with bounded quantifiers only, so it cannot backtrack catastrophically.
const ELISION = /[[(]\s{0,3}(?:\u2026|\.{3})\s{0,3}[\])]|\u2026|\.{3}/g;
// Anything that is neither a letter nor a digit separates words; apostrophes inside words join them.
const INNER_APOSTROPHE = /(\p{L})['\u2019\u02bc](\p{L})/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** The quote's words, lower-cased, in order; the unit every clustering step works on. */
export function normalisedTokens(text: string): string[] {
  const flat = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(ELISION, ' ')
    .replace(INNER_APOSTROPHE, '$1$2')
    .replace(NON_WORD, ' ')
    .trim();
  return flat === '' ? [] : flat.split(' ');
}

/** One string per wording: equal strings are exact duplicates after normalisation. */
export function normaliseQuote(text: string): string {
  return normalisedTokens(text).join(' ');
}
