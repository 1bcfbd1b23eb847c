// A subject separated from its cue by a modifier: a past participle with a date (`A campaign ad
// released Thursday accuses`) or a participle or relative clause with its object (`Another source
// speaking to Fox News said`). The phrase right before the cue is then not the subject.
import type { Locale } from '../../locales/locale.js';
import type { Document } from '../document/document.js';
import { nonSpaceAtOrBefore } from '../document/non-space-tokens.js';
import { mention, type SourceMention } from './source-mention.js';
import { phraseEndingAt } from './source-noun-phrases.js';
import { startsClause } from './clause-openings.js';

/** `A campaign ad released Thursday accuses`, `a report issued last year found`: a past participle
 *  at token k, followed by the date adjunct ending at token `dated`, modifies the noun phrase before
 *  it, which opens its clause; the subject as written, participle and date included, or null. */
export function participleModified(doc: Document, k: number, dated: number, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  const participle = tokens[k]!;
  if (participle.pos !== 'VERB' || !locale.words.endings.modifierParticiple.test(participle.text) || k - 1 < floor) return null;
  const named = phraseEndingAt(doc, k - 1, floor, locale);
  if (!named || named.last !== k - 1 || tokens[named.last]!.pos === 'PRON' || !startsClause(tokens, named.first, floor)) return null;
  return mention(tokens, named.first, dated);
}

/** `Another source speaking to Fox News said`, `an official who spoke anonymously to discuss
 *  strategy said`: the phrase before the cue is an object inside a participle or relative clause
 *  that modifies the subject; the subject as it opens its clause, or null when none does. */
export function subjectBeforeModifier(doc: Document, object: SourceMention, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  let before = object.first - 1;
  before = nonSpaceAtOrBefore(tokens, before, floor + 1);
  // Only an object stands there: of a preposition (`speaking to Fox News`) or of an infinitive
  // (`to discuss strategy`); after a finite verb or a participle it may open a clause of its own
  // (`footage showing officials praised…`).
  const governor = tokens[before];
  const infinitive = governor?.pos === 'VERB' && tokens[before - 1] !== undefined && locale.words.infinitiveMarkers.has(tokens[before - 1]!.lemma);
  if (!governor || !(governor.pos === 'ADP' || infinitive) || locale.words.complementizers.has(governor.lemma) || locale.words.subordinators.has(governor.lemma)) return null;
  const lowest = Math.max(floor + 1, object.first - MAX_MODIFIER);
  for (let j = before; j >= lowest; j--) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'AUX') return null;
    const opens = (t.pos === 'PRON' && locale.words.subjectRelatives.has(t.lemma)) || (t.pos === 'VERB' && locale.words.endings.objectModifier.test(t.text));
    if (!opens) continue;
    const subject = phraseEndingAt(doc, j - 1, floor, locale);
    if (subject && subject.last === j - 1 && tokens[subject.last]!.pos !== 'PRON' && startsClause(tokens, subject.first, floor)) return subject;
  }
  return null;
}

/** Tokens a participle or relative clause between a subject and its cue may span. */
const MAX_MODIFIER = 10;
