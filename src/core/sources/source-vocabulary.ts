// The locale's word lists the source stage looks words up in, as lower-cased sets built once per
// locale: date words (adjuncts, never a subject), titles (`Mr`, `Gov`), verbs whose object is an
// addressee, and indefinite subjects (`some`, `another`).
import type { Locale } from '../../locales/locale.js';

type Vocabulary = { temporal: Set<string>; titles: Set<string>; addressees: Set<string>; indefinites: Set<string> };
const vocabularyCache = new WeakMap<Locale, Vocabulary>();

export function vocabulary(locale: Locale): Vocabulary {
  let v = vocabularyCache.get(locale);
  if (!v) {
    const words = [...(locale.dates?.triggers ?? []), ...(locale.dates?.periodNouns ?? [])].map((w) => w.toLowerCase());
    v = {
      temporal: new Set(words),
      titles: new Set(locale.titles.map((w) => w.toLowerCase().replace(/\.$/, ''))),
      addressees: new Set(locale.entities?.addresseeVerbs ?? []),
      indefinites: new Set(locale.entities?.indefiniteSubjects ?? []),
    };
    vocabularyCache.set(locale, v);
  }
  return v;
}

/** Lower-cased date words of the locale (`friday`, `week`): adjuncts, never a subject or object head. */
export function temporalWords(locale: Locale): ReadonlySet<string> {
  return vocabulary(locale).temporal;
}
