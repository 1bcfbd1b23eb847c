// After `according to`, the words the tagger read as infinitive verbs (`to police/VERB`) name the source.
import { describe, expect, it } from 'vitest';
import { sourceOf } from './cue-source.js';

describe('misreadAccordingObject', () => {
  it.each([
    ['Mrs. Clinton won 60 percent of the black vote, according to exit polls.', 'exit polls'],
    ['Officers saw Scott get out of a car with a handgun, according to police.', 'police'],
    ['The billionaire candidate is once again leading, according to recent polling.', 'recent polling'],
    ['Lewandowski was charged with simple battery, according to press reports.', 'press reports'],
    ['Sanders is seen as more electable, according to a new Associated Press-GfK poll.', 'a new Associated Press-GfK poll'],
  ])('reads the bare noun phrase after `according to` as the source in %s', (text, source) => {
    expect(sourceOf(text, 'according to')).toBe(source);
  });

  it('leaves a phrase the tagger read as nouns to the ordinary reading', () => {
    expect(sourceOf('Prices will rise, according to a new poll.', 'according to')).toBe('a new poll');
  });
});
