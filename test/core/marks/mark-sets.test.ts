import { describe, it, expect } from 'vitest';
import { markSets } from '../../../src/core/marks/mark-sets.js';
import { en } from '../../../src/locales/en/index.js';
import type { MarkPair } from '../../../src/locales/locale.js';

describe('markSets', () => {
  it('takes every opener and closer from the locale pairs, including the backtick opener', () => {
    const { opening, closing } = markSets(en);
    for (const pair of en.marks) {
      expect(opening.has(pair.open)).toBe(true);
      for (const c of pair.close) expect(closing.has(c)).toBe(true);
    }
    expect(opening.has('``')).toBe(true);
    expect(opening.has('”')).toBe(false);
  });

  it('steps back only over marks whose first role is to close: `“` closes `„…“` but opens English quotations', () => {
    const { trailing } = markSets(en);
    expect([...trailing].sort()).toEqual(['"', "'", "''", '»', '’', '”', '›', '」', '』'].sort());
  });

  it('keeps a closer that an earlier pair lists before a later pair opens with it', () => {
    const pairs: MarkPair[] = [{ open: '«', close: ['»'] }, { open: '»', close: ['«'] }];
    expect([...markSets({ marks: pairs, apostrophes: [] }).trailing]).toEqual(['»']);
  });

  it('leaves marks that double as apostrophes out of the unambiguous set', () => {
    const { unambiguous, any } = markSets(en);
    for (const a of en.apostrophes) expect(unambiguous.has(a)).toBe(false);
    expect(unambiguous.has("''")).toBe(true);
    expect(unambiguous.has('“')).toBe(true);
    expect(any.has('’')).toBe(true);
  });

  it('derives the sets once per pair list', () => {
    expect(markSets(en)).toBe(markSets(en));
  });
});
