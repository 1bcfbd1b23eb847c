import { describe, it, expect } from 'vitest';
import { openingKey } from '../../../src/core/quotes/word-opening.js';

describe('openingKey', () => {
  it('is the same for a word and its lower-cased form, so capitalised tokens still reach the table', () => {
    for (const word of ['Pointed', 'SAID', 'Comments', 'a', 'I', 'Warned.']) {
      expect(openingKey(word)).toBe(openingKey(word.toLowerCase()));
    }
  });

  it('tells apart words that differ in their first two or last characters', () => {
    expect(openingKey('pointed')).not.toBe(openingKey('painted'));
    expect(openingKey('warned')).not.toBe(openingKey('warner'));
    expect(openingKey('a')).not.toBe(openingKey('an'));
  });

  it('gives no key when one of those characters is not ASCII, so the caller falls back to the full lookup', () => {
    // U+212A KELVIN SIGN lower-cases to an ASCII `k`: a key from its code would wrongly reject it.
    expect(openingKey('\u212Aey')).toBe(-1);
    expect(openingKey('café')).toBe(-1);
    expect(openingKey('')).toBe(-1);
    // A non-ASCII letter in the middle may change the length, but not the first two and last characters.
    expect(openingKey('ab\u0130cd')).toBe(openingKey('ab\u0130cd'.toLowerCase()));
  });
});
