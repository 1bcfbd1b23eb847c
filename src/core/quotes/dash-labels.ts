// Digest labels: `Pollsters agree - Carl Bialik: “…”`. A roundup names the item, then after a dash
// the writer it quotes and a colon. The name between the dash and the colon is the speaker, not the
// subject of the verb before the dash, so that verb does not lead the quotation.
import type { Token } from '../document/document.js';
import { DASHES } from '../document/punctuation.js';
import { nonSpaceAtOrAfter, nonSpaceAtOrBefore } from '../document/non-space-tokens.js';
import { opensUppercase } from '../document/capitals.js';
import { longestMark } from '../document/longest-mark.js';

/** Words a digest label may have (`Frank Newport and Jim Harter`). */
const MAX_LABEL_WORDS = 6;

/** Whether a name set off by a dash and a colon stands right before the quotation opening at token
 *  `quoteFirst`, after token `from`: `… - Carl Bialik: “…”`. */
export function dashLabelBefore(tokens: Token[], from: number, quoteFirst: number): boolean {
  const colon = nonSpaceAtOrBefore(tokens, quoteFirst - 1, from);
  if (colon <= from || tokens[colon]!.text !== ':') return false;
  let words = 0;
  for (let k = colon - 1; k > from; k--) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    if (DASHES.has(t.text)) return words > 0 && tokens[k - 1] !== undefined && tokens[k - 1]!.end < t.start && t.end < tokens[k + 1]!.start;
    if (++words > MAX_LABEL_WORDS) return false;
    // A name: capitalised words, with `and` between two writers and initials' full stops.
    if (!(t.pos === 'PROPN' && opensUppercase(t.text)) && t.pos !== 'CCONJ' && t.text !== '.') return false;
  }
  return false;
}

/** Whether the dash at token `dash` opens a digest label before a quotation (`- HuffPollster:
 *  “…”`): a reported clause ends before it. `openingMarks` are the locale's opening marks. */
export function opensDashLabel(tokens: Token[], dash: number, last: number, openingMarks: ReadonlySet<string>): boolean {
  const text = tokens[dash]!.text;
  // The check runs on every token of a reported clause.
  if (text.length > longestMark(DASHES) || !DASHES.has(text)) return false;
  for (let k = dash + 1; k <= last && k - dash <= MAX_LABEL_WORDS + 1; k++) {
    if (tokens[k]!.text !== ':') continue;
    const quote = nonSpaceAtOrAfter(tokens, k + 1, last);
    return quote <= last && openingMarks.has(tokens[quote]!.text) && dashLabelBefore(tokens, dash - 1, quote);
  }
  return false;
}
