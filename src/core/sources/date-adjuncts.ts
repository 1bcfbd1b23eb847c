// A date adjunct standing between a subject and its verb (`Trump on Tuesday said`, `Clinton last
// week said`): skipped going back from a cue, or forward from a subject, within MAX_ADJUNCT tokens.
import type { Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import { linksRatio } from './ratio.js';
import { vocabulary } from './source-vocabulary.js';
import { skipBack } from './verb-group.js';

/** Tokens of a date or prepositional adjunct skipped between a subject and its cue (`in 2010`). */
const MAX_ADJUNCT = 6;

/** `Trump on Tuesday said`, `McConnell, who in 2010 said`, `Clinton last week said`: a date
 *  adjunct ending at token k is skipped; returns the token before it, or k when there is none. */
export function beforeDateAdjunct(tokens: Token[], k: number, floor: number, locale: Locale): number {
  const t = tokens[k];
  if (!t || !(vocabulary(locale).temporal.has(t.lemma) || t.pos === 'NUM')) return k;
  let j = k;
  let dated = vocabulary(locale).temporal.has(t.lemma);
  while (j - 1 >= floor && k - j < MAX_ADJUNCT) {
    const p = tokens[j - 1]!;
    if (p.pos === 'DET' || p.pos === 'ADJ' || p.pos === 'NUM' || p.pos === 'SPACE' || vocabulary(locale).temporal.has(p.lemma)) {
      if (vocabulary(locale).temporal.has(p.lemma)) dated = true;
      j--;
      continue;
    }
    // `nine in 10 said`: a poll share, not `in 2010`.
    if (p.pos === 'ADP' && !dated && linksRatio(tokens, j - 1)) return k;
    if (p.pos === 'ADP') { j--; dated = true; }
    break;
  }
  // `the two write`: a bare number with no date word nor preposition is the subject itself.
  if (!dated) return k;
  return skipBack(tokens, j - 1, floor, locale.words);
}

/** `Trump on Thursday ratcheted up`, `Clinton last week said`: the token after a date adjunct
 *  standing between a subject and its verb; `j` when none does. */
export function afterDateAdjunct(doc: Document, j: number, before: number, locale: Locale): number {
  const { tokens } = doc;
  const temporal = vocabulary(locale).temporal;
  let k = j;
  if (tokens[k]?.pos === 'ADP') k++;
  let dated = false;
  while (k < before && k - j < MAX_ADJUNCT) {
    const t = tokens[k]!;
    if (temporal.has(t.lemma)) dated = true;
    else if (dated || (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM')) break;
    k++;
  }
  return dated ? k : j;
}
