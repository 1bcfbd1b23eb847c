import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../../src/core/document/document.js';
import { assembleQuotes } from '../../../../src/core/quotes/quotes.js';
import { en } from '../../../../src/locales/en/index.js';

/** The features of each short fragment the rules hand to the fragment model, in text order. */
function featuresOf(text: string): string[][] {
  const seen: string[][] = [];
  assembleQuotes(readDocument(text), en, (features) => { seen.push(features()); return false; });
  return seen;
}

describe('fragmentFeatures: what the words inside the marks are', () => {
  it('marks spoken words by their pronouns and verb', () => {
    const [spoken] = featuresOf('A banner with "we will fight" hung over the gate.');
    expect(spoken).toEqual(expect.arrayContaining(['ip=we', 'innerVerb', 'mark="']));
  });

  it('marks a heading in single marks as verbless words', () => {
    const [heading] = featuresOf("Turnout fell in the county.\n‘A quiet revolt.’\nVoters stayed home in record numbers.");
    expect(heading).toEqual(expect.arrayContaining(['noInnerVerb', 'mark=‘']));
    expect(heading!.some((f) => f.startsWith('ip='))).toBe(false);
  });
});
