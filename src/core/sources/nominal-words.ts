// Which tokens may stand inside a noun phrase that names a source: nouns, names (also capitalised
// words the tagger misread), possessive markers and a lone indefinite. Each looks at a token and
// its neighbours only.
import type { FunctionWords, Locale } from '../../locales/locale.js';
import type { Token } from '../document/document.js';
import { MISREAD_NAME_POS } from './misread-names.js';
import { vocabulary } from './source-vocabulary.js';
import { isNoun } from '../document/nouns.js';
import { markSets } from '../marks/mark-sets.js';
import { nonSpaceAtOrBefore } from '../document/non-space-tokens.js';
import { OPEN_ENDINGS } from '../document/punctuation.js';

export function isNominal(t: Token | undefined): boolean {
  return t !== undefined && (isNoun(t) || t.pos === 'NUM');
}

/** A noun, or a noun with a postposed adjective (`attorney general of Oklahoma`), ends at token i. */
export function endsNominal(tokens: Token[], i: number): boolean {
  return isNominal(tokens[i]) || (tokens[i]?.pos === 'ADJ' && isNominal(tokens[i - 1]));
}

/** An upper-case first letter. Not shared with mentions.ts's isCapitalised on purpose: that one also
 *  counts title-case letters (`ǅ`, `ᾈ`: 31 UTF-16 units), so merging them would change behaviour. */
export function isCapitalised(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function isCapitalisedName(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'PROPN' && isCapitalised(t);
}

/** Nominal, or a capitalised word the tagger misread inside a name: right before a capitalised
 *  name (`said Josh/VERB Bivens`), right after a title (`Mr Grant/VERB`) or after a capitalised
 *  name (`Olivia Grant/VERB`). Mid-sentence capitals only, except after a title. */
export function isNominalAt(tokens: Token[], j: number, locale: Locale): boolean {
  const t = tokens[j];
  if (isNominal(t)) return true;
  if (!t || !MISREAD_NAME_POS.has(t.pos) || !isCapitalised(t) || locale.words.capitalisedPronouns.has(t.lemma)) return false;
  const previous = tokens[j - 1];
  if (previous && previous.end + 1 === t.start && vocabulary(locale).titles.has(previous.lemma.replace(/\.$/, ''))) return true;
  if (!previous || previous.sentence !== t.sentence) return false;
  if (isCapitalisedName(previous) && previous.end + 1 === t.start) return true;
  const next = tokens[j + 1];
  return next !== undefined && isCapitalisedName(next) && next.start === t.end + 1;
}

/** `“…,” Blunt/VERB, after a pause, said`, `“…,” From/ADP said`: a capitalised word right after a
 *  quotation's closing mark (the quotation ending open, in a comma or question mark) opens the
 *  attribution of that quotation, so it is a name whatever its tag. */
export function isNameAfterQuotation(tokens: Token[], j: number, locale: Locale): boolean {
  const t = tokens[j];
  if (!t || !(MISREAD_NAME_POS.has(t.pos) || t.pos === 'ADP') || !isCapitalised(t) || locale.words.capitalisedPronouns.has(t.lemma)) return false;
  const k = nonSpaceAtOrBefore(tokens, j - 1, 0);
  const mark = tokens[k];
  if (!mark || mark.paragraph !== t.paragraph || !markSets(locale).trailing.has(mark.text)) return false;
  const inside = tokens[k - 1];
  return inside !== undefined && OPEN_ENDINGS.has(inside.text);
}

export function isPossessiveMarker(t: Token, words: FunctionWords): boolean {
  return words.possessiveMarkers.has(t.text.toLowerCase());
}

/** An indefinite word (`some`, `another`, `one`) not determining a noun after it. */
export function isLoneIndefinite(tokens: Token[], k: number, locale: Locale): boolean {
  const t = tokens[k]!;
  // The tag first: most heads are nouns, and the word is then not lower-cased and looked up.
  if ((t.pos !== 'DET' && t.pos !== 'PRON' && t.pos !== 'NUM' && t.pos !== 'ADJ') || !vocabulary(locale).indefinites.has(t.text.toLowerCase())) return false;
  const next = tokens[k + 1];
  return next === undefined || !(isNoun(next) || next.pos === 'ADJ' || next.pos === 'NUM');
}
