import { describe, it, expect } from 'vitest';
import { heldOutModels } from '../../src/eval/held-out-models.js';
import type { GoldDocument } from '../../src/eval/gold.js';
import type { LabelledExample } from '../../src/eval/logistic.js';

const doc = (id: string): GoldDocument => ({ id, text: `Article ${id}.`, attributions: [] });
const options = { minCount: 1, l2: 0.002, iterations: 50, rate: 0.5 };

describe('heldOutModels', () => {
  // Four articles, two folds by index (0 and 2 against 1 and 3); each article's examples carry a
  // feature only it has, so a model shows which articles it was trained on.
  const train = ['a', 'b', 'c', 'd'].map(doc);
  const examples: LabelledExample[][] = train.map((g) => [
    { features: [`only=${g.id}`, 'shared'], label: true },
    { features: ['shared'], label: false },
  ]);
  const modelFor = heldOutModels(train, examples, 2, options);

  it('decides each article with weights trained only on the other folds', () => {
    const weightsOfA = modelFor(train[0]!).weights;
    expect(weightsOfA['only=a']).toBeUndefined();
    expect(weightsOfA['only=c']).toBeUndefined();
    expect(weightsOfA['only=b']).toBeGreaterThan(0);
    expect(weightsOfA['only=d']).toBeGreaterThan(0);
  });

  it('gives the articles of one fold the same model', () => {
    expect(modelFor(train[2]!)).toBe(modelFor(train[0]!));
    expect(modelFor(train[1]!)).not.toBe(modelFor(train[0]!));
  });
});
