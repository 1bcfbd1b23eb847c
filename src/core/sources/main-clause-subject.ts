// The subject of a sentence's main clause (`During a speech, Trump attacked…, saying`), for a cue
// that shares it: tried at the sentence start and after its first few commas, each a phrase
// followed by its verb.
import type { Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import { APPOSITION_DASHES } from '../document/punctuation.js';
import { mention, type SourceMention } from './source-mention.js';
import { isCapitalisedName } from './nominal-words.js';
import { isMisreadPastTense } from './misread-past-tense.js';
import { SKIPPABLE } from './verb-group.js';
import { phraseStartingAt } from './source-noun-phrases.js';
import { afterDateAdjunct } from './date-adjuncts.js';
import { afterInterjection, opensInterjection } from './interjections.js';
import { withApposition } from './source-appositions.js';
import { nonSpaceAfter } from '../document/non-space-tokens.js';

/** Clause starts tried for a sentence's main subject: its first word and the words after its
 *  first few commas (`During a speech, Trump attacked…`, `Once, when…, I laughed and said`). */
const MAX_CLAUSE_STARTS = 4;

/** The subject of the main clause of a sentence: a phrase (with its apposition) at the sentence
 *  start or after an opening adjunct, followed by its verb. */
export function mainSubject(doc: Document, floor: number, before: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  let s = floor;
  for (let tried = 0; tried < MAX_CLAUSE_STARTS && s < before; tried++) {
    // `But Trump went on, saying…`, `Then he cut into Bush, calling…`, `And then Trump went on the
    // attack, saying`: a conjunction, or an adverb right before a subject pronoun or a name, opens
    // the sentence before its subject.
    while (s < before && (tokens[s]!.pos === 'SPACE' || tokens[s]!.pos === 'CCONJ' || (tokens[s]!.pos === 'ADV' && tried === 0 && opensSubjectAfterAdverb(tokens[s + 1], locale)))) s++;
    const subject = subjectAt(doc, s, before, locale) ?? hedgedNumberSubject(doc, s, before, locale);
    if (subject) return subject;
    // An opening adjunct or a name that is not followed by its verb: try after the next comma, or
    // after the dash closing a verbless dateline (`Washington (AFP) – Democrat Hillary Clinton has
    // taken…, saying`).
    let verbless = tried === 0;
    while (s < before && tokens[s]!.text !== ',' && !(verbless && APPOSITION_DASHES.has(tokens[s]!.text))) {
      if (tokens[s]!.pos === 'VERB' || tokens[s]!.pos === 'AUX') verbless = false;
      s++;
    }
    s++;
  }
  return null;
}

function opensSubjectAfterAdverb(t: Token | undefined, locale: Locale): boolean {
  return t !== undefined && (locale.words.sourcePronouns.has(t.lemma) || isCapitalisedName(t));
}

/** `About 200 protesters gathered…, chanting`: a number hedged by an approximator opens the
 *  subject; the tagger reads the approximator as a preposition, so the subject starts after it
 *  and then takes it in. */
function hedgedNumberSubject(doc: Document, s: number, before: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  if (!locale.words.numberApproximators.has(tokens[s]?.lemma.toLowerCase() ?? '') || tokens[s + 1]?.pos !== 'NUM') return null;
  const subject = subjectAt(doc, s + 1, before, locale);
  return subject ? mention(tokens, s, subject.last) : null;
}

function subjectAt(doc: Document, s: number, before: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  const named = phraseStartingAt(doc, s, before - 1, locale);
  if (!named) return null;
  const subject = withApposition(doc, named, before - 1, locale.words);
  let j = subject.last + 1;
  if (tokens[j]?.text === ',' && subject.last !== named.last) j++;
  else if (tokens[j]?.text === ',' && tokens[j + 1] !== undefined && opensInterjection(tokens[j + 1]!, locale.words, nonSpaceAfter(tokens, j + 1))) j = afterInterjection(tokens, j, before, locale.apostrophes);
  // `She, too, is…`: a parenthetical adverb between commas.
  else if (tokens[j]?.text === ',' && tokens[j + 1]?.pos === 'ADV' && tokens[j + 2]?.text === ',' && j + 3 < before) j += 3;
  let written = subject;
  const dated = afterDateAdjunct(doc, j, before, locale);
  if (dated > j) j = dated;
  else if (subject.last === named.last) {
    // `An aide inside Trump Tower tried`: the phrase modifies the subject and belongs to it.
    const modifier = prepositionalModifier(doc, j, before, locale);
    if (modifier) { written = mention(tokens, subject.first, modifier.last); j = modifier.last + 1; }
  }
  let auxiliary = false;
  while (j < before && SKIPPABLE.has(tokens[j]!.pos)) { if (tokens[j]!.pos === 'AUX') auxiliary = true; j++; }
  const verb = tokens[j];
  if (verb && j < before && (verb.pos === 'VERB' || auxiliary || isMisreadPastTense(tokens, j, locale.words))) return written;
  // `House Speaker Paul Ryan, R-Wis., despite admitting`: the cue's own adjunct follows the subject.
  return j === before - 1 && (verb!.pos === 'ADP' || verb!.pos === 'SCONJ') ? subject : null;
}

/** `inside Trump Tower` after a subject: a prepositional phrase (not `of`, which the noun phrase
 *  already takes in) starting at token `j`, or null. */
function prepositionalModifier(doc: Document, j: number, before: number, locale: Locale): SourceMention | null {
  const t = doc.tokens[j];
  if (!t || t.pos !== 'ADP' || locale.words.partitivePrepositions.has(t.lemma)) return null;
  const object = phraseStartingAt(doc, j + 1, before - 1, locale);
  return object ? mention(doc.tokens, j, object.last) : null;
}
