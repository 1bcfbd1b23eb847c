// Which tagged drafts are worth adding to the rules' quotations. The tagger's low-confidence
// output on news it was not trained on is mostly noise (`to | concluding` cued by `were`,
// fragments like `Boeing … so … super jumbos`), and every extra quotation costs the later stages
// (speakers, relays, repeats) time. A draft is kept when the tagger is reasonably sure of it, its
// cue contains a content verb (not an auxiliary or a preposition) and its content says something.
// Thresholds chosen on PolNeAR dev (train.ts prints the alternatives) and checked on BBC News.
import type { FunctionWords } from '../../locales/locale.js';
import type { Document } from '../document.js';
import type { QuoteDraft } from '../quotes.js';
import { tokensWithin } from '../token-index.js';

export type Plausibility = {
  /** Drafts below this confidence are dropped. */
  minConfidence: number;
  /** Words (tokens other than punctuation and space) the content spans must hold together. */
  minContentWords: number;
  /** Content spans a draft may have: the tagger's noise is often a run of fragments
   *  (`is … early warning system … will alert…`), PolNeAR content rarely more than three. */
  maxContentSpans: number;
};

/** On PolNeAR dev (inside extract(), rules 0.831) combined content-overlap F1 is 0.839 from
 *  confidence 0.15 to 0.3; at 0.3 with four words and at most three spans the tagger adds 77
 *  quotes instead of 216, and on BBC News 60% fewer than with no filter. Stricter (a source
 *  required, at most two content spans) costs recall for little precision. */
export const defaultPlausibility: Plausibility = { minConfidence: 0.3, minContentWords: 4, maxContentSpans: 3 };

/** Whether the cue holds a content verb. Forms of be/have/do (`words.auxiliaryForms`) head no
 *  attribution on their own, yet wink-nlp tags them VERB now and then (`were` as the cue of
 *  `to | concluding`). Token.lemma is only the lower-cased form. */
export function hasVerbCue(doc: Document, draft: QuoteDraft, words: FunctionWords): boolean {
  if (!draft.cue) return false;
  const [first, last] = tokensWithin(doc.tokens, draft.cue.start, draft.cue.end);
  for (let i = first; i <= last; i++) {
    const t = doc.tokens[i]!;
    if (t.pos === 'VERB' && !words.auxiliaryForms.has(t.lemma)) return true;
  }
  return false;
}

export function contentWords(doc: Document, draft: QuoteDraft): number {
  let words = 0;
  for (const span of draft.content) {
    const [first, last] = tokensWithin(doc.tokens, span.start, span.end);
    for (let i = first; i <= last; i++) if (doc.tokens[i]!.pos !== 'PUNCT' && doc.tokens[i]!.pos !== 'SPACE') words++;
  }
  return words;
}

export function isPlausible(doc: Document, draft: QuoteDraft, words: FunctionWords, rule: Plausibility = defaultPlausibility): boolean {
  return draft.confidence >= rule.minConfidence && draft.content.length <= rule.maxContentSpans && contentWords(doc, draft) >= rule.minContentWords && hasVerbCue(doc, draft, words);
}

export function plausibleDrafts(doc: Document, drafts: QuoteDraft[], words: FunctionWords, rule: Plausibility = defaultPlausibility): QuoteDraft[] {
  return drafts.filter((d) => isPlausible(doc, d, words, rule));
}
