import { describe, it, expect } from 'vitest';
import { phraseWords } from '../../../src/core/document/phrase-words.js';
import { en } from '../../../src/locales/en/index.js';

describe('phraseWords', () => {
  it("splits the English hedge phrases into words, once per list", () => {
    const split = phraseWords(en.words.subjectHedges);
    expect(split).toContainEqual(['as', 'many', 'as']);
    expect(split).toContainEqual(['only']);
    expect(split).toHaveLength(en.words.subjectHedges.size);
    expect(phraseWords(en.words.subjectHedges)).toBe(split);
  });
});
