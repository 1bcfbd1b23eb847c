// An averaged perceptron over string features with a greedy left-to-right decoder: each position
// takes the best label allowed after the previous one (BIO constraint), and history features see
// the labels decided so far. Inference is one weight-row lookup per feature: linear and small.
// Training is deterministic: the caller fixes the document order (seeded shuffles) and ties
// between labels go to the lowest label index.
import { allowedAfter, begin, roleOf, labels as tagLabels } from './labels.js';
import { historyFeatures, type TokenContext } from './features.js';

/** The model as shipped: weights quantised to integers (`weight / scale` is the real value), one
 *  row of `labels.length` per feature, zero rows pruned. */
export type ModelFile = {
  version: string;
  trainedOn: string;
  features: string[];
  labels: string[];
  scale: number;
  weights: number[];
};

/** One decoded sequence: a label per position and the margin between the chosen label and the
 *  best other allowed label (how sure the tagger was). */
export type Tagging = { tags: number[]; margins: number[] };

export class Perceptron {
  readonly labelCount: number;
  readonly index: Map<string, number>;
  weights: Float64Array;
  private totals: Float64Array;
  private stamps: Float64Array;
  private step = 0;

  constructor(features: Iterable<string>, labelCount: number = tagLabels.length, weights?: Float64Array) {
    this.labelCount = labelCount;
    this.index = new Map();
    for (const f of features) if (!this.index.has(f)) this.index.set(f, this.index.size);
    const size = this.index.size * labelCount;
    this.weights = weights ?? new Float64Array(size);
    this.totals = new Float64Array(weights ? 0 : size);
    this.stamps = new Float64Array(weights ? 0 : size);
  }

  /** A perceptron with `source`'s features and other weights (e.g. averaged), for scoring. */
  static sharing(source: Perceptron, weights: Float64Array): Perceptron {
    const copy = Object.create(Perceptron.prototype) as Perceptron;
    Object.assign(copy, { labelCount: source.labelCount, index: source.index, weights, totals: new Float64Array(0), stamps: new Float64Array(0), step: 0 });
    return copy;
  }

  static fromModel(model: ModelFile): Perceptron {
    if (model.labels.join() !== tagLabels.join()) throw new Error(`tagger model ${model.version}: labels ${model.labels.join()} differ from ${tagLabels.join()}`);
    const weights = new Float64Array(model.weights.length);
    for (let i = 0; i < weights.length; i++) weights[i] = model.weights[i]! / model.scale;
    return new Perceptron(model.features, model.labels.length, weights);
  }

  /** Row ids of the known features among `features` (unknown ones carry no weight). */
  ids(features: string[]): number[] {
    const ids: number[] = [];
    for (const f of features) {
      const id = this.index.get(f);
      if (id !== undefined) ids.push(id);
    }
    return ids;
  }

  private score(staticIds: ArrayLike<number>, from: number, to: number, history: number[], out: Float64Array): void {
    out.fill(0);
    const L = this.labelCount;
    const w = this.weights;
    for (let k = from; k < to; k++) {
      const row = staticIds[k]! * L;
      for (let l = 0; l < L; l++) out[l]! += w[row + l]!;
    }
    for (const id of history) {
      const row = id * L;
      for (let l = 0; l < L; l++) out[l]! += w[row + l]!;
    }
  }

  /** Greedy decoding. `staticIds` holds every position's feature ids back to back, `offsets[k]`
   *  to `offsets[k + 1]` being position k's. When `gold` is given, the weights are updated
   *  wherever the decision differs from it (training), still following the predicted history. */
  decode(staticIds: ArrayLike<number>, offsets: ArrayLike<number>, contexts: TokenContext[], gold?: number[]): Tagging {
    const n = contexts.length;
    const tags = new Array<number>(n);
    const margins = new Array<number>(n);
    const scores = new Float64Array(this.labelCount);
    let prev = 0;
    let prev2 = 0;
    for (let k = 0; k < n; k++) {
      const history = this.ids(historyFeatures(tagLabels[prev]!, tagLabels[prev2]!, contexts[k]!));
      this.score(staticIds, offsets[k]!, offsets[k + 1]!, history, scores);
      let best = -1;
      let second = -Infinity;
      for (let l = 0; l < this.labelCount; l++) {
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
          for (let j = offsets[k]!; j < offsets[k + 1]!; j++) this.update(staticIds[j]!, truth, best);
          for (const id of history) this.update(id, truth, best);
        }
      }
      prev2 = prev;
      prev = best;
    }
    return { tags, margins };
  }

  private update(id: number, truth: number, guess: number): void {
    const base = id * this.labelCount;
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

  /** The shipped form: weights quantised to `scale`, features whose whole row rounds to zero
   *  dropped, the rest in their original order. */
  toModel(weights: Float64Array, scale: number, version: string, trainedOn: string): ModelFile {
    const L = this.labelCount;
    const features: string[] = [];
    const quantised: number[] = [];
    for (const [feature, id] of this.index) {
      const row: number[] = [];
      let nonzero = false;
      for (let l = 0; l < L; l++) {
        const q = Math.round(weights[id * L + l]! * scale);
        row.push(q === 0 ? 0 : q); // no -0 in the JSON
        if (q !== 0) nonzero = true;
      }
      if (!nonzero) continue;
      features.push(feature);
      quantised.push(...row);
    }
    return { version, trainedOn, features, labels: [...tagLabels], scale, weights: quantised };
  }
}
