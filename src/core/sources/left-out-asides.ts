// PolNeAR's source takes in an apposition or a relative clause between the subject and its cue
// (`Brian Fallon, the campaign’s press secretary, said`) but mostly not an aside that tells where,
// when or how the subject spoke (`Clinton, during a town hall meeting in Columbus, Ohio, said`,
// `Gates, in contrast, told`, `One former employee, speaking on condition of anonymity, said`):
// such a source is the subject alone. On train, of the subjects found with such an aside, gold
// left a prepositional one out 42 times to 8 and a participle 27 to 14.
import type { Locale } from '../../locales/locale.js';
import type { Token } from '../document/document.js';
import { nonSpaceAfter } from '../document/non-space-tokens.js';
import { opensUppercase } from '../document/capitals.js';

/** Whether the aside opening after the subject's comma at token `comma` is left out of the source:
 *  a prepositional phrase, a subordinate clause, a participle or a relative clause asking anonymity;
 *  not another relative clause, a hometown
 *  (`Johnnie Wilson, of Springfield, Va.,`), an inclusion or addition (`Proponents, including…,`,
 *  `The governor himself, as well as his staff,`) nor a graded adjective (`The coach, visibly
 *  upset,`). */
export function leavesAsideOut(tokens: Token[], comma: number, locale: Locale): boolean {
  const t = nonSpaceAfter(tokens, comma);
  if (!t) return false;
  const words = locale.words;
  if (words.nonRestrictiveOpeners.has(t.lemma)) return asksAnonymity(tokens, t.i, locale);
  if (words.partitivePrepositions.has(t.lemma) || words.inclusionWords.has(t.text.toLowerCase())) return false;
  if (words.additionOpeners.has(`${t.lemma} ${tokens[t.i + 1]?.lemma}`)) return false;
  if (t.pos === 'ADP' || ((t.pos === 'SCONJ' || t.pos === 'ADV') && words.subordinators.has(t.lemma))) return true;
  // (Not a capitalised word: `the spokesman, Sterling/VERB Earnest, said` opens an apposition.)
  return t.pos === 'VERB' && words.endings.parentheticalParticiple.test(t.text) && !opensUppercase(t.text);
}

/** Tokens of a relative clause read for a word of anonymity. */
const MAX_ANONYMITY_CLAUSE = 15;

/** `A White House official, who requested anonymity to discuss a private conversation, said`: a
 *  relative clause from token `from` to its closing comma says why the source goes unnamed. */
function asksAnonymity(tokens: Token[], from: number, locale: Locale): boolean {
  for (let k = from + 1; k < tokens.length && k - from <= MAX_ANONYMITY_CLAUSE; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT') return false;
    if (locale.words.anonymityWords.has(t.text.toLowerCase())) return true;
  }
  return false;
}
