import { describe, it, expect } from 'vitest';
import { keepingLastArticle } from '../../../src/core/speakers/last-article.js';
import { readDocument } from '../../../src/core/document/document.js';
import type { QuoteDraft } from '../../../src/core/quotes/quote-drafts.js';

describe('keepingLastArticle', () => {
  it('answers the same article and drafts once, and anew for another article or added drafts', () => {
    let worked = 0;
    const count = keepingLastArticle((doc, quotes) => { worked++; return { tokens: doc.tokens.length, quotes: quotes.length }; });
    const a = readDocument('He said it.');
    const b = readDocument('She said nothing at all.');
    const drafts: QuoteDraft[] = [];
    const first = count(a, drafts);
    expect(count(a, drafts)).toBe(first);
    expect(worked).toBe(1);
    expect(count(b, drafts).tokens).toBe(b.tokens.length);
    expect(worked).toBe(2);
    expect(count(a, drafts)).not.toBe(first);
    expect(worked).toBe(3);
    drafts.push({} as QuoteDraft);
    expect(count(a, drafts).quotes).toBe(1);
    expect(worked).toBe(4);
  });
});
