import { describe, it, expect } from 'vitest';
import { normaliseQuote, normalisedTokens } from '../../../src/corpus/clustering/normalise.js';

describe('normaliseQuote', () => {
  it('ignores case, punctuation, curly and straight quote marks and whitespace', () => {
    expect(normaliseQuote('“We will NOT back down,”  he')).toBe(normaliseQuote('"we will not back down" he'));
    expect(normaliseQuote('We   will\nnot back down.')).toBe('we will not back down');
  });
  it('removes elision marks in every written form', () => {
    const plain = 'the deal is dead and we will walk away';
    for (const written of [
      'The deal is dead … and we will walk away',
      'The deal is dead [...] and we will walk away',
      'The deal is dead (…) and we will walk away',
      'The deal is dead... and we will walk away',
      'The deal is dead [ … ] and we will walk away',
    ]) expect(normaliseQuote(written)).toBe(plain);
  });
  it('keeps the words of a bracketed editorial insertion', () => {
    expect(normalisedTokens('not me, not Bill [Clinton], nobody')).toEqual(['not', 'me', 'not', 'bill', 'clinton', 'nobody']);
  });
  it('keeps contractions as one word whichever apostrophe is used', () => {
    expect(normalisedTokens('We don’t know')).toEqual(normalisedTokens("we don't know"));
    expect(normalisedTokens('We don’t know')).toEqual(['we', 'dont', 'know']);
  });
  it('returns no tokens for marks only', () => {
    expect(normalisedTokens('“ … ”')).toEqual([]);
  });
});
