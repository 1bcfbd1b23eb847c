// The fragment model: a logistic regression over sparse binary features (features.ts), trained on
// PolNeAR train by `npm run train:fragments` (src/eval/fragment-training.ts). Deciding is one
// weight lookup per feature, a handful per fragment.
import { handRulesKeep, type FragmentDecision } from './candidate.js';
import { logOddsOf, logOddsScorer, type SparseLogisticWeights } from '../sparse-logistic.js';

export type FragmentModel = SparseLogisticWeights & {
  version: string;
  trainedOn: string;
  /** The model overrules the hand rules only when it is sure: a fragment the rules keep is dropped
   *  below `ruleKept`, one they drop is kept from `ruleDropped` up (both probabilities, chosen by
   *  cross-validation on train; a single threshold kept confident titles such as `read "Moby Dick"`). */
  thresholds: { ruleKept: number; ruleDropped: number };
};

export function decisionOf(model: Pick<FragmentModel, 'bias' | 'weights' | 'thresholds'>): FragmentDecision {
  const logOdds = logOddsScorer(model);
  const ruleKept = logOddsOf(model.thresholds.ruleKept);
  const ruleDropped = logOddsOf(model.thresholds.ruleDropped);
  return (features, candidate) => {
    if (handRulesKeep(candidate)) return logOdds(features()) >= ruleKept;
    // A fragment the rules drop is only taken back with a speaker its clause names (a condition
    // set when a learned tagger, since retired, could find a better attribution around it).
    return candidate.clause !== null && logOdds(features()) >= ruleDropped;
  };
}
