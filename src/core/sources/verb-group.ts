// The words between a subject and its verb (`has also said`, `did not say`): skipped when looking
// from a cue back to its subject, or from a subject on to its verb.
import type { FunctionWords } from '../../locales/locale.js';
import type { Token } from '../document/document.js';
import { isPossessiveMarker } from './nominal-words.js';

/** Words skipped between a subject and its verb: `has also said`, `did not say`, `had previously told`. */
export const SKIPPABLE = new Set(['ADV', 'AUX', 'PART']);

export function skipBack(tokens: Token[], k: number, floor: number, words: FunctionWords): number {
  while (k >= floor && (tokens[k]!.pos === 'SPACE' || (SKIPPABLE.has(tokens[k]!.pos) && !isPossessiveMarker(tokens[k]!, words) && !words.declarativeComplementizers.has(tokens[k]!.lemma)))) k--;
  return k;
}
