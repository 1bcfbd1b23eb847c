import { describe, expect, it } from 'vitest';
import { en } from '../../../src/locales/en/index.js';

describe('en function words', () => {
  // Core stages compare them with Token.lemma, which is lower-cased and trimmed.
  it('holds only lower-cased single words', () => {
    for (const [name, words] of Object.entries(en.words)) {
      if (name === 'endings') continue;
      for (const w of words as ReadonlySet<string>) expect(w, name).toBe(w.toLowerCase().trim());
      expect((words as ReadonlySet<string>).size, name).toBeGreaterThan(0);
    }
  });

  // A stage tests one token at a time: a `g` or `y` flag would carry lastIndex from one test to the
  // next, and an unanchored pattern would find the ending inside a word.
  it('holds endings as lower-case suffixes or end-anchored, stateless patterns', () => {
    for (const [name, ending] of Object.entries(en.words.endings)) {
      if (typeof ending === 'string') {
        expect(ending, name).toMatch(/^\p{Ll}+$/u);
        continue;
      }
      expect(ending.source.endsWith('$'), name).toBe(true);
      expect(ending.global || ending.sticky, name).toBe(false);
    }
  });

  it('reads English endings as the stages were tuned: not a double s, a lower-case letter before', () => {
    const { pluralOrThirdPerson, gerund, misreadFiniteVerb } = en.words.endings;
    expect(pluralOrThirdPerson.test('polls')).toBe(true);
    expect(pluralOrThirdPerson.test('press')).toBe(false);
    expect(gerund.test('thinking')).toBe(true);
    expect(gerund.test('ing')).toBe(false);
    expect(misreadFiniteVerb.test('remains')).toBe(true);
    expect(misreadFiniteVerb.test('Remains')).toBe(false);
  });

  it('keeps the subject-pronoun variants apart: they differ on who, there and which', () => {
    const { personalSubjectPronouns, subjectPronounsAndWho, subjectPronounsAndThere, sourcePronouns } = en.words;
    expect([...subjectPronounsAndWho].filter((w) => !personalSubjectPronouns.has(w))).toEqual(['who']);
    expect([...subjectPronounsAndThere].filter((w) => !personalSubjectPronouns.has(w))).toEqual(['there']);
    expect([...sourcePronouns].filter((w) => !personalSubjectPronouns.has(w)).sort()).toEqual(['one', 'which', 'who']);
  });
});
