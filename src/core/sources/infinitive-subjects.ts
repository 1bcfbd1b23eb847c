// `It is highly unusual for a sitting justice to weigh in`, `it may be enough for Trump and Ryan to
// agree on`: an infinitive cue whose own subject is written as the object of `for` right before
// its `to` has that subject as its source, not the main clause's (`It`).
import type { Locale } from '../../locales/locale.js';
import type { Document } from '../document/document.js';
import type { Cue } from '../cues/cues.js';
import { nonSpaceBefore } from '../document/non-space-tokens.js';
import type { SourceMention } from './source-mention.js';
import { phraseEndingExactlyAt } from './source-noun-phrases.js';
import { temporalWords } from './source-vocabulary.js';

/** What the `for` hangs on when its object is an infinitive's subject (`unusual for`, `an
 *  opportunity for`, `enough for`); a verb's `for` governs its own object (`voted for the authority
 *  to invade`, `lobbied for the Americans to support`). */
const FOR_HEADS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'ADV']);

/** `lobbied hard for years to pass it`: a span of time is no subject. */
function isTemporal(word: string, locale: Locale): boolean {
  const temporal = temporalWords(locale);
  const plural = locale.words.endings.plural;
  return temporal.has(word) || (word.endsWith(plural) && temporal.has(word.slice(0, -plural.length)));
}

/** The subject written as the object of `for` before an infinitive cue's `to`, or null. */
export function infinitiveSubject(doc: Document, cue: Cue, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  const words = locale.words;
  const marker = nonSpaceBefore(tokens, cue.first);
  if (!marker || marker.pos !== 'PART' || !words.infinitiveMarkers.has(marker.lemma)) return null;
  const last = nonSpaceBefore(tokens, marker.i);
  if (!last || last.i < floor) return null;
  const subject = phraseEndingExactlyAt(doc, last.i, floor, locale);
  if (!subject || isTemporal(last.text.toLowerCase(), locale)) return null;
  const opener = nonSpaceBefore(tokens, subject.first);
  if (!opener || opener.i < floor || opener.pos !== 'ADP' || !words.infinitiveSubjectMarkers.has(opener.lemma)) return null;
  const head = nonSpaceBefore(tokens, opener.i);
  return head && head.i >= floor && FOR_HEADS.has(head.pos) ? subject : null;
}
