// A logistic regression over sparse binary features: a bias plus one weight per feature string
// present. Both shipped classifiers have this form (fragments/model.ts, learned-cues/model.ts),
// trained by src/eval/logistic.ts; this file holds how such a model scores a feature list.

/** The weights as a model file holds them; features absent here weigh nothing. */
export type SparseLogisticWeights = { bias: number; weights: Record<string, number> };

/** The log-odds of a feature list: the bias plus the weight of each feature present, summed in
 *  the list's order. */
export type LogOddsScorer = (features: readonly string[]) => number;

/** A scorer over the weights as a Map: one lookup per feature, where the weights object (hundreds
 *  of keys, so a dictionary) takes two, and a feature such as `p1=constructor` cannot read
 *  Object.prototype. */
export function logOddsScorer(model: SparseLogisticWeights): LogOddsScorer {
  const { bias } = model;
  const weights = new Map(Object.entries(model.weights));
  return (features) => {
    let z = bias;
    for (const f of features) {
      const w = weights.get(f);
      if (w !== undefined) z += w;
    }
    return z;
  };
}

/** The probability of a log-odds (the logistic function). */
export function probabilityOfLogOdds(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** A probability threshold as a log-odds, so deciding compares sums with no exponential per
 *  candidate: `z >= logOddsOf(p)` decides as `probabilityOfLogOdds(z) >= p` does (the logistic
 *  function is monotone; they could part only within rounding of the threshold itself). */
export function logOddsOf(probability: number): number {
  return Math.log(probability / (1 - probability));
}
