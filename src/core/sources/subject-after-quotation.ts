// A subject written right after the quotation it speaks, running up to its verb:
//   “…,” the Florida senator and Republican presidential candidate said in a statement.
//   “…,” a voice-over in the ad states.
//   “…,” Nate Silver, the polling guru who founded the site, tweeted.
// The noun-phrase rules in sources.ts stop at a coordinator, a preposition or a relative clause and
// find only the tail (`Republican presidential candidate`, `the ad`); with the quotation closing
// right before, everything between the mark and the verb is the subject, and PolNeAR's source is
// all of it. The look-back is bounded, so it costs a few token reads per cue.
import type { Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import type { SourceMention } from './sources.js';
import type { Cue } from '../cues/cues.js';
import { markSets } from '../marks/mark-sets.js';
import { opensUppercase } from '../document/capitals.js';
import { OPEN_ENDINGS, phrasePunctuation } from '../document/punctuation.js';
import { isNoun } from '../document/nouns.js';
import { isProgressiveForm } from '../document/progressive-forms.js';

/** Tokens looked back over from a subject's tail to the quotation's closing mark. */
const MAX_SUBJECT = 30;

/** `mention` widened back to the first word after a quotation that closes right before its
 *  subject; `mention` itself when no quotation closes there or a word between cannot belong to a
 *  subject (a verb outside a relative clause, a personal pronoun, a clause-ending mark). */
export function subjectAfterQuotation(doc: Document, mention: SourceMention, cue: Cue, floor: number, locale: Locale): SourceMention {
  const { tokens } = doc;
  // A pronoun is a subject of its own (`an impersonator who promises`), and a participle's subject
  // stands before it, not after a quotation (`called him “flexible,” a nod to the rival, saying`).
  if (tokens[mention.last]!.pos === 'PRON' || isParticiple(tokens, cue, locale)) return mention;
  const first = openingAfterQuotation(doc, mention.first, floor, locale);
  return first < 0 ? mention : { first, last: mention.last, start: tokens[first]!.start, end: mention.end };
}

/** `“…,” the Ohio governor and Republican presidential hopeful/ADJ said`: when the source rules
 *  find no subject before a cue, the words between a quotation and the cue are it if they make a
 *  noun phrase ending in a noun, name or adjective; null otherwise. */
export function subjectBetweenQuotationAndCue(doc: Document, cue: Cue, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  if (isParticiple(tokens, cue, locale)) return null;
  let last = cue.first - 1;
  while (last >= floor && (tokens[last]!.pos === 'SPACE' || tokens[last]!.pos === 'ADV')) last--;
  const head = tokens[last];
  if (!head || last < floor || !(isNoun(head) || head.pos === 'ADJ')) return null;
  const first = openingAfterQuotation(doc, last + 1, floor, locale);
  return first < 0 ? null : { first, last, start: tokens[first]!.start, end: head.end };
}

function isParticiple(tokens: Token[], cue: Cue, locale: Locale): boolean {
  return isProgressiveForm(tokens[cue.verb]!, locale.words);
}

/** The first word of a subject that runs from a quotation's closing mark up to token `end`
 *  (exclusive), or -1 when no quotation closes within reach or a word between cannot belong to it. */
function openingAfterQuotation(doc: Document, end: number, floor: number, locale: Locale): number {
  const { tokens } = doc;
  const marks = markSets(locale).any;
  const paragraph = tokens[end - 1]?.paragraph;
  let close = -1;
  for (let k = end - 1; k >= floor && end - k <= MAX_SUBJECT; k--) {
    const t = tokens[k]!;
    if (t.paragraph !== paragraph) return -1;
    if (marks.has(t.text)) {
      if (closesOpen(tokens, k, marks)) close = k;
      break;
    }
    if (t.pos === 'PUNCT' && !phrasePunctuation(locale.apostrophes).has(t.text)) return -1;
  }
  if (close < 0) return -1;
  let first = close + 1;
  while (first < end && (tokens[first]!.pos === 'SPACE' || tokens[first]!.text === ',')) first++;
  if (first >= end || !opensSubject(tokens[first]!, locale)) return -1;
  let relative = false;
  for (let k = first; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PRON' && locale.words.subjectRelatives.has(t.lemma)) { relative = true; continue; }
    // Inside a relative clause (`the guru who founded the site`) any word but a clause end belongs.
    if (relative ? t.pos === 'PUNCT' && !phrasePunctuation(locale.apostrophes).has(t.text) : !inNounPhrase(t, locale) && !modifiesNoun(tokens, k)) return -1;
  }
  return first;
}

/** Whether the mark at token k closes a quotation left open for an attribution: a comma, question
 *  or exclamation mark (or a nested mark) inside it, or a comma right after it. */
function closesOpen(tokens: Token[], k: number, marks: ReadonlySet<string>): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (before !== undefined && (OPEN_ENDINGS.has(before.text) || (marks.has(before.text) && OPEN_ENDINGS.has(tokens[k - 2]?.text ?? ''))))
    || (after !== undefined && after.text === ',');
}

/** A subject opens with a determiner, a possessive, a number, an adjective or a noun or name, never
 *  an adjunct (`“…,” in an interview Smith said`) or a pronoun, which the source rules take as is. */
function opensSubject(t: Token, locale: Locale): boolean {
  if (t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADJ' || isNoun(t)) return true;
  return locale.words.possessivePronouns.has(t.lemma) || (opensUppercase(t.text) && t.pos !== 'PRON' && t.pos !== 'ADP' && t.pos !== 'PUNCT');
}

/** `the polling/VERB guru`: a participle between a determiner or adjective and a noun modifies it. */
function modifiesNoun(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return tokens[k]!.pos === 'VERB' && before !== undefined && after !== undefined && (before.pos === 'DET' || before.pos === 'ADJ') && after.pos === 'NOUN';
}

/** Words of a noun phrase with its modifiers and coordinated heads: nouns, names (a capitalised word
 *  whatever its tag: `Ted/VERB Cruz`), determiners, adjectives, numbers, prepositions, `and`,
 *  possessives and the punctuation of names and appositions. */
function inNounPhrase(t: Token, locale: Locale): boolean {
  switch (t.pos) {
    case 'NOUN': case 'PROPN': case 'DET': case 'ADJ': case 'NUM': case 'ADP': case 'SPACE':
      return t.pos !== 'SPACE' || !t.text.includes('\n');
    case 'CCONJ':
      return locale.words.additiveCoordinators.has(t.lemma);
    case 'PUNCT':
      return phrasePunctuation(locale.apostrophes).has(t.text);
    case 'PART':
      return locale.words.possessiveMarkers.has(t.text.toLowerCase());
    case 'PRON':
      return locale.words.possessivePronouns.has(t.lemma);
    default:
      return opensUppercase(t.text) && t.pos !== 'AUX';
  }
}
