// A locale's gendered pronouns by lower-cased form, as the narration's pronouns are read: a
// possessive (`his`) stands for its personal pronoun (`he`). One Map per locale, so a pronoun
// token costs one Map read; reading the locale's two records by the token's string made the
// engine look that string up among its internalised names, twice per pronoun.
import type { Locale } from '../../locales/locale.js';

export type Pronoun = Locale['pronouns'][string];

const cache = new WeakMap<Locale, Map<string, Pronoun>>();

/** Form → `locale.pronouns[possessiveReferents[form] ?? form]`, for the forms where that has a gender. */
export function genderedPronouns(locale: Locale): Map<string, Pronoun> {
  let forms = cache.get(locale);
  if (forms) return forms;
  forms = new Map();
  const possessives = locale.entities?.possessiveReferents ?? {};
  for (const form of [...Object.keys(locale.pronouns), ...Object.keys(possessives)]) {
    const personal = locale.pronouns[possessives[form] ?? form];
    if (personal?.gender) forms.set(form, personal);
  }
  cache.set(locale, forms);
  return forms;
}
