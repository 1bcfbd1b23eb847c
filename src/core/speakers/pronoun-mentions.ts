// Gendered pronouns in the narration (`he`, `her`, `his`) as mentions of the person they refer to.
//
// Only the pronouns that are a quote's source used to be resolved, so in `Trump was talking about
// Japan when he told Fox News, "…"` the entity Trump lacked the `he` that opens the reporting
// clause, and a reader (or a scorer) looking for the speaker's mentions around the quote found
// only the name a clause away. Resolving the others as well makes an entity's mentions the
// article's full coreference chain for that person. Reported speech is the writer's narration
// too (`Trump said he would…`); a quotation's own words are not: their `he` is the speaker's. The unmarked `they`/`it` stay out: they refer
// to bodies, groups and things as often as to anyone who speaks, and a wrong chain is worse than
// a short one.
import type { Document } from '../document/document.js';
import type { Locale } from '../../locales/locale.js';
import type { QuoteDraft } from '../quotes/quote-drafts.js';
import { contentTokenRanges } from './content-token-ranges.js';
import { markSets } from '../marks/mark-sets.js';
import { longestMark } from '../document/longest-mark.js';
import { genderedPronouns, type Pronoun } from './gendered-pronouns.js';

/** 1 for each token of a quotation's own words: all of a direct quotation's content, and what
 *  stands between quotation marks in a mixed or indirect one (`said she would fight it “with
 *  everything we have”`: the `she` is the writer's, the `we` the speaker's). Reads only content
 *  tokens. Marks them in `words` when given (which keeps its other marks) and returns it. */
export function quotedWords(doc: Document, quotes: QuoteDraft[], locale: Locale, words: Uint8Array = new Uint8Array(doc.tokens.length)): Uint8Array {
  const marks = markSets(locale).unambiguous;
  // A word longer than every mark is none: most tokens of reported speech are decided without a lookup.
  const longest = longestMark(marks);
  const ranges = contentTokenRanges(doc, quotes);
  let k = 0;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    for (let c = 0; c < q.content.length; c++, k += 2) {
      const f = ranges[k]!;
      const l = ranges[k + 1]!;
      if (q.kind === 'direct') { for (let t = f; t <= l; t++) words[t] = 1; continue; }
      let inside = false;
      for (let t = f; t <= l; t++) {
        const text = doc.tokens[t]!.text;
        const mark = text.length <= longest && marks.has(text);
        if (mark) inside = !inside;
        if (inside || mark) words[t] = 1;
      }
    }
  }
  return words;
}

/** Each gendered personal or possessive pronoun outside quotations' own words and sources, with its referent
 *  as `referentOf` finds it; tokens whose referent is unknown are left out. One pass over the tokens;
 *  `referentOf` is called only for pronouns. */
export function pronounMentions<T>(
  doc: Document,
  locale: Locale,
  /** 1 for tokens of a quotation's words or of a quote's source: those are resolved, or not, elsewhere. */
  skip: Uint8Array,
  /** Asked with the token and its personal pronoun (`he` for `his`). */
  referentOf: (token: number, pronoun: Pronoun) => T | null,
): Array<{ token: number; referent: T }> {
  const found: Array<{ token: number; referent: T }> = [];
  const forms = genderedPronouns(locale);
  for (const tok of doc.tokens) {
    if (tok.pos !== 'PRON' || skip[tok.i]) continue;
    const personal = forms.get(tok.text.toLowerCase());
    if (personal === undefined) continue;
    const referent = referentOf(tok.i, personal);
    if (referent !== null) found.push({ token: tok.i, referent });
  }
  return found;
}
