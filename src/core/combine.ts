// Rule-based and tagged drafts merged into one list. The rules own quotations with marks (their
// mark pairing and attachment are precise); the tagger's strength is unmarked reported speech,
// beliefs and intentions the cue lexicon does not reach. Thresholds were chosen on PolNeAR dev.
// Letting a confident tagged draft fix an overlapping rule draft's content was measured there too
// (v5 model, every sentence tagged, rules 0.826): taking the tagged span at confidence ≥ 0.7
// changes nothing, at ≥ 0.5 costs 0.005 F1, widening the rule span to the union of both costs
// 0.005 at ≥ 0.5 and 0.03 at ≥ 0.3 — the rules' spans are the better ones, so tagged drafts only
// add quotations (extract() filters them first: tagger/plausible.ts).
import type { QuoteDraft } from './quotes.js';

export type CombinePolicy = {
  /** Tagged drafts below this confidence are dropped. */
  minConfidence: number;
  /** A tagged draft at or above this confidence replaces the rule indirect drafts it overlaps
   *  (never a direct or mixed one); Infinity never replaces. */
  replaceIndirectAbove: number;
  /** Drop tagged drafts the tagger found no cue for (bare content is mostly noise). */
  requireCue: boolean;
};

export const defaultCombinePolicy: CombinePolicy = { minConfidence: 0, replaceIndirectAbove: Infinity, requireCue: true };

function contentOverlaps(a: QuoteDraft, b: QuoteDraft): boolean {
  return a.content.some((x) => b.content.some((y) => x.start < y.end && y.start < x.end));
}

export function combineDrafts(ruleDrafts: QuoteDraft[], taggedDrafts: QuoteDraft[], policy: CombinePolicy = defaultCombinePolicy): QuoteDraft[] {
  const kept = new Set(ruleDrafts);
  const added: QuoteDraft[] = [];
  for (const tagged of taggedDrafts) {
    if (tagged.confidence < policy.minConfidence) continue;
    if (policy.requireCue && !tagged.cue) continue;
    const overlapping = ruleDrafts.filter((r) => kept.has(r) && contentOverlaps(r, tagged));
    if (overlapping.length === 0) { added.push(tagged); continue; }
    const replaceable = tagged.confidence >= policy.replaceIndirectAbove && overlapping.every((r) => r.kind === 'indirect');
    if (!replaceable) continue;
    for (const r of overlapping) kept.delete(r);
    added.push(tagged);
  }
  return [...ruleDrafts.filter((r) => kept.has(r)), ...added].sort((a, b) => a.content[0]!.start - b.content[0]!.start);
}
