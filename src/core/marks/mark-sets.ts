// The quotation marks of a locale as token/character sets, derived from its mark pairs so every
// stage that steps over, stops at or recognises a mark agrees with the scanner (marks.ts) on what
// a mark is. Computed once per pair list and cached; the cache is keyed by the locale's own
// `marks` array, so stages that receive the locale (or just its marks) share one set.
import type { Locale } from '../../locales/locale.js';

export type MarkSets = {
  /** Every mark that opens a pair (`“`, `"`, `''`, `«`, `„`, `「`…). */
  opening: ReadonlySet<string>;
  /** Every mark that closes a pair, including openers that close another convention (`“` in `„…“`). */
  closing: ReadonlySet<string>;
  /** Closers a stage may step back over at the end of English-order content (`…plan.”`, `…,'"`):
   *  closing marks minus those whose first role in the locale's ordered pairs is to open (`“`, `‘`,
   *  `«`), which at the end of a span are the next quotation's opener, not this one's closer. */
  trailing: ReadonlySet<string>;
  /** Opening or closing. */
  any: ReadonlySet<string>;
  /** Marks that cannot be apostrophes (`’`, `'`, `‘` inside `don’t`, `leaders'`, `‘90s`): a token
   *  that is one of these is a quotation mark wherever it stands. */
  unambiguous: ReadonlySet<string>;
};

const cache = new WeakMap<Locale['marks'], MarkSets>();

export function markSets(locale: Pick<Locale, 'marks' | 'apostrophes'>): MarkSets {
  const cached = cache.get(locale.marks);
  if (cached) return cached;
  const opening = new Set<string>();
  const closing = new Set<string>();
  const trailing = new Set<string>();
  for (const pair of locale.marks) {
    for (const close of pair.close) {
      // A mark that already opened an earlier (more common) pair keeps that role.
      if (!opening.has(close)) trailing.add(close);
      closing.add(close);
    }
    opening.add(pair.open);
  }
  const any = new Set([...opening, ...closing]);
  const apostrophes = new Set(locale.apostrophes);
  const unambiguous = new Set([...any].filter((m) => !apostrophes.has(m)));
  const sets: MarkSets = { opening, closing, trailing, any, unambiguous };
  cache.set(locale.marks, sets);
  return sets;
}
