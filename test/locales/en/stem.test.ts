import { describe, it, expect } from 'vitest';
import { stem } from '../../../src/locales/en/stem.js';

describe('English stem', () => {
  it('brings plural, possessive and verb inflections to one stem', () => {
    expect(stem('taxes')).toBe(stem('tax'));
    expect(stem('raising')).toBe(stem('raise'));
    expect(stem('raised')).toBe(stem('raise'));
    expect(stem('policies')).toBe(stem('policy'));
    expect(stem("government's")).toBe(stem('government'));
    expect(stem('minister\u2019s')).toBe(stem('minister'));
    expect(stem('churches')).toBe(stem('church'));
  });

  it('leaves short words and double-s endings alone', () => {
    expect(stem('bus')).toBe('bus');
    expect(stem('press')).toBe('press');
    expect(stem('class')).toBe('class');
    expect(stem('thing')).toBe('thing');
  });
});
