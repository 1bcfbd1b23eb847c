import { describe, it, expect } from 'vitest';
import { RecentKeys } from '../../../src/corpus/sqlite/recent-keys.js';
import { wordingKeys } from '../../../src/corpus/clustering/candidate-keys.js';
import { normalisedTokens } from '../../../src/corpus/clustering/normalise.js';

const QUOTES = [
  'We will not raise taxes on working families, not this year, not next year',
  'The harbour wall will be rebuilt before the winter storms arrive',
  'Ticket prices on the night ferry will double from the first of June',
];

function postingsOf(recent: RecentKeys, key: number): number[] {
  const out: number[] = [];
  recent.postings(key, out);
  return out.sort((a, b) => a - b);
}

describe('RecentKeys', () => {
  it('returns every wording indexed under a key, through growth far past its first size', () => {
    const recent = new RecentKeys(16);
    const expected = new Map<number, number[]>();
    // Real index keys of many wordings: 52-bit numbers, some shared by several wordings.
    for (let wording = 1; wording <= 3000; wording++) {
      const text = `${QUOTES[wording % QUOTES.length]} ${wording % 700}`;
      for (const key of wordingKeys(normalisedTokens(text)).index) {
        recent.add(key, wording);
        expected.set(key, [...(expected.get(key) ?? []), wording]);
      }
    }
    expect(recent.size).toBe([...expected.values()].reduce((n, list) => n + list.length, 0));
    const shared = [...expected].filter(([, list]) => list.length > 1);
    expect(shared.length).toBeGreaterThan(10);
    for (const [key, list] of expected) expect(postingsOf(recent, key)).toEqual(list);
    expect(postingsOf(recent, 12345)).toEqual([]);
  });

  it('lists its rows ordered by key then wording, and is empty after clear', () => {
    const recent = new RecentKeys();
    const big = 2 ** 51 + 7;
    recent.add(big, 3);
    recent.add(5, 9);
    recent.add(big, 1);
    recent.add(2 ** 40, 2);
    const rows = recent.sortedRows();
    expect([...rows.keys]).toEqual([5, 2 ** 40, big, big]);
    expect([...rows.wordings]).toEqual([9, 2, 1, 3]);
    recent.clear();
    expect(recent.size).toBe(0);
    expect(postingsOf(recent, big)).toEqual([]);
    expect(recent.sortedRows().keys.length).toBe(0);
  });
});
