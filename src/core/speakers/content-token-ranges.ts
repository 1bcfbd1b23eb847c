// The token range of every quotation content of an article, found once: quotedTokens (what lies
// inside a quotation) and quotedWords (a quotation's own words) walk the same contents, and
// finding a content's last token walks its tokens.
import { tokensWithin } from '../document/token-index.js';
import { keepingLastArticle } from './last-article.js';

let ranges = new Int32Array(64);

/** For the k-th content in quote order (the first quote's contents, then the second's…), its
 *  first token at 2k and its last at 2k + 1 (first > last when it has none). One array reused
 *  from article to article: valid until asked about another article. */
export const contentTokenRanges = keepingLastArticle((doc, quotes) => {
  let count = 0;
  for (let i = 0; i < quotes.length; i++) count += quotes[i]!.content.length;
  if (ranges.length < 2 * count) ranges = new Int32Array(2 * count);
  let k = 0;
  // Indexed loops: an article's quotes and contents arrays differ in elements kind (an empty
  // literal is a small-integer array), which sends for-of through the generic iterator.
  for (let i = 0; i < quotes.length; i++) {
    const content = quotes[i]!.content;
    for (let c = 0; c < content.length; c++) {
      const [f, l] = tokensWithin(doc.tokens, content[c]!.start, content[c]!.end);
      ranges[k++] = f;
      ranges[k++] = l;
    }
  }
  return ranges;
});
