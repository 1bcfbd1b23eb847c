import { describe, it, expect } from 'vitest';
import { trainLogistic, type LabelledExample, type LogisticWeights } from '../../src/eval/logistic.js';
import { logOddsScorer, probabilityOfLogOdds } from '../../src/core/quotes/sparse-logistic.js';

/** The probability the trained model gives a feature list, scored as extract() scores it. */
function probability(model: LogisticWeights, features: string[]): number {
  return probabilityOfLogOdds(logOddsScorer(model)(features));
}

/** Hand-made fragments: after a verb they are words spoken, after a preposition a title. */
const examples: LabelledExample[] = [
  ...Array.from({ length: 6 }, (_, i) => ({ features: ['p1pos=VERB', `i1=w${i}`, 'tc=none'], label: true })),
  ...Array.from({ length: 6 }, (_, i) => ({ features: ['p1pos=ADP', `i1=w${i}`, 'tc=all'], label: false })),
  { features: ['p1pos=VERB', 'tc=all', 'rare'], label: false },
];

describe('trainLogistic', () => {
  const options = { minCount: 2, l2: 0.001, iterations: 300, rate: 0.5 };

  it('separates the features that decide the label and leaves out rare ones', () => {
    const model = trainLogistic(examples, options);
    expect(model.weights['p1pos=VERB']!).toBeGreaterThan(0);
    expect(model.weights['p1pos=ADP']!).toBeLessThan(0);
    expect(model.weights).not.toHaveProperty('rare');
    expect(probability(model, ['p1pos=VERB', 'tc=none'])).toBeGreaterThan(0.8);
    expect(probability(model, ['p1pos=ADP', 'tc=all'])).toBeLessThan(0.2);
  });

  it('gives the same weights whatever the example order', () => {
    const forward = JSON.stringify(trainLogistic(examples, options));
    expect(JSON.stringify(trainLogistic([...examples].reverse(), options))).toBe(forward);
  });

  it('does not read a feature named after an Object.prototype key', () => {
    const model = trainLogistic(examples, options);
    expect(probability(model, ['constructor', 'toString'])).toBeCloseTo(1 / (1 + Math.exp(-model.bias)));
  });
});
