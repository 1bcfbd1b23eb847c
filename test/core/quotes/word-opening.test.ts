import { describe, it, expect } from 'vitest';
import { mayOpen, openingKey, tableOpenings } from '../../../src/core/quotes/word-opening.js';

describe('openingKey', () => {
  it('is the same for a word and its lower-cased form, so capitalised tokens still reach the table', () => {
    for (const word of ['Pointed', 'SAID', 'Comments', 'a', 'I', 'Warned.']) {
      expect(openingKey(word)).toBe(openingKey(word.toLowerCase()));
    }
  });

  it('tells apart words that differ in their first three or last two characters', () => {
    expect(openingKey('pointed')).not.toBe(openingKey('painted'));
    expect(openingKey('warned')).not.toBe(openingKey('warner'));
    expect(openingKey('a')).not.toBe(openingKey('an'));
    expect(openingKey('backs')).not.toBe(openingKey('backers'));
    expect(openingKey('reported')).not.toBe(openingKey('received'));
  });

  it('gives no key when one of those characters is not ASCII, so the caller falls back to the full lookup', () => {
    // U+212A KELVIN SIGN lower-cases to an ASCII `k`: a key from its code would wrongly reject it.
    expect(openingKey('\u212Aey')).toBe(-1);
    expect(openingKey('café')).toBe(-1);
    expect(openingKey('')).toBe(-1);
    expect(openingKey('ab\u0130cd')).toBe(-1);
    // A non-ASCII letter in the middle may change the length, but not the first three and last two characters.
    expect(openingKey('abc\u0130de')).not.toBe(-1);
    expect(openingKey('abc\u0130de')).toBe(openingKey('abc\u0130de'.toLowerCase()));
  });

  it('lets every word of the table through, in any case, and words with no key', () => {
    const table = new Map([['pointed', 1], ['comments', 2], ['upbeat', 3], ['café', 4]]);
    const openings = tableOpenings(table);
    for (const word of ['pointed', 'Pointed', 'COMMENTS', 'upbeat', 'café']) expect(mayOpen(openings, openingKey(word))).toBe(true);
    expect(mayOpen(openings, openingKey('painted'))).toBe(false);
    expect(mayOpen(openings, openingKey('comment'))).toBe(false);
  });
});
