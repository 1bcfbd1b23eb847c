// A personal pronoun quoted on its own (`the power of ‘we.’`, `because "she" is a "he"`) is the
// word mentioned, not words anyone spoke: a statement quoted in one word is an answer or an
// exclamation (`“No,”`, `“Absolutely.”`), never a bare pronoun. PolNeAR attributes none (train
// and dev, 2 of 2). Indefinite pronouns stay (`the ''anyone'' he had in mind` is his word).
import type { Locale } from '../../locales/locale.js';
import type { Document } from '../document/document.js';
import type { Chain } from './quote-chains.js';
import { isWord } from '../document/word-tokens.js';
import { leadingApostrophes } from '../marks/mark-remnants.js';

/** Whether the chain's only word is a personal or possessive pronoun of the locale. */
export function quotesLonePronoun(doc: Document, chain: Chain, locale: Pick<Locale, 'pronouns' | 'words' | 'apostrophes'>): boolean {
  if (chain.parts.length !== 1) return false;
  let word: string | null = null;
  for (let k = chain.firstToken; k <= chain.lastToken; k++) {
    const t = doc.tokens[k]!;
    if (!isWord(t)) continue;
    if (word !== null) return false;
    word = t.text.slice(leadingApostrophes(t.text, locale.apostrophes)).toLowerCase();
  }
  if (word === null) return false;
  const { personalSubjectPronouns, possessivePronouns } = locale.words;
  return personalSubjectPronouns.has(word) || possessivePronouns.has(word) || Object.hasOwn(locale.pronouns, word);
}
