// Titles of works: `acted in the Syfy movie “Sharknado 3: Oh Hell No!”`, `an episode of “The Steve
// Harvey Morning Show,”`, `her new documentary “13th.”`. Capitalised words (or a number) quoted right
// after a noun for a work name that work; they are nobody's words, however a verb nearby frames them.
// PolNeAR attributed none of the 5 such fragments the fragment check kept on train and dev (it did
// attribute slogans and ads, whose nouns the locale leaves out).
import { leadingApostrophes } from '../marks/mark-remnants.js';
import type { Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import { isWord } from '../document/word-tokens.js';
import { nonSpaceAtOrBefore, nonSpaceAtOrAfter } from '../document/non-space-tokens.js';

/** Tokens between the noun and the opening mark: `the Syfy movie`, `his 12th book`, `an episode of`. */
const MAX_MODIFIERS = 4;

const nounSets = new WeakMap<string[], ReadonlySet<string>>();

/** The work nouns as the locale stems them: the tagger's lemma leaves plurals as written (`hats`). */
function workNounSet(list: string[], stem: (word: string) => string): ReadonlySet<string> {
  let set = nounSets.get(list);
  if (!set) nounSets.set(list, (set = new Set(list.map(stem))));
  return set;
}

const unchanged = (word: string): string => word;

/** Whether the quotation over tokens `first..last` (marks included) is the title of the work a noun
 *  right after it (`“Make America Great Again” hats`) or before it names: its first word opens with
 *  a capital or a digit, and only names, adjectives, numbers, `of`, a possessive or a naming
 *  participle (`a segment entitled`) stand between a noun before it and its mark. A comma may stand before the mark only when one closes the title too (`The movie,
 *  "13 Hours," is…`): `in a book, “We…”` introduces words. */
export function isWorkTitle(doc: Document, first: number, last: number, closesWithComma: boolean, locale: Pick<Locale, 'workNouns' | 'words' | 'stem' | 'apostrophes'>): boolean {
  if (!locale.workNouns) return false;
  const { tokens } = doc;
  let word = first;
  while (word <= last && !isWord(tokens[word]!)) word++;
  if (word > last) return false;
  const opening = tokens[word]!.text;
  const remnant = leadingApostrophes(opening, locale.apostrophes);
  if (remnant > 1 || !/^[\p{Lu}\p{N}]/u.test(opening.slice(remnant))) return false;
  const stem = locale.stem ?? unchanged;
  const works = workNounSet(locale.workNouns, stem);
  const isWork = (t: Token) => t.pos === 'NOUN' && works.has(stem(t.text.toLowerCase()));
  const { possessiveClitics, namingParticiples } = locale.words;
  const sentence = tokens[first]!.sentence;
  // `wore “Make America Great Again” hats`: the title modifies the noun after it.
  let next = nonSpaceAtOrAfter(tokens, last + 1);
  const after = tokens[next];
  if (after && after.sentence === sentence && isWork(after)) return true;
  let k = nonSpaceAtOrBefore(tokens, first - 1);
  if (k >= 0 && tokens[k]!.text === ',') {
    if (!closesWithComma) return false;
    k--;
  }
  for (let seen = 0; k >= 0 && tokens[k]!.sentence === sentence && seen < MAX_MODIFIERS; k--) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    if (isWork(t)) return true;
    const modifier = t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.text === 'of'
      || possessiveClitics.has(t.text) || namingParticiples.has(t.text.toLowerCase());
    if (!modifier) return false;
    seen++;
  }
  return false;
}
