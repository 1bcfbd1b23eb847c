import { describe, it, expect } from 'vitest';
import { lemmaSieve, maySift, sieveKey } from '../../../src/core/cues/lemma-sieve.js';
import { en } from '../../../src/locales/en/index.js';
import { phraseTable } from '../../../src/core/cues/phrase-table.js';

describe('lemmaSieve', () => {
  it('lets every word of its table through, whatever its characters and length', () => {
    const words = ['say', 'according', "'d", '’d', 'a', 'é', '', 'x'.repeat(40), '日本語', '\u{1F600}'];
    const sieve = lemmaSieve(words);
    for (const word of words) expect(maySift(sieve, word)).toBe(true);
  });

  it('lets every first word of the English cue lexicon through', () => {
    const table = phraseTable(en.cues);
    const sieve = lemmaSieve([...table.keys(), ...en.words.evidenceFramePrepositions]);
    for (const word of table.keys()) expect(maySift(sieve, word)).toBe(true);
    expect(maySift(sieve, 'in')).toBe(true);
  });

  it('turns away most other words', () => {
    const sieve = lemmaSieve(['say', 'tell', 'according']);
    const others = ['the', 'of', 'minister', 'government', 'and', 'to', 'economy', 'said', 'told'];
    expect(others.filter((w) => maySift(sieve, w))).toEqual([]);
  });

  it('keys words of one character and of more than 31', () => {
    expect(sieveKey('a')).not.toBe(sieveKey('b'));
    expect(sieveKey('')).toBe(0);
    expect(sieveKey('y'.repeat(1000))).toBeLessThan(1 << 15);
  });
});
