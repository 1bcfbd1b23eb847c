// A quotation announced by the sentence before it, which ends right after its speech verb:
//   Sam Lau, the party's spokesman, said in a statement. “There are no ballots to recount.”
//   Iowa State University's Dana Brook agreed. "Mainstream Republicans are running out of time."
//   Dr. Ward wrote on Facebook.
//   "The department has lost its way."
// The verb reports no clause of its own (only an adjunct follows it), so what it reports is the
// quotation that opens the next sentence or paragraph; PolNeAR gives it to the verb's subject. Tried
// only for a quotation no cue next to it attributes, and only one cue back, so it is constant work.
import type { Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import type { Cue } from '../cues/cues.js';
import type { SourceLink } from '../sources/sources.js';
import { SENTENCE_END_MARKS } from '../document/sentence-ends.js';
import { markSets } from '../marks/mark-sets.js';
import { opensUppercase } from '../document/capitals.js';
import { nonSpaceAtOrAfter, nonSpaceAtOrBefore } from '../document/non-space-tokens.js';
import { isStatementType } from '../cues/cue-type-of-words.js';

/** Words an adjunct between the verb and its full stop may run (`in a statement on Tuesday`). */
const MAX_ADJUNCT_WORDS = 8;

/** Whether `cue`, with its source `link`, ends the sentence before the quotation opening at token
 *  `opener` (in the same paragraph, or closing the paragraph before one the quotation opens) with
 *  nothing after it but an adjunct. */
export function announcesQuotation(doc: Document, cue: Cue, link: SourceLink | null, opener: number, locale: Locale): boolean {
  const { tokens } = doc;
  if (!link || cue.frame === 'according' || !isStatementType(cue.type)) return false;
  let from = cue.last + 1;
  if (link.side === 'after') from = Math.max(from, link.mention.last + 1);
  let stop = opener - 1;
  stop = nonSpaceAtOrBefore(tokens, stop, from);
  const end = tokens[stop];
  if (!end || stop < from || !SENTENCE_END_MARKS.has(end.text) || end.text !== '.') return false;
  const quoteParagraph = tokens[opener]!.paragraph;
  const cueParagraph = tokens[cue.last]!.paragraph;
  if (quoteParagraph !== cueParagraph) {
    const paragraph = doc.paragraphs[quoteParagraph];
    if (!paragraph || paragraph.firstToken !== opener || quoteParagraph !== cueParagraph + 1) return false;
  }
  // The announcing sentence is `Subject verb adjunct.` and no more: its subject opens it, after no
  // quotation (`“A,” Smith said. “B.”` and `“A?” said Smith. “B.”` go on one statement, which
  // same-statement.ts joins).
  if (link.side !== 'before' || !opensSentence(doc, link.mention.first, locale)) return false;
  for (let k = cue.first; k <= cue.last; k++) if (locale.words.negators.has(tokens[k]!.lemma)) return false;
  let words = 0;
  for (let k = from; k < stop; k++) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    // An adjunct opens with a preposition or an adverb (`in a statement`, `again`); a noun right
    // after the verb is its object (`didn't suggest retaliation`), which is what it reports.
    if (words === 0 && t.pos !== 'ADP' && t.pos !== 'ADV') return false;
    if (!inAdjunct(t, locale) || ++words > MAX_ADJUNCT_WORDS) return false;
  }
  return true;
}

/** Whether token `first` opens its sentence, with no quotation closing right before it. */
function opensSentence(doc: Document, first: number, locale: Locale): boolean {
  const { tokens } = doc;
  const sentence = doc.sentences[tokens[first]!.sentence];
  if (!sentence) return false;
  let k = sentence.firstToken;
  k = nonSpaceAtOrAfter(tokens, k, first - 1);
  // A lower-case first word continues a sentence wink-nlp ended early (`fivethirtyeight.com`).
  if (k !== first || !opensUppercase(tokens[first]!.text)) return false;
  let before = first - 1;
  while (before >= 0 && tokens[before]!.pos === 'SPACE' && !tokens[before]!.text.includes('\n')) before--;
  return before < 0 || !markSets(locale).any.has(tokens[before]!.text);
}

/** Words of an adjunct after a speech verb (`in a statement`, `on Twitter Tuesday`, `again`), never
 *  an object pronoun, a verb or a complementizer opening a clause. */
function inAdjunct(t: Token, locale: Locale): boolean {
  switch (t.pos) {
    case 'ADP': case 'DET': case 'NOUN': case 'PROPN': case 'ADJ': case 'NUM': case 'ADV':
      return !locale.words.complementizers.has(t.lemma);
    case 'PRON':
      return locale.words.possessivePronouns.has(t.lemma);
    case 'PUNCT':
      return t.text === ',' || t.text === '-';
    default:
      return false;
  }
}
