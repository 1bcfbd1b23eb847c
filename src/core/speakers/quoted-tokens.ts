// Which tokens lie inside some quotation's content. Names there are what was said, not who said
// it: pronouns do not point back to them and they are not relays.
import type { Document } from '../document/document.js';
import type { QuoteDraft } from '../quotes/quotes.js';
import { tokensWithin } from '../document/token-index.js';

// entities.ts and relays.ts both ask for the same article's drafts; compute once.
const cache = new WeakMap<QuoteDraft[], Uint8Array>();

export function quotedTokens(doc: Document, quotes: QuoteDraft[]): Uint8Array {
  const cached = cache.get(quotes);
  if (cached && cached.length === doc.tokens.length) return cached;
  const inside = new Uint8Array(doc.tokens.length);
  // Indexed loops: an article's quotes and contents arrays differ in elements kind (an empty
  // literal is a small-integer array), which sends for-of through the generic iterator.
  for (let i = 0; i < quotes.length; i++) {
    const content = quotes[i]!.content;
    for (let k = 0; k < content.length; k++) {
      const [f, l] = tokensWithin(doc.tokens, content[k]!.start, content[k]!.end);
      inside.fill(1, f, l + 1);
    }
  }
  cache.set(quotes, inside);
  return inside;
}
