// The speaker of a quotation in a headline: `Black Lawmakers Rip Trump As A ‘Disgusting Fraud’`,
// `Gingrich Takes Talk Of Being Running Mate ‘Very Seriously’`. A headline in title case names its
// speaker first and its verb right after, but the tagger reads every capitalised word as a name,
// so no cue is found and the quotation is left with no source. PolNeAR gives such a quotation to
// the names opening the line. Only for a quotation with neither cue nor source; reads the words
// of its paragraph before it, at most MAX_HEADLINE_WORDS, so it is constant work per quotation.
import type { Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import { draftWith, span, type QuoteDraft } from './quote-drafts.js';
import { tokenAtOrAfter } from '../document/token-index.js';
import { countWords, isWord } from '../document/word-tokens.js';
import { opensUppercase } from '../document/capitals.js';
import { isNoun } from '../document/nouns.js';

/** Tokens a headline may run before its quotation. */
const MAX_HEADLINE_TOKENS = 40;

/** Words before the quotation: the speaker and at least a verb. */
const MIN_WORDS_BEFORE = 2;

/** `drafts` with a source added to each quotation that opens no sentence of its own inside a
 *  title-case headline and has neither cue nor source: the names that open the headline. */
export function withHeadlineSources(doc: Document, drafts: QuoteDraft[], locale: Locale): QuoteDraft[] {
  // Built by push, not map: an article without quotations then gets an array of the same elements
  // kind as the others (an empty map result is a small-integer array), so the later stages'
  // optimised code sees one array map and is not thrown away for the other (extract.ts).
  const out: QuoteDraft[] = [];
  for (const d of drafts) {
    if (d.cue || d.source || d.content.length === 0) { out.push(d); continue; }
    const opener = tokenAtOrAfter(doc.tokens, d.content[0]!.start);
    const speaker = headlineSpeaker(doc, opener, locale);
    out.push(speaker ? draftWith(d, { source: span(doc.text, speaker.start, speaker.end) }) : d);
  }
  return out;
}

/** The names opening the title-case line that the quotation at token `opener` ends, or null. */
function headlineSpeaker(doc: Document, opener: number, locale: Locale): { start: number; end: number } | null {
  const { tokens } = doc;
  const quote = tokens[opener];
  if (!quote) return null;
  const paragraph = doc.paragraphs[quote.paragraph];
  if (!paragraph || opener - paragraph.firstToken > MAX_HEADLINE_TOKENS) return null;
  let words = 0;
  for (let k = paragraph.firstToken; k < opener; k++) {
    const t = tokens[k]!;
    if (!isWord(t)) continue;
    // A clitic such as `’s` opens with an apostrophe; it says nothing about the capitals.
    if (!opensUppercase(t.text) && !locale.words.titleSmallWords.has(t.text) && !locale.apostrophes.includes(t.text[0]!)) return null;
    words++;
  }
  if (words < MIN_WORDS_BEFORE) return null;
  let first = paragraph.firstToken;
  while (first < opener && tokens[first]!.pos === 'SPACE') first++;
  let last = first - 1;
  while (last + 1 < opener && isNameWord(tokens[last + 1]!)) last++;
  // The names must leave a word (the headline's verb) before the quotation.
  if (last < first || countWords(tokens, last + 1, opener - 1) === 0) return null;
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

/** A word of a headline's opening names: title case makes most words PROPN, and the tagger reads
 *  some as nouns or adjectives. */
function isNameWord(t: Token): boolean {
  return (isNoun(t) || t.pos === 'ADJ') && opensUppercase(t.text);
}
