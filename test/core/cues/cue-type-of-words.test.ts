import { describe, it, expect } from 'vitest';
import { cueTypeOfWords, cueWords, isStatementType } from '../../../src/core/cues/cue-type-of-words.js';
import { getLocale } from '../../../src/locales/index.js';

const en = getLocale('en');
const typeOf = (cue: string) => cueTypeOfWords(cueWords(cue), en);

describe('cueTypeOfWords', () => {
  it('finds the lexicon entry among auxiliaries and adverbs', () => {
    expect(typeOf('has repeatedly said')).toBe('speech');
    expect(typeOf('wrote:')).toBe('writing');
    expect(typeOf('is widely expected')).toBe('belief');
    expect(typeOf('has decided')).toBe('intention');
  });

  it('tells a stance or decision from the topic cues', () => {
    expect(typeOf('endorsed')).toBe('stance');
    expect(typeOf('has signed')).toBe('stance');
    expect(typeOf('listed')).toBe('speech');
    expect(typeOf('is upbeat about')).toBe('belief');
  });

  it('prefers a multi-word phrase to its head (`told reporters`) and knows nothing of other verbs', () => {
    expect(typeOf('told reporters')).toBe('speech');
    expect(typeOf('beamed')).toBeNull();
    expect(typeOf(':')).toBeNull();
  });
});

describe('isStatementType', () => {
  it('is true for cues that put words out and false for beliefs, intentions, stances and no cue', () => {
    expect(isStatementType(typeOf('told reporters'))).toBe(true);
    expect(isStatementType(typeOf('wrote:'))).toBe(true);
    expect(isStatementType(typeOf('is widely expected'))).toBe(false);
    expect(isStatementType('intention')).toBe(false);
    expect(isStatementType('stance')).toBe(false);
    expect(isStatementType(null)).toBe(false);
  });
});
