import { describe, it, expect } from 'vitest';
import { alignWordings } from '../../../src/corpus/clustering/align.js';
import { normalisedTokens as t } from '../../../src/corpus/clustering/normalise.js';

const original = 'I did not have sexual relations with that woman, not me, not Bill, nobody in this building';

describe('alignWordings', () => {
  it('confirms an elision as a variant', () => {
    const v = alignWordings(t(original), t('I did not have sexual relations with that woman … nobody in this building'));
    expect(v).toMatchObject({ same: true, relation: 'variant', substituted: 0 });
  });
  it('confirms a bracketed insertion as a variant', () => {
    const v = alignWordings(t(original), t('I did not have sexual relations with that woman, not me, not Bill [Clinton], nobody in this building'));
    expect(v).toMatchObject({ same: true, relation: 'variant' });
    expect(v.matched).toBe(t(original).length);
  });
  it('confirms a truncation', () => {
    const v = alignWordings(t(original), t('I did not have sexual relations with that woman'));
    expect(v.same).toBe(true);
  });
  it('confirms a changed word', () => {
    const v = alignWordings(t(original), t('I did not have sexual relations with that lady, not me, not Bill, nobody in this building'));
    expect(v.same).toBe(true);
    expect(v.substituted).toBeGreaterThan(0);
  });
  it('recognises a short fragment quoted inside a longer quotation as containment', () => {
    const long = 'We are going to build a wall along the southern border and Mexico is going to pay for it, believe me';
    const v = alignWordings(t(long), t('Mexico is going to pay for it'));
    expect(v).toMatchObject({ same: true, relation: 'contained' });
    expect(alignWordings(t('Mexico is going to pay for it'), t(long)).relation).toBe('contained');
  });
  it('rejects a different statement that shares many words', () => {
    const a = 'We are committed to working with our partners to bring down energy prices for families this winter';
    const b = 'We are committed to working with our partners to protect jobs in the steel industry this winter';
    expect(alignWordings(t(a), t(b)).same).toBe(false);
    expect(alignWordings(t('I will not stand for re-election next year'), t('I will not stand for the leadership of the party next year')).same).toBe(false);
  });
  it('rejects wordings too short to trace', () => {
    expect(alignWordings(t('no comment'), t('no comment')).same).toBe(false);
  });
});
