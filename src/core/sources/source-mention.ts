// A source as the stage finds it: a token range with its offsets, before it becomes a Span.
import type { Token } from '../document/document.js';

/** A source mention as token range and offsets; the span text is exactly what is written. */
export type SourceMention = { first: number; last: number; start: number; end: number };

export function mention(tokens: Token[], first: number, last: number): SourceMention {
  return { first, last, start: tokens[first]!.start, end: tokens[last]!.end };
}
