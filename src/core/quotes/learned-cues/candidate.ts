// A verb outside both lexicons whose complement may be reported content (`mocked the ambitions of
// three hopefuls`, `ruled that the school misled students`, `spoke about the economy`): PolNeAR
// annotates many such verbs, a long tail no word list covers. The rules describe the verb and its
// complement here; the learned cue model (model.ts) decides whether it reports.
import type { FunctionWords } from '../../../locales/locale.js';
import type { Token } from '../../document/document.js';
import { nonSpaceAtOrAfter } from '../../document/non-space-tokens.js';
import type { CueScoreBound } from './score-bound.js';

/** How the content opens after the verb. */
export type ComplementKind = 'object' | 'preposition' | 'that' | 'to';

export type VerbCandidate = {
  /** The verb token. */
  verb: number;
  /** Last token of the cue: the verb, or the preposition after it (`spoke about`). */
  cueLast: number;
  /** First and last token of the content. */
  from: number;
  to: number;
  kind: ComplementKind;
};

/** Decides, from the candidate's features, whether the verb reports its complement. `features()`
 *  computes them on first call. A decision that knows an upper bound of its score (the shipped
 *  model's, score-bound.ts) lets the candidates it cannot accept go unasked. */
export type VerbDecision = ((features: () => string[], candidate: VerbCandidate) => boolean) & { bound?: CueScoreBound };

/** Parts of speech a direct object opens with (as for the stance verbs of topic-attributions.ts). */
const OBJECT_OPENERS = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM']);
/** Adverbs allowed between the verb and its complement (`spoke warmly of`). */
const MAX_ADVERBS = 2;

/** Where the complement of the verb at `i` opens, or null when none that could be content does:
 *  a direct object, a prepositional object, a that-clause or a to-infinitive, in the sentence. */
export function complementOpening(tokens: Token[], i: number, sLast: number, words: FunctionWords): Omit<VerbCandidate, 'to'> | null {
  let p = nonSpaceAtOrAfter(tokens, i + 1);
  for (let n = 0; n < MAX_ADVERBS && tokens[p]?.pos === 'ADV'; n++) p = nonSpaceAtOrAfter(tokens, p + 1);
  const t = tokens[p];
  if (!t || p > sLast) return null;
  const after = nonSpaceAtOrAfter(tokens, p + 1);
  const next = after <= sLast ? tokens[after] : undefined;
  if (words.declarativeComplementizers.has(t.lemma)) {
    // `ruled that the school…`; not a relative `that` missing its subject (`that was…`).
    return next && next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'PUNCT' ? { verb: i, cueLast: i, from: p, kind: 'that' } : null;
  }
  if (words.infinitiveMarkers.has(t.lemma)) {
    return next && (next.pos === 'VERB' || next.pos === 'AUX') ? { verb: i, cueLast: i, from: p, kind: 'to' } : null;
  }
  if (OBJECT_OPENERS.has(t.pos)) return { verb: i, cueLast: i, from: p, kind: 'object' };
  if (t.pos === 'ADP' && next && OBJECT_OPENERS.has(next.pos)) return { verb: i, cueLast: p, from: after, kind: 'preposition' };
  return null;
}
