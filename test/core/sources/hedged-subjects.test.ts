// A hedge or partitive quantity written before a subject belongs to the source.
import { describe, expect, it } from 'vitest';
import { sourceOf } from './cue-source.js';

describe('hedgedSubject', () => {
  it.each([
    ['Nearly half said they wanted a nominee from outside the political establishment.', 'said', 'Nearly half'],
    ['Satisfaction is high among Democrats, while only 49 percent of Republicans say the same of Trump.', 'say', 'only 49 percent of Republicans'],
    ["Even some of Clinton's allies have described it as a serious lapse in judgment.", 'have described', "Even some of Clinton's allies"],
    ['At least a dozen members of Congress told the paper that they would skip the convention.', 'told', 'At least a dozen members of Congress'],
  ])('keeps the hedge in %s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });
});
