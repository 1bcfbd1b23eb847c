// Training the learned cue model: examples from a tiny hand-made gold set, labelled by the gold
// cue and content, and weights that come out the same on every run.
import { describe, it, expect } from 'vitest';
import { cueExamples, modelFile, parseOptions } from '../../src/eval/cue-training.js';
import { trainLogistic } from '../../src/eval/logistic.js';
import type { GoldDocument } from '../../src/eval/gold.js';
import type { Span } from '../../src/types.js';

function span(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length, text: part };
}

/** One article: a verb outside the lexicons reporting its object, and one that does not. */
function article(id: string, verb: string, object: string, other: string): GoldDocument {
  const text = `The county clerk ${verb} ${object}.\nThe crew ${other} the old stage on Friday.`;
  return { id, text, attributions: [{ id: 'T1', content: [span(text, object)], source: [span(text, 'The county clerk')], cue: [span(text, verb)] }] };
}

const gold = [
  article('a', 'ridiculed', 'the new ballot design', 'sanded'),
  article('b', 'mocked', 'the stadium plan', 'repaired'),
  article('c', 'derided', 'the parking fees', 'cleaned'),
];

describe('cueExamples', () => {
  it('labels a candidate verb by whether a gold cue holds it and its content overlaps the complement', () => {
    const examples = cueExamples(gold[0]!);
    expect(examples).toHaveLength(2);
    expect(examples.map((e) => [e.features.find((f) => f.startsWith('w=')), e.label])).toEqual([['w=ridiculed', true], ['w=sanded', false]]);
    expect(examples[0]!.features).toContain('k=object');
    expect(examples[0]!.features).toContain('s=NOUN');
  });
});

describe('npm run train:cues', () => {
  it('trains the same model twice from the same gold, whatever the document order', () => {
    const options = { minCount: 1, l2: 0.001, iterations: 100, rate: 0.5 };
    const first = JSON.stringify(modelFile(trainLogistic(gold.flatMap(cueExamples), options), 0.5, 'hand-made'));
    const second = JSON.stringify(modelFile(trainLogistic(gold.flatMap(cueExamples), options), 0.5, 'hand-made'));
    const reversed = JSON.stringify(modelFile(trainLogistic([...gold].reverse().flatMap(cueExamples), options), 0.5, 'hand-made'));
    expect(second).toBe(first);
    expect(reversed).toBe(first);
    const { weights } = JSON.parse(first);
    expect(weights['w=ridiculed']).toBeGreaterThan(0);
    expect(weights['w=sanded']).toBeLessThan(0);
  });

  it('reads its options and rejects a single fold', () => {
    expect(parseOptions(['--folds', '3', '--l2', '0.0005', '--dry'])).toMatchObject({ folds: 3, dry: true, logistic: { l2: 0.0005 } });
    expect(() => parseOptions(['--folds', '1'])).toThrow(/at least 2/);
  });
});
