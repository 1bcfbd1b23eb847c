// entities.ts and then relays.ts ask about the same article's drafts in turn (quotation tokens,
// content token ranges, continuations): each such answer is kept for the last article asked
// about, where a WeakMap entry per article cost as much as the answer (a sixth of continuations'
// work). Asked about another article, or about drafts added to since, it is worked out anew.
import type { Document } from '../document/document.js';
import type { QuoteDraft } from '../quotes/quote-drafts.js';

/** `answer` with its last result kept: asked again about the same document and drafts, it returns
 *  that result (the same object) without working it out again. */
export function keepingLastArticle<R>(answer: (doc: Document, quotes: QuoteDraft[]) => R): (doc: Document, quotes: QuoteDraft[]) => R {
  let lastDoc: Document | null = null;
  let lastQuotes: QuoteDraft[] | null = null;
  let lastCount = -1;
  let last: R;
  return (doc, quotes) => {
    if (doc === lastDoc && quotes === lastQuotes && quotes.length === lastCount) return last;
    last = answer(doc, quotes);
    lastDoc = doc;
    lastQuotes = quotes;
    lastCount = quotes.length;
    return last;
  };
}
