import { describe, it, expect } from 'vitest';
import { wordingKeys } from '../../../src/corpus/clustering/candidate-keys.js';
import { normalisedTokens as t } from '../../../src/corpus/clustering/normalise.js';

const shared = (lookup: number[], index: number[]) => lookup.filter((k) => index.includes(k)).length;

describe('wordingKeys', () => {
  const long = 'The economy grew faster than anyone in this government expected, and the figures published today prove that our plan is working';
  it('lets a variant find the original through shared keys', () => {
    const original = wordingKeys(t(long)).index;
    for (const variant of [
      'The economy grew faster than anyone … expected, and the figures published today prove that our plan is working',
      'The economy grew faster than anyone in this government [Sunak’s] expected, and the figures published today prove that our plan is working',
      'The economy grew quicker than anyone in this government expected, and the figures published today prove that our plan is working',
    ]) expect(shared(wordingKeys(t(variant)).lookup, original)).toBeGreaterThan(0);
  });
  it('lets a fragment find the longer quotation it was cut from, and the reverse', () => {
    const fragment = 'our plan is working';
    expect(shared(wordingKeys(t(fragment)).lookup, wordingKeys(t(long)).index)).toBeGreaterThan(0);
    expect(shared(wordingKeys(t(long)).lookup, wordingKeys(t(fragment)).index)).toBeGreaterThan(0);
  });
  it('gives an unrelated quotation no key in common', () => {
    const other = 'Ticket prices for the cup final have been frozen for supporters travelling from the north';
    expect(shared(wordingKeys(t(other)).lookup, wordingKeys(t(long)).index)).toBe(0);
  });
});
