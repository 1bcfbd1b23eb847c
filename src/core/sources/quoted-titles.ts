// A short title quoted inside a subject's apposition (`Amar, author of ''America's Unwritten
// Constitution,'' put it`): its marks belong to the apposition, not to a quoted statement.
import type { Locale } from '../../locales/locale.js';
import { markSets } from '../marks/mark-sets.js';
import type { Token } from '../document/document.js';

/** Tokens a title quoted inside a subject's apposition may run, marks included. */
const MAX_QUOTED_TITLE = 10;

/** `Amar, author of ''America's Unwritten Constitution,'' put it`: the comma kept inside the closing
 *  marks of a quoted title ending the apposition, when token k is such a mark; k otherwise. */
export function commaInsideClosingMarks(tokens: Token[], k: number, floor: number, locale: Locale): number {
  const marks = markSets(locale).any;
  let j = k;
  while (j >= floor && marks.has(tokens[j]?.text ?? '')) j--;
  return j < k && j >= floor && tokens[j]!.text === ',' && quotedTitleOpening(tokens, k, floor, locale) >= 0 ? j : k;
}

/** The first opening mark of a short title quoted inside a phrase (`of ''America's Unwritten
 *  Constitution,''`, `and “Ted Cruz” campaign pins`) whose closing marks end at token j, or -1.
 *  A word stands before the opening mark, so the quotation is not a statement opening its clause. */
export function quotedTitleOpening(tokens: Token[], j: number, floor: number, locale: Locale): number {
  const marks = markSets(locale).any;
  if (!marks.has(tokens[j]?.text ?? '')) return -1;
  let close = j;
  while (close - 1 >= floor && marks.has(tokens[close - 1]!.text)) close--;
  for (let o = close - 1; o >= floor && j - o <= MAX_QUOTED_TITLE; o--) {
    if (!marks.has(tokens[o]!.text)) continue;
    while (o - 1 >= floor && marks.has(tokens[o - 1]!.text)) o--;
    const before = tokens[o - 1];
    return before !== undefined && o - 1 >= floor && before.pos !== 'PUNCT' && before.pos !== 'SPACE' && o + 1 < close ? o : -1;
  }
  return -1;
}
