// Words written with inner hyphens (`Holtz-Eakin`, `43-year-old`) or slashes (`CNN/ORC`), which
// wink-nlp splits into several tokens: such a mark with no space either side joins them back into
// one word.
import type { Token } from './document.js';
import { WORD_JOINERS } from './punctuation.js';

/** `Holtz-Eakin`, `CNN/ORC`: wink-nlp splits such names; a joining mark with no space either side
 *  joins them. */
export function isInnerHyphen(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  return WORD_JOINERS.has(t.text) && before !== undefined && after !== undefined && before.end === t.start && after.start === t.end;
}

/** A part of a word written with inner hyphens (`conservative-leaning`, `43-year-old`). */
export function inCompound(tokens: Token[], j: number): boolean {
  return (j > 0 && isInnerHyphen(tokens, j - 1)) || (j + 1 < tokens.length && isInnerHyphen(tokens, j + 1));
}

/** Last token of a word written with inner hyphens starting at token j (`46-year-old`), or j. */
export function compoundEnd(tokens: Token[], j: number, ceiling: number): number {
  let k = j;
  while (k + 2 <= ceiling && isInnerHyphen(tokens, k + 1) && tokens[k + 2]!.pos !== 'PUNCT') k += 2;
  return k;
}
