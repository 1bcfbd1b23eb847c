import { describe, it, expect } from 'vitest';
import { leadingApostrophes } from '../../../src/core/marks/mark-remnants.js';
import { en } from '../../../src/locales/en/index.js';

describe('apostrophes a typewriter mark leaves on the next word', () => {
  it('counts the locale’s apostrophes that open a word, straight or curly', () => {
    expect(leadingApostrophes("'we", en.apostrophes)).toBe(1);
    expect(leadingApostrophes("''A", en.apostrophes)).toBe(2);
    expect(leadingApostrophes('‘’Change', en.apostrophes)).toBe(2);
  });

  it('counts none on a plain word, an apostrophe inside it or a double quotation mark', () => {
    expect(leadingApostrophes('don’t', en.apostrophes)).toBe(0);
    expect(leadingApostrophes('"we', en.apostrophes)).toBe(0);
    expect(leadingApostrophes('', en.apostrophes)).toBe(0);
  });
});
