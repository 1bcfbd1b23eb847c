// The fragment model: a logistic regression over sparse binary features (features.ts), trained on
// PolNeAR train by `npm run train:fragments` (src/eval/fragment-training.ts). Deciding is one
// weight lookup per feature, a handful per fragment.
import { handRulesKeep, type FragmentDecision } from './candidate.js';

export type FragmentModel = {
  version: string;
  trainedOn: string;
  bias: number;
  /** Weight per feature string; features absent here weigh nothing. */
  weights: Record<string, number>;
  /** The model overrules the hand rules only when it is sure: a fragment the rules keep is dropped
   *  below `ruleKept`, one they drop is kept from `ruleDropped` up (both chosen by cross-validation
   *  on train; a single threshold kept confident titles such as `read "Moby Dick"`). */
  thresholds: { ruleKept: number; ruleDropped: number };
};

/** Probability that the fragment is an attributed quotation. */
export function fragmentProbability(model: Pick<FragmentModel, 'bias' | 'weights'>, features: readonly string[]): number {
  let z = model.bias;
  // Own keys only: a feature such as `p1=constructor` must not read Object.prototype.
  for (const f of features) if (Object.hasOwn(model.weights, f)) z += model.weights[f]!;
  return 1 / (1 + Math.exp(-z));
}

/** fragmentProbability over the weights as a Map: one lookup per feature, where the weights
 *  object (hundreds of keys, so a dictionary) takes two. Same sum in the same order. */
function weightMapProbability(bias: number, weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  let z = bias;
  for (const f of features) {
    const w = weights.get(f);
    if (w !== undefined) z += w;
  }
  return 1 / (1 + Math.exp(-z));
}

export function decisionOf(model: Pick<FragmentModel, 'bias' | 'weights' | 'thresholds'>): FragmentDecision {
  const { ruleKept, ruleDropped } = model.thresholds;
  const weights = new Map(Object.entries(model.weights));
  const probability = (features: readonly string[]) => weightMapProbability(model.bias, weights, features);
  return (features, candidate) => {
    if (handRulesKeep(candidate)) return probability(features()) >= ruleKept;
    // A fragment the rules drop is only taken back with a speaker its clause names: kept bare,
    // it would also block a better attribution the learned tagger finds around it.
    return candidate.clause !== null && probability(features()) >= ruleDropped;
  };
}
