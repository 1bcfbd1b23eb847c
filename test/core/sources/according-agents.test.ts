// `according to a tally by the Associated Press`: the maker of the document is the source.
import { describe, expect, it } from 'vitest';
import { sourceOf } from './cue-source.js';

describe('makingAgent', () => {
  it.each([
    ['Clinton had 2,205 delegates, according to a tally by the Associated Press.', 'the Associated Press'],
    ['The evidence cannot support a prosecution, according to a court document filed by state attorney Dave Aronberg.', 'state attorney Dave Aronberg'],
    ['A living wage is about $12 an hour, according to calculations by Amy Glasmeier of the Massachusetts Institute of Technology.', 'Amy Glasmeier of the Massachusetts Institute of Technology'],
  ])('gives the source to the agent after the document in %s', (text, source) => {
    expect(sourceOf(text, 'according to')).toBe(source);
  });

  it('keeps the document when no agent follows it', () => {
    expect(sourceOf('Turnout rose sharply, according to an analysis of census data.', 'according to')).toBe('an analysis of census data');
  });

  it('keeps the document when the agent goes on into an apposition', () => {
    expect(sourceOf('Some Americans would pay more, according to an analysis by Lily Batchelder, a former tax aide, whose conclusions were seconded by the Tax Foundation.', 'according to')).toBe('an analysis');
  });
});
