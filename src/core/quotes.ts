// Assembles direct, mixed and indirect quotations from marks, cues and sources.
import type { Span, QuoteKind } from '../types.js';
import type { Document } from './document.js';
import type { Locale } from '../locales/locale.js';

/** A quotation before speakers and relays are resolved. */
export type QuoteDraft = {
  kind: QuoteKind;
  content: Span[];
  cue: Span | null;
  source: Span | null;
  confidence: number;
  /** Sentence index of the cue, or of the first content span when there is no cue. */
  sentence: number;
};

export function assembleQuotes(_doc: Document, _locale: Locale): QuoteDraft[] {
  return [];
}
