// Builds QuoteDrafts by hand from a fixture's own words, the way the quote stage would, so the
// speaker, relay and repeat stages can be tested on realistic sentences. Offsets come from
// indexOf, never from hand-counted numbers.
import type { Span, QuoteKind } from '../../../src/types.js';
import type { Document } from '../../../src/core/document/document.js';
import type { QuoteDraft } from '../../../src/core/quotes/quotes.js';
import { tokenAtOrAfter } from '../../../src/core/document/token-index.js';

export type DraftSpec = {
  kind: QuoteKind;
  /** Quoted text (including its marks for direct quotes); searched from `after`. */
  content: string;
  cue?: string;
  source?: string;
  /** Text the quote's paragraph or sentence starts with, to find the right occurrence. */
  after?: string;
};

export function span(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture does not contain ${JSON.stringify(needle)}`);
  return { start, end: start + needle.length, text: needle };
}

export function buildDrafts(doc: Document, specs: DraftSpec[]): QuoteDraft[] {
  const { text } = doc;
  return specs.map((s) => {
    const from = s.after ? span(text, s.after).start : 0;
    const content = span(text, s.content, from);
    const sentenceStart = doc.sentences[doc.tokens[tokenAtOrAfter(doc.tokens, content.start)]!.sentence]!.start;
    const near = Math.min(from === 0 ? sentenceStart : from, sentenceStart);
    const source = s.source ? span(text, s.source, near) : null;
    const cue = s.cue ? span(text, s.cue, near) : null;
    const anchor = cue ?? content;
    return { kind: s.kind, content: [content], cue, source, confidence: 0.9, sentence: doc.tokens[tokenAtOrAfter(doc.tokens, anchor.start)]!.sentence };
  });
}
