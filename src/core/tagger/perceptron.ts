// An averaged perceptron over hashed features with a greedy left-to-right decoder: each position
// takes the best label allowed after the previous one (BIO constraint), and history features see
// the labels decided so far. Inference is one table probe and one weight-row read per feature,
// with no allocation per token. Training is deterministic: the caller fixes the document order
// (seeded shuffles) and ties between labels go to the lowest label index.
import { allowedAfter, begin, roleOf, labels as tagLabels } from './labels.js';
import { historyHashes, historyTemplates, tagHashes, type FeatureSequence, type HistoryContext } from './features.js';
import { FeatureTable } from './feature-table.js';
import { fromBase64, toBase64 } from './base64.js';

/** The model as shipped: `hashes` are the feature hashes (Uint32, little-endian, base64) and
 *  `weights` one row of `labels.length` Int16 per feature (little-endian, base64), `weight / scale`
 *  being the real value; features whose whole row rounds to zero are pruned. */
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

/** One decoded sequence: a label per position and the margin between the chosen label and the
 *  best other allowed label (how sure the tagger was). */
export type Tagging = { tags: number[]; margins: number[] };

/** Feature rows of a sequence: position k's are rows[offsets[k]] … rows[offsets[k + 1] - 1]. */
export type FeatureRows = { rows: Int32Array; offsets: Int32Array };

const TAG_HASHES = tagHashes(tagLabels);

export class Perceptron {
  readonly labelCount: number;
  readonly table: FeatureTable;
  readonly templates: readonly string[];
  /** Float64 while training; a loaded model keeps its quantised Int16 weights (a quarter of the
   *  memory, and the decoder's time goes into cache misses on weight rows), each worth `unit`. */
  weights: Float64Array | Float32Array | Int16Array;
  /** The real value of one unit of `weights` (1 / scale for a loaded model, else 1). */
  readonly unit: number;
  private totals: Float64Array;
  private stamps: Float64Array;
  private step = 0;
  /** 1 for each history template in use. */
  private readonly historyOn: Uint8Array;
  private readonly historyScratch = new Uint32Array(historyTemplates.length);

  constructor(hashes: ArrayLike<number>, templates: readonly string[], labelCount: number = tagLabels.length, weights?: Float64Array | Float32Array | Int16Array, unit = 1) {
    this.labelCount = labelCount;
    this.unit = unit;
    this.table = FeatureTable.of(hashes);
    this.templates = templates;
    this.historyOn = Uint8Array.from(historyTemplates, (t) => (templates.includes(t) ? 1 : 0));
    const size = this.table.size * labelCount;
    this.weights = weights ?? new Float64Array(size);
    this.totals = new Float64Array(weights ? 0 : size);
    this.stamps = new Float64Array(weights ? 0 : size);
  }

  /** A perceptron with `source`'s features and other weights (e.g. averaged), for scoring. */
  static sharing(source: Perceptron, weights: Float64Array): Perceptron {
    const copy = Object.create(Perceptron.prototype) as Perceptron;
    Object.assign(copy, {
      labelCount: source.labelCount, unit: 1, table: source.table, templates: source.templates, historyOn: source.historyOn,
      historyScratch: new Uint32Array(historyTemplates.length), weights, totals: new Float64Array(0), stamps: new Float64Array(0), step: 0,
    });
    return copy;
  }

  static fromModel(model: ModelFile): Perceptron {
    if (model.labels.join() !== tagLabels.join()) throw new Error(`tagger model ${model.version}: labels ${model.labels.join()} differ from ${tagLabels.join()}`);
    const hashBytes = fromBase64(model.hashes);
    const weightBytes = fromBase64(model.weights);
    const L = model.labels.length;
    if (hashBytes.length !== model.features * 4 || weightBytes.length !== model.features * L * 2) {
      throw new Error(`tagger model ${model.version}: ${model.features} features but ${hashBytes.length} hash and ${weightBytes.length} weight bytes`);
    }
    const hashView = new DataView(hashBytes.buffer, hashBytes.byteOffset, hashBytes.byteLength);
    const weightView = new DataView(weightBytes.buffer, weightBytes.byteOffset, weightBytes.byteLength);
    const hashes = new Uint32Array(model.features);
    for (let i = 0; i < hashes.length; i++) hashes[i] = hashView.getUint32(4 * i, true);
    const weights = new Int16Array(model.features * L);
    for (let i = 0; i < weights.length; i++) weights[i] = weightView.getInt16(2 * i, true);
    return new Perceptron(hashes, model.templates, L, weights, 1 / model.scale);
  }

  /** The weight rows of a sequence's known features (unknown ones carry no weight). */
  rowsOf(sequence: FeatureSequence): FeatureRows {
    const { hashes, offsets } = sequence;
    const rows = new Int32Array(hashes.length);
    const rowOffsets = new Int32Array(offsets.length);
    let length = 0;
    for (let k = 0; k + 1 < offsets.length; k++) {
      for (let j = offsets[k]!; j < offsets[k + 1]!; j++) {
        const row = this.table.get(hashes[j]!);
        if (row >= 0) rows[length++] = row;
      }
      rowOffsets[k + 1] = length;
    }
    return { rows: rows.subarray(0, length), offsets: rowOffsets };
  }

  /** The history feature rows of position k after tags `previous` and `beforePrevious`: written
   *  into `out`, unknown ones as -1. */
  private historyRows(previous: number, beforePrevious: number, context: HistoryContext, k: number, out: Int32Array): void {
    const scratch = this.historyScratch;
    historyHashes(TAG_HASHES[previous]!, TAG_HASHES[beforePrevious]!, context, k, scratch);
    const tagRows = this.tagOnlyRows();
    out[0] = tagRows[previous]!;
    out[1] = tagRows[this.labelCount * (1 + beforePrevious) + previous]!;
    for (let i = 2; i < scratch.length; i++) out[i] = this.historyOn[i] ? this.table.get(scratch[i]!) : -1;
  }

  private tagRowsCache: Int32Array | null = null;

  /** The rows of the two history features that read only tags (T1 by previous tag, then T2 by
   *  tag pair): a few dozen values, looked up once instead of at every position. Built on first
   *  use (a copy made by `sharing` starts without it). */
  private tagOnlyRows(): Int32Array {
    if (this.tagRowsCache) return this.tagRowsCache;
    const L = this.labelCount;
    const rows = new Int32Array(L + L * L);
    const scratch = new Uint32Array(historyTemplates.length);
    const none = new Uint32Array(1);
    const context: HistoryContext = { word: none, pos: none, leftCue: none, quote: none };
    for (let before = 0; before < L; before++) {
      for (let previous = 0; previous < L; previous++) {
        historyHashes(TAG_HASHES[previous]!, TAG_HASHES[before]!, context, 0, scratch);
        if (before === 0) rows[previous] = this.historyOn[0] ? this.table.get(scratch[0]!) : -1;
        rows[L * (1 + before) + previous] = this.historyOn[1] ? this.table.get(scratch[1]!) : -1;
      }
    }
    this.tagRowsCache = rows;
    return rows;
  }

  /** Greedy decoding. When `gold` is given, the weights are updated wherever the decision differs
   *  from it (training), still following the predicted history. */
  decode(features: FeatureRows, context: HistoryContext, restarts: Uint8Array, gold?: number[]): Tagging {
    const { rows, offsets } = features;
    const n = offsets.length - 1;
    const L = this.labelCount;
    const w = this.weights;
    const tags = new Array<number>(n);
    const margins = new Array<number>(n);
    const scores = new Float64Array(L);
    const history = new Int32Array(historyTemplates.length);
    let prev = 0;
    let prev2 = 0;
    for (let k = 0; k < n; k++) {
      if (restarts[k]) { prev = 0; prev2 = 0; }
      this.historyRows(prev, prev2, context, k, history);
      if (L === 7) {
        // The shipped tag set, unrolled: the sums stay in registers.
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
        const end = offsets[k + 1]!;
        for (let j = offsets[k]!; j < end + history.length; j++) {
          const row = j < end ? rows[j]! : history[j - end]!;
          if (row < 0) continue;
          const b = row * 7;
          s0 += w[b]!; s1 += w[b + 1]!; s2 += w[b + 2]!; s3 += w[b + 3]!; s4 += w[b + 4]!; s5 += w[b + 5]!; s6 += w[b + 6]!;
        }
        const u = this.unit;
        scores[0] = s0 * u; scores[1] = s1 * u; scores[2] = s2 * u; scores[3] = s3 * u; scores[4] = s4 * u; scores[5] = s5 * u; scores[6] = s6 * u;
      } else {
        scores.fill(0);
        for (let j = offsets[k]!; j < offsets[k + 1]!; j++) {
          const base = rows[j]! * L;
          for (let l = 0; l < L; l++) scores[l]! += w[base + l]!;
        }
        for (let h = 0; h < history.length; h++) {
          if (history[h]! < 0) continue;
          const base = history[h]! * L;
          for (let l = 0; l < L; l++) scores[l]! += w[base + l]!;
        }
        for (let l = 0; l < L; l++) scores[l]! *= this.unit;
      }
      let best = -1;
      let second = -Infinity;
      for (let l = 0; l < L; l++) {
        if (!allowedAfter(prev, l)) continue;
        if (best < 0 || scores[l]! > scores[best]!) {
          if (best >= 0) second = Math.max(second, scores[best]!);
          best = l;
        } else second = Math.max(second, scores[l]!);
      }
      tags[k] = best;
      margins[k] = second === -Infinity ? 0 : scores[best]! - second;
      if (gold) {
        this.step++;
        // After a wrong previous tag the gold `I-X` may be illegal; the legal answer then is `B-X`
        // (rewarding an unreachable label would only push weight onto the runner-up).
        const truth = allowedAfter(prev, gold[k]!) ? gold[k]! : begin(roleOf(gold[k]!)!);
        if (truth !== best) {
          for (let j = offsets[k]!; j < offsets[k + 1]!; j++) this.update(rows[j]!, truth, best);
          for (let h = 0; h < history.length; h++) if (history[h]! >= 0) this.update(history[h]!, truth, best);
        }
      }
      prev2 = prev;
      prev = best;
    }
    return { tags, margins };
  }

  private update(row: number, truth: number, guess: number): void {
    const base = row * this.labelCount;
    this.bump(base + truth, 1);
    this.bump(base + guess, -1);
  }

  private bump(i: number, delta: number): void {
    this.totals[i]! += (this.step - this.stamps[i]!) * this.weights[i]!;
    this.stamps[i] = this.step;
    this.weights[i]! += delta;
  }

  /** Averaged weights (the model to ship), leaving the running weights untouched. */
  averaged(): Float64Array {
    const out = new Float64Array(this.weights.length);
    const steps = Math.max(1, this.step);
    for (let i = 0; i < out.length; i++) {
      const total = this.totals[i]! + (this.step - this.stamps[i]!) * this.weights[i]!;
      out[i] = total / steps;
    }
    return out;
  }

  /** The shipped form: weights quantised to `scale` (Int16), features whose whole row rounds to
   *  zero dropped, the rest in row order. */
  toModel(weights: Float64Array | Float32Array, scale: number, version: string, trainedOn: string): ModelFile {
    const L = this.labelCount;
    const kept: number[] = [];
    const quantised: number[] = [];
    const row = new Array<number>(L);
    this.table.hashes.forEach((hash, id) => {
      let nonzero = false;
      for (let l = 0; l < L; l++) {
        const q = Math.max(-32768, Math.min(32767, Math.round(weights[id * L + l]! * scale)));
        row[l] = q;
        if (q !== 0) nonzero = true;
      }
      if (!nonzero) return;
      kept.push(hash);
      quantised.push(...row);
    });
    const hashBytes = new Uint8Array(kept.length * 4);
    const hashView = new DataView(hashBytes.buffer);
    kept.forEach((h, i) => hashView.setUint32(4 * i, h, true));
    const weightBytes = new Uint8Array(quantised.length * 2);
    const weightView = new DataView(weightBytes.buffer);
    quantised.forEach((q, i) => weightView.setInt16(2 * i, q, true));
    return {
      version, trainedOn, labels: [...tagLabels], templates: [...this.templates], features: kept.length, scale,
      hashes: toBase64(hashBytes), weights: toBase64(weightBytes),
    };
  }
}
