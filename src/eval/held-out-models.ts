// K-fold cross-validation of a model inside the whole extract() pipeline: each training document is
// decided by a model trained on the other folds' documents, so the pipeline's scores on train are
// held-out scores. Folds by document index, so the split is deterministic.
import type { GoldDocument } from './gold.js';
import { trainLogistic, type LabelledExample, type LogisticOptions, type LogisticWeights } from './logistic.js';

/** For each document of `train`, the weights trained on the folds it is not in (`examples[i]`
 *  are document i's examples). */
export function heldOutModels(train: GoldDocument[], examples: LabelledExample[][], folds: number, options: LogisticOptions): (doc: GoldDocument) => LogisticWeights {
  const foldOf = (i: number) => i % folds;
  const models = Array.from({ length: folds }, (_, fold) =>
    trainLogistic(examples.filter((_, i) => foldOf(i) !== fold).flat(), options));
  const indexOf = new Map(train.map((g, i) => [g, i]));
  return (doc) => models[foldOf(indexOf.get(doc)!)]!;
}
