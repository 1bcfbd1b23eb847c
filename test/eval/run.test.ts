import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { evaluate, predictionsOf, type ErrorRecord } from '../../src/eval/run.js';
import { parseBrat } from '../../src/eval/brat.js';
import { listPolnear, readPolnear } from '../../src/eval/polnear.js';
import { defaultPolnearDir } from '../../src/eval/paths.js';
import { extract } from '../../src/core/extract.js';
import type { Predicted } from '../../src/eval/metrics.js';
import type { Extraction } from '../../src/types.js';

const text = readFileSync('test/fixtures/eval/scorer-four-cases.txt', 'utf8');
const gold = parseBrat(readFileSync('test/fixtures/eval/scorer-four-cases.ann', 'utf8'), text, 'scorer-four-cases');

describe('predictionsOf', () => {
  it('marks direct and mixed quotes as direct and carries the speaker entity mentions', () => {
    const at = (piece: string) => ({ start: text.indexOf(piece), end: text.indexOf(piece) + piece.length, text: piece });
    const extraction: Extraction = {
      text, meta: { language: 'en' }, dates: [], repeats: [],
      entities: [{ id: 'e1', kind: 'person', name: 'Ms Ortiz', aliases: [], descriptions: [], mentions: [at('Ms Ortiz')] }],
      quotes: [
        { id: 'q1', kind: 'mixed', content: [at('We will win')], cue: at('said'), source: null, speaker: 'e1', via: [], confidence: 0.8 },
        { id: 'q2', kind: 'indirect', content: [at('taxes would fall')], cue: null, source: at('The mayor'), speaker: null, via: [], confidence: 0.6 },
      ],
    };
    const [mixed, indirect] = predictionsOf(extraction);
    expect(mixed).toMatchObject({ direct: true, source: [], cue: [at('said')], speakerMentions: [at('Ms Ortiz')] });
    expect(indirect).toMatchObject({ direct: false, source: [at('The mayor')], cue: [], speakerMentions: [] });
  });
});

describe('evaluate', () => {
  it('reports missed, spurious and mismatched quotes as error records', () => {
    const records: ErrorRecord[] = [];
    const at = (piece: string, from = 0) => {
      const start = text.indexOf(piece, from);
      return { start, end: start + piece.length, text: piece };
    };
    const p2 = text.indexOf('The mayor');
    const predictions: Predicted[] = [
      { content: [at('taxes would fall next year', p2)], source: [at('mayor', p2)], cue: [at('said', p2)], direct: false, speakerMentions: [] },
      { content: [at('"It is a scam,"')], source: [at('a blogger')], cue: [at('wrote')], direct: true, speakerMentions: [] },
    ];
    const report = evaluate([gold], () => predictions, 'fixture', (r) => records.push(...r));
    expect(report.documents).toBe(1);
    expect(records.map((r) => [r.error, r.gold?.content[0] ?? r.predicted?.content[0]])).toEqual([
      ['missed', '"We will win,"'],
      ['mismatch', 'taxes would fall'],
      ['missed', 'the plan was rushed'],
      ['spurious', '"It is a scam,"'],
    ]);
    expect(records[1]).toMatchObject({ fields: ['content', 'source'], speakerCorrect: true, predicted: { content: ['taxes would fall next year'], source: ['mayor'] } });
  });
});

const polnear = defaultPolnearDir();

describe.skipIf(!existsSync(polnear))('evaluate on PolNeAR dev', () => {
  it('scores the extractor on three dev articles with every score between 0 and 1', () => {
    const docs = listPolnear(polnear, 'dev').slice(0, 3).map(readPolnear);
    const report = evaluate(docs, (d) => predictionsOf(extract(d.text)), 'dev');
    expect(report.split).toBe('dev');
    expect(report.documents).toBe(3);
    expect(report.all.quotes.gold).toBe(docs.reduce((n, d) => n + d.attributions.length, 0));
    for (const subset of [report.all, report.direct]) {
      for (const field of ['content', 'source', 'cue'] as const) {
        for (const kind of ['exact', 'overlap'] as const) {
          for (const x of ['p', 'r', 'f1'] as const) {
            expect(subset[field][kind][x]).toBeGreaterThanOrEqual(0);
            expect(subset[field][kind][x]).toBeLessThanOrEqual(1);
          }
        }
      }
    }
    expect(report.speakerAccuracy).toBeGreaterThanOrEqual(0);
    expect(report.speakerAccuracy).toBeLessThanOrEqual(1);
  });
});
