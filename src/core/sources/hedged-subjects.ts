// A subject opened by a hedge or a partitive quantity (`Nearly half said`, `only 49 percent of
// Republicans say`, `Even some of Clinton's allies have described`, `most Republicans agreed`):
// the noun phrase found before a cue stops at the hedge, which PolNeAR keeps in the source.
import type { Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import { mention, type SourceMention } from './source-mention.js';
import { startsClause } from './clause-openings.js';
import { vocabulary } from './source-vocabulary.js';
import { phraseWords } from '../document/phrase-words.js';

/** Hedges and partitives taken in before one subject (`Only about`, `Even some of`). */
const MAX_HEDGES = 3;

const hedgesByLastWordCache = new WeakMap<ReadonlySet<string>, Map<string, ReadonlyArray<readonly string[]>>>();

/** The locale's hedge phrases by their last word, in list order, built once per list: asked before
 *  nearly every subject, most words end no hedge, so one map lookup answers without a walk. */
function hedgesByLastWord(hedges: ReadonlySet<string>): Map<string, ReadonlyArray<readonly string[]>> {
  let byLast = hedgesByLastWordCache.get(hedges);
  if (!byLast) {
    byLast = new Map<string, Array<readonly string[]>>();
    for (const words of phraseWords(hedges)) {
      const last = words[words.length - 1]!;
      const list = byLast.get(last) as Array<readonly string[]> | undefined;
      if (list) list.push(words);
      else byLast.set(last, [words]);
    }
    hedgesByLastWordCache.set(hedges, byLast);
  }
  return byLast;
}

/** The first token of the hedge phrase of the locale that ends at token k, or -1. */
function hedgeEndingAt(tokens: Token[], k: number, floor: number, locale: Locale): number {
  if (k < floor) return -1;
  const candidates = hedgesByLastWord(locale.words.subjectHedges).get(tokens[k]!.text.toLowerCase());
  if (candidates === undefined) return -1;
  for (const words of candidates) {
    const first = k - words.length + 1;
    if (first < floor) continue;
    if (words.every((w, n) => tokens[first + n]!.text.toLowerCase() === w)) return first;
  }
  return -1;
}

/** `some of`, `many of`: the quantity word of a partitive ending at token k (`of`), or -1. */
function partitiveEndingAt(tokens: Token[], k: number, floor: number, locale: Locale): number {
  const of = tokens[k];
  const quantity = tokens[k - 1];
  if (!of || !quantity || k - 1 < floor || !locale.words.partitivePrepositions.has(of.lemma)) return -1;
  return vocabulary(locale).indefinites.has(quantity.text.toLowerCase()) ? k - 1 : -1;
}

/** The subject with the hedges and partitive quantity written before it, when that opens its clause;
 *  null when none stands there. */
export function hedgedSubject(doc: Document, subject: SourceMention, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  let first = subject.first;
  for (let n = 0; n < MAX_HEDGES; n++) {
    const partitive = partitiveEndingAt(tokens, first - 1, floor, locale);
    const hedge = partitive >= 0 ? partitive : hedgeEndingAt(tokens, first - 1, floor, locale);
    if (hedge < 0) break;
    first = hedge;
  }
  return first < subject.first && startsClause(tokens, first, floor) ? mention(tokens, first, subject.last) : null;
}
