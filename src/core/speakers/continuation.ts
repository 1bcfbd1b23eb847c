// Quotes that continue an attributed one: news prints `"…," he said.` and then a paragraph of
// quotation with no attribution of its own. Such a quote takes the speaker (and relays) of the
// closest attributed quote earlier in the same or the previous paragraph, or failing that of a
// later attributed quote in the same paragraph (`"A." "B," he said.`).
import type { Document } from '../document/document.js';
import type { QuoteDraft } from '../quotes/quotes.js';
import { tokenAtOrAfter } from '../document/token-index.js';
import { keepingLastArticle } from './last-article.js';

/** `continued[i]` is the index of the attributed quote whose speaker quotes[i] takes, or null. */
export const continuationOf = keepingLastArticle(continuations);

function continuations(doc: Document, quotes: QuoteDraft[]): Array<number | null> {
  // Built by push, not map: with no quotes it is then the same kind of array as with some (an empty
  // map result is a small-integer array), and the callers' optimised code sees one array map.
  const continued: Array<number | null> = [];
  for (let i = 0; i < quotes.length; i++) continued.push(null);
  const paragraphOf = (q: QuoteDraft): number => {
    const first = q.content[0] ?? q.source ?? q.cue;
    if (!first) return -1;
    const t = doc.tokens[Math.min(tokenAtOrAfter(doc.tokens, first.start), doc.tokens.length - 1)];
    return t ? t.paragraph : -1;
  };
  const order = quotes.map((_, i) => i);
  // Mostly in order already; the sort is stable, so skipping it then changes nothing.
  if (!contentsInTextOrder(quotes)) order.sort((a, b) => contentStart(quotes[a]!) - contentStart(quotes[b]!));
  const paragraph = quotes.map(paragraphOf);
  const positionInOrder = new Int32Array(quotes.length);
  order.forEach((q, k) => { positionInOrder[q] = k; });
  /** The first attributed quote after quote i in its paragraph, or null. */
  const laterInParagraph = (i: number): number | null => {
    const pos = positionInOrder[i]!;
    // Bounded: a paragraph rarely holds more than a handful of quotes.
    for (let k = pos + 1; k < order.length && k - pos <= 20 && paragraph[order[k]!] === paragraph[i]; k++) {
      const j = order[k]!;
      if (quotes[j]!.source) return j;
    }
    return null;
  };
  let lastRoot: number | null = null;
  let lastParagraph = -2;
  const pending: number[] = [];
  for (const i of order) {
    if (quotes[i]!.source) { lastRoot = i; lastParagraph = paragraph[i]!; continue; }
    // `"A," Hollande said as he entered.` opening a paragraph: the attribution in its own paragraph
    // comes before the speaker of the paragraph before.
    if (lastRoot !== null && paragraph[i]! === lastParagraph + 1 && laterInParagraph(i) !== null) { pending.push(i); continue; }
    if (lastRoot !== null && paragraph[i]! - lastParagraph <= 1 && paragraph[i]! >= lastParagraph) {
      continued[i] = lastRoot;
      lastParagraph = paragraph[i]!;
    } else pending.push(i);
  }
  // A later attributed quote in the same paragraph.
  for (const i of pending) continued[i] = laterInParagraph(i);
  return continued;
}

function contentStart(q: QuoteDraft): number {
  return q.content[0]?.start ?? 0;
}

function contentsInTextOrder(quotes: QuoteDraft[]): boolean {
  for (let k = 1; k < quotes.length; k++) if (contentStart(quotes[k - 1]!) > contentStart(quotes[k]!)) return false;
  return true;
}
