import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { isPassiveCue } from '../../../src/core/cues/passive.js';
import { en } from '../../../src/locales/en/index.js';

/** Asks about the span from the first word of `before` to the verb `verb` in `text`. */
function passive(text: string, before: string, verb: string): boolean {
  const { tokens } = readDocument(text);
  const first = tokens.findIndex((t) => t.text === before);
  const v = tokens.findIndex((t, k) => k >= first && t.text === verb);
  return isPassiveCue(tokens, first, v, en.words);
}

describe('isPassiveCue', () => {
  it.each([
    ['The plan is widely seen as a threat.', 'is', 'seen', true],
    ['The same could not be said of his rivals.', 'could', 'said', true],
    ['The senator had generally been viewed as a moderate.', 'had', 'viewed', true],
    ['The charity is seeking new ideas.', 'is', 'seeking', false],
    ['The mayor has said that the budget is balanced.', 'has', 'said', false],
  ])('%s → %s', (text, before, verb, expected) => {
    expect(passive(text as string, before as string, verb as string)).toBe(expected);
  });
});
