import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseBrat } from '../../src/eval/brat.js';
import { emptyCounts, scoreDocument, scoresOf, type Predicted } from '../../src/eval/metrics.js';
import type { Span } from '../../src/types.js';

const text = readFileSync('test/fixtures/eval/scorer-four-cases.txt', 'utf8');
const gold = parseBrat(readFileSync('test/fixtures/eval/scorer-four-cases.ann', 'utf8'), text, 'scorer-four-cases');

function span(piece: string, from = 0): Span {
  const start = text.indexOf(piece, from);
  if (start < 0) throw new Error(`fixture: "${piece}" not in text`);
  return { start, end: start + piece.length, text: piece };
}

function predicted(content: string, source: string | null, cue: string | null, direct: boolean, from = 0): Predicted {
  return {
    content: [span(content, from)],
    source: source ? [span(source, from)] : [],
    cue: cue ? [span(cue, from)] : [],
    direct,
    speakerMentions: [],
  };
}

// Gold (scorer-four-cases.ann):
//   G1 direct   "We will win,"          Ms Ortiz   said
//   G2 indirect taxes would fall        The mayor  said
//   G3 indirect the plan was rushed     Critics    argued
// Predictions:
//   P1 exact match of G1                                      (direct)
//   P2 taxes would fall next year       mayor      said       (partial overlap with G2)
//   G3 missed
//   P3 "It is a scam,"                  a blogger  wrote      (false positive, direct)
// Tokens: "We will win," = " We will win , " = 6; taxes would fall = 3, +next year = 5;
//   the plan was rushed = 4; "It is a scam," = 7.
const paragraph2 = text.indexOf('The mayor');
const predictions = [
  predicted('"We will win,"', 'Ms Ortiz', 'said', true),
  predicted('taxes would fall next year', 'mayor', 'said', false, paragraph2),
  predicted('"It is a scam,"', 'a blogger', 'wrote', true),
];
const counts = emptyCounts();
const alignment = scoreDocument(gold, predictions, counts);
const all = scoresOf(counts.all);
const direct = scoresOf(counts.direct);

describe('scoreDocument on one exact match, one partial overlap, one miss, one false positive', () => {
  it('aligns P1 with G1 and P2 with G2 and lists the fields P2 gets wrong', () => {
    expect(alignment.pairs).toEqual([[0, 0], [1, 1]]);
    expect(alignment.mismatched).toEqual([[], ['content', 'source']]);
  });

  it('content: exact 1 of 3 each way; overlap 9 shared tokens of 18 predicted and 13 gold', () => {
    expect(all.content.exact).toEqual({ p: 1 / 3, r: 1 / 3, f1: expect.closeTo(1 / 3, 10) });
    // shared 6 (P1) + 3 (P2); predicted 6 + 5 + 7 = 18; gold 6 + 3 + 4 = 13
    expect(all.content.overlap.p).toBeCloseTo(9 / 18, 10);
    expect(all.content.overlap.r).toBeCloseTo(9 / 13, 10);
    expect(all.content.overlap.f1).toBeCloseTo((2 * 0.5 * (9 / 13)) / (0.5 + 9 / 13), 10);
  });

  it('source: "mayor" for "The mayor" is not exact but shares a token', () => {
    expect(all.source.exact.p).toBeCloseTo(1 / 3, 10);
    expect(all.source.exact.r).toBeCloseTo(1 / 3, 10);
    // predicted tokens: Ms Ortiz 2 + mayor 1 + a blogger 2 = 5, shared 2 + 1; gold: 2 + 2 + 1 = 5
    expect(all.source.overlap.p).toBeCloseTo(3 / 5, 10);
    expect(all.source.overlap.r).toBeCloseTo(3 / 5, 10);
  });

  it('cue: both aligned "said" are exact, "wrote" and the missed "argued" are not', () => {
    expect(all.cue.exact.p).toBeCloseTo(2 / 3, 10);
    expect(all.cue.exact.r).toBeCloseTo(2 / 3, 10);
  });

  it('detection and speaker accuracy', () => {
    expect(all.detection.p).toBeCloseTo(2 / 3, 10);
    expect(all.detection.r).toBeCloseTo(2 / 3, 10);
    // both aligned predicted sources overlap their gold source
    expect(all.speakerAccuracy).toBe(1);
    expect(all.quotes).toEqual({ gold: 3, predicted: 3, alignedGold: 2, alignedPredicted: 2 });
  });

  it('direct subset: gold G1 only, predicted P1 and P3', () => {
    expect(direct.quotes).toEqual({ gold: 1, predicted: 2, alignedGold: 1, alignedPredicted: 1 });
    expect(direct.content.exact.p).toBeCloseTo(1 / 2, 10);
    expect(direct.content.exact.r).toBe(1);
    expect(direct.content.exact.f1).toBeCloseTo(2 / 3, 10);
    // 6 shared tokens over P1 6 + P3 7 predicted direct tokens, over G1's 6 gold tokens
    expect(direct.content.overlap.p).toBeCloseTo(6 / 13, 10);
    expect(direct.content.overlap.r).toBe(1);
    expect(direct.source.overlap.p).toBeCloseTo(2 / 4, 10);
  });
});

describe('exact matching rules', () => {
  it('ignores surrounding whitespace and the split of a span at whitespace', () => {
    const c = emptyCounts();
    const g1 = gold.attributions[0]!;
    const start = g1.content[0]!.start;
    const loose: Predicted = {
      content: [{ start, end: start + 6, text: text.slice(start, start + 6) }, { start: start + 6, end: g1.content[0]!.end + 1, text: text.slice(start + 6, g1.content[0]!.end + 1) }],
      source: g1.source, cue: g1.cue, direct: true, speakerMentions: [],
    };
    expect(loose.content.map((s) => s.text)).toEqual(['"We wi', 'll win," ']);
    scoreDocument({ ...gold, attributions: [g1] }, [loose], c);
    expect(scoresOf(c.all).content.exact.f1).toBe(1);
  });

  it('a span one character short is not exact', () => {
    const c = emptyCounts();
    const g1 = gold.attributions[0]!;
    const { start, end } = g1.content[0]!;
    const short = { start, end: end - 1, text: text.slice(start, end - 1) };
    scoreDocument({ ...gold, attributions: [g1] }, [{ content: [short], source: g1.source, cue: g1.cue, direct: true, speakerMentions: [] }], c);
    expect(scoresOf(c.all).content.exact.f1).toBe(0);
    // it loses the closing mark: 5 of the 6 gold tokens, all 5 predicted ones
    expect(scoresOf(c.all).content.overlap.r).toBeCloseTo(5 / 6, 10);
    expect(scoresOf(c.all).content.overlap.p).toBe(1);
  });
});

describe('speaker accuracy', () => {
  const g2 = gold.attributions[1]!;
  const only = { ...gold, attributions: [g2] };
  const base = predicted('taxes would fall', null, 'said', false, paragraph2);

  it('counts a speaker entity whose mention overlaps the gold source', () => {
    const c = emptyCounts();
    scoreDocument(only, [{ ...base, source: [span('Critics')], speakerMentions: [span('The mayor')] }], c);
    expect(scoresOf(c.all).speakerAccuracy).toBe(1);
  });

  it('counts a wrong source with no such mention, and a missing source, as wrong', () => {
    const c = emptyCounts();
    scoreDocument(only, [{ ...base, source: [span('Critics')], speakerMentions: [span('Critics')] }], c);
    expect(scoresOf(c.all).speakerAccuracy).toBe(0);
    const d = emptyCounts();
    scoreDocument(only, [base], d);
    expect(scoresOf(d.all).speakerAccuracy).toBe(0);
  });
});
