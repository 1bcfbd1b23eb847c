// A subject of several conjuncts (`Sanders and his supporters argue`, `President Obama, Hillary
// Clinton, and other Democrats want`): the noun phrase before a cue is only the last conjunct, and
// PolNeAR's source is the whole coordination. Walks back at most MAX_CONJUNCTS phrases.
import type { Locale } from '../../locales/locale.js';
import type { Document } from '../document/document.js';
import { mention, type SourceMention } from './source-mention.js';
import { phraseEndingExactlyAt } from './source-noun-phrases.js';
import { startsClause } from './clause-openings.js';
import { nonSpaceAtOrBefore } from '../document/non-space-tokens.js';

/** Conjuncts taken in before the last one (`A, B, C and D`). */
const MAX_CONJUNCTS = 5;

/** Parts of speech that head a conjunct. */
const CONJUNCT_HEADS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/** The conjunct ending at token k: a noun phrase headed by a noun, a name, a number or a subject
 *  pronoun (`she and her aides`); not a relative pronoun (`who and…` never coordinates) nor an
 *  adverb opening the sentence (`Likely, my siblings and I`). */
function conjunctEndingAt(doc: Document, k: number, floor: number, locale: Locale): SourceMention | null {
  const t = doc.tokens[k];
  if (!t || k < floor || !CONJUNCT_HEADS.has(t.pos)) return null;
  if (t.pos === 'PRON' && locale.words.subjectRelatives.has(t.lemma)) return null;
  return phraseEndingExactlyAt(doc, k, floor, locale);
}

/** `Sanders and his supporters`: the subject `last` with the conjuncts coordinated before it, when
 *  the whole coordination opens its clause; null when no conjunct stands before it or the first
 *  conjunct is an object (`met with negative ads, mailers and phone calls`, `won Ohio and his aides
 *  said`): a comma inside a list opens no clause. */
export function coordinatedSubject(doc: Document, last: SourceMention, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  const and = nonSpaceAtOrBefore(tokens, last.first - 1, floor);
  if (and < floor || !(locale.words.additiveCoordinators.has(tokens[and]!.lemma) || tokens[and]!.text === '&')) return null;
  let k = nonSpaceAtOrBefore(tokens, and - 1, floor);
  // `A, B, and C`: the serial comma.
  if (k >= floor && tokens[k]!.text === ',') k = nonSpaceAtOrBefore(tokens, k - 1, floor);
  let first = conjunctEndingAt(doc, k, floor, locale);
  if (!first) return null;
  for (let n = 1; n < MAX_CONJUNCTS; n++) {
    const comma = nonSpaceAtOrBefore(tokens, first.first - 1, floor);
    if (comma < floor || tokens[comma]!.text !== ',') break;
    const earlier = conjunctEndingAt(doc, nonSpaceAtOrBefore(tokens, comma - 1, floor), floor, locale);
    if (!earlier) break;
    first = earlier;
  }
  return startsClause(tokens, first.first, floor) ? mention(tokens, first.first, last.last) : null;
}
