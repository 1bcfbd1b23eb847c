// Training the tagger: an averaged perceptron over hashed features with a greedy left-to-right
// decoder: each position takes the best label allowed after the previous one (BIO constraint), and
// history features see the labels decided so far. The extractor never runs this class: it loads
// the written model into a PackedModel (packed-model.ts). Training is deterministic: the caller fixes the document order
// (seeded shuffles) and ties between labels go to the lowest label index.
import { allowedAfter, begin, roleOf, labels as tagLabels } from './labels.js';
import { historyHashes, historyTemplates, tagHashes, type FeatureSequence, type HistoryContext } from './features.js';
import { FeatureTable } from './feature-table.js';
import { writeModelArrays, type ModelFile } from './model-file.js';

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
  weights: Float64Array;
  private totals: Float64Array;
  private stamps: Float64Array;
  private step = 0;
  /** 1 for each history template in use. */
  private readonly historyOn: Uint8Array;
  private readonly historyScratch = new Uint32Array(historyTemplates.length);

  constructor(hashes: ArrayLike<number>, templates: readonly string[], labelCount: number = tagLabels.length, weights?: Float64Array) {
    this.labelCount = labelCount;
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
      labelCount: source.labelCount, table: source.table, templates: source.templates, historyOn: source.historyOn,
      historyScratch: new Uint32Array(historyTemplates.length), weights, totals: new Float64Array(0), stamps: new Float64Array(0), step: 0,
    });
    return copy;
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
        scores[0] = s0; scores[1] = s1; scores[2] = s2; scores[3] = s3; scores[4] = s4; scores[5] = s5; scores[6] = s6;
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

  /** The shipped form (model-file.ts): each row made relative to label O, quantised to
   *  `scale` (Int16), and kept unless it rounds to all zeros. Rows keep their training order, so
   *  the file is stable (pruneModel drops more). */
  toModel(weights: Float64Array, scale: number, version: string, trainedOn: string): ModelFile {
    const L = this.labelCount;
    const kept: number[] = [];
    const quantised: number[] = [];
    const row = new Array<number>(L - 1);
    this.table.hashes.forEach((hash, id) => {
      let largest = 0;
      for (let l = 1; l < L; l++) {
        const q = Math.max(-32768, Math.min(32767, Math.round((weights[id * L + l]! - weights[id * L]!) * scale)));
        row[l - 1] = q;
        largest = Math.max(largest, Math.abs(q));
      }
      if (largest === 0) return;
      kept.push(hash);
      quantised.push(...row);
    });
    return {
      version, trainedOn, labels: [...tagLabels], templates: [...this.templates], features: kept.length, scale,
      ...writeModelArrays(kept, quantised),
    };
  }
}
