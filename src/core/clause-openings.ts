// Whether a phrase opens its clause (and so may be its subject) rather than being the object of a
// preposition or a verb.
import type { Locale } from '../locales/locale.js';
import type { Token } from './document.js';
import { nonSpaceAtOrBefore } from './non-space-tokens.js';

/** Whether a phrase starting at token `first` opens its clause (sentence start, after a comma, a
 *  quotation or a conjunction), rather than being the object of a preposition or a verb. */
export function startsClause(tokens: Token[], first: number, floor: number): boolean {
  let k = first - 1;
  k = nonSpaceAtOrBefore(tokens, k, floor);
  if (k < floor) return true;
  const t = tokens[k]!;
  return t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || (t.pos === 'ADV' && k === floor);
}

/** `As Jane Roe, a law professor, put it`: a subordinator opening its clause stands right before
 *  the name at token `first`, which is then the subject of that clause, not an object. */
export function opensSubordinateClause(tokens: Token[], first: number, floor: number, locale: Locale): boolean {
  let k = first - 1;
  k = nonSpaceAtOrBefore(tokens, k, floor);
  // Only a name: `As a part of his plea, Lazar said` opens with an adjunct, not a subject.
  return tokens[first]!.pos === 'PROPN' && k >= floor && locale.words.subordinators.has(tokens[k]!.lemma) && startsClause(tokens, k, floor);
}
