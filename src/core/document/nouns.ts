// A noun in wink-nlp's reading: common or proper. The tagger often swaps the two (a capitalised
// common noun heading a title, a lower-case name), so the rules that look for a noun accept both.
import type { Token } from './document.js';

/** A common or proper noun (NOUN or PROPN). */
export function isNoun(t: Token): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN';
}
