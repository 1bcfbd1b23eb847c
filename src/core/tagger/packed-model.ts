// The tagger as the extractor runs it: a loaded model file packed into one open-addressing table
// whose slots hold a feature's hash and its weight row together (16 bytes: the hash and six
// Int16 weights, label O's being zero by construction, see model-file.ts). A feature costs one
// probe that lands in one cache line; inside extract() the caches are cold (wink-nlp and the
// rules ran in between), so misses, not arithmetic, are the tagger's price.
// Decoding is greedy left to right under the BIO constraint (labels.ts), with integer scores:
// the same tags as the training-time Perceptron over the same quantised weights.
import { allowedAfter, labels as tagLabels } from './labels.js';
import { historyHashes, historyTemplates, tagHashes, type FeatureSequence, type HistoryContext } from './features.js';
import { readModelArrays, type ModelFile } from './model-file.js';

/** One decoded sequence: a label per position and the margin between the chosen label and the
 *  best other allowed label (how sure the tagger was, in weight units). */
export type Tagging = { tags: Uint8Array; margins: Float64Array };

const LABELS = tagLabels.length;
const TAG_HASHES = tagHashes(tagLabels);
/** Int32 words per slot: the hash, then two Int16 weights per word (labels 1–2, 3–4, 5–6). */
const WORDS = 4;

export class PackedModel {
  readonly version: string;
  readonly templates: readonly string[];
  /** The real value of one weight unit (1 / the file's scale). */
  readonly unit: number;
  readonly features: number;
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** 1 for each history template in use. */
  private readonly historyOn: Uint8Array;
  /** Summed weights of the tag-only history features (T1 and T2) for each (beforePrevious,
   *  previous) pair, six per pair: looked up once per model instead of at every position. */
  private readonly tagPairs: Int32Array;
  private readonly historyScratch = new Uint32Array(historyTemplates.length);

  private constructor(model: ModelFile) {
    if (model.labels.join() !== tagLabels.join()) throw new Error(`tagger model ${model.version}: labels ${model.labels.join()} differ from ${tagLabels.join()}`);
    const { hashes, weights } = readModelArrays(model);
    this.version = model.version;
    this.templates = model.templates;
    this.unit = 1 / model.scale;
    this.features = model.features;
    let capacity = 16;
    while (capacity < model.features * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * WORDS);
    this.mask = capacity - 1;
    for (let f = 0; f < hashes.length; f++) {
      const row = weights.subarray(f * (LABELS - 1), (f + 1) * (LABELS - 1));
      if (row.every((w) => w === 0)) continue; // an all-zero row is what an empty slot reads as
      let slot = hashes[f]! & this.mask;
      while (!this.isEmpty(slot)) {
        if (this.slots[slot * WORDS] === (hashes[f]! | 0)) throw new Error(`tagger model ${model.version}: feature hash ${hashes[f]} listed twice`);
        slot = (slot + 1) & this.mask;
      }
      const b = slot * WORDS;
      this.slots[b] = hashes[f]! | 0;
      this.slots[b + 1] = (row[0]! & 0xffff) | (row[1]! << 16);
      this.slots[b + 2] = (row[2]! & 0xffff) | (row[3]! << 16);
      this.slots[b + 3] = (row[4]! & 0xffff) | (row[5]! << 16);
    }
    this.historyOn = Uint8Array.from(historyTemplates, (t) => (model.templates.includes(t) ? 1 : 0));
    this.tagPairs = this.tagOnlyPairs();
  }

  static fromModel(model: ModelFile): PackedModel {
    return new PackedModel(model);
  }

  private isEmpty(slot: number): boolean {
    const b = slot * WORDS;
    return (this.slots[b + 1]! | this.slots[b + 2]! | this.slots[b + 3]!) === 0;
  }

  /** The slot word index of `hash`, or -1. An empty slot ends the probe: stored rows are never all zero. */
  private find(hash: number): number {
    const slots = this.slots;
    const key = hash | 0;
    let slot = hash & this.mask;
    for (;;) {
      const b = slot * WORDS;
      if (slots[b] === key) return b;
      if ((slots[b + 1]! | slots[b + 2]! | slots[b + 3]!) === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The weights (six per label pair) of the features read only from tags, T1 and T2. */
  private tagOnlyPairs(): Int32Array {
    const pairs = new Int32Array(LABELS * LABELS * (LABELS - 1));
    const none = new Uint32Array(1);
    const context: HistoryContext = { word: none, pos: none, leftCue: none, quote: none };
    const scratch = new Uint32Array(historyTemplates.length);
    for (let before = 0; before < LABELS; before++) {
      for (let previous = 0; previous < LABELS; previous++) {
        historyHashes(TAG_HASHES[previous]!, TAG_HASHES[before]!, context, 0, scratch);
        const out = (before * LABELS + previous) * (LABELS - 1);
        for (let h = 0; h < 2; h++) {
          if (this.historyOn[h] === 0) continue;
          const b = this.find(scratch[h]!);
          if (b >= 0) for (let l = 0; l < LABELS - 1; l++) pairs[out + l]! += this.weightAt(b, l);
        }
      }
    }
    return pairs;
  }

  /** Weight of label l + 1 in the slot at word index b. */
  private weightAt(b: number, l: number): number {
    const word = this.slots[b + 1 + (l >> 1)]!;
    return l & 1 ? word >> 16 : (word << 16) >> 16;
  }

  /** Greedy decoding of a feature sequence. */
  tag(sequence: FeatureSequence): Tagging {
    const { hashes, offsets, context, restarts } = sequence;
    const n = offsets.length - 1;
    const slots = this.slots;
    const mask = this.mask;
    const pairs = this.tagPairs;
    const history = this.historyScratch;
    const historyOn = this.historyOn;
    const tags = new Uint8Array(n);
    const margins = new Float64Array(n);
    const scores = new Int32Array(LABELS);
    let prev = 0;
    let prev2 = 0;
    for (let k = 0; k < n; k++) {
      if (restarts[k]) { prev = 0; prev2 = 0; }
      const pair = (prev2 * LABELS + prev) * (LABELS - 1);
      let s1 = pairs[pair]!, s2 = pairs[pair + 1]!, s3 = pairs[pair + 2]!, s4 = pairs[pair + 3]!, s5 = pairs[pair + 4]!, s6 = pairs[pair + 5]!;
      historyHashes(TAG_HASHES[prev]!, TAG_HASHES[prev2]!, context, k, history);
      const end = offsets[k + 1]!;
      const last = end + history.length - 2;
      for (let j = offsets[k]!; j < last; j++) {
        let hash: number;
        if (j < end) hash = hashes[j]!;
        else if (historyOn[j - end + 2] === 1) hash = history[j - end + 2]!;
        else continue;
        const key = hash | 0;
        let slot = hash & mask;
        for (;;) {
          const b = slot * WORDS;
          const a = slots[b + 1]!, c = slots[b + 2]!, d = slots[b + 3]!;
          if (slots[b] === key) {
            s1 += (a << 16) >> 16; s2 += a >> 16; s3 += (c << 16) >> 16; s4 += c >> 16; s5 += (d << 16) >> 16; s6 += d >> 16;
            break;
          }
          if ((a | c | d) === 0) break;
          slot = (slot + 1) & mask;
        }
      }
      scores[1] = s1; scores[2] = s2; scores[3] = s3; scores[4] = s4; scores[5] = s5; scores[6] = s6;
      // Label O scores 0; ties go to the lowest label index, as in training.
      let best = -1;
      let second = -Infinity;
      for (let l = 0; l < LABELS; l++) {
        if (!allowedAfter(prev, l)) continue;
        const s = scores[l]!;
        if (best < 0 || s > scores[best]!) {
          if (best >= 0) second = Math.max(second, scores[best]!);
          best = l;
        } else second = Math.max(second, s);
      }
      tags[k] = best;
      margins[k] = second === -Infinity ? 0 : (scores[best]! - second) * this.unit;
      prev2 = prev;
      prev = best;
    }
    return { tags, margins };
  }
}
