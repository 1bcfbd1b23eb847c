// Gendered pronouns in the narration (`he`, `her`, `his`) as mentions of the person they refer to.
//
// Only the pronouns that are a quote's source used to be resolved, so in `Trump was talking about
// Japan when he told Fox News, "…"` the entity Trump lacked the `he` that opens the reporting
// clause, and a reader (or a scorer) looking for the speaker's mentions around the quote found
// only the name a clause away. Resolving the others as well makes an entity's mentions the
// article's full coreference chain for that person. The unmarked `they`/`it` stay out: they refer
// to bodies, groups and things as often as to anyone who speaks, and a wrong chain is worse than
// a short one.
import type { Document } from './document.js';
import type { Locale } from '../locales/locale.js';

/** Each gendered personal or possessive pronoun outside quotations and sources, with its referent
 *  as `referentOf` finds it; tokens whose referent is unknown are left out. One pass over the tokens;
 *  `referentOf` is called only for pronouns. */
export function pronounMentions<T>(
  doc: Document,
  locale: Locale,
  /** 1 for tokens inside a quotation or a quote's source: those are resolved, or not, elsewhere. */
  skip: Uint8Array,
  referentOf: (token: number) => T | null,
): Array<{ token: number; referent: T }> {
  const found: Array<{ token: number; referent: T }> = [];
  const possessives = locale.entities?.possessiveReferents ?? {};
  for (const tok of doc.tokens) {
    if (tok.pos !== 'PRON' || skip[tok.i]) continue;
    const lower = tok.text.toLowerCase();
    const personal = locale.pronouns[possessives[lower] ?? lower];
    if (!personal?.gender) continue;
    const referent = referentOf(tok.i);
    if (referent !== null) found.push({ token: tok.i, referent });
  }
  return found;
}
