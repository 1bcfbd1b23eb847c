// Logistic regression over sparse binary features, trained by full-batch gradient descent with an
// L2 penalty: no shuffling and no randomness, so the same examples always give the same weights.
// Small on purpose: the fragment model (src/core/quotes/fragments) has a few thousand examples. The model
// it writes is scored by src/core/quotes/sparse-logistic.ts.
import { probabilityOfLogOdds, type SparseLogisticWeights } from '../core/quotes/sparse-logistic.js';

export type LabelledExample = { features: string[]; label: boolean };

export type LogisticOptions = {
  /** Features seen in fewer examples are left out of the model. */
  minCount: number;
  /** L2 penalty per weight (the bias is not penalised). */
  l2: number;
  iterations: number;
  /** Step size of each gradient step (per-feature steps are scaled AdaGrad-style). */
  rate: number;
};

export const defaultLogisticOptions: LogisticOptions = { minCount: 3, l2: 0.002, iterations: 400, rate: 0.5 };

export type LogisticWeights = SparseLogisticWeights;

/** Weights rounded to this many decimals in the written model, so the file diffs cleanly. */
const DECIMALS = 3;

export function trainLogistic(examples: LabelledExample[], options: LogisticOptions = defaultLogisticOptions): LogisticWeights {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  // Sorted, so the weight order (and the file) does not depend on example order.
  const kept = [...counts].filter(([, c]) => c >= options.minCount).map(([f]) => f).sort();
  const index = new Map(kept.map((f, i) => [f, i]));
  const rows = examples.map((e) => [...new Set(e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined))]);
  const w = new Float64Array(kept.length);
  const squared = new Float64Array(kept.length + 1);
  const gradient = new Float64Array(kept.length);
  let bias = 0;
  const n = Math.max(1, examples.length);
  for (let it = 0; it < options.iterations; it++) {
    gradient.fill(0);
    let biasGradient = 0;
    for (let e = 0; e < rows.length; e++) {
      let z = bias;
      for (const i of rows[e]!) z += w[i]!;
      const error = probabilityOfLogOdds(z) - (examples[e]!.label ? 1 : 0);
      biasGradient += error;
      for (const i of rows[e]!) gradient[i]! += error;
    }
    biasGradient /= n;
    squared[kept.length]! += biasGradient * biasGradient;
    bias -= (options.rate * biasGradient) / Math.sqrt(squared[kept.length]! + 1e-8);
    for (let i = 0; i < kept.length; i++) {
      const g = gradient[i]! / n + options.l2 * w[i]!;
      squared[i]! += g * g;
      w[i]! -= (options.rate * g) / Math.sqrt(squared[i]! + 1e-8);
    }
  }
  const round = (x: number) => Number(x.toFixed(DECIMALS));
  const weights: Record<string, number> = {};
  kept.forEach((f, i) => { const v = round(w[i]!); if (v !== 0) weights[f] = v; });
  return { bias: round(bias), weights };
}
