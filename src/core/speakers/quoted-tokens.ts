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
  for (const q of quotes) {
    for (const c of q.content) {
      const [f, l] = tokensWithin(doc.tokens, c.start, c.end);
      for (let t = f; t <= l; t++) inside[t] = 1;
    }
  }
  cache.set(quotes, inside);
  return inside;
}
