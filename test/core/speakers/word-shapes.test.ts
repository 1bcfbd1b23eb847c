import { describe, it, expect } from 'vitest';
import { WordShapes } from '../../../src/core/speakers/word-shapes.js';

// Words and variants of them that a token may be: other cases, characters beyond ASCII that
// lower-case to ASCII (the Kelvin sign) or to two characters (`İ`), lengths past 15.
const words = ['de', 'van', 'BBC', 'Guardian', 'minister', 'prime minister', 'chief executive officer', 'k', 'président', 'é'];
const variants = (w: string) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1), w.replace(/k/g, '\u212a'), w.replace(/i/g, '\u0130'), w + 's', w.slice(1), `${w}${w}`];

describe('WordShapes: rules out only words not in the set', () => {
  it('never rules out a word of the set, exact or lower-cased into it', () => {
    const exact = new WordShapes(words);
    const caseless = new WordShapes(words.filter((w) => /^[\x00-\x7f]*$/.test(w)), true);
    const asciiWords = new Set(words.filter((w) => /^[\x00-\x7f]*$/.test(w)));
    for (const w of words) for (const v of variants(w)) {
      const text = `xx ${v} yy`;
      if (words.includes(v)) expect(exact.mayHold(text, 3, 3 + v.length)).toBe(true);
      if (asciiWords.has(v.toLowerCase())) expect(caseless.mayHold(text, 3, 3 + v.length)).toBe(true);
    }
  });

  it('rules out most other words, and nothing once a caseless set holds a word beyond ASCII', () => {
    const exact = new WordShapes(words);
    expect(exact.mayHold('said Smith', 0, 4)).toBe(false);
    expect(new WordShapes(words, true).mayHold('said', 0, 4)).toBe(true);
  });
});
