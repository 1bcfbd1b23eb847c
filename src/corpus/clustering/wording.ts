// The words a quotation carries, as stored and clustered: the content spans, a direct span
// without its enclosing quotation marks, joined (an interrupted quote `"A," he said, "B."` reads
// `A, B.`). A mixed quote keeps its inner marks (`that the plan was "reckless"`): they show which
// words were quoted, and normalisation ignores them when clustering.
import type { Quote } from '../../types.js';

const MARKS = '"\'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a\u300c\u300d\u300e\u300f';
const OPENS_WITH_MARK = new RegExp(`^\\s*[${MARKS}]`);
const CLOSES_WITH_MARK = new RegExp(`[${MARKS}][\\s.,;:!?]{0,3}$`);
const EDGE_MARKS = new RegExp(`^[\\s${MARKS}]+|[\\s${MARKS}]+$`, 'g');

function unquote(text: string): string {
  return OPENS_WITH_MARK.test(text) && CLOSES_WITH_MARK.test(text) ? text.trim().replace(EDGE_MARKS, '') : text.trim();
}

export function quoteWording(quote: Pick<Quote, 'content'>): string {
  return quote.content
    .map((span) => unquote(span.text))
    .filter((text) => text.length > 0)
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** The separately quoted parts of an interrupted quotation (`"A," he said, "B."` → A, B), each
 *  unquoted; empty for a quotation in one piece. Mixed quotes are left out: their quoted
 *  fragments are often a word or a stock phrase, too common to stand for the statement. */
export function quotedParts(quote: Pick<Quote, 'kind' | 'content'>): string[] {
  if (quote.kind === 'mixed' || quote.content.length < 2) return [];
  return quote.content.map((span) => unquote(span.text)).filter((text) => text.length > 0);
}

// Text between a pair of quotation marks; negated classes with a bound, so no backtracking.
const QUOTED = /“([^“”]{1,2000})”|"([^"]{1,2000})"|«([^«»]{1,2000})»|„([^„“”]{1,2000})[“”]/g;

/** The words to cluster: for a mixed quote only the words inside its quotation marks (the rest
 *  is the reporter's paraphrase), joined as an elision; otherwise the whole wording. */
export function clusteringWording(quote: Pick<Quote, 'kind'>, wording: string): string {
  if (quote.kind !== 'mixed') return wording;
  const parts = [...wording.matchAll(QUOTED)].map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim()).filter(Boolean);
  return parts.length ? parts.join(' … ') : wording;
}
