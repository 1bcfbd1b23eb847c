import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../../src/core/document/document.js';
import { assembleQuotes } from '../../../../src/core/quotes/quotes.js';
import { shippedFragmentModel } from '../../../../src/core/quotes/fragments/shipped.js';
import { decisionOf } from '../../../../src/core/quotes/fragments/model.js';
import { logOddsScorer, probabilityOfLogOdds } from '../../../../src/core/quotes/sparse-logistic.js';
import { en } from '../../../../src/locales/en/index.js';

/** The shipped model's probability for the one short fragment of `text`, and the drafts made. */
function decide(text: string) {
  const probabilities: number[] = [];
  const decide = decisionOf(shippedFragmentModel);
  const logOdds = logOddsScorer(shippedFragmentModel);
  const drafts = assembleQuotes(readDocument(text), en, (features, candidate) => {
    probabilities.push(probabilityOfLogOdds(logOdds(features())));
    return decide(features, candidate);
  });
  return { probabilities, contents: drafts.map((d) => d.content.map((s) => s.text).join(' … ')) };
}

describe('the shipped fragment model', () => {
  it('loads with its version, thresholds chosen by cross-validation and its weights', () => {
    expect(shippedFragmentModel.version).toBe('en-polnear-fragments-v2');
    const { ruleKept, ruleDropped } = shippedFragmentModel.thresholds;
    expect(0 < ruleKept && ruleKept < ruleDropped && ruleDropped < 1).toBe(true);
    expect(Object.keys(shippedFragmentModel.weights).length).toBeGreaterThan(100);
    expect(shippedFragmentModel.trainedOn).toMatch(/PolNeAR train/);
  });

  it('keeps words a named speaker put in the mouth of a comparison, which the hand rules dropped', () => {
    const { probabilities, contents } = decide('Roe compared the governor to a gambler who is "chasing his losses" at the table.');
    expect(probabilities).toHaveLength(1);
    expect(contents).toEqual(['"chasing his losses"']);
  });

  it('drops a quoted subheading standing as its own paragraph, which the hand rules kept', () => {
    const text = "Markets fell sharply on Monday, traders said.\n'All Deals Are Off.'\nEight years ago the same fears faded.";
    const { probabilities, contents } = decide(text);
    expect(probabilities).toHaveLength(1);
    expect(contents).toEqual(['Markets fell sharply on Monday']);
  });

  it.each([
    // (A film's title never reaches the model: work-titles.ts settles it first.)
    ['a name after the noun it names', 'The restaurant "Northern Lights" opens in the old mill on Friday.'],
    ['a programme a guest appears on', 'He is a regular guest on "Sunday Morning Politics" and other programs.'],
  ])('drops %s', (_case, text) => {
    const { probabilities, contents } = decide(text);
    expect(probabilities).toHaveLength(1);
    expect(contents).toEqual([]);
  });

  it('is the default decision of assembleQuotes', () => {
    const text = 'The film "Northern Lights" opens in theaters on Friday. Roe compared him to a gambler who is "chasing his losses" at the table.';
    const byDefault = assembleQuotes(readDocument(text), en).map((d) => d.content.map((s) => s.text).join(' … '));
    expect(byDefault).toEqual(decide(text).contents);
  });
});
