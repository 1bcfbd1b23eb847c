// What counts as a word among tokens: letters or digits, not punctuation or whitespace.
import type { Token } from './document.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isWord(t: Token): boolean {
  if (t.pos === 'PUNCT' || t.pos === 'SPACE') return false;
  // Most words open with an ASCII letter or digit: answered without the regular expression.
  const c = t.text.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  return LETTER_OR_DIGIT.test(t.text);
}

/** The words in tokens [from, to], counted no further than `cap`: where a rule only asks whether a
 *  span has a word, or a few, the count stops there instead of running over a long clause. */
export function countWords(tokens: Token[], from: number, to: number, cap = Infinity): number {
  let n = 0;
  for (let k = from; k <= to && n < cap; k++) if (isWord(tokens[k]!)) n++;
  return n;
}
