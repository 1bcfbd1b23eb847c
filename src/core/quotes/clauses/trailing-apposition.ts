// `…said he would face Mrs. Clinton, a former secretary of state`, `…were women, a proportion that
// had risen in recent years`: a noun phrase opened by an article after the last comma or dash of
// a reported clause, with no verb of its own, is the writer's apposition to what came before
// (who someone is, what the statement amounts to), not part of what was said. PolNeAR's content
// ends before it. A predicate after the article (`, the race was close`) opens a clause of its
// own and stays; so do quoted words and a list of such noun phrases (`the wall, the border, the
// jobs`). Looks only at the tokens between the clause start and its end, once.
import type { FunctionWords, Locale } from '../../../locales/locale.js';
import type { Token } from '../../document/document.js';
import { markSets } from '../../marks/mark-sets.js';
import { nonSpaceAtOrAfter, nonSpaceAtOrBefore } from '../../document/non-space-tokens.js';
import { APPOSITION_BREAKS } from '../../document/punctuation.js';
import { isNoun } from '../../document/nouns.js';
import { longestMark } from '../../document/longest-mark.js';

/** Words of content that must remain before the apposition. */
const MIN_KEPT = 2;

/** The last token of the clause `from..end` without a trailing apposition, or `end` unchanged. */
export function trailingAppositionEnd(tokens: Token[], from: number, end: number, locale: Locale): number {
  const words = locale.words;
  const quoteMarks = markSets(locale).unambiguous;
  const longest = Math.max(longestMark(quoteMarks), longestMark(APPOSITION_BREAKS));
  let comma = -1;
  for (let k = end; k > from + MIN_KEPT; k--) {
    const t = tokens[k]!;
    if (t.text.length > longest) continue;
    if (quoteMarks.has(t.text)) return end;
    if (APPOSITION_BREAKS.has(t.text)) { comma = k; break; }
  }
  if (comma < 0) return end;
  const article = nonSpaceAtOrAfter(tokens, comma + 1);
  if (article > end || !words.articles.has(tokens[article]!.lemma)) return end;
  if (!nounPhraseOnly(tokens, article + 1, end, words)) return end;
  if (listBefore(tokens, from, comma, words)) return end;
  let cut = comma - 1;
  cut = nonSpaceAtOrBefore(tokens, cut, from + 1);
  return cut;
}

/** No finite verb before the first relative word or participle that modifies the noun, and no
 *  coordinator anywhere (`…, the closure of loopholes and relief for families`: the last items of
 *  a list). */
function nounPhraseOnly(tokens: Token[], from: number, end: number, words: FunctionWords): boolean {
  let modified = false;
  for (let k = from; k <= end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'CCONJ') return false;
    if (modified) continue;
    if (words.subjectRelatives.has(t.lemma) && (t.pos === 'PRON' || t.pos === 'SCONJ' || t.pos === 'DET')) modified = true;
    else if (t.pos === 'AUX' || t.pos === 'PRON') return false;
    else if (t.pos === 'VERB') {
      // A participle modifies a noun (`a share driven by…`), not a number (unlike isNominal's NUM).
      if (!(k > from && words.endings.objectModifier.test(t.text) && isNoun(tokens[k - 1]!))) return false;
      modified = true;
    }
  }
  return true;
}
/** `…the wall, the border, the jobs`: an earlier comma of the clause is also followed by an
 *  article, so the last noun phrase is one item of a list. */
function listBefore(tokens: Token[], from: number, comma: number, words: FunctionWords): boolean {
  for (let k = comma - 1; k > from; k--) {
    if (tokens[k]!.text !== ',') continue;
    const next = nonSpaceAtOrAfter(tokens, k + 1);
    return next < comma && words.articles.has(tokens[next]!.lemma);
  }
  return false;
}
