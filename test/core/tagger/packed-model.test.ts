import { describe, it, expect } from 'vitest';
import { Perceptron, type FeatureRows } from '../../../src/core/tagger/perceptron.js';
import { PackedModel } from '../../../src/core/tagger/packed-model.js';
import { pruneModel, type ModelFile } from '../../../src/core/tagger/model-file.js';
import shipped from '../../../src/core/tagger/model/en-polnear-v6.json' with { type: 'json' };
import { allTemplates, extractFeatures, historyHashes, tagHashes, type FeatureSequence } from '../../../src/core/tagger/features.js';
import { featureHash, hashString } from '../../../src/core/tagger/hashing.js';
import { allowedAfter, labelIndex, labels } from '../../../src/core/tagger/labels.js';
import { readDocument } from '../../../src/core/document.js';
import { en } from '../../../src/locales/en/index.js';

/** Toy data: `said`/`says` cue, the word before a source, the words after it content. */
const sentences = [
  ['alice', 'said', 'rain', 'falls'],
  ['bob', 'says', 'snow', 'melts', 'fast'],
  ['the', 'sun', 'shines'],
  ['carol', 'said', 'rain', 'stops'],
  ['dogs', 'bark', 'loudly'],
];

function toy(words: string[]): { sequence: FeatureSequence; gold: number[] } {
  const cueAt = words.findIndex((w) => w === 'said' || w === 'says');
  const gold = words.map((_, k) => {
    if (cueAt < 0) return labelIndex.O;
    if (k === cueAt) return labelIndex['B-CUE'];
    if (k === cueAt - 1) return labelIndex['B-SOURCE'];
    if (k === cueAt + 1) return labelIndex['B-CONTENT'];
    return k > cueAt + 1 ? labelIndex['I-CONTENT'] : labelIndex.O;
  });
  const features = words.map((w, k) => [featureHash('b'), featureHash('w', w), featureHash('w-1', words[k - 1] ?? '<s>'), featureHash('w+1', words[k + 1] ?? '</s>')]);
  const offsets = Int32Array.from([0, ...features.map((_, k) => 4 * (k + 1))]);
  return {
    gold,
    sequence: {
      tokens: Int32Array.from(words, (_, k) => k), hashes: Uint32Array.from(features.flat()), offsets,
      context: {
        word: Uint32Array.from(words, hashString), pos: Uint32Array.from(words, () => hashString('X')),
        leftCue: Uint32Array.from(words, () => hashString('none')), quote: Uint32Array.from(words, () => hashString('out')),
      },
      restarts: Uint8Array.from(words, (_, k) => (k === 0 ? 1 : 0)),
    },
  };
}

function allHashes(): number[] {
  const hashes = new Set<number>();
  const tags = tagHashes(labels);
  const out = new Uint32Array(6);
  for (const s of sentences) {
    const { sequence } = toy(s);
    sequence.hashes.forEach((h) => hashes.add(h));
    for (let k = 0; k < s.length; k++) for (const a of tags) for (const b of tags) { historyHashes(a, b, sequence.context, k, out); out.forEach((h) => hashes.add(h)); }
  }
  return [...hashes];
}

function trained(): Perceptron {
  const p = new Perceptron(allHashes(), allTemplates);
  for (let epoch = 0; epoch < 8; epoch++) for (const s of sentences) { const { sequence, gold } = toy(s); p.decode(p.rowsOf(sequence), sequence.context, sequence.restarts, gold); }
  return p;
}

const unseen = [['erin', 'said', 'snow', 'falls', 'fast'], ['the', 'rain', 'stops'], ['frank', 'says', 'dogs', 'bark']];

describe('the packed model', () => {
  const p = trained();
  const averaged = Perceptron.sharing(p, p.averaged());
  const referenceTags = (words: string[]) => { const { sequence } = toy(words); const rows: FeatureRows = averaged.rowsOf(sequence); return averaged.decode(rows, sequence.context, sequence.restarts); };

  it('tags like the training perceptron whose averaged weights it quantises', () => {
    const packed = PackedModel.fromModel(JSON.parse(JSON.stringify(p.toModel(p.averaged(), 1000, 'v', 'toy'))));
    for (const words of [...sentences, ...unseen]) {
      const reference = referenceTags(words);
      const tagging = packed.tag(toy(words).sequence);
      expect(Array.from(tagging.tags)).toEqual(reference.tags);
      Array.from(tagging.margins).forEach((m, k) => expect(m).toBeCloseTo(reference.margins[k]!, 2));
    }
    expect(Array.from(packed.tag(toy(unseen[0]!).sequence).tags, (t) => labels[t])).toEqual(['B-SOURCE', 'B-CUE', 'B-CONTENT', 'I-CONTENT', 'I-CONTENT']);
  });

  it('never decodes an inside tag that does not continue its role, whatever the weights', () => {
    // A model of random weights over every feature of a real sentence.
    let seed = 7;
    const next = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed; };
    const doc = readDocument('Officials said on Monday that the “talks” would resume, according to a statement.');
    const sequence = extractFeatures(doc, en);
    const hashes = new Set<number>(sequence.hashes);
    const tags = tagHashes(labels);
    const out = new Uint32Array(6);
    for (let k = 0; k < sequence.tokens.length; k++) for (const a of tags) for (const b of tags) { historyHashes(a, b, sequence.context, k, out); out.forEach((h) => hashes.add(h)); }
    for (let trial = 0; trial < 20; trial++) {
      const random = new Perceptron([...hashes], allTemplates);
      const weights = Float64Array.from(random.weights, () => ((next() % 2001) - 1000) / 100);
      const decoded = PackedModel.fromModel(random.toModel(weights, 10, 'v', 'random')).tag(sequence).tags;
      decoded.forEach((t, k) => expect(allowedAfter(k === 0 ? labelIndex.O : decoded[k - 1]!, t)).toBe(true));
    }
  });

  it('rejects a model file that lists a feature twice', () => {
    const model = p.toModel(p.averaged(), 100, 'v', 'toy');
    const doubled = Perceptron.prototype.toModel.call(Object.assign(Object.create(Perceptron.prototype), {
      labelCount: labels.length, templates: allTemplates, table: { hashes: [5, 5] },
    }), Float64Array.from({ length: 2 * labels.length }, (_, i) => i % labels.length), 1, 'v', 'twice');
    expect(model.features).toBeGreaterThan(0);
    expect(() => PackedModel.fromModel(doubled)).toThrow(/listed twice/);
  });
});

describe('pruning the shipped model', () => {
  it('drops a third of its rows and still tags a news paragraph the same', () => {
    const full = shipped as ModelFile;
    const pruned = pruneModel(full, 60);
    expect(pruned.features).toBeLessThan(full.features * 0.7);
    const doc = readDocument([
      'The governor, aides conceded on Friday, had underestimated the cost of the repairs.',
      'Local officials believe the bridge will reopen in the spring, according to a statement from the transport department.',
      '“We are doing everything we can,” a spokeswoman said.',
    ].join('\n'));
    const sequence = extractFeatures(doc, en, { templates: full.templates });
    const tagsOf = (model: ModelFile) => Array.from(PackedModel.fromModel(model).tag(sequence).tags, (t) => labels[t]);
    const before = tagsOf(full);
    expect(before.some((t) => t !== 'O')).toBe(true);
    expect(tagsOf(pruned)).toEqual(before);
  });
});
