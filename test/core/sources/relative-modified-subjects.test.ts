// A subject carrying a restrictive relative clause right before its cue is the source with its
// clause, not the clause's object.
import { describe, expect, it } from 'vitest';
import { sourceOf } from './cue-source.js';

describe('relativeModifiedSubject', () => {
  it.each([
    ['Democrats in Iowa who watched the Saturday debate said Sanders had won it.', 'said', 'Democrats in Iowa who watched the Saturday debate'],
    ['Supporters who have heard directly from the Rubio campaign say the senator will stay in the race.', 'say', 'Supporters who have heard directly from the Rubio campaign'],
    ['Senior campaign advisers who have run the numbers argue that the delegate math favors her.', 'argue', 'Senior campaign advisers who have run the numbers'],
  ])('takes the relative clause into the subject of %s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });

  it('leaves a relative pronoun right before the cue as its subject', () => {
    expect(sourceOf('The crowd cheered the mayor, who promised that the plant would stay open.', 'promised')).toBe('who');
  });
});
