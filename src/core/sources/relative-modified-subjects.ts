// A subject carrying a restrictive relative clause right before its cue (`Democrats in Iowa who
// watched the Saturday debate said`, `those who back her opponents say`): the noun phrase before
// the cue is the relative clause's object, and PolNeAR's source is the subject with its clause.
import type { Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import { mention, type SourceMention } from './source-mention.js';
import { phraseEndingExactlyAt } from './source-noun-phrases.js';
import { startsClause } from './clause-openings.js';
import { isLoneIndefinite } from './nominal-words.js';
import { nonSpaceAtOrBefore } from '../document/non-space-tokens.js';

/** Tokens a relative clause between its head and the cue may span. */
const MAX_RELATIVE = 20;

/** The head the relative pronoun at token `who` follows: a noun phrase, or a pronoun standing for
 *  people (`those who`, `some who`, `Anyone who`). */
function relativeHead(doc: Document, who: number, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  const k = nonSpaceAtOrBefore(tokens, who - 1, floor);
  if (k < floor) return null;
  const t = tokens[k]!;
  if (isLoneIndefinite(tokens, k, locale) || (locale.words.demonstratives.has(t.lemma) && t.pos !== 'SCONJ')) return mention(tokens, k, k);
  if (t.pos === 'PRON') return null;
  return phraseEndingExactlyAt(doc, k, floor, locale);
}

/** Whether token t is a relative pronoun that opens a clause with a verb of its own. */
function isRelativePronoun(t: Token, locale: Locale): boolean {
  return t.pos === 'PRON' && (locale.words.nonRestrictiveOpeners.has(t.lemma) || locale.words.subjectRelatives.has(t.lemma)) && !locale.words.placeRelatives.has(t.lemma);
}

/** `Supporters who have heard directly from the Rubio campaign say`: the subject whose relative
 *  clause ends in `object`, the phrase right before the cue, when that subject opens its clause;
 *  null otherwise. */
export function relativeModifiedSubject(doc: Document, object: SourceMention, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  // `aides who applauded`: a relative pronoun right before the cue is its own subject.
  if (tokens[object.last]!.pos === 'PRON') return null;
  let verb = false;
  for (let j = object.first - 1; j >= floor && object.first - j <= MAX_RELATIVE; j--) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ') return null;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    // `an official who asked for anonymity to discuss planning said`: PolNeAR leaves a clause
    // saying why the source goes unnamed out (subjectBeforeModifier finds the subject alone).
    if (locale.words.anonymityWords.has(t.text.toLowerCase())) return null;
    if (!isRelativePronoun(t, locale)) continue;
    if (!verb) return null;
    const head = relativeHead(doc, j, floor, locale);
    // `Another Muslim who worshiped here and who didn't want to be named said`: a second relative
    // clause coordinated with the first.
    if (!head && tokens[j - 1]?.pos === 'CCONJ') continue;
    return head && startsClause(tokens, head.first, floor) ? mention(tokens, head.first, object.last) : null;
  }
  return null;
}
