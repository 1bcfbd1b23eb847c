// The learned cue model: a logistic regression over sparse binary features (features.ts), trained
// on PolNeAR train by `npm run train:cues` (src/eval/cue-training.ts). Deciding is one weight
// lookup per feature, about ten per candidate.
import type { VerbDecision } from './candidate.js';
import { cueScoreBound } from './score-bound.js';
import { logOddsOf, logOddsScorer, type SparseLogisticWeights } from '../sparse-logistic.js';

export type CueModel = SparseLogisticWeights & {
  version: string;
  trainedOn: string;
  /** A candidate is a cue from this probability up (chosen by cross-validation on train). */
  threshold: number;
};

export function decisionOf(model: Pick<CueModel, 'bias' | 'weights' | 'threshold'>): VerbDecision {
  const logOdds = logOddsScorer(model);
  const threshold = logOddsOf(model.threshold);
  const decide: VerbDecision = (features) => logOdds(features()) >= threshold;
  decide.bound = cueScoreBound(model, threshold);
  return decide;
}
