// Where a plain noun phrase ending at a known head starts (`a commemorative gift`, `Nearly eight in
// 10 Democratic voters`): the clause rules that stand such a phrase in for a relative head or a
// missed subject need only its tagged words, not the source finder's full phrase grammar.
import type { FunctionWords } from '../../../locales/locale.js';
import type { Token } from '../../document/document.js';

/** Parts of speech a plain noun phrase is made of. */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The first token of the noun phrase whose last token is `last`, taking back no further than
 *  `floor` and spanning fewer than `reach` tokens; possessive clitics (`Trump's`) join it. */
export function nounPhraseStart(tokens: Token[], last: number, floor: number, reach: number, words: FunctionWords): number {
  let first = last;
  while (first - 1 >= floor && last - (first - 1) < reach && (PHRASE_POS.has(tokens[first - 1]!.pos) || words.possessiveClitics.has(tokens[first - 1]!.text))) first--;
  return first;
}
