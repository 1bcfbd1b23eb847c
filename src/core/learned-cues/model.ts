// The learned cue model: a logistic regression over sparse binary features (features.ts), trained
// on PolNeAR train by `npm run train:cues` (src/eval/cue-training.ts). Deciding is one weight
// lookup per feature, about ten per candidate.
import type { VerbDecision } from './candidate.js';

export type CueModel = {
  version: string;
  trainedOn: string;
  bias: number;
  /** Weight per feature string; features absent here weigh nothing. */
  weights: Record<string, number>;
  /** A candidate is a cue from this probability up (chosen by cross-validation on train). */
  threshold: number;
};

export function decisionOf(model: Pick<CueModel, 'bias' | 'weights' | 'threshold'>): VerbDecision {
  const weights = new Map(Object.entries(model.weights));
  // The threshold as a log-odds: no exponential per candidate.
  const logOdds = Math.log(model.threshold / (1 - model.threshold));
  return (features) => {
    let z = model.bias;
    for (const f of features()) {
      const w = weights.get(f);
      if (w !== undefined) z += w;
    }
    return z >= logOdds;
  };
}
