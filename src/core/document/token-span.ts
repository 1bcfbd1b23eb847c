import type { Span } from '../../types.js';
import type { Document } from './document.js';

/** The span from the start of token `first` to the end of token `last`, with its text. */
export function tokenSpan(doc: Pick<Document, 'text' | 'tokens'>, first: number, last: number): Span {
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}
