// Text as the search index sees it, on both sides (indexed wordings and queries): runs of letters
// and digits, lower-cased, diacritics removed — what SQLite's FTS5 `unicode61 remove_diacritics 2`
// tokenizer produces. Feeding PostgreSQL's parser only these words (no punctuation) keeps it from
// its own token types (`3.5` as a number, `e-mail` as a compound) that the SQLite store never sees.
const MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;

export function searchWords(text: string): string[] {
  return text.normalize('NFKD').replace(MARKS, '').normalize('NFC').toLowerCase().split(NON_WORD).filter((w) => w.length > 0);
}
