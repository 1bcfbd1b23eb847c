// The learned cue model's score bound: its parts add up to the model's score of verbFeatures(), so
// the candidates it sets aside are exactly ones the model would reject.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../../src/core/document/document.js';
import { complementOpening, type VerbCandidate } from '../../../../src/core/quotes/learned-cues/candidate.js';
import { verbFeatures } from '../../../../src/core/quotes/learned-cues/features.js';
import { shippedCueModel } from '../../../../src/core/quotes/learned-cues/shipped.js';
import { cueScoreBound } from '../../../../src/core/quotes/learned-cues/score-bound.js';
import { logOddsScorer } from '../../../../src/core/quotes/sparse-logistic.js';
import { en } from '../../../../src/locales/en/index.js';

const SENTENCES = [
  'The county clerk ridiculed the new ballot design on Monday.',
  'A federal judge ruled that the county had misled voters.',
  'The union moved quickly to block the merger.',
  'Residents of the valley complained about the noise from the quarry.',
  'She also spoke warmly of her late colleague at the ceremony.',
  'Shares in the firm fell sharply after the announcement.',
  'The minister, who defended the cuts, admitted that mistakes were made.',
];

/** Every verb with a complement in the sentences, its content running to the sentence's last word
 *  and its source the word before it. */
function candidates() {
  const out: Array<{ doc: ReturnType<typeof readDocument>; c: VerbCandidate; lexicon: boolean; source: { first: number; last: number; start: number; end: number } }> = [];
  for (const text of SENTENCES) {
    const doc = readDocument(text);
    for (const t of doc.tokens) {
      if (t.pos !== 'VERB' || t.i === 0) continue;
      const sentence = doc.sentences[t.sentence]!;
      const opening = complementOpening(doc.tokens, t.i, sentence.lastToken, en.words);
      if (!opening) continue;
      const head = doc.tokens[t.i - 2] ?? doc.tokens[0]!;
      for (const lexicon of [false, true]) {
        out.push({ doc, c: { ...opening, to: sentence.lastToken - 1 }, lexicon, source: { first: head.i, last: head.i, start: head.start, end: head.end } });
      }
    }
  }
  return out;
}

describe('cueScoreBound', () => {
  const bound = cueScoreBound(shippedCueModel, 0);
  const logOdds = logOddsScorer(shippedCueModel);
  const isSource = (f: string) => f.startsWith('s=') || f.startsWith('sgap=');

  it('weighs what is known before the source as the model weighs those features', () => {
    const found = candidates();
    expect(found.length).toBeGreaterThan(10);
    for (const { doc, c, lexicon, source } of found) {
      const features = verbFeatures(doc, c, lexicon, source);
      expect(bound.opening(doc, c, lexicon) + bound.content(doc, c)).toBeCloseTo(logOdds(features.filter((f) => !isSource(f))), 9);
    }
  });

  it('never weighs the content or the source features above their most', () => {
    for (const { doc, c, lexicon, source } of candidates()) {
      const features = verbFeatures(doc, c, lexicon, source);
      const sourceWeight = logOdds(features.filter(isSource)) - shippedCueModel.bias;
      expect(sourceWeight).toBeLessThanOrEqual(bound.maxSource);
      expect(bound.content(doc, c)).toBeLessThanOrEqual(bound.maxContent);
      expect(logOdds(features)).toBeLessThanOrEqual(bound.opening(doc, c, lexicon) + bound.content(doc, c) + bound.maxSource + 1e-9);
    }
  });

  it('rules out only below the threshold, with a margin for rounding', () => {
    expect(bound.cannotReach(-0.5)).toBe(true);
    expect(bound.cannotReach(0)).toBe(false);
    expect(bound.cannotReach(-1e-12)).toBe(false);
    expect(cueScoreBound(shippedCueModel, -1).cannotReach(-0.5)).toBe(false);
  });
});
