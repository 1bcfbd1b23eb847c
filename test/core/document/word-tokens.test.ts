import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { isWord, countWords } from '../../../src/core/document/word-tokens.js';

describe('isWord', () => {
  it('counts words opening with a non-ASCII letter or an apostrophe, and numbers, but not marks or symbols', () => {
    const doc = readDocument('Émile Zola’s “J’accuse” ran on 13 January 1898 — €2 a copy.');
    const words = doc.tokens.filter(isWord).map((t) => t.text);
    expect(words).toContain('Émile');
    expect(words).toContain('13');
    expect(words).not.toContain('—');
    expect(words).not.toContain('“');
    expect(words).not.toContain('€');
    expect(countWords(doc.tokens, 0, doc.tokens.length - 1)).toBe(words.length);
  });

  it('takes a possessive ending opening with an apostrophe for a word', () => {
    const doc = readDocument("The minister's view was plain, and Zola’s was not.");
    const endings = doc.tokens.filter((t) => t.text === "'s" || t.text === '’s');
    expect(endings).toHaveLength(2);
    for (const t of endings) expect(isWord(t)).toBe(true);
  });

  it('stops counting at the cap a rule asks for', () => {
    const doc = readDocument('He said the plan , as drafted , would fail.');
    const all = countWords(doc.tokens, 0, doc.tokens.length - 1);
    expect(all).toBe(8);
    expect(countWords(doc.tokens, 0, doc.tokens.length - 1, 3)).toBe(3);
    expect(countWords(doc.tokens, 0, doc.tokens.length - 1, 100)).toBe(all);
    expect(countWords(doc.tokens, 3, 3, 1)).toBe(1);
    expect(countWords(doc.tokens, 4, 4, 1)).toBe(0);
  });
});

