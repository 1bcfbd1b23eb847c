// A quotation that ends a sentence closes after the full stop (`…selling houses.'' But he…`), and
// wink-nlp sometimes ends the sentence before the closing mark, which then opens the next one.
import type { Document, Sentence } from '../../document/document.js';
import type { MarkedQuote } from '../../marks/marks.js';
import { lowerBound } from '../../document/lower-bound.js';
import { nonSpaceAtOrAfter } from '../../document/non-space-tokens.js';

/** The first token of a sentence that is its own: past the closing marks of a quotation that
 *  opened in an earlier sentence. The sentence's first token when it opens with no such marks. */
export function firstOwnToken(doc: Document, sentence: Sentence, parts: MarkedQuote[]): number {
  const { tokens } = doc;
  let k = sentence.firstToken;
  k = nonSpaceAtOrAfter(tokens, k, sentence.lastToken - 1);
  const opening = tokens[k]!;
  const part = parts[lowerBound(parts.length, (i) => parts[i]!.end <= opening.start)];
  if (!part || part.start >= sentence.start || part.start >= opening.start) return sentence.firstToken;
  // Only the marks themselves may remain of the quotation: a part that goes on into words is a
  // quotation the sentence split inside, and stays whole.
  while (k < sentence.lastToken && tokens[k]!.start < part.end) {
    if (tokens[k]!.pos !== 'PUNCT' && tokens[k]!.pos !== 'SPACE') return sentence.firstToken;
    k++;
  }
  k = nonSpaceAtOrAfter(tokens, k, sentence.lastToken - 1);
  return k;
}
