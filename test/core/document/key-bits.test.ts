import { describe, it, expect } from 'vitest';
import { addKey, hasKey, keyBits } from '../../../src/core/document/key-bits.js';

describe('key bits', () => {
  it('holds exactly the keys added, over the whole key range', () => {
    const bits = keyBits(10);
    const added = new Set([0, 1, 7, 8, 9, 511, 512, 1000, 1023]);
    for (const key of added) addKey(bits, key);
    for (let key = 0; key < 1024; key++) expect(hasKey(bits, key)).toBe(added.has(key));
  });
});
