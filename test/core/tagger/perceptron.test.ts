import { describe, it, expect } from 'vitest';
import { Perceptron, type FeatureRows } from '../../../src/core/tagger/perceptron.js';
import { PackedModel } from '../../../src/core/tagger/packed-model.js';
import { allTemplates, historyHashes, tagHashes, type HistoryContext } from '../../../src/core/tagger/features.js';
import { FeatureTable } from '../../../src/core/tagger/feature-table.js';
import { featureHash, hashString } from '../../../src/core/tagger/hashing.js';
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
  const features = words.map((w, k) => [featureHash('b'), featureHash('w', w), featureHash('w+1', words[k + 1] ?? '</s>')]);
  const context: HistoryContext = {
    word: Uint32Array.from(words, hashString), pos: Uint32Array.from(words, () => hashString('X')),
    leftCue: Uint32Array.from(words, () => hashString('none')), quote: Uint32Array.from(words, () => hashString('out')),
  };
  const restarts = Uint8Array.from(words, (_, k) => (k === 0 ? 1 : 0));
  return { gold, features, context, restarts };
}

function featureHashes(): number[] {
  const hashes = new Set<number>();
  const tags = tagHashes(labels);
  const out = new Uint32Array(6);
  for (const s of sentences) {
    const { features, context } = toy(s);
    features.flat().forEach((f) => hashes.add(f));
    for (let k = 0; k < s.length; k++) for (const a of tags) for (const b of tags) { historyHashes(a, b, context, k, out); out.forEach((h) => hashes.add(h)); }
  }
  return [...hashes];
}

function rows(p: Perceptron, features: number[][]): FeatureRows {
  const flat: number[] = [];
  const offsets = [0];
  for (const f of features) { for (const h of f) { const r = p.table.get(h); if (r >= 0) flat.push(r); } offsets.push(flat.length); }
  return { rows: Int32Array.from(flat), offsets: Int32Array.from(offsets) };
}

function trained(epochs: number, hashes = featureHashes()): Perceptron {
  const p = new Perceptron(hashes, allTemplates);
  for (let e = 0; e < epochs; e++) {
    for (const s of sentences) {
      const { gold, features, context, restarts } = toy(s);
      p.decode(rows(p, features), context, restarts, gold);
    }
  }
  return p;
}

function tagsOf(p: Perceptron, words: string[]): string[] {
  const { features, context, restarts } = toy(words);
  return p.decode(rows(p, features), context, restarts).tags.map((t) => labels[t]!);
}

/** The same toy sentence through a written and loaded model. */
function packedTagsOf(model: PackedModel, words: string[]): string[] {
  const { features, context, restarts } = toy(words);
  const offsets = Int32Array.from([0, ...features.map((_, k) => features.slice(0, k + 1).flat().length)]);
  const sequence = { tokens: new Int32Array(words.length), hashes: Uint32Array.from(features.flat()), offsets, context, restarts };
  return Array.from(model.tag(sequence).tags, (t) => labels[t]!);
}

describe('averaged perceptron over hashed features', () => {
  it('learns a small separable tagging problem', () => {
    const p = trained(10);
    const averaged = Perceptron.sharing(p, p.averaged());
    for (const s of [...sentences, ['dave', 'said', 'snow', 'falls']]) {
      expect(tagsOf(averaged, s)).toEqual(toy(s).gold.map((t) => labels[t]));
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
    expect(model.features).toBeGreaterThan(0);
    expect(model.features).toBeLessThanOrEqual(p.table.size);
    const loaded = PackedModel.fromModel(JSON.parse(JSON.stringify(model)));
    expect(packedTagsOf(loaded, ['erin', 'said', 'rain', 'falls'])).toEqual(['B-SOURCE', 'B-CUE', 'B-CONTENT', 'I-CONTENT']);
  });

  it('rejects a model file whose arrays do not match its feature count', () => {
    const p = trained(2);
    const model = { ...p.toModel(p.averaged(), 100, 'v', 'toy') };
    model.features += 1;
    expect(() => PackedModel.fromModel(model)).toThrow(/features but/);
  });

  it('never emits an inside tag that does not continue its role', () => {
    const tags = tagsOf(trained(3), ['rain', 'falls', 'said', 'alice']);
    tags.forEach((t, k) => {
      if (t.startsWith('I-')) expect(tags[k - 1]!.slice(2)).toBe(t.slice(2));
    });
  });

  it('still decodes legal tag sequences when features collide', () => {
    // Every word feature folded onto one hash: the model loses words but must stay well-formed.
    const collided = featureHashes().map((h) => (h % 3 === 0 ? 12345 : h));
    const p = trained(5, collided);
    for (const s of sentences) {
      const tags = tagsOf(p, s);
      expect(tags).toHaveLength(s.length);
      tags.forEach((t, k) => { if (t.startsWith('I-')) expect(tags[k - 1]!.slice(2)).toBe(t.slice(2)); });
    }
  });
});

describe('feature table', () => {
  it('keeps hashes that probe the same slot apart', () => {
    // 16 slots: hashes equal modulo 16 start probing at the same slot.
    const table = new FeatureTable(8);
    const hashes = [5, 5 + 16, 5 + 32, 0xfffffff5, 6];
    const ids = hashes.map((h) => table.add(h));
    expect(ids).toEqual([0, 1, 2, 3, 4]);
    expect(hashes.map((h) => table.get(h))).toEqual([0, 1, 2, 3, 4]);
    expect(table.get(5 + 48)).toBe(-1);
    expect(table.add(5 + 16)).toBe(1);
    expect(table.hashes).toEqual(hashes);
  });

  it('refuses to grow past half full', () => {
    const table = new FeatureTable(2);
    for (let h = 0; h < 8; h++) table.add(h);
    expect(() => table.add(100)).toThrow(/full/);
  });
});
