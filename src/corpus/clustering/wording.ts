// The words a quotation carries, as stored and clustered: the content spans without their
// quotation marks, joined (an interrupted quote `"A," he said, "B."` reads `A, B.`).
import type { Quote } from '../../types.js';

const EDGE_MARKS = /^[\s"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a\u300c\u300d\u300e\u300f]+|[\s"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a\u300c\u300d\u300e\u300f]+$/g;

export function quoteWording(quote: Pick<Quote, 'content'>): string {
  return quote.content
    .map((span) => span.text.replace(EDGE_MARKS, ''))
    .filter((text) => text.length > 0)
    .join(' ')
    .replace(/\s+/g, ' ');
}
