// A quotation as the quotation stage drafts it, before speakers and relays are resolved, and the
// confidence each way of finding one earns.
import type { Span, QuoteKind, CueType } from '../../types.js';
import type { Document } from '../document/document.js';
import type { Cue } from '../cues/cues.js';
import type { SourceLink } from '../sources/sources.js';

/** A quotation before speakers and relays are resolved. */
export type QuoteDraft = {
  kind: QuoteKind;
  content: Span[];
  cue: Span | null;
  source: Span | null;
  confidence: number;
  /** Sentence index of the cue, or of the first content span when there is no cue. */
  sentence: number;
  /** What the cue reports, from the lexicon entry it matched (types.ts CueType); null for a
   *  quotation with no cue; absent when not yet looked up (clause-subject.ts reads it from the cue's words). */
  cueType?: CueType | null;
};

/** How sure each way of finding a quotation is, before corroboration. */
export const CONFIDENCE = {
  directCueSource: 0.95,
  directCue: 0.85,
  directBare: 0.55,
  mixedSource: 0.8,
  mixed: 0.65,
  indirectSource: 0.7,
  indirect: 0.5,
  beliefSource: 0.45,
  belief: 0.35,
  repairPenalty: 0.05,
};

/** The span from `start` to `end` of `text`, with its text. */
export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** `d` with the fields `change` gives in place of its own: a whole literal in the type's field order
 *  rather than a spread, so every draft shares one map and the stages' optimised code is not thrown
 *  away. (A source given as null replaces d's; one left out keeps it.) */
export function draftWith(d: QuoteDraft, change: { kind?: QuoteKind; content?: Span[]; source?: Span | null }): QuoteDraft {
  return {
    kind: change.kind ?? d.kind,
    content: change.content ?? d.content,
    cue: d.cue,
    source: change.source !== undefined ? change.source : d.source,
    confidence: d.confidence,
    sentence: d.sentence,
    cueType: d.cueType,
  };
}

/** A quotation attributed by `cue`, its confidence from its kind, cue type and source. */
export function draft(doc: Document, kind: QuoteKind, content: Span[], cue: Cue, link: SourceLink | null, repaired: boolean): QuoteDraft {
  const hasSource = link !== null;
  let confidence: number;
  if (kind === 'direct') confidence = hasSource ? CONFIDENCE.directCueSource : CONFIDENCE.directCue;
  else if (kind === 'mixed') confidence = hasSource ? CONFIDENCE.mixedSource : CONFIDENCE.mixed;
  else if (cue.type === 'belief' || cue.type === 'intention') confidence = hasSource ? CONFIDENCE.beliefSource : CONFIDENCE.belief;
  else confidence = hasSource ? CONFIDENCE.indirectSource : CONFIDENCE.indirect;
  if (repaired) confidence -= CONFIDENCE.repairPenalty;
  return {
    kind,
    content,
    cue: span(doc.text, cue.start, cue.end),
    source: link ? span(doc.text, link.mention.start, link.mention.end) : null,
    confidence: Math.round(confidence * 100) / 100,
    sentence: cue.sentence,
    cueType: cue.type,
  };
}
