// The subject of a reported clause's cue when the source finder named none: the tagger misread
// a word of it (`Kasich (who has 25 delegates to date) said`, `Nearly eight in 10 Democratic
// voters overall said`, `Thirty-one percent of those surveyed say`). The nearest noun phrase
// before the cue stands in, so the statement keeps a speaker.
import type { FunctionWords } from '../../../locales/locale.js';
import type { Token } from '../../document/document.js';
import type { Cue } from '../../cues/cues.js';
import type { SourceLink } from '../../sources/sources.js';
import { mention } from '../../sources/source-mention.js';
import { isNoun } from '../../document/nouns.js';
import { nonSpaceAtOrBefore } from '../../document/non-space-tokens.js';
import { nounPhraseStart } from './noun-phrase-start.js';
import { isProgressiveForm } from '../../document/progressive-forms.js';

/** How many tokens before the cue the head of the subject may be. */
const HEAD_REACH = 4;
/** How many tokens the subject noun phrase may take back from its head. */
const PHRASE_REACH = 6;
/** What may stand right before a participle that ends a subject. */
const SUBJECT_BEFORE_PARTICIPLE = new Set(['DET', 'NOUN', 'PROPN', 'PRON']);

/** The noun phrase ending nearest before the cue, over a parenthesis that closes right before it
 *  (`Kasich (…) said`), as a source before the cue; null when a clause break or a verb comes first. */
export function nearestSubject(tokens: Token[], cue: Cue, sFirst: number, words: FunctionWords, temporal: ReadonlySet<string>): SourceLink | null {
  // A participle or an infinitive has no subject of its own (`…, saying…`, `to explain…`).
  if (isProgressiveForm(tokens[cue.verb]!, words)) return null;
  const before = tokens[nonSpaceAtOrBefore(tokens, cue.first - 1)];
  if (before && words.infinitiveMarkers.has(before.lemma) && before.pos === 'PART') return null;
  let k = cue.first - 1;
  let depth = 0;
  let seen = 0;
  /** The participle the subject runs through (`Exit polling`), when one was passed. */
  let through = -1;
  for (; k >= sFirst; k--) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    if (t.text === ')') { depth++; continue; }
    if (t.text === '(') { depth--; continue; }
    if (depth > 0) continue;
    if (isNoun(t) || t.pos === 'NUM' || t.pos === 'PRON' && words.subjectPronounsAndWho.has(t.lemma) && !words.subjectRelatives.has(t.lemma)) break;
    // `Exit polling shows`, `those surveyed say`, `the experts I interviewed said`: a participle
    // right before the cue, after a nominal, is a misread noun or closes the subject.
    if (seen === 0 && t.pos === 'VERB' && words.endings.participle.test(t.text.toLowerCase()) && k - 1 >= sFirst && SUBJECT_BEFORE_PARTICIPLE.has(tokens[k - 1]!.pos)) {
      through = k;
      k--;
      if (tokens[k]!.pos === 'DET' && words.demonstratives.has(tokens[k]!.lemma) || tokens[k]!.pos !== 'DET') break;
      return null;
    }
    if (++seen > HEAD_REACH || t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'ADP') return null;
  }
  if (k < sFirst || depth !== 0) return null;
  const last = k;
  // `…on Thursday said`: a time is no speaker.
  if (temporal.has(tokens[last]!.lemma)) return null;
  if (tokens[last]!.pos === 'PRON') return { mention: mention(tokens, last, Math.max(last, through)), side: 'before' };
  const first = nounPhraseStart(tokens, last, sFirst, PHRASE_REACH, words);
  return { mention: mention(tokens, first, Math.max(last, through)), side: 'before' };
}
