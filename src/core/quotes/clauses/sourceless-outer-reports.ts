// A report whose source was not found still frames the statements inside its clause:
//   Technology companies are quick to point out that of the top five apps recommended by the
//   group, none are American-made.
//   The Washington Post columnist wrote that she agreed with him that his past is relevant.
// Without a source the outer draft is less sure than the inner report (`recommended` by `the top
// five apps`, `agreed` by `she`), and it used to give way to it; PolNeAR annotates only the
// outermost attribution, so the inner one's words are the outer report's content.
import type { FunctionWords } from '../../../locales/locale.js';
import type { Document } from '../../document/document.js';
import type { QuoteDraft } from '../quote-drafts.js';
import { lowerBound } from '../../document/lower-bound.js';
import { isStatementType } from '../../cues/cue-type-of-words.js';

/** Whether `outer`, an indirect speech or writing report whose clause follows its cue, holds all
 *  of `inner`, an indirect report opened by a cue and a source inside that clause. */
export function holdsNestedReport(doc: Document, words: FunctionWords, outer: QuoteDraft, inner: QuoteDraft): boolean {
  if (outer.kind !== 'indirect' || inner.kind !== 'indirect') return false;
  if (outer.source || !outer.cue || !inner.cue || !inner.source || !isStatementType(outer.cueType)) return false;
  const outerStart = outer.content[0]!.start;
  const innerStart = inner.content[0]!.start;
  if (outer.cue.end > outerStart || innerStart <= outerStart) return false;
  if (outer.content[outer.content.length - 1]!.end < inner.content[inner.content.length - 1]!.end) return false;
  // The inner cue and its source open a clause inside the outer one, ahead of their own words.
  if (inner.cue.start < outerStart || inner.cue.end > innerStart || inner.source.start < outerStart) return false;
  // `…their support, who cited her years as…`: a relative clause is a statement of its own.
  const { tokens } = doc;
  const first = tokens[lowerBound(tokens.length, (i) => tokens[i]!.start < inner.source!.start)];
  return !(first && words.glossRelatives.has(first.lemma));
}
