// The subject of a participle cue set off by a comma is that of the clause it hangs on, which is
// the nearest clause before it, not always the sentence's main clause:
//   Rivera was criticised for the remark, though at a briefing she used milder words, saying “…”
//   The mayor spoke near the plant, where about 40 workers had gathered, chanting “…”
//   Roe asks the question as an usher walks past, saying “…”
// Looks back from the comma for the nearest verb with a subject of its own that opens a clause
// (after a subordinator of simultaneity or contrast, a relative adverb, or a comma and a
// coordinator); a clause of time order or cause (`after the vote`, `because…`) modifies the main
// verb, which the participle goes with too. A complement clause
// (`said the plan was dead, calling…`, `the news that she would quit, saying…`) and a relative
// clause (`who…`) are not what the participle hangs on: there the main-clause rule stands. The
// look-back is bounded, so it costs a few token reads per participle cue.
import type { FunctionWords, Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import type { Cue } from '../cues/cues.js';
import type { SourceMention } from './sources.js';
import { nonSpaceAtOrBefore } from '../document/non-space-tokens.js';
import { isNoun } from '../document/nouns.js';
import { isProgressiveForm } from '../document/progressive-forms.js';

/** Tokens looked back over from the participle's comma for the clause it hangs on. */
const MAX_LOOKBACK = 30;

/** Tokens of a prepositional adjunct between a subordinator and its subject (`though at a briefing she`). */
const MAX_ADJUNCT = 8;

/** Parts of speech of an adjunct or hedge between a clause opener and its subject. */
const ADJUNCT_POS = new Set(['SPACE', 'ADP', 'DET', 'NOUN', 'ADJ', 'NUM', 'ADV']);

/** Words skipped between a subject and its verb (`has also said`, `did not`). */
const BETWEEN_SUBJECT_AND_VERB = new Set(['ADV', 'AUX', 'PART', 'SPACE']);

/** The noun phrase ending at a token, extended left no further than a floor (sources.ts's reading,
 *  passed in so this file does not import the stage that calls it). */
export type PhraseEndingAt = (head: number, floor: number) => SourceMention | null;

/** The subject of the nearest subordinate or coordinated clause before the comma that sets off
 *  participle cue `cue`; null when that clause is the main one, a complement or a relative clause,
 *  or none is found within reach. */
export function nearestClauseSubject(doc: Document, cue: Cue, floor: number, locale: Locale, phraseEndingAt: PhraseEndingAt): SourceMention | null {
  const { tokens } = doc;
  const words = locale.words;
  let comma = cue.first - 1;
  comma = nonSpaceAtOrBefore(tokens, comma, floor);
  if (comma < floor || tokens[comma]!.text !== ',') return null;
  for (let j = comma - 1; j >= floor && comma - j <= MAX_LOOKBACK; j--) {
    const t = tokens[j]!;
    // A quotation or a clause-ending mark between: the participle hangs on what follows it.
    if (t.pos === 'PUNCT' && t.text !== ',' && t.text !== '—' && t.text !== '–') return null;
    if (!isClauseVerb(tokens, j, words)) continue;
    let s = j - 1;
    while (s >= floor && BETWEEN_SUBJECT_AND_VERB.has(tokens[s]!.pos)) s--;
    if (s < floor) return null;
    const head = tokens[s]!;
    let subject: SourceMention | null = null;
    if (head.pos === 'PRON') {
      // `who has…`, `which was…`: a relative clause describes a noun; not the clause hung on.
      if (!words.sourcePronouns.has(head.lemma) || words.subjectRelatives.has(head.lemma)) return null;
      subject = { first: s, last: s, start: head.start, end: head.end };
    } else if (isNoun(head) || head.pos === 'NUM') {
      subject = phraseEndingAt(s, floor);
    }
    // The verb has no subject right before it (`, and voted`, `the official, who…, said`): the
    // clause it heads shares the subject further back, which the main-clause rule finds.
    if (!subject) return null;
    // `about 40 workers`: a hedge the tagger reads apart belongs to the number it hedges.
    const hedge = tokens[subject.first - 1];
    if (hedge && subject.first - 1 >= floor && tokens[subject.first]!.pos === 'NUM' && words.numberApproximators.has(hedge.lemma.toLowerCase())) subject = { first: hedge.i, last: subject.last, start: hedge.start, end: subject.end };
    return opensSubordinateOrCoordinate(tokens, subject.first, floor, words) ? subject : null;
  }
  return null;
}

/** A finite-looking verb: an auxiliary, or a verb that is neither a participle in -ing nor an
 *  infinitive after its marker. */
function isClauseVerb(tokens: Token[], j: number, words: FunctionWords): boolean {
  const t = tokens[j]!;
  if (t.pos === 'AUX') return true;
  if (t.pos !== 'VERB' || isProgressiveForm(t, words)) return false;
  const before = tokens[j - 1];
  return !(before !== undefined && words.infinitiveMarkers.has(before.lemma) && before.pos === 'PART');
}

/** The subject starting at token `first` opens a clause a participle may hang on (`though he…`,
 *  `as an usher…`, `where about 40 workers…`), a relative clause after a preposition (`in which
 *  children…`) or a clause coordinated after a comma (`, and he…`); not the sentence's main
 *  clause, a complement (`said the plan…`, `that she…`), an embedded question nor an object. */
function opensSubordinateOrCoordinate(tokens: Token[], first: number, floor: number, words: FunctionWords): boolean {
  let p = first - 1;
  // `though at a briefing she used…`, `where about 40 workers…`: a short prepositional adjunct or
  // a hedge between the opener and the subject.
  for (let n = 0; p >= floor && n < MAX_ADJUNCT && ADJUNCT_POS.has(tokens[p]!.pos); n++) {
    if (tokens[p]!.pos !== 'SPACE' && opensClauseAt(tokens, p, words)) break;
    p--;
  }
  return p >= floor && opensClauseAt(tokens, p, words);
}

function opensClauseAt(tokens: Token[], p: number, words: FunctionWords): boolean {
  const t = tokens[p]!;
  if (words.complementizers.has(t.lemma)) return false;
  if (words.participleHostOpeners.has(t.lemma)) return true;
  // `in which children use…`: a relative pronoun after a preposition opens a clause with a subject.
  if (words.subjectRelatives.has(t.lemma) && t.pos !== 'SCONJ' && tokens[p - 1]?.pos === 'ADP') return true;
  return t.pos === 'CCONJ' && words.predicateCoordinators.has(t.lemma) && tokens[p - 1]?.text === ',';
}
