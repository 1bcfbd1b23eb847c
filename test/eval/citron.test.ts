import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fromCitron, toCitron } from '../../src/eval/citron.js';
import type { Extraction, Span } from '../../src/types.js';

function span(text: string, piece: string, from = 0): Span {
  const start = text.indexOf(piece, from);
  if (start < 0) throw new Error(`fixture: "${piece}" not in text`);
  return { start, end: start + piece.length, text: piece };
}

// An emoji (two UTF-16 units, one code point) before the quote shifts every later offset by one
// between quotetrace's UTF-16 Spans and Citron's Python (code-point) indices.
const text = 'Fans cheered 🎉 at the rally. "We will win," Ms Ortiz said. She added that turnout was high.';
const extraction: Extraction = {
  text,
  meta: { language: 'en' },
  quotes: [
    {
      id: 'q1', kind: 'direct', content: [span(text, '"We will win,"')], cue: span(text, 'said'),
      source: span(text, 'Ms Ortiz'), speaker: 'e1', via: [], confidence: 0.93456,
    },
    {
      id: 'q2', kind: 'indirect', content: [span(text, 'turnout was high')], cue: span(text, 'added'),
      source: span(text, 'She'), speaker: 'e1', via: [], confidence: 0.7,
    },
    {
      id: 'q3', kind: 'direct', content: [span(text, '"We will win,"')], cue: null,
      source: null, speaker: null, via: [], confidence: 0.4,
    },
  ],
  entities: [{ id: 'e1', kind: 'person', name: 'Ms Ortiz', aliases: [], descriptions: [], mentions: [span(text, 'Ms Ortiz'), span(text, 'She')] }],
  dates: [],
  repeats: [],
};

describe('toCitron', () => {
  const doc = toCitron(extraction);
  const codePoints = Array.from(text);

  it('writes code-point offsets, as Citron (Python) indexes its text', () => {
    const content = doc.quotes[0]!.contents[0]!;
    expect(content.start).toBe(text.indexOf('"We') - 1);
    expect(codePoints.slice(content.start, content.end).join('')).toBe('"We will win,"');
    expect(content.text).toBe('"We will win,"');
  });

  it('puts the written mention in sources and the named mention in coreferences', () => {
    const q2 = doc.quotes[1]!;
    expect(q2.sources.map((s) => s.text)).toEqual(['She']);
    expect(q2.coreferences!.map((s) => s.text)).toEqual(['Ms Ortiz']);
    expect(doc.quotes[0]!.coreferences).toEqual([]);
  });

  it('omits the cue when quotetrace found none and keeps the confidence to four decimals', () => {
    expect('cue' in doc.quotes[2]!).toBe(false);
    expect(doc.quotes[2]!.sources).toEqual([]);
    expect(doc.quotes[0]!.confidence).toBe(0.9346);
  });

  it('round-trips through fromCitron back to the same UTF-16 spans', () => {
    const gold = fromCitron(JSON.parse(JSON.stringify(doc)), 'ortiz');
    expect(gold.attributions[0]!.content).toEqual(extraction.quotes[0]!.content);
    expect(gold.attributions[1]!.source).toEqual([extraction.quotes[1]!.source]);
    expect(gold.attributions[1]!.cue).toEqual([extraction.quotes[1]!.cue]);
    expect(gold.attributions[2]!.cue).toEqual([]);
  });
});

describe('fromCitron', () => {
  it("reads Citron's documented example with two content spans", () => {
    const gold = fromCitron(JSON.parse(readFileSync('test/fixtures/eval/citron-gold/humpty-dumpty.json', 'utf8')), 'humpty');
    expect(gold.attributions).toHaveLength(1);
    const a = gold.attributions[0]!;
    expect(a.content.map((s) => s.text)).toEqual(['"When I use a word,"', '"it means just what I choose it to mean — neither more nor less."']);
    expect(a.source.map((s) => s.text)).toEqual(['Humpty Dumpty']);
    expect(a.cue.map((s) => s.text)).toEqual(['said']);
    for (const s of [...a.content, ...a.source, ...a.cue]) expect(gold.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('names the malformed field instead of crashing', () => {
    expect(() => fromCitron({ text: 'abc', quotes: [{ sources: [], contents: [{ start: 1 }] }] }, 'bad.json')).toThrow(
      'bad.json: quotes[0].contents[0] needs integer "start" and "end"',
    );
    expect(() => fromCitron({ text: 'abc', quotes: [{ sources: [{ start: 1, end: 9, text: 'x' }], contents: [] }] }, 'bad.json')).toThrow(
      /outside the text/,
    );
    expect(() => fromCitron([], 'bad.json')).toThrow('bad.json: not a Citron document');
  });
});
