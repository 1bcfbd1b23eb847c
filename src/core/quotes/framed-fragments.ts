// Framed fragments: a short quotation with no speech cue, close after the verb of a named or
// pronoun subject, is that subject's words; the subject is its source.
import type { Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import { phraseEndingAt } from '../sources/source-noun-phrases.js';
import { isLowercaseVerb, opensUppercase } from '../document/capitals.js';
import { nonSpaceAtOrAfter, nonSpaceAtOrBefore } from '../document/non-space-tokens.js';
import { type Chain, closesWithComma } from './quote-chains.js';
import { isTitleAfterVenue } from './scare-quotes.js';
import { CONFIDENCE, span, type QuoteDraft } from './quote-drafts.js';
import { cueTypeOfWords } from '../cues/cue-type-of-words.js';
import { isNoun } from '../document/nouns.js';

/** Tokens allowed between the verb that frames a quoted fragment and its opening mark. */
const FRAME_WINDOW = 8;

/** `criticized the Affordable Care Act as a “crazy system”`, `exhorted Republicans to “vote your
 *  conscience”`: a short quoted fragment with no speech cue, close after the verb of a named or
 *  pronoun subject, is that subject's words (PolNeAR's mixed attribution, the verb as cue).
 *  Fragments with no such verb stay scare quotes and titles. */
export function framedFragment(doc: Document, chain: Chain, locale: Locale): QuoteDraft | null {
  const { tokens, text } = doc;
  // `Davis appeared on “Fox & Friends”`: the verb frames the programme, not words spoken.
  if (isTitleAfterVenue(doc, chain, locale.words)) return null;
  // `pass around copies of his memoir, “Gifted Hands,” and…`, `maneuvered around the charged term,
  // “radical Islam,” which…`: set off by commas after a noun, the quotation names that noun (3 of
  // 3 on train and dev unannotated; `added the words, ''Hillary Clinton.''` ends its sentence).
  if (isApposition(tokens, chain.firstToken) && closesWithComma(doc, chain)) return null;
  // `complies with the “natural born” requirement`, `activated its “safety check” feature`: a
  // quotation modifying the noun after it labels a kind of thing; the verb frames the noun phrase
  // (PolNeAR annotated 1 of 11 such framings on train, none on dev).
  if (modifiesNextNoun(doc, chain)) return null;
  const sentence = doc.sentences[tokens[chain.firstToken]!.sentence];
  if (!sentence) return null;
  let verb = -1;
  for (let k = chain.firstToken - 1; k >= sentence.firstToken && chain.firstToken - k <= FRAME_WINDOW; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && t.text !== ',' && !locale.words.possessiveClitics.has(t.text)) return null;
    if (isLowercaseVerb(t)) { verb = k; break; } // `Care Act/VERB` is a name
    if (t.pos === 'AUX' || t.pos === 'SCONJ' || locale.words.frameBreakingWords.has(t.lemma)) return null;
  }
  if (verb < 0) return null;
  const v = tokens[verb]!;
  if (!locale.words.endings.finiteVerb.test(v.text)) return null; // a finite verb: `called`, `admires`; not `to make`, `being`
  let k = verb - 1;
  while (k >= sentence.firstToken && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART' || tokens[k]!.pos === 'SPACE')) k--;
  if (k < sentence.firstToken) return null;
  // `Another critic, Laurence H. Tribe, likened the rules to…`: the subject's apposition closes with a comma.
  if (tokens[k]!.text === ',' && k - 1 >= sentence.firstToken && tokens[k - 1]!.pos === 'PROPN') k--;
  const subject = phraseEndingAt(doc, k, sentence.firstToken, locale);
  if (!subject) return null;
  const head = tokens[subject.last]!;
  if (!(head.pos === 'PROPN' || head.pos === 'PRON')) return null;
  const lastPart = chain.parts[chain.parts.length - 1]!;
  let from = verb + 1;
  from = nonSpaceAtOrAfter(tokens, from, chain.firstToken - 1);
  return {
    kind: 'mixed',
    content: [span(text, tokens[from]!.start, lastPart.end)],
    cue: span(text, v.start, v.end),
    source: span(text, subject.start, subject.end),
    confidence: CONFIDENCE.mixed,
    sentence: v.sentence,
    // Any verb frames the fragment (`exhorted`, `endorsed`): what the lexicon says of it, if it
    // knows it; a verb framing quoted words otherwise reports them said.
    cueType: cueTypeOfWords([v.lemma], locale) ?? 'speech',
  };
}

/** The quotation is followed, with no punctuation inside or after its closing mark, by a
 *  lower-case noun of the same sentence (`the “natural born” requirement`). */
function modifiesNextNoun(doc: Document, chain: Chain): boolean {
  const { tokens, text } = doc;
  const m = chain.parts[chain.parts.length - 1]!;
  if (!m.close || !/[\p{L}\p{N}]/u.test(text[m.end - m.close.length - 1] ?? '')) return false;
  let k = nonSpaceAtOrAfter(tokens, chain.lastToken + 1);
  const next = tokens[k];
  return next !== undefined && next.pos === 'NOUN' && next.sentence === tokens[chain.lastToken]!.sentence && !opensUppercase(next.text);
}

/** The quotation opening at token `opener` follows `Noun,`. */
function isApposition(tokens: Token[], opener: number): boolean {
  let k = nonSpaceAtOrBefore(tokens, opener - 1);
  if (k < 1 || tokens[k]!.text !== ',') return false;
  const head = tokens[k - 1]!;
  return isNoun(head);
}
