import { describe, it, expect } from 'vitest';
import { Perceptron } from '../../../src/core/tagger/perceptron.js';
import { historyFeatures, type TokenContext } from '../../../src/core/tagger/features.js';
import { labelIndex, labels } from '../../../src/core/tagger/labels.js';

/** A toy corpus: `said` is a cue, the word before it a source, everything after it content. */
const sentences = [
  ['alice', 'said', 'rain', 'falls'],
  ['bob', 'said', 'snow', 'melts', 'fast'],
  ['the', 'sun', 'shines'],
  ['carol', 'said', 'rain', 'stops'],
  ['dogs', 'bark'],
];

function toy(words: string[]) {
  const cueAt = words.indexOf('said');
  const gold = words.map((_, k) => {
    if (cueAt < 0) return labelIndex.O;
    if (k === cueAt) return labelIndex['B-CUE'];
    if (k === cueAt - 1) return labelIndex['B-SOURCE'];
    if (k === cueAt + 1) return labelIndex['B-CONTENT'];
    if (k > cueAt + 1) return labelIndex['I-CONTENT'];
    return labelIndex.O;
  });
  const features = words.map((w, k) => ['b', `w=${w}`, `w+1=${words[k + 1] ?? '</s>'}`]);
  const contexts: TokenContext[] = words.map((w) => ({ word: w, pos: 'X', leftCue: 'none', quote: 'out' }));
  return { gold, features, contexts };
}

function featureNames(): string[] {
  const names = new Set<string>();
  for (const s of sentences) {
    const { features, contexts } = toy(s);
    features.flat().forEach((f) => names.add(f));
    for (const c of contexts) for (const a of labels) for (const b of labels) historyFeatures(a, b, c).forEach((f) => names.add(f));
  }
  return [...names];
}

function ids(p: Perceptron, features: string[][]) {
  const flat: number[] = [];
  const offsets = [0];
  for (const f of features) { flat.push(...p.ids(f)); offsets.push(flat.length); }
  return { flat, offsets };
}

function trained(epochs: number): Perceptron {
  const p = new Perceptron(featureNames());
  for (let e = 0; e < epochs; e++) {
    for (const s of sentences) {
      const { gold, features, contexts } = toy(s);
      const { flat, offsets } = ids(p, features);
      p.decode(flat, offsets, contexts, gold);
    }
  }
  return p;
}

describe('averaged perceptron', () => {
  it('learns a small separable tagging problem', () => {
    const p = trained(10);
    const averaged = Perceptron.sharing(p, p.averaged());
    for (const s of [...sentences, ['dave', 'said', 'snow', 'falls']]) {
      const { gold, features, contexts } = toy(s);
      const { flat, offsets } = ids(averaged, features);
      expect(averaged.decode(flat, offsets, contexts).tags.map((t) => labels[t])).toEqual(gold.map((t) => labels[t]));
    }
  });

  it('trains deterministically: the same data gives identical weights', () => {
    const a = trained(5);
    const b = trained(5);
    expect(a.toModel(a.averaged(), 100, 'v', 'toy')).toEqual(b.toModel(b.averaged(), 100, 'v', 'toy'));
    expect(Array.from(a.averaged()).some((w) => w !== 0)).toBe(true);
  });

  it('round-trips through the quantised model file', () => {
    const p = trained(10);
    const model = p.toModel(p.averaged(), 100, 'v', 'toy');
    const loaded = Perceptron.fromModel(JSON.parse(JSON.stringify(model)));
    const { gold, features, contexts } = toy(['erin', 'said', 'rain', 'falls']);
    const { flat, offsets } = ids(loaded, features);
    expect(loaded.decode(flat, offsets, contexts).tags).toEqual(gold);
  });

  it('never emits an inside tag that does not continue its role', () => {
    const p = trained(3);
    const { features, contexts } = toy(['rain', 'falls', 'said', 'alice']);
    const { flat, offsets } = ids(p, features);
    const tags = p.decode(flat, offsets, contexts).tags.map((t) => labels[t]!);
    tags.forEach((t, k) => {
      if (t.startsWith('I-')) expect(tags[k - 1]!.slice(2)).toBe(t.slice(2));
    });
  });
});
