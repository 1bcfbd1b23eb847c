import { describe, it, expect } from 'vitest';
import { longestMark } from '../../../src/core/document/longest-mark.js';
import { markSets } from '../../../src/core/marks/mark-sets.js';
import { DASHES } from '../../../src/core/document/punctuation.js';
import { en } from '../../../src/locales/en/index.js';

describe('longestMark', () => {
  it('is the length of the longest mark, so a longer token is none of them', () => {
    expect(longestMark(DASHES)).toBe(2);
    expect(longestMark(new Set<string>())).toBe(0);
    const quoteMarks = markSets(en).unambiguous;
    expect(longestMark(quoteMarks)).toBe(Math.max(...[...quoteMarks].map((m) => m.length)));
    expect(longestMark(quoteMarks)).toBe(longestMark(quoteMarks));
  });
});
