// Partial quotations inside a reported clause belong to the report:
//   He said that he hopes “somebody else takes up the cause” against Cruz.
//   Obama said he expected that Americans will say “no” to the plan.
// The quoted words have a cue of their own next to them (`hopes`, `will say`), but they are
// quoted from what the outer source said, and PolNeAR's annotators give the whole clause to it.
// When the two drafts claim the same words, the report wins over the quotation's nearer cue —
// unless the quotation is a statement of its own: set off by punctuation (`Trump boasted, “…”`)
// or with its own source opening a new clause (`…, Paul Ryan said “…”`, `which he added “…”`).
import type { FunctionWords } from '../../../locales/locale.js';
import type { Document } from '../../document/document.js';
import type { QuoteDraft } from '../quotes.js';
import { lowerBound } from '../../document/lower-bound.js';
import { nonSpaceAtOrBefore } from '../../document/non-space-tokens.js';
import { isStatementType } from '../../cues/cue-type-of-words.js';

/** Whether `outer`, a speech or writing report whose clause follows its cue and runs over all of
 *  `inner`, is the statement `inner`'s quoted words come from. */
export function reportsPartialQuotation(doc: Document, words: FunctionWords, outer: QuoteDraft, inner: QuoteDraft): boolean {
  if (!outer.cue || !outer.source || !isStatementType(outer.cueType)) return false;
  const outerStart = outer.content[0]!.start;
  const innerStart = inner.content[0]!.start;
  if (outer.cue.end > outerStart || innerStart <= outerStart) return false;
  if (outer.content[outer.content.length - 1]!.end < inner.content[inner.content.length - 1]!.end) return false;
  if (inner.cue !== null && inner.cue.start < outerStart) return false;
  return !setOffByPunctuation(doc.text, innerStart) && !sourceOpensClause(doc, inner, words);
}

/** `Trump boasted, “That makes me smart.”`: a quotation after a comma, colon, dash or line break
 *  is a statement of its own, not words quoted inside a clause. */
function setOffByPunctuation(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u00a0')) k--;
  const c = text[k];
  return c === ',' || c === ':' || c === '—' || c === '–' || c === '\n';
}

/** `…, Paul Ryan said “…”`, `which he added “is regrettable”`: a source before its cue, after a
 *  comma or a relative pronoun, opens a clause of its own. */
function sourceOpensClause(doc: Document, inner: QuoteDraft, words: FunctionWords): boolean {
  if (!inner.source || !inner.cue || inner.source.start > inner.cue.start) return false;
  const { tokens } = doc;
  const sourceStart = inner.source.start;
  let k = nonSpaceAtOrBefore(tokens, lowerBound(tokens.length, (i) => tokens[i]!.start < sourceStart) - 1);
  const before = tokens[k];
  return before !== undefined && (before.text === ',' || words.glossRelatives.has(before.lemma));
}
