// A parenthetical other than an apposition between a subject and its verb: a relative clause, a
// participle, a prepositional phrase or a subordinate clause between commas (`An official,
// speaking on condition of anonymity, said`).
import type { FunctionWords } from '../../locales/locale.js';
import type { Token } from '../document/document.js';
import { phrasePunctuation } from '../document/punctuation.js';
import { MAX_APPOSITION } from './source-appositions.js';

/** Whether a token may open a parenthetical other than an apposition between a subject and its
 *  cue: a relative clause (`The complaint, which was filed Friday, alleged`), a participle
 *  (`An official, speaking on condition of anonymity, said`) or a prepositional phrase
 *  (`Sullivan, in an attempt to…, wrote`). `next` is the word after it (none at the end of the text). */
export function opensInterjection(t: Token, words: FunctionWords, next: Token | undefined): boolean {
  if (words.nonRestrictiveOpeners.has(t.lemma)) return true;
  // `Ted Cruz, when asked what was wrong, responded`: a subordinate clause.
  if (t.pos === 'ADP' || ((t.pos === 'SCONJ' || t.pos === 'ADV') && words.subordinators.has(t.lemma))) return true;
  if (t.pos === 'VERB' && words.endings.parentheticalParticiple.test(t.text)) return true;
  if (!next) return false;
  // `The memo, sent to the chief of staff, said`: an irregular participle with its preposition
  // (a finite verb right after a subject's comma would be the cue's rival, not an aside).
  // `The governor, visibly upset, said`: a graded adjective or participle (the tagger reads either).
  return (t.pos === 'VERB' && next.pos === 'ADP') || (t.pos === 'ADV' && (next.pos === 'ADJ' || next.pos === 'VERB'));
}

/** `Sanders, celebrating a win in Vermont, is…`, `Blunt, after a long pause, said`: the token after
 *  the comma closing a parenthetical that opens at comma `comma`; `comma` itself when none closes
 *  within a bounded number of tokens. */
export function afterInterjection(tokens: Token[], comma: number, before: number, apostrophes: readonly string[]): number {
  for (let k = comma + 1; k < before && k - comma <= MAX_APPOSITION; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k + 1;
    if (t.pos === 'PUNCT' && !phrasePunctuation(apostrophes).has(t.text)) return comma;
  }
  return comma;
}
