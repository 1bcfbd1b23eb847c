// Which tokens lie inside some quotation's content. Names there are what was said, not who said
// it: pronouns do not point back to them and they are not relays.
import type { Document } from '../document/document.js';
import type { QuoteDraft } from '../quotes/quotes.js';
import { contentTokenRanges } from './content-token-ranges.js';

// entities.ts and then relays.ts ask for the same article's drafts in turn: the last answer is
// kept, in one buffer reused from article to article (a fresh typed array the length of an article
// is an off-heap allocation, and a WeakMap entry per article costs as much as the marking itself).
// The answer is valid until quotedTokens is asked about another article.
let lastDoc: Document | null = null;
let lastQuotes: QuoteDraft[] | null = null;
let inside = new Uint8Array(1024);

/** 1 for each token inside a quotation's content; at least as long as the document, read by token index. */
export function quotedTokens(doc: Document, quotes: QuoteDraft[]): Uint8Array {
  if (doc === lastDoc && quotes === lastQuotes) return inside;
  const count = doc.tokens.length;
  if (inside.length < count) inside = new Uint8Array(count);
  inside.fill(0, 0, count);
  const ranges = contentTokenRanges(doc, quotes);
  let contents = 0;
  for (let i = 0; i < quotes.length; i++) contents += quotes[i]!.content.length;
  // A loop, not fill(): TypedArray.prototype.fill is a call into the runtime, costly for a few tokens.
  for (let k = 0; k < 2 * contents; k += 2) for (let t = ranges[k]!, l = ranges[k + 1]!; t <= l; t++) inside[t] = 1;
  lastDoc = doc;
  lastQuotes = quotes;
  return inside;
}
