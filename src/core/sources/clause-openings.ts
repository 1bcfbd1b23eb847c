// Whether a phrase opens its clause (and so may be its subject) rather than being the object of a
// preposition or a verb.
//
// Three checks ask "does this open its clause"; they differ on purpose and are not folded (each
// was measured with another's test in its place, eval polnear rules vs main c48ea58):
// - startsClause here, for source phrases: judged by the one token before, within the cue's
//   sentence reach (`floor`, across wink-nlp's early sentence ends). Any punctuation counts (a
//   quotation mark, dash, colon or bracket as well as `,` `;`), and so do a conjunction, a
//   subordinator and an adverb opening the reach (`Then Trump said`). Narrowed to
//   opensItsClause's test: train direct speaker .9433 → .9410, dev .9493 → .9477; without the
//   adverb alone: train all-attribution speaker .9040 → .9039, dev .9176 → .9169.
// - opensItsClause (subject-position.ts), for pronoun resolution: the token before within
//   wink-nlp's sentence, and only `,` `;`, a conjunction or a subordinator. startsClause's wider
//   test there changes 6 train speakers (3 right, 3 wrong) and none on dev: no gain in folding.
// - startsItsSentence (quote-chains.ts), for a quotation a trailing cue attributes whole: no
//   word at all before it in its sentence, not just a break right before it, so `The plan was
//   “dead”, he said` is a mixed quotation. It reads the whole sentence prefix, another question.
import type { Locale } from '../../locales/locale.js';
import type { Token } from '../document/document.js';
import { nonSpaceAtOrBefore } from '../document/non-space-tokens.js';

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
