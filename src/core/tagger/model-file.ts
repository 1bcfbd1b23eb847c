// The tagger's model file: what `npm run train` writes and the extractor loads. Binary arrays are
// base64 inside JSON so the model is one importable file (tsc copies it into dist/).
import { fromBase64, toBase64 } from './base64.js';

/** `hashes`: the feature hashes (Uint32, little-endian, base64). `weights`: per feature, one Int16
 *  per label after the first (little-endian, base64), each being that label's weight minus the
 *  first label's (`O`) weight, times `scale`. Only differences between labels decide a tag or a
 *  margin, so the `O` column is always zero and not stored, and a row fits in 12 bytes. Features
 *  whose row rounds to all zeros are not stored. */
export type ModelFile = {
  version: string;
  trainedOn: string;
  labels: string[];
  /** The feature templates the model was trained with (features.ts). */
  templates: string[];
  features: number;
  scale: number;
  hashes: string;
  weights: string;
};

/** The arrays of a model file, checked against its declared sizes. */
export function readModelArrays(model: ModelFile): { hashes: Uint32Array; weights: Int16Array } {
  const columns = model.labels.length - 1;
  const hashBytes = fromBase64(model.hashes);
  const weightBytes = fromBase64(model.weights);
  if (hashBytes.length !== model.features * 4 || weightBytes.length !== model.features * columns * 2) {
    throw new Error(`tagger model ${model.version}: ${model.features} features but ${hashBytes.length} hash and ${weightBytes.length} weight bytes`);
  }
  const hashView = new DataView(hashBytes.buffer, hashBytes.byteOffset, hashBytes.byteLength);
  const weightView = new DataView(weightBytes.buffer, weightBytes.byteOffset, weightBytes.byteLength);
  const hashes = new Uint32Array(model.features);
  for (let i = 0; i < hashes.length; i++) hashes[i] = hashView.getUint32(4 * i, true);
  const weights = new Int16Array(model.features * columns);
  for (let i = 0; i < weights.length; i++) weights[i] = weightView.getInt16(2 * i, true);
  return { hashes, weights };
}

export function writeModelArrays(hashes: ArrayLike<number>, weights: ArrayLike<number>): { hashes: string; weights: string } {
  const hashBytes = new Uint8Array(hashes.length * 4);
  const hashView = new DataView(hashBytes.buffer);
  for (let i = 0; i < hashes.length; i++) hashView.setUint32(4 * i, hashes[i]!, true);
  const weightBytes = new Uint8Array(weights.length * 2);
  const weightView = new DataView(weightBytes.buffer);
  for (let i = 0; i < weights.length; i++) weightView.setInt16(2 * i, weights[i]!, true);
  return { hashes: toBase64(hashBytes), weights: toBase64(weightBytes) };
}

/** The model without the rows whose largest weight is under `minWeight` units: a smaller table
 *  is fewer cache misses inside extract(), and rows that small rarely change a tag. */
export function pruneModel(model: ModelFile, minWeight: number): ModelFile {
  const columns = model.labels.length - 1;
  const { hashes, weights } = readModelArrays(model);
  const keptHashes: number[] = [];
  const keptWeights: number[] = [];
  for (let f = 0; f < hashes.length; f++) {
    const row = weights.subarray(f * columns, (f + 1) * columns);
    if (row.reduce((largest, w) => Math.max(largest, Math.abs(w)), 0) < minWeight) continue;
    keptHashes.push(hashes[f]!);
    keptWeights.push(...row);
  }
  return { ...model, features: keptHashes.length, ...writeModelArrays(keptHashes, keptWeights) };
}
