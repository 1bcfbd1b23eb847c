// Capitalisation as the quotation stages read it: an upper-case first letter (`\p{Lu}`, so title-case
// letters such as ǅ do not count — mentions.ts and dates.ts keep their own, differing tests).
import type { Token } from './document.js';

export function opensUppercase(text: string): boolean {
  return UPPERCASE_START.test(text);
}

/** A verb written in lower case: the tagger's capitalised `Care Act/VERB` or `Chip/VERB` mid-sentence
 *  is a name. */
export function isLowercaseVerb(t: Token): boolean {
  return t.pos === 'VERB' && !opensUppercase(t.text);
}

const UPPERCASE_START = /^\p{Lu}/u;
