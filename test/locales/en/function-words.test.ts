import { describe, expect, it } from 'vitest';
import { en } from '../../../src/locales/en/index.js';

describe('en function words', () => {
  // Core stages compare them with Token.lemma, which is lower-cased and trimmed.
  it('holds only lower-cased single words', () => {
    for (const [name, words] of Object.entries(en.words)) {
      for (const w of words) expect(w, name).toBe(w.toLowerCase().trim());
      expect(words.size, name).toBeGreaterThan(0);
    }
  });

  it('keeps the subject-pronoun variants apart: they differ on who, there and which', () => {
    const { personalSubjectPronouns, subjectPronounsAndWho, subjectPronounsAndThere, sourcePronouns } = en.words;
    expect([...subjectPronounsAndWho].filter((w) => !personalSubjectPronouns.has(w))).toEqual(['who']);
    expect([...subjectPronounsAndThere].filter((w) => !personalSubjectPronouns.has(w))).toEqual(['there']);
    expect([...sourcePronouns].filter((w) => !personalSubjectPronouns.has(w)).sort()).toEqual(['one', 'which', 'who']);
  });
});
