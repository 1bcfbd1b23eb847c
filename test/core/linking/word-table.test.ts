import { describe, expect, it } from 'vitest';
import { WordTable, hashOfWord } from '../../../src/core/linking/word-table.js';

describe('WordTable', () => {
  it('finds a word by its place in a text, as a Map of the words would', () => {
    const table = new WordTable();
    const words = Array.from({ length: 1000 }, (_, i) => `w${i.toString(36)}’s`);
    words.forEach((w, i) => table.add(w, hashOfWord(w), i * 2));
    expect(table.size).toBe(1000);
    const text = `x ${words.join(' ')} y`;
    let from = 2;
    words.forEach((w, i) => {
      const at = table.indexOf(text, from, from + w.length, hashOfWord(w));
      expect(table.valueAt(at)).toBe(i * 2);
      from += w.length + 1;
    });
    expect(table.indexOf(text, 0, 1, hashOfWord('x'))).toBe(-1);
    // Same hash, different length or text: not found.
    expect(table.indexOf(text, 2, 4, hashOfWord(words[0]!))).toBe(-1);
  });

  it('forgets every word when cleared, whatever its size, and takes new ones after', () => {
    for (const count of [10, 5000]) {
      const table = new WordTable();
      const words = Array.from({ length: count }, (_, i) => `old${i}`);
      words.forEach((w, i) => table.add(w, hashOfWord(w), i));
      table.clear();
      expect(table.size).toBe(0);
      for (const w of words) expect(table.indexOf(w, 0, w.length, hashOfWord(w))).toBe(-1);
      table.add('fresh', hashOfWord('fresh'), 7);
      expect(table.valueAt(table.indexOf('a fresh', 2, 7, hashOfWord('fresh')))).toBe(7);
    }
  });

  it('answers for the words added since it was cleared, not for earlier ones left in its arrays', () => {
    const table = new WordTable();
    for (const [round, count] of [[0, 300], [1, 40], [2, 700], [3, 5]] as const) {
      table.clear();
      const words = Array.from({ length: count }, (_, i) => `r${round}w${i}`);
      words.forEach((w, i) => table.add(w, hashOfWord(w), i - 1));
      expect(table.size).toBe(count);
      words.forEach((w, i) => expect(table.valueAt(table.indexOf(w, 0, w.length, hashOfWord(w)))).toBe(i - 1));
      const earlier = `r${round === 0 ? 2 : round - 1}w0`;
      expect(table.indexOf(earlier, 0, earlier.length, hashOfWord(earlier))).toBe(-1);
    }
  });
});
