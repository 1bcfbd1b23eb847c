import { describe, it, expect } from 'vitest';
import { logOddsOf, logOddsScorer, probabilityOfLogOdds } from '../../../src/core/quotes/sparse-logistic.js';

const model = { bias: -1.5, weights: { 'p1pos=VERB': 2.25, 'tc=all': -0.75, 'i1=said': 1 } };

describe('logOddsScorer', () => {
  const logOdds = logOddsScorer(model);

  it('adds the weight of each feature present to the bias', () => {
    expect(logOdds(['p1pos=VERB', 'i1=said'])).toBe(1.75);
    expect(logOdds(['tc=all'])).toBe(-2.25);
  });

  it('weighs unknown features and Object.prototype keys as nothing', () => {
    expect(logOdds(['unseen', 'constructor', 'toString'])).toBe(-1.5);
  });
});

describe('logOddsOf', () => {
  it('decides a threshold as the probability does', () => {
    const scores = [-3, -1.5, -0.2, 0, 0.4, 1.75, 3];
    for (const p of [0.2, 0.3, 0.5, 0.8, 0.85]) {
      for (const z of scores) expect(z >= logOddsOf(p)).toBe(probabilityOfLogOdds(z) >= p);
    }
    expect(probabilityOfLogOdds(logOddsOf(0.8))).toBeCloseTo(0.8, 12);
  });
});
