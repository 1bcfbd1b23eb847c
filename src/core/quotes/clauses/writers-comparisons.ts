// `…said they had a positive view of Mrs. Clinton, compared with 33 percent last month`: a
// comparison set off by a comma after a reported figure is the writer's, from the poll's earlier
// wave or another group, not what the respondents said. PolNeAR's content ends before it.
import type { Locale } from '../../../locales/locale.js';
import type { Token } from '../../document/document.js';
import { nonSpaceAtOrAfter, nonSpaceAtOrBefore } from '../../document/non-space-tokens.js';

/** The last token of the clause `from..end` before a comma opening the writer's comparison, or
 *  `end` unchanged. */
export function writersComparisonEnd(tokens: Token[], from: number, end: number, locale: Locale): number {
  const participles = locale.words.comparisonParticiples;
  for (let k = from + 1; k < end; k++) {
    if (tokens[k]!.text !== ',') continue;
    const next = nonSpaceAtOrAfter(tokens, k + 1, end);
    if (next <= end && participles.has(tokens[next]!.text.toLowerCase())) return nonSpaceAtOrBefore(tokens, k - 1, from);
  }
  return end;
}
