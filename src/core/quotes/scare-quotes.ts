// Short quoted words that name or label rather than report: scare quotes, names and titles.
import type { FunctionWords } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import { type Chain, startsItsSentence } from './quote-chains.js';
import { isWord } from '../document/word-tokens.js';
import { opensUppercase } from '../document/capitals.js';
import { nonSpaceAtOrBefore } from '../document/non-space-tokens.js';
import { isNoun } from '../document/nouns.js';

/** Quoted spans this short, with no cue, are scare quotes or names (a “reform”, the film “Heat”). */
const SCARE_QUOTE_MAX_WORDS = 4;

/** Short quoted words with no sentence punctuation inside: a scare quote, a name or a title. Mid-
 *  sentence, a short quotation ending the sentence (`the film “13th.”`) and a run of capitalised
 *  words (`the book ''Make Your Kid a Millionaire,''`) are names and titles too. */
export function isScareQuote(doc: Document, chain: Chain, functionWords: FunctionWords): boolean {
  if (chain.parts.length > 1) return false;
  if (isTitleAfterVenue(doc, chain, functionWords)) return true;
  const { text, tokens } = doc;
  let words = 0;
  let titleWords = true;
  for (let k = chain.firstToken; k <= chain.lastToken; k++) {
    const t = tokens[k]!;
    if (!isWord(t)) continue;
    words++;
    if (words > TITLE_MAX_WORDS) return false;
    if (!opensUppercase(t.text) && !functionWords.titleSmallWords.has(t.text)) titleWords = false;
  }
  const m = chain.parts[0]!;
  const inner = text.slice(m.start + m.open.length, m.close ? m.end - m.close.length : m.end);
  if (/[.!?]\s/.test(inner)) return false;
  const endsSentence = /[.!?]\s*$/.test(inner.slice(-3));
  if (inner.endsWith(",") && startsItsSentence(doc, chain) && !titleWords) return false;
  if (words <= SCARE_QUOTE_MAX_WORDS && !endsSentence) return true;
  if (startsItsSentence(doc, chain) || !namedBefore(tokens, chain.firstToken, functionWords)) return false;
  return words <= SCARE_QUOTE_MAX_WORDS || (titleWords && words >= 2);
}

/** `appeared on “Fox & Friends”`, `a job on ''Today.''`, `signed on for ''The X-Files''`: capitalised
 *  words quoted right after a preposition that opens a programme, publication or work are its
 *  title, even where they end the sentence. PolNeAR annotated none of 7 such fragments on train.
 *  A capitalised preposition belongs to a headline (`Sides With Bush On ‘Radical Islam’`), and a
 *  cry ending in `!` or `?` is spoken. */
export function isTitleAfterVenue(doc: Document, chain: Chain, functionWords: FunctionWords): boolean {
  const { text, tokens } = doc;
  let k = nonSpaceAtOrBefore(tokens, chain.firstToken - 1);
  if (k < 0 || !functionWords.venuePrepositions.has(tokens[k]!.text)) return false;
  let words = 0;
  for (let j = chain.firstToken; j <= chain.lastToken; j++) {
    const t = tokens[j]!;
    if (!isWord(t)) continue;
    if (!opensUppercase(t.text) && (words === 0 || !functionWords.titleSmallWords.has(t.text))) return false;
    if (++words > TITLE_MAX_WORDS) return false;
  }
  const m = chain.parts[0]!;
  const inner = text.slice(m.start + m.open.length, m.close ? m.end - m.close.length : m.end).trimEnd();
  return words > 0 && !/[!?]$/.test(inner);
}

/** A name or title follows the noun it names (`the film`, `MSNBC’s`, `her blockbuster film,`);
 *  after a verb (`chanting`, `singing`) the quotation is what was said. */
function namedBefore(tokens: Token[], opener: number, functionWords: FunctionWords): boolean {
  let k = opener - 1;
  while (k >= 0 && (tokens[k]!.pos === 'SPACE' || tokens[k]!.text === ',')) k--;
  const t = tokens[k];
  if (!t) return false;
  if (functionWords.possessiveClitics.has(t.text)) return true;
  return isNoun(t) && !opensUppercase(t.text);
}

/** Titles run longer than scare quotes (`''A Child's First Book of Trump''`). */
export const TITLE_MAX_WORDS = 8;
