// `She said that experts had found her plans sound, to which O'Malley interjected: "It's not
// true."`: a reported clause that runs on into a quotation attributed more surely to someone
// else keeps its words up to the clause break before that quotation, instead of being dropped.
import type { Span } from '../../../types.js';
import type { Document } from '../../document/document.js';
import type { QuoteDraft } from '../quotes.js';
import { draftWith } from '../quote-drafts.js';
import type { MarkedQuote } from '../../marks/marks.js';
import { partOverlapping } from './reported-clauses.js';
import { lowerBound } from '../../document/lower-bound.js';
import { countWords } from '../../document/word-tokens.js';
import { tokenSpan } from '../../document/token-span.js';
import { CLAUSE_BREAKS } from '../../document/punctuation.js';
import { nonSpaceAtOrBefore } from '../../document/non-space-tokens.js';
import { isStatementType } from '../../cues/cue-type-of-words.js';

/** Words the cut report must keep. */
const MIN_WORDS = 3;

/** `report` cut before the clause break that precedes `other` (its content, cue or source,
 *  whichever comes first), or null when no break within its first content span leaves MIN_WORDS
 *  words. */
export function reportCutBefore(doc: Document, parts: MarkedQuote[], report: QuoteDraft, other: QuoteDraft): QuoteDraft | null {
  // Only before a statement of someone speaking or writing: a belief inside the report's words
  // (`hence Cyrus will see “gates…”`) is part of them.
  if (report.kind === 'direct' || !isStatementType(other.cueType)) return null;
  const at = Math.min(other.content[0]!.start, other.cue?.start ?? Infinity, other.source?.start ?? Infinity);
  const first = report.content[0]!;
  if (first.end < at || first.start >= at) return null;
  const { tokens } = doc;
  const startToken = lowerBound(tokens.length, (i) => tokens[i]!.start < first.start);
  let k = lowerBound(tokens.length, (i) => tokens[i]!.start < at) - 1;
  while (k > startToken && !CLAUSE_BREAKS.has(tokens[k]!.text)) k--;
  let end = k - 1;
  end = nonSpaceAtOrBefore(tokens, end, startToken + 1);
  if (k <= startToken || countWords(tokens, startToken, end) < MIN_WORDS) return null;
  const content: Span[] = [tokenSpan(doc, startToken, end)];
  // Only unquoted words are kept: a report whose quoted words would remain stays whole or goes.
  if (partOverlapping(parts, content[0]!.start, content[0]!.end)) return null;
  return draftWith(report, { kind: 'indirect', content });
}
