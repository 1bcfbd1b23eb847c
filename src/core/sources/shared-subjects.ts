// A cue with no subject of its own (`…, saying`, `after saying`, `laughed and said`) shares one:
// the source of an earlier cue of the sentence that can be lent, or the main clause's subject.
import type { FunctionWords, Locale } from '../../locales/locale.js';
import { markSets } from '../marks/mark-sets.js';
import type { Document, Token } from '../document/document.js';
import type { Cue } from '../cues/cues.js';
import type { SourceLink } from './sources.js';
import { nearestClauseSubject } from './participle-subject.js';
import { nonSpaceAtOrBefore } from '../document/non-space-tokens.js';
import { isStatementType } from '../cues/cue-type-of-words.js';
import { skipBack } from './verb-group.js';
import { phraseEndingAt } from './source-noun-phrases.js';
import { beforeDateAdjunct } from './date-adjuncts.js';
import { mainSubject } from './main-clause-subject.js';
import { isProgressiveForm } from '../document/progressive-forms.js';

function isParticiple(tokens: Token[], cue: Cue, words: FunctionWords): boolean {
  const verb = tokens[cue.verb]!;
  // (ADJ: the tagger's reading of `promising to…`, which the cue stage took as the verb.)
  return (verb.pos === 'VERB' || verb.pos === 'ADJ') && isProgressiveForm(verb, words);
}

/** `…, saying`, `after saying`, `laughed and said`: a cue with no subject of its own, which shares
 *  the subject of the clause it hangs on. */
export function sharesSubject(doc: Document, cue: Cue, floor: number, locale: Locale): boolean {
  const { tokens } = doc;
  const k = skipBack(tokens, cue.first - 1, floor, locale.words);
  if (k < floor) return false;
  const t = tokens[k]!;
  if (t.pos === 'CCONJ') return locale.words.predicateCoordinators.has(t.lemma);
  // `has been critical of Mr. Trump but on Tuesday wrote`: a date adjunct after the coordinator.
  const undated = beforeDateAdjunct(tokens, k, floor, locale);
  if (undated < k && undated >= floor && tokens[undated]!.pos === 'CCONJ') return locale.words.predicateCoordinators.has(tokens[undated]!.lemma);
  // `used blunt language to denounce`: an infinitive's subject is the main clause's.
  if (tokens[cue.first - 1] !== undefined && locale.words.infinitiveMarkers.has(tokens[cue.first - 1]!.lemma) && tokens[cue.first - 1]!.pos === 'PART') return true;
  // `both oppose a formula called the “chained CPI”`, `launched an ad titled, “Scam”`: a naming
  // participle after a thing is a reduced relative; PolNeAR gives the name to the clause's subject.
  if (cue.first === cue.verb && cue.last === cue.verb && t.pos === 'NOUN' && locale.words.namingParticiples.has(tokens[cue.verb]!.text.toLowerCase()) && namesNext(tokens, cue.last + 1, markSets(locale).opening)) return true;
  if (!isParticiple(tokens, cue, locale.words)) return false;
  // `Sanders, celebrating a victory, is pledging`: after a comma, a participle with its own
  // auxiliary is the finite verb whose subject precedes the parenthetical.
  if (t.text === ',' && tokens[cue.first]!.pos === 'AUX') return false;
  // `needled the CNN “reporter,” saying`: the comma before a closing quotation mark.
  const afterComma = t.text === ',' || (markSets(locale).trailing.has(t.text) && tokens[k - 1]?.text === ',');
  if (afterComma || t.pos === 'ADP' || t.pos === 'SCONJ') return true;
  // `issued a statement saying`, `emailed supporters saying`: the participle follows the object of
  // the main verb, and PolNeAR gives the statement to the main clause's subject.
  // `released a statement Wednesday saying`: a date between the object and the participle.
  const object = phraseEndingAt(doc, beforeDateAdjunct(tokens, k, floor, locale), floor, locale);
  // `footage of Hillary Clinton asking`: a person named before the participle is its subject.
  if (!object) return false;
  let v = object.first - 1;
  v = nonSpaceAtOrBefore(tokens, v, floor);
  // `wrote an op-ed in The Washington Post hammering`, `a statement to Wired explaining`: a name
  // that is the venue or addressee of a written object is not the participle's subject either.
  const namedAddressee = tokens[object.last]!.pos === 'PROPN' && v - 1 >= floor && tokens[v]!.pos === 'ADP' && !locale.words.partitivePrepositions.has(tokens[v]!.lemma)
    && tokens[v - 1]!.pos === 'NOUN';
  if (tokens[object.last]!.pos !== 'NOUN' && !namedAddressee) return false;
  // `sent a text message to supporters saying`: the addressee after the object.
  if (v - 1 >= floor && tokens[v]!.pos === 'ADP' && !locale.words.partitivePrepositions.has(tokens[v]!.lemma)) {
    const first = phraseEndingAt(doc, v - 1, floor, locale);
    if (first && tokens[first.last]!.pos === 'NOUN') v = nonSpaceAtOrBefore(tokens, first.first - 1, floor);
  }
  // `put out a statement saying`: the verb's particle stands before its object.
  if (v - 1 >= floor && (tokens[v]!.pos === 'ADP' || tokens[v]!.pos === 'PART') && tokens[v - 1]!.pos === 'VERB') v--;
  return v >= floor && tokens[v]!.pos === 'VERB';
}

/** Whether a quoted name starts at token k: an opening mark, maybe after a comma or an article
 *  (`titled, “Scam”`, `called the “chained CPI”`). */
function namesNext(tokens: Token[], k: number, openers: ReadonlySet<string>): boolean {
  while (tokens[k] !== undefined && (tokens[k]!.pos === 'SPACE' || tokens[k]!.text === ',' || tokens[k]!.pos === 'DET')) k++;
  return tokens[k] !== undefined && openers.has(tokens[k]!.text);
}

/** Whether an earlier cue's source can be lent to a cue that shares a subject: an inverted one, or
 *  one opening the sentence or following a quotation or a comma (`“…,” Smith said, adding`). Not
 *  a relative pronoun (`an architect who said`) nor the subject of a that-clause (`said that she`). */
function lendable(tokens: Token[], link: SourceLink, floor: number, words: FunctionWords): boolean {
  const head = tokens[link.mention.first]!;
  if (link.mention.first === link.mention.last && words.subjectRelatives.has(head.lemma)) return false;
  if (link.side === 'after') return true;
  let k = link.mention.first - 1;
  k = nonSpaceAtOrBefore(tokens, k, floor);
  if (k < floor || tokens[k]!.pos === 'PUNCT') return true;
  // `, and Smith said`, `but Smith said` coordinate clauses; `a call or meeting planned` joins
  // nouns inside an object, whose second noun is no subject to lend.
  return tokens[k]!.pos === 'CCONJ' && (words.predicateCoordinators.has(tokens[k]!.lemma) || tokens[k - 1]?.text === ',');
}

/** The source of a cue that shares a subject: a lendable source earlier in the sentence, else the
 *  main clause's subject. */
export function sharedSubject(doc: Document, cue: Cue, earlier: Array<{ cue: Cue; link: SourceLink | null }>, floor: number, locale: Locale): SourceLink | null {
  // `…, where about 40 workers had gathered, chanting`: the clause a speech participle hangs on.
  const nearest = isParticiple(doc.tokens, cue, locale.words) && isStatementType(cue.type) ? nearestClauseSubject(doc, cue, floor, locale, (head, from) => phraseEndingAt(doc, head, from, locale)) : null;
  if (nearest) return { mention: nearest, side: 'before' };
  for (let p = earlier.length - 1; p >= 0; p--) {
    const { cue: other, link } = earlier[p]!;
    if (other.first < floor) break;
    if (link && lendable(doc.tokens, link, floor, locale.words)) return link;
  }
  const subject = mainSubject(doc, floor, cue.first, locale);
  return subject ? { mention: subject, side: 'before' } : null;
}
