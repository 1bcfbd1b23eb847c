import { describe, it, expect } from 'vitest';
import { KeyFilter } from '../../../src/corpus/sqlite/key-filter.js';
import { wordingKeys } from '../../../src/corpus/clustering/candidate-keys.js';
import { normalisedTokens } from '../../../src/corpus/clustering/normalise.js';

const keysOf = (text: string) => wordingKeys(normalisedTokens(text)).lookup;

describe('KeyFilter', () => {
  it('never rules out a key it was given, and rules out almost every other', () => {
    const filter = new KeyFilter();
    const added: number[] = [];
    for (let i = 0; i < 4000; i++) {
      for (const key of keysOf(`The council said ${i} new homes would be built on the ${i * 7} old sites by ${i % 50}`)) {
        filter.add(key);
        added.push(key);
      }
    }
    expect(added.every((key) => filter.mightHave(key))).toBe(true);
    const others: number[] = [];
    for (let i = 0; i < 4000; i++) others.push(...keysOf(`Ticket prices on route ${i} will double from ${i * 3} June, the operator confirmed ${i % 11}`));
    const given = new Set(added);
    const unseen = others.filter((key) => !given.has(key));
    const falsePositives = unseen.filter((key) => filter.mightHave(key)).length;
    expect(unseen.length).toBeGreaterThan(50_000);
    expect(falsePositives / unseen.length).toBeLessThan(0.001);
  });
});
