// Words wink-nlp splits at inner hyphens, joined back by the source stage.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { compoundEnd, inCompound, isInnerHyphen } from '../../../src/core/document/hyphenated-words.js';

describe('hyphenated words', () => {
  // The/0 43/1 -/2 year/3 -/4 old/5 said/6 …
  const { tokens } = readDocument('The 43-year-old said the plan would fail.');

  it('reads a hyphen with no space either side as joining a word', () => {
    expect(tokens[2]!.text).toBe('-');
    expect(isInnerHyphen(tokens, 2)).toBe(true);
    expect(isInnerHyphen(tokens, 4)).toBe(true);
  });

  it('does not read a spaced dash as joining a word', () => {
    const spaced = readDocument('The spokesman - a former aide - said no.').tokens;
    const dash = spaced.findIndex((t) => t.text === '-');
    expect(isInnerHyphen(spaced, dash)).toBe(false);
    expect(inCompound(spaced, dash + 1)).toBe(false);
  });

  it('knows the parts of a hyphenated word and where it ends', () => {
    expect(inCompound(tokens, 1)).toBe(true);
    expect(inCompound(tokens, 5)).toBe(true);
    expect(inCompound(tokens, 0)).toBe(false);
    expect(compoundEnd(tokens, 1, tokens.length - 1)).toBe(5);
    // Not past the ceiling: the word is cut where the caller's range ends.
    expect(compoundEnd(tokens, 1, 4)).toBe(3);
  });
});

describe('slash-joined words', () => {
  it('reads a slash with no space either side as joining a word, a spaced one not', () => {
    const joined = readDocument('A CNN/ORC poll found a tie.').tokens;
    const spaced = readDocument('Rain and / or snow fell.').tokens;
    expect(isInnerHyphen(joined, joined.findIndex((t) => t.text === '/'))).toBe(true);
    expect(isInnerHyphen(spaced, spaced.findIndex((t) => t.text === '/'))).toBe(false);
  });
});
