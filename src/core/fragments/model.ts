// The fragment model: a logistic regression over sparse binary features (features.ts), trained on
// PolNeAR train by `npm run train:fragments` (src/eval/fragment-training.ts). Deciding is one
// weight lookup per feature, a handful per fragment.
import type { FragmentDecision } from './candidate.js';

export type FragmentModel = {
  version: string;
  trainedOn: string;
  bias: number;
  /** Weight per feature string; features absent here weigh nothing. */
  weights: Record<string, number>;
  /** Fragments scoring at least this probability are kept (chosen by cross-validation on train). */
  threshold: number;
};

/** Probability that the fragment is an attributed quotation. */
export function fragmentProbability(model: FragmentModel, features: readonly string[]): number {
  let z = model.bias;
  // Own keys only: a feature such as `p1=constructor` must not read Object.prototype.
  for (const f of features) if (Object.hasOwn(model.weights, f)) z += model.weights[f]!;
  return 1 / (1 + Math.exp(-z));
}

export function decisionOf(model: FragmentModel): FragmentDecision {
  return (features) => fragmentProbability(model, features) >= model.threshold;
}
