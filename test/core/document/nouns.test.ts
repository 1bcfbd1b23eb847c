import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { isNoun } from '../../../src/core/document/nouns.js';

describe('isNoun', () => {
  it('takes common and proper nouns, not pronouns, numbers or verbs', () => {
    const doc = readDocument('Mayor Ellen Park said 40 residents signed it.');
    const byWord = new Map(doc.tokens.map((t) => [t.text, isNoun(t)]));
    expect(byWord.get('Park')).toBe(true);
    expect(byWord.get('residents')).toBe(true);
    expect(byWord.get('40')).toBe(false);
    expect(byWord.get('said')).toBe(false);
    expect(byWord.get('it')).toBe(false);
  });
});
