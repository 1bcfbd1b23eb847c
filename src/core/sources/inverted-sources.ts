// A subject after its cue (`“…,” said Jane Roe`, `The plan, said Roe, is dead`) or after `according
// to`: where a cue may be inverted, and where the inverted subject ends.
import type { FunctionWords, Locale } from '../../locales/locale.js';
import { markSets } from '../marks/mark-sets.js';
import type { Document, Token } from '../document/document.js';
import type { Cue } from '../cues/cues.js';
import type { SourceMention } from './source-mention.js';
import { vocabulary } from './source-vocabulary.js';
import { skipBack } from './verb-group.js';
import { phraseStartingAt } from './source-noun-phrases.js';

/** The subject after an inverted cue (`said Jane Roe`, `says the report`) or after `according to`. */
export function sourceAfter(doc: Document, cue: Cue, ceiling: number, locale: Locale): SourceMention | null {
  return phraseStartingAt(doc, cue.last + 1, ceiling, locale, true);
}

/** `“…,” said a person close to the Clintons.`, `tweeted a user from Hanover going by…`, `said an
 *  owner of a shop that sells…`: after a quotation, words that go on modifying an inverted subject. */
export function modifiesInverted(t: Token, words: FunctionWords): boolean {
  return t.pos === 'ADJ' || t.pos === 'ADP' || (t.pos === 'VERB' && words.endings.invertedModifier.test(t.text)) || (t.pos === 'PRON' && words.subjectRelatives.has(t.lemma));
}

/** Whether the words before a cue end a clause or a quotation, so the subject may follow the verb.
 *  Never after a verb whose object is its addressee (`, told investors`). */
export function invertible(tokens: Token[], cue: Cue, floor: number, locale: Locale): boolean {
  if (vocabulary(locale).addressees.has(cue.lemma)) return false;
  const k = skipBack(tokens, cue.first - 1, floor, locale.words);
  if (k < floor) return true;
  const t = tokens[k]!;
  return t.pos === 'PUNCT';
}

/** Whether a quotation closes right before the cue (a comma or dash between them allowed). */
export function followsQuotation(tokens: Token[], cue: Cue, floor: number, locale: Locale): boolean {
  let k = cue.first - 1;
  while (k >= floor && (tokens[k]!.pos === 'SPACE' || tokens[k]!.text === ',' || tokens[k]!.text === '—' || tokens[k]!.text === '–')) k--;
  return k < floor || markSets(locale).trailing.has(tokens[k]!.text);
}

/** Away from a quotation, an inverted subject sits in a parenthetical that ends at a comma or the
 *  sentence end (`The plan, said Roe, is dead`); `Keller, who…, described the crowds as “calm”`
 *  has the object after the verb, and the subject before it. */
export function closesInterjection(following: Token | undefined): boolean {
  return following === undefined || following.text === ',' || following.text === '.' || following.text === ';' || following.text === ')' || following.pos === 'SPACE';
}
