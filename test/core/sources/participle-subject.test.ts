// A participle cue after a comma speaks with the subject of the clause it hangs on: the nearest
// clause of simultaneity, contrast or place before it, else the sentence's main clause.
import { describe, it, expect } from 'vitest';
import { sourceOf } from './cue-source.js';

describe('participle subject: the nearest clause it hangs on', () => {
  it('takes the subject of a concessive clause, past an adjunct after its opener', () => {
    expect(sourceOf('Rivera has been faulted for the phrase, though at a briefing last week she used harsher words, saying the plan "must be scrapped."', 'saying')).toBe('she');
  });

  it('takes the subject of a clause a relative adverb opens, hedge included', () => {
    expect(sourceOf('The mayor spoke a block from the plant, where about 40 workers had gathered since dawn, chanting "no deal, no peace."', 'chanting')).toBe('about 40 workers');
  });

  it('takes the subject of a clause of simultaneity rather than an earlier speaker', () => {
    expect(sourceOf('Ortiz asks the crowd for patience as an usher walks across the stage, saying he is "here to fix the lights."', 'saying')).toBe('an usher');
  });
});

describe('participle subject: clauses it does not hang on', () => {
  it('leaves a complement clause of the main verb to the main subject', () => {
    expect(sourceOf('The senator said the plan was dead, calling it "a gift to lobbyists."', 'calling')).toBe('The senator');
  });

  it('leaves a clause of time order to the main subject', () => {
    expect(sourceOf('Harlow praised the result on his radio show after the governor easily won the primary, remarking that the party had been "given a warning."', 'remarking')).toBe('Harlow');
  });
});
