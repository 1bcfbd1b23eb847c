// The scorer: one gold document against the quotations predicted for it, as counts that add up
// over a corpus, and the counts as precision/recall/F1.
//
// Definitions (the README repeats them):
// - Predicted quotes are aligned one-to-one with gold attributions by shared content tokens
//   (align.ts). Unaligned predictions are false positives, unaligned gold attributions misses.
// - exact, per field (content, source, cue): an aligned pair counts when both sides have the field
//   and their spans are identical after trimming surrounding whitespace (spans.ts `exactKey`).
//   p = exact pairs / predicted quotes having the field, r = exact pairs / gold attributions
//   having it.
// - overlap, per field, at token level as Citron does: tokens shared by aligned pairs over all
//   predicted tokens of the field (p) and over all gold tokens of the field (r).
// - direct subset: gold attributions whose content contains a quotation mark, predictions of kind
//   direct or mixed or whose content contains one. Precision counts the direct predictions, recall
//   the direct gold attributions, whatever the other side of the pair is.
// - speaker accuracy: over aligned pairs whose gold has a source, the share where the predicted
//   source overlaps the gold source, or a mention of the predicted speaker entity does (the gold
//   has no coreference, so "he" is right when the annotator marked that "he" or our entity's
//   mention there).
import type { Span } from '../types.js';
import { alignByOverlap } from './align.js';
import type { GoldAttribution, GoldDocument } from './gold.js';
import { exactKey, intersectionSize, spansOverlap, tokenSet, tokenize } from './spans.js';

/** A prediction reduced to what is scored; built from a Quote or read from a Citron file. */
export type Predicted = {
  content: Span[];
  source: Span[];
  cue: Span[];
  direct: boolean;
  /** Mentions of the resolved speaker entity, for speaker accuracy. */
  speakerMentions: Span[];
};

export const scoredFields = ['content', 'source', 'cue'] as const;
export type ScoredField = (typeof scoredFields)[number];

/** Double quotation marks of any style, and the left single mark (`‘`), which unlike `’` is not
 *  an apostrophe. Straight `'` and `’` are left out: they are mostly apostrophes. */
const quotationMark = /["“”„‟«»‘]/;

export function isDirectGold(a: GoldAttribution): boolean {
  return a.content.some((s) => quotationMark.test(s.text));
}

export function hasQuotationMark(spans: Span[]): boolean {
  return spans.some((s) => quotationMark.test(s.text));
}

type FieldCounts = {
  predicted: number;
  gold: number;
  exactOfPredicted: number;
  exactOfGold: number;
  predictedTokens: number;
  goldTokens: number;
  sharedOfPredicted: number;
  sharedOfGold: number;
};

export type SubsetCounts = {
  fields: Record<ScoredField, FieldCounts>;
  quotes: { gold: number; predicted: number; alignedGold: number; alignedPredicted: number };
  speaker: { correct: number; total: number };
};

export type Counts = { all: SubsetCounts; direct: SubsetCounts };

export type Alignment = {
  /** [gold index, predicted index] */
  pairs: [number, number][];
  /** Per pair, the fields whose exact spans differ. */
  mismatched: ScoredField[][];
  speakerCorrect: (boolean | null)[];
};

export function emptyCounts(): Counts {
  const subset = (): SubsetCounts => ({
    fields: {
      content: emptyField(),
      source: emptyField(),
      cue: emptyField(),
    },
    quotes: { gold: 0, predicted: 0, alignedGold: 0, alignedPredicted: 0 },
    speaker: { correct: 0, total: 0 },
  });
  return { all: subset(), direct: subset() };
}

function emptyField(): FieldCounts {
  return { predicted: 0, gold: 0, exactOfPredicted: 0, exactOfGold: 0, predictedTokens: 0, goldTokens: 0, sharedOfPredicted: 0, sharedOfGold: 0 };
}

/** Scores one document, adding into `counts`; returns the alignment for error listings. */
export function scoreDocument(gold: GoldDocument, predicted: Predicted[], counts: Counts): Alignment {
  const tokens = tokenize(gold.text);
  const goldTokens = gold.attributions.map((a) => ({
    content: tokenSet(a.content, tokens), source: tokenSet(a.source, tokens), cue: tokenSet(a.cue, tokens),
  }));
  const predTokens = predicted.map((p) => ({
    content: tokenSet(p.content, tokens), source: tokenSet(p.source, tokens), cue: tokenSet(p.cue, tokens),
  }));
  const goldDirect = gold.attributions.map(isDirectGold);
  const predDirect = predicted.map((p) => p.direct);
  const subsets: [SubsetCounts, (g: number) => boolean, (p: number) => boolean][] = [
    [counts.all, () => true, () => true],
    [counts.direct, (g) => goldDirect[g]!, (p) => predDirect[p]!],
  ];

  for (const [subset, goldIn, predIn] of subsets) {
    gold.attributions.forEach((a, g) => {
      if (!goldIn(g)) return;
      subset.quotes.gold++;
      for (const f of scoredFields) {
        if (a[f].length === 0) continue;
        subset.fields[f].gold++;
        subset.fields[f].goldTokens += goldTokens[g]![f].size;
      }
    });
    predicted.forEach((p, i) => {
      if (!predIn(i)) return;
      subset.quotes.predicted++;
      for (const f of scoredFields) {
        if (p[f].length === 0) continue;
        subset.fields[f].predicted++;
        subset.fields[f].predictedTokens += predTokens[i]![f].size;
      }
    });
  }

  const pairs = alignByOverlap(goldTokens.map((t) => t.content), predTokens.map((t) => t.content));
  const mismatched: ScoredField[][] = [];
  const speakerCorrect: (boolean | null)[] = [];
  for (const [g, p] of pairs) {
    const a = gold.attributions[g]!;
    const q = predicted[p]!;
    const wrong: ScoredField[] = [];
    const exact = {} as Record<ScoredField, boolean>;
    for (const f of scoredFields) {
      exact[f] = a[f].length > 0 && q[f].length > 0 && exactKey(a[f], gold.text) === exactKey(q[f], gold.text);
      if (!exact[f] && (a[f].length > 0 || q[f].length > 0)) wrong.push(f);
    }
    mismatched.push(wrong);
    const speaker = a.source.length === 0 ? null : spansOverlap(q.source, a.source) || spansOverlap(q.speakerMentions, a.source);
    speakerCorrect.push(speaker);
    for (const [subset, goldIn, predIn] of subsets) {
      const countsForGold = goldIn(g);
      const countsForPred = predIn(p);
      if (countsForGold) subset.quotes.alignedGold++;
      if (countsForPred) subset.quotes.alignedPredicted++;
      for (const f of scoredFields) {
        const shared = intersectionSize(goldTokens[g]![f], predTokens[p]![f]);
        const fc = subset.fields[f];
        if (countsForPred) {
          fc.sharedOfPredicted += shared;
          if (exact[f]) fc.exactOfPredicted++;
        }
        if (countsForGold) {
          fc.sharedOfGold += shared;
          if (exact[f]) fc.exactOfGold++;
        }
      }
      if (countsForGold && speaker !== null) {
        subset.speaker.total++;
        if (speaker) subset.speaker.correct++;
      }
    }
  }
  return { pairs, mismatched, speakerCorrect };
}

export type PRF = { p: number; r: number; f1: number };
export type FieldScores = { exact: PRF; overlap: PRF };
export type SubsetScores = {
  content: FieldScores;
  source: FieldScores;
  cue: FieldScores;
  /** Quote detection: aligned predictions over predictions, aligned gold over gold. */
  detection: PRF;
  speakerAccuracy: number;
  quotes: { gold: number; predicted: number; alignedGold: number; alignedPredicted: number };
};

export function prf(truePredicted: number, predicted: number, trueGold: number, gold: number): PRF {
  const p = predicted > 0 ? truePredicted / predicted : 0;
  const r = gold > 0 ? trueGold / gold : 0;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

export function scoresOf(subset: SubsetCounts): SubsetScores {
  const field = (f: ScoredField): FieldScores => {
    const c = subset.fields[f];
    return {
      exact: prf(c.exactOfPredicted, c.predicted, c.exactOfGold, c.gold),
      overlap: prf(c.sharedOfPredicted, c.predictedTokens, c.sharedOfGold, c.goldTokens),
    };
  };
  const q = subset.quotes;
  return {
    content: field('content'),
    source: field('source'),
    cue: field('cue'),
    detection: prf(q.alignedPredicted, q.predicted, q.alignedGold, q.gold),
    speakerAccuracy: subset.speaker.total > 0 ? subset.speaker.correct / subset.speaker.total : 0,
    quotes: { ...q },
  };
}
