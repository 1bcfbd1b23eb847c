import { describe, it, expect } from 'vitest';
import { countBelow, lowerBound } from '../../../src/core/document/lower-bound.js';

/** A sorted list with runs of equal values, from a fixed pseudo-random sequence. */
function sortedList(length: number, seed: number): number[] {
  const out: number[] = [];
  let state = seed;
  let value = 0;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    value += state % 3; // steps of 0, 1 or 2: repeated values included
    out.push(value);
  }
  return out;
}

describe('binary searches', () => {
  it('countBelow counts the values below, as a linear count does, duplicates and ends included', () => {
    for (const length of [0, 1, 2, 7, 64, 301]) {
      const list = sortedList(length, length + 1);
      const last = list[list.length - 1] ?? 0;
      for (let value = -1; value <= last + 2; value++) {
        expect(countBelow(list, value)).toBe(list.filter((x) => x < value).length);
      }
    }
  });

  it('lowerBound finds the first index its test turns false at, as countBelow does for numbers', () => {
    const list = sortedList(120, 7);
    for (let value = -1; value <= list[list.length - 1]! + 1; value++) {
      expect(lowerBound(list.length, (i) => list[i]! < value)).toBe(countBelow(list, value));
    }
  });
});
