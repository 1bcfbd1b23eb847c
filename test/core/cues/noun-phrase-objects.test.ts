import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { findCues } from '../../../src/core/cues/cues.js';
import { evidenceBefore, takesOnlyNounPhrase } from '../../../src/core/cues/noun-phrase-objects.js';
import { en } from '../../../src/locales/en/index.js';

function cueTexts(text: string): string[] {
  return findCues(readDocument(text), en).map((c) => text.slice(c.start, c.end));
}

function verbIndex(text: string, word: string): { doc: ReturnType<typeof readDocument>; verb: number } {
  const doc = readDocument(text);
  const verb = doc.tokens.findIndex((t) => t.text === word);
  return { doc, verb };
}

describe('takesOnlyNounPhrase', () => {
  it.each([
    ['The party maintained control of the Senate after the vote.', 'maintained'],
    ['The foundation pledged its full support to the campaign.', 'pledged'],
    ['The United States admitted 10,000 Syrian refugees last year.', 'admitted'],
  ])('is true for a plain noun-phrase object in %s', (text, word) => {
    const { doc, verb } = verbIndex(text, word);
    expect(takesOnlyNounPhrase(doc, verb, en)).toBe(true);
  });

  it.each([
    ['Trump claimed the election was rigged.', 'claimed'],
    ['She maintained that she had done nothing wrong.', 'maintained'],
    ['Sanders pledged a “political revolution” on Tuesday.', 'pledged'],
    ['He admitted he had made a mistake.', 'admitted'],
  ])('is false for a clause or quoted words after the verb in %s', (text, word) => {
    const { doc, verb } = verbIndex(text, word);
    expect(takesOnlyNounPhrase(doc, verb, en)).toBe(false);
  });
});

describe('evidenceBefore', () => {
  it('finds a poll or record before the verb, and nothing in a person subject', () => {
    const poll = verbIndex('A new poll showed a tight race in Iowa.', 'showed');
    expect(evidenceBefore(poll.doc, poll.verb, new Set(en.evidenceNouns))).toBe(true);
    const person = verbIndex('Trump showed great strength in the South.', 'showed');
    expect(evidenceBefore(person.doc, person.verb, new Set(en.evidenceNouns))).toBe(false);
  });
});

describe('findCues with a noun-phrase object', () => {
  it('drops the cue of a verb in its other sense', () => {
    expect(cueTexts('The party maintained control of the Senate after the vote.')).not.toContain('maintained');
    expect(cueTexts('The United States admitted 10,000 Syrian refugees last year.')).not.toContain('admitted');
    expect(cueTexts('Trump showed great strength in the South.')).not.toContain('showed');
    expect(cueTexts('The Senate confirmed 68 judicial nominees by this point in his term.')).not.toContain('confirmed');
  });

  it('keeps it before a clause, quoted words, or after a poll subject', () => {
    expect(cueTexts('She maintained that she had done nothing wrong.')).toContain('maintained');
    expect(cueTexts('He admitted he had made a mistake.')).toContain('admitted');
    expect(cueTexts('A new poll showed a tight race in Iowa.')).toContain('showed');
    expect(cueTexts('A spokesman confirmed the talks had ended.')).toContain('confirmed');
  });
});
