// Which tokens lie inside some quotation's content. Names there are what was said, not who said
// it: pronouns do not point back to them and they are not relays.
import { contentTokenRanges } from './content-token-ranges.js';
import { keepingLastArticle } from './last-article.js';
import { flagScratch } from './token-scratch.js';

const insideScratch = flagScratch();

/** 1 for each token inside a quotation's content; at least as long as the document, read by token
 *  index. One array reused from article to article: valid until asked about another article. */
export const quotedTokens = keepingLastArticle((doc, quotes) => {
  const inside = insideScratch(doc.tokens.length);
  const ranges = contentTokenRanges(doc, quotes);
  let contents = 0;
  for (let i = 0; i < quotes.length; i++) contents += quotes[i]!.content.length;
  // A loop, not fill(): TypedArray.prototype.fill is a call into the runtime, costly for a few tokens.
  for (let k = 0; k < 2 * contents; k += 2) for (let t = ranges[k]!, l = ranges[k + 1]!; t <= l; t++) inside[t] = 1;
  return inside;
});
