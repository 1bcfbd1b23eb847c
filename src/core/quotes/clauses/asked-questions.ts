// The question an `ask` cue reports and the occasion it names (`when asked whether…`): read by the
// reported-clause finder to build the question as content, and by the clause boundaries to keep
// the occasion out of an earlier statement's content.
import type { FunctionWords } from '../../../locales/locale.js';
import type { Token } from '../../document/document.js';
import type { Cue } from '../../cues/cues.js';

/** How many tokens may stand between `asked` and its question: the one asked and the occasion
 *  (`asked the U.S. attorney in D.C. whether`, `Asked in Iowa recently whether`). */
const QUESTION_REACH = 12;

/** The first token of the question after `ask`, or -1 when none follows the one asked. */
export function questionStart(tokens: Token[], cue: Cue, sLast: number, words: FunctionWords): number {
  for (let k = cue.last + 1; k <= sLast && k - cue.last <= QUESTION_REACH; k++) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    if (words.indirectQuestionOpeners.has(t.lemma)) {
      // `asked Kasich, who is fourth…, to lay out`: a relative clause on the one asked.
      return tokens[k - 1]!.text === ',' && words.glossRelatives.has(t.lemma) ? -1 : k;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || words.declarativeComplementizers.has(t.lemma) || words.infinitiveMarkers.has(t.lemma) && t.pos === 'PART') return -1;
    if (t.pos === 'PUNCT' && t.text !== ',' && !words.possessiveClitics.has(t.text)) return -1;
  }
  return -1;
}

/** Where `when asked` (or `after being asked`) starts, if the ask cue is one; else -1. */
export function askOccasion(tokens: Token[], ask: Cue, from: number, words: FunctionWords): number {
  for (let k = ask.verb - 1; k >= from && ask.verb - k <= 3; k--) {
    const t = tokens[k]!;
    if (words.askOccasions.has(t.lemma)) return k;
    if (!(t.pos === 'SPACE' || t.pos === 'AUX' || t.pos === 'ADV')) return -1;
  }
  return -1;
}
