import { describe, it, expect } from 'vitest';
import { extract } from '../../../src/core/extract.js';

const quoted = (text: string): string[] => extract(text).quotes.map((q) => q.content.map((c) => c.text).join(' '));

describe('quotesLonePronoun: a personal pronoun quoted on its own is the word mentioned', () => {
  it.each([
    'Why vote for him just because "she" is a "he"? A loud, angry "he." Nobody would accept it from a woman.',
    "The mayor kept coming back to the power of ''we.'' The crowd cheered.",
    'The mayor kept coming back to the power of ‘we.’ The crowd cheered.',
  ])('attributes no quotation to the pronoun: %s', (text) => {
    expect(quoted(text).filter((c) => /\b(he|we)\b/i.test(c))).toEqual([]);
  });

  it('keeps one-word answers and indefinite pronouns, which are words someone chose', () => {
    expect(quoted('“No,” the governor said.')).toEqual(['“No,”']);
    expect(quoted("The senator wants the ''anyone'' in his pledge to mean every voter, aides said.").join(' ')).toContain("''anyone''");
  });
});
