// Whether a finite clause opens at a token: the test that tells a new main clause (`…, and
// Clinton is promising`) or a that-less reported clause (`said it would`) from a bare object
// (`added 500 jobs`). Asked by the reported-clause finder and by its boundary rules.
import type { FunctionWords } from '../../../locales/locale.js';
import type { Token } from '../../document/document.js';
import { isNoun } from '../../document/nouns.js';

/** Words a subject noun phrase may have before its auxiliary (`the company would`, `Mr. Trump had`). */
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** How many tokens the subject noun phrase may take before its verb. */
const SUBJECT_WINDOW = 6;

export type FiniteClauseOptions = {
  /** Also take a noun and a past-tense verb (`Rubio fired back`), which is safe only where no bare
   *  object can follow the comma: after a fronted subordinate clause (`When Trump suggested that…,
   *  Rubio fired back`). */
  admitPast?: boolean;
};

/** The default, shared so that a call without options allocates nothing. */
const NO_OPTIONS: FiniteClauseOptions = {};

/** A that-less finite clause: a subject pronoun and its verb (`it would get rid of`), a short noun
 *  phrase and an auxiliary (`the agency had reached`), or a wh-clause (`how important it is`). Not
 *  a bare object (`added 500 jobs`, `noted the rise`). */
export function opensFiniteClause(tokens: Token[], from: number, to: number, words: FunctionWords, options: FiniteClauseOptions = NO_OPTIONS): boolean {
  const admitPast = options.admitPast ?? false;
  const first = tokens[from];
  if (!first || from > to) return false;
  if (words.clauseWhWords.has(first.lemma)) return true;
  const second = tokens[from + 1];
  if ((first.pos === 'PRON' || first.pos === 'DET') && (words.subjectPronounsAndThere.has(first.lemma) || words.demonstratives.has(first.lemma))) return second !== undefined && (second.pos === 'AUX' || second.pos === 'VERB' && !second.lemma.endsWith(words.endings.progressive));
  let sawNoun = false;
  for (let k = from; k <= to && k - from <= SUBJECT_WINDOW; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX') return k > from;
    // `the case against Clinton is clear`: a noun phrase may carry one prepositional phrase.
    if (t.pos === 'ADP' && sawNoun && words.nounModifierPrepositions.has(t.lemma)) continue;
    // `voters trust Clinton`, `the plan works`: a noun and a present-tense verb.
    if (t.pos === 'VERB' && sawNoun && !t.lemma.endsWith(words.endings.progressive) && (admitPast || !t.lemma.endsWith(words.endings.past))) return true;
    // `his latest endorsement will…`: a possessive pronoun opens a noun phrase like a determiner.
    if (!NOUN_PHRASE_POS.has(t.pos) && !words.possessiveClitics.has(t.text) && !(k === from && words.possessivePronouns.has(t.lemma))) return false;
    if (isNoun(t)) sawNoun = true;
  }
  return false;
}

/** Parts of speech a subject noun phrase opens with. */
export const NOUN_PHRASE_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);
