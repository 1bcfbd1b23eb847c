import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document.js';
import { assembleQuotes } from '../../../src/core/quotes.js';
import { shippedFragmentModel } from '../../../src/core/fragments/shipped.js';
import { fragmentProbability } from '../../../src/core/fragments/model.js';
import { en } from '../../../src/locales/en/index.js';

/** The shipped model's probability for the one short fragment of `text`, and the drafts made. */
function decide(text: string) {
  const probabilities: number[] = [];
  const drafts = assembleQuotes(readDocument(text), en, (features) => {
    const p = fragmentProbability(shippedFragmentModel, features);
    probabilities.push(p);
    return p >= shippedFragmentModel.threshold;
  });
  return { probabilities, contents: drafts.map((d) => d.content.map((s) => s.text).join(' … ')) };
}

describe('the shipped fragment model', () => {
  it('loads with its version, a threshold chosen by cross-validation and its weights', () => {
    expect(shippedFragmentModel.version).toBe('en-polnear-fragments-v1');
    expect(shippedFragmentModel.threshold).toBeGreaterThan(0);
    expect(shippedFragmentModel.threshold).toBeLessThan(1);
    expect(Object.keys(shippedFragmentModel.weights).length).toBeGreaterThan(100);
    expect(shippedFragmentModel.trainedOn).toMatch(/PolNeAR train/);
  });

  it('keeps a fragment a named subject branded something with a verb no cue lexicon lists', () => {
    const { probabilities, contents } = decide('Baker, who has branded the tax plan "a giveaway," voted no.');
    expect(probabilities).toHaveLength(1);
    expect(contents).toContain('"a giveaway,"');
  });

  it.each([
    ['a film title after "The film"', 'The film "Northern Lights" opens in theaters on Friday.'],
    ['a programme a guest appears on', 'He is a regular guest on "Sunday Morning Politics" and other programs.'],
    ['the words on campaign signs', 'Organizers handed out signs reading "Workers First" at the rally.'],
  ])('drops %s', (_case, text) => {
    const { probabilities, contents } = decide(text);
    expect(probabilities).toHaveLength(1);
    expect(contents).toEqual([]);
  });

  it('is the default decision of assembleQuotes', () => {
    const text = 'The film "Northern Lights" opens in theaters on Friday. Baker has branded the tax plan "a giveaway," and voted no.';
    const byDefault = assembleQuotes(readDocument(text), en).map((d) => d.content.map((s) => s.text).join(' … '));
    expect(byDefault).toEqual(decide(text).contents);
  });
});
