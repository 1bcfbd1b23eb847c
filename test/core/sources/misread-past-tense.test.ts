// A past tense the tagger read as an adjective is the clause's verb when an object follows.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { isMisreadPastTense } from '../../../src/core/sources/misread-past-tense.js';
import { en } from '../../../src/locales/en/index.js';

function at(text: string, word: string): boolean {
  const { tokens } = readDocument(text);
  return isMisreadPastTense(tokens, tokens.findIndex((t) => t.text === word), en.words);
}

describe('isMisreadPastTense', () => {
  it('takes an -ed adjective before a determiner as the verb', () => {
    expect(at('Cruz belittled the issue on Monday.', 'belittled')).toBe(true);
  });

  it('passes over a particle between the verb and its object', () => {
    expect(at('Huckabee rounded out the list of speakers.', 'rounded')).toBe(true);
  });

  it('leaves an -ed adjective before its noun alone', () => {
    expect(at('The belittled issue came up again.', 'belittled')).toBe(false);
  });
});
