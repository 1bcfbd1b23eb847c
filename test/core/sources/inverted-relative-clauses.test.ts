// An inverted source takes in the relative clause set off after it.
import { describe, expect, it } from 'vitest';
import { sourceOf } from './cue-source.js';

describe('withRelativeClause', () => {
  it.each([
    ["''There's always resistance,'' said Mr. Schmidt, who bought the Woodmont property 10 years ago.", 'said', 'Mr. Schmidt, who bought the Woodmont property 10 years ago'],
    ['"We have a very target-rich environment," said Katie Packer, who runs Our Principles. "He has left quite a wake."', 'said', 'Katie Packer, who runs Our Principles'],
    ['"Silly boys acting like they have never seen a girl before," scoffed Arianna Gil, who helped found the group in 2014.', 'scoffed', 'Arianna Gil, who helped found the group in 2014'],
  ])('takes the relative clause into the source of %s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });

  it('leaves the source alone when no relative clause follows it', () => {
    expect(sourceOf('"It is over," said Jane Roe, a lawyer in Ohio.', 'said')).toBe('Jane Roe, a lawyer in Ohio');
  });
});

describe('an inverted source’s closing comma', () => {
  it('keeps the comma that closes an apposition inside the sentence', () => {
    expect(sourceOf('"It will pass," said Michael Tyler, a spokesman for the Feingold campaign, explaining why the senator would not appear.', 'said'))
      .toBe('Michael Tyler, a spokesman for the Feingold campaign,');
  });

  it('leaves out a comma after a name with no apposition', () => {
    expect(sourceOf('"It will pass," said Tyler, adding that the vote was close.', 'said')).toBe('Tyler');
  });
});
