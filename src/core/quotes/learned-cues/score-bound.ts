// An upper bound of a learned-cue candidate's log-odds from the features known early, so a
// candidate the model cannot accept is set aside before its content end, its source and its
// feature strings are worked out: on BBC News about 19 of 20 candidates, against which the model
// accepts about 1 in 60 of those it is asked.
// The bound reads the same token facts as features.ts, summed per feature group: what the verb,
// its complement's first word and the words before it weigh (known once the complement opens),
// what the complement's length and last word weigh (once its end is known), and at most what the
// source features (`s=`, `sgap=`) can add. A test holds the parts' sum equal to the model's score
// of verbFeatures(), so the two cannot drift apart unnoticed.
import type { Document, Token } from '../../document/document.js';
import { nonSpaceBefore } from '../../document/non-space-tokens.js';
import { countWords } from '../../document/word-tokens.js';
import type { VerbCandidate } from './candidate.js';
import { lengthBucket, WORD_CLASSES } from './features.js';
import type { SparseLogisticWeights } from '../sparse-logistic.js';

export type CueScoreBound = {
  /** The bias and the weights of the features known once the complement opens (verb, kind, first
   *  word, preposition, lexicon, the two words before the verb). `form`: the verb's lower-cased
   *  text, when the caller has it already. */
  opening(doc: Document, c: Omit<VerbCandidate, 'to'>, lexicon: boolean, form?: string): number;
  /** The weights of the content's length and last word. */
  content(doc: Document, c: VerbCandidate): number;
  /** The most the content's features can add. */
  maxContent: number;
  /** The most the source features can add. */
  maxSource: number;
  /** Whether a candidate whose log-odds is at most `bound` is decided as no cue. */
  cannotReach(bound: number): boolean;
};

/** The scorer sums the features in their list order, the bound in another: the two sums may differ
 *  in the last bits (about 1e-15 for a dozen weights under 2), far inside this margin. */
const ROUNDING_MARGIN = 1e-9;

/** The group of the features that are a bare name (no `=` in a group name holds one). */
const FLAGS = '=';

/** The weights by feature group (`w`, `wk`, `n1`…) and value: the weight of feature
 *  `${group}=${value}`. Flags (`lexicon`) are a group of their own. */
function weightsByGroup(weights: Record<string, number>): Map<string, Map<string, number>> {
  const groups = new Map<string, Map<string, number>>();
  for (const [feature, weight] of Object.entries(weights)) {
    const at = feature.indexOf('=');
    const group = at < 0 ? FLAGS : feature.slice(0, at);
    const value = at < 0 ? feature : feature.slice(at + 1);
    let values = groups.get(group);
    if (!values) groups.set(group, (values = new Map()));
    values.set(value, weight);
  }
  return groups;
}

/** The most a group adds: a value the weights do not hold adds nothing. */
function maxGain(groups: Map<string, Map<string, number>>, group: string): number {
  let max = 0;
  for (const w of groups.get(group)?.values() ?? []) max = Math.max(max, w);
  return max;
}

/** The weights that depend on the verb's form: its own (`w`) and those of its pairs with the
 *  complement's kind (`wk`) and with the preposition (`wp`), so one lookup of the form finds them
 *  all and no joined string is built per candidate. */
type VerbWeights = { form: number; kinds: Map<string, number>; prepositions: Map<string, number> };

/** The verb weights of the model, by form. A pair value (`${verb}|${other}`) with several `|` is
 *  filed under each split, as either word may hold one: the lookup of (a, b) finds the value
 *  `${a}|${b}` and only it. */
function weightsByVerb(w: Map<string, number>, wk: Map<string, number>, wp: Map<string, number>): Map<string, VerbWeights> {
  const verbs = new Map<string, VerbWeights>();
  const of = (form: string) => {
    let v = verbs.get(form);
    if (!v) verbs.set(form, (v = { form: 0, kinds: new Map(), prepositions: new Map() }));
    return v;
  };
  for (const [form, weight] of w) of(form).form = weight;
  for (const [pairs, field] of [[wk, 'kinds'], [wp, 'prepositions']] as const) {
    for (const [value, weight] of pairs) {
      for (let at = value.indexOf('|'); at >= 0; at = value.indexOf('|', at + 1)) of(value.slice(0, at))[field].set(value.slice(at + 1), weight);
    }
  }
  return verbs;
}

/** Closed-class words are features themselves (features.ts shape()); the token is lower-cased only
 *  when its word is the feature. */
function shapeWeight(values: Map<string, number>, token: Token): number {
  return (WORD_CLASSES.has(token.pos) ? values.get(token.text.toLowerCase()) : values.get(token.pos)) ?? 0;
}

export function cueScoreBound(model: SparseLogisticWeights, threshold: number): CueScoreBound {
  const groups = weightsByGroup(model.weights);
  const NONE = new Map<string, number>();
  const group = (name: string) => groups.get(name) ?? NONE;
  const [l, k, n1, len, o, prep, p1, p2] = ['l', 'k', 'n1', 'len', 'o', 'prep', 'p1', 'p2'].map(group) as Map<string, number>[];
  const verbs = weightsByVerb(group('w'), group('wk'), group('wp'));
  const lexiconWeight = group(FLAGS).get('lexicon') ?? 0;
  const start = p1.get('START') ?? 0;
  return {
    opening(doc, c, lexicon, form) {
      const { tokens } = doc;
      const verb = tokens[c.verb]!;
      const weights = verbs.get(form ?? verb.text.toLowerCase());
      let z = model.bias + (l.get(verb.lemma) ?? 0) + (k.get(c.kind) ?? 0) + shapeWeight(n1, tokens[c.from]!);
      if (weights) z += weights.form + (weights.kinds.get(c.kind) ?? 0);
      if (c.cueLast !== c.verb) {
        const p = tokens[c.cueLast]!.text.toLowerCase();
        z += (prep.get(p) ?? 0) + (weights?.prepositions.get(p) ?? 0);
      }
      if (lexicon) z += lexiconWeight;
      const prev = nonSpaceBefore(tokens, c.verb);
      if (!prev || prev.sentence !== verb.sentence) z += start;
      else {
        z += shapeWeight(p1, prev);
        const before = nonSpaceBefore(tokens, prev.i);
        if (before && before.sentence === verb.sentence) z += shapeWeight(p2, before);
      }
      return z;
    },
    content(doc, c) {
      return (len.get(lengthBucket(countWords(doc.tokens, c.from, c.to))) ?? 0) + shapeWeight(o, doc.tokens[c.to]!);
    },
    maxContent: maxGain(groups, 'len') + maxGain(groups, 'o'),
    maxSource: maxGain(groups, 's') + maxGain(groups, 'sgap'),
    cannotReach: (bound) => bound < threshold - ROUNDING_MARGIN,
  };
}
