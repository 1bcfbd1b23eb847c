// Punctuation by the role stages give it, so that stages meaning the same thing test the same
// members. Quotation marks are not here: they come from the locale (mark-sets.ts), and so do
// apostrophes. Each set is matched against a token's text unless its comment says characters.

/** Dashes standing for a pause: em and en dash, a hyphen typed as a dash and `--`. A hyphen joining
 *  words (`black-tie`) is the same token: callers that mean a free dash check the spacing. */
export const DASHES: ReadonlySet<string> = new Set(['—', '–', '-', '--']);

/** DASHES and the horizontal bar, which signs a reader comment or a tweet (`“…” ― Sonya Herridge`).
 *  Clause boundaries leave the bar out: measured, adding it changes where a train report ends. */
export const DASHES_AND_BAR: ReadonlySet<string> = new Set(['―', ...DASHES]);

/** Dashes that set off an apposition (`Jason Sims — a teacher — says`): not a hyphen, which inside
 *  a name joins its words. */
export const APPOSITION_DASHES: ReadonlySet<string> = new Set(['—', '–', '--']);

/** A comma or an apposition dash: what sets off an apposition after a clause (`…against Ms. Okafor,
 *  a former state treasurer`, `…the budget — a record`). */
export const APPOSITION_BREAKS: ReadonlySet<string> = new Set([',', ...APPOSITION_DASHES]);

/** Punctuation ending quoted words that leaves their sentence open for an attribution after them
 *  (`“…,” she said`, `“…?” he asked`, `“…—” Roe said`). Matched against characters too. */
export const OPEN_ENDINGS: ReadonlySet<string> = new Set([',', '?', '!', '—', '–', '-', '…']);

/** Clause breaks inside a sentence, where a report may be cut: the comma, colon, semicolon and a
 *  dash. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ':', ';', '—', '–']);

/** CLAUSE_BREAKS and an opening parenthesis: where the words fronted before an inserted
 *  attribution begin. Cutting reports at a parenthesis too changes train output, so they stay two. */
export const CLAUSE_BREAKS_AND_PAREN: ReadonlySet<string> = new Set([...CLAUSE_BREAKS, '(']);

/** Commas and dashes (a hyphen too) that set off a fronted or inserted clause. */
export const COMMA_OR_DASH: ReadonlySet<string> = new Set([',', '-', '—', '–']);

/** Punctuation that closes a sentence or clause and is never content. */
export const CLAUSE_END_TRIM: ReadonlySet<string> = new Set(['.', ',', ';', ':', '?', '!']);

/** Punctuation that closes a prepositional object (`concerns about the plan, …`). */
export const OBJECT_STOPS: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '—', '–', '?', '!', '.']);

/** Tokens that cannot open a sentence: a sentence wink-nlp starts with one continues the previous. */
export const CONTINUES_SENTENCE: ReadonlySet<string> = new Set([',', ';', ')', ']']);

/** Characters before a quotation mark that leave it free to open (`(“`, `—“`, `:“`). */
export const BEFORE_OPENING_MARK: ReadonlySet<string> = new Set(['(', '[', '{', '—', '–', '-', '/', ':', '…']);

/** Characters after a quotation mark that leave it free to close (`”.`, `”)`, `”—`). */
export const AFTER_CLOSING_MARK: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '/']);

/** Marks that join the parts of one word when no space stands either side: `Holtz-Eakin`,
 *  `43-year-old`, and the slash of paired outlet names (`CNN/ORC poll`, `Times/CBS News`). */
export const WORD_JOINERS: ReadonlySet<string> = new Set(['-', '‐', '/']);

/** Punctuation a name may hold without ending it (`Holtz-Eakin`, `AT&T`, `Ft. Worth`). */
export const NAME_INNER_PUNCT: ReadonlySet<string> = new Set(['-', '&', '/', '.']);

/** Punctuation a written-out subject or apposition may contain besides apostrophes:
 *  `(D-Md.)`, `Holtz-Eakin`, `Smith, Jones & Co.`. */
const PHRASE_PUNCT = [',', '.', '(', ')', '-', '‐', '&'];

const phrasePunctCache = new WeakMap<readonly string[], ReadonlySet<string>>();

/** PHRASE_PUNCT with the locale's apostrophes (`Washington's`, `veterans’ families`). Cached per
 *  apostrophe list, so the set is built once per locale. */
export function phrasePunctuation(apostrophes: readonly string[]): ReadonlySet<string> {
  let set = phrasePunctCache.get(apostrophes);
  if (!set) {
    set = new Set([...PHRASE_PUNCT, ...apostrophes]);
    phrasePunctCache.set(apostrophes, set);
  }
  return set;
}

/** Punctuation an apposition after a name may contain besides possessive markers: `(D-Md.)`,
 *  `Holtz-Eakin`, `AT&T`. Unlike PHRASE_PUNCT no comma or full stop: callers end or chain the
 *  apposition there before asking (an abbreviation's point, `Ft. Worth`, is inside its token). */
const APPOSITION_PUNCT = ['(', ')', '-', '‐', '&'];

const appositionPunctCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** APPOSITION_PUNCT with the locale's possessive markers (`the agency’s director`, `the leaders’
 *  lawyer`). Cached per marker set, so the set is built once per locale. */
export function appositionPunctuation(possessiveMarkers: ReadonlySet<string>): ReadonlySet<string> {
  let set = appositionPunctCache.get(possessiveMarkers);
  if (!set) {
    set = new Set([...APPOSITION_PUNCT, ...possessiveMarkers]);
    appositionPunctCache.set(possessiveMarkers, set);
  }
  return set;
}

/** Marks that write feet and inches after digits (`6'3"`, `5’2”`): straight, curly or prime. */
export const FEET_SIGNS: ReadonlySet<string> = new Set(["'", '’', '′']);
export const INCH_SIGNS: ReadonlySet<string> = new Set(['"', '”', '″']);
