import { describe, it, expect } from 'vitest';
import { mergeInOrder } from '../../../src/core/document/ordered-merge.js';

type Item = { at: number; from: string };
const at = (item: Item) => item.at;

describe('mergeInOrder', () => {
  it('orders two lists exactly as a stable sort of the two joined does, ties from the first list first', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 20;
    for (let round = 0; round < 300; round++) {
      const make = (from: string, sorted: boolean) => {
        const list = Array.from({ length: next() % 8 }, () => ({ at: next(), from }));
        return sorted ? list.sort((x, y) => x.at - y.at) : list;
      };
      // Mostly both in order (the merge), sometimes one not (the sort).
      const a = make('a', round % 5 !== 0);
      const b = make('b', round % 7 !== 0);
      expect(mergeInOrder(a, b, at)).toEqual([...a, ...b].sort((x, y) => x.at - y.at));
    }
  });

  it('puts an item of the first list before one of the second at the same place', () => {
    const merged = mergeInOrder([{ at: 5, from: 'draft' }], [{ at: 5, from: 'topic' }, { at: 2, from: 'topic' }].reverse(), at);
    expect(merged.map((m) => `${m.from}@${m.at}`)).toEqual(['topic@2', 'draft@5', 'topic@5']);
  });
});
