import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDocument } from '../../../src/core/document/document.js';
import { resolveEntities } from '../../../src/core/speakers/entities.js';
import { findRepeats } from '../../../src/core/linking/repeats.js';
import { en } from '../../../src/locales/en/index.js';
import type { Quote } from '../../../src/types.js';
import { buildDrafts } from '../quotes/draft-builder.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/entities/${name}`, import.meta.url), 'utf8');

describe('findRepeats', () => {
  const text = fixture('repeated-statement.txt');
  const doc = readDocument(text);
  const drafts = buildDrafts(doc, [
    { kind: 'direct', content: '"We will not raise taxes,"', cue: 'said', source: 'Mr Brown' },
    { kind: 'indirect', content: 'the economy would grow by 3% next year', cue: 'said', source: 'The chancellor' },
    { kind: 'indirect', content: 'he would not raise taxes', cue: 'said', source: 'Mr Brown', after: 'Later' },
    { kind: 'indirect', content: 'taxes would stay low for families', cue: 'said', source: 'Mr Blair' },
  ]);
  const { speakers } = resolveEntities(doc, drafts, en);
  const quotes: Quote[] = drafts.map((d, i) => ({ id: `q${i + 1}`, kind: d.kind, content: d.content, cue: d.cue, source: d.source, speaker: speakers[i] ?? null, via: [], confidence: d.confidence }));

  it('groups a direct statement and its later paraphrase by the same speaker', () => {
    expect(speakers[0]).toBe(speakers[2]);
    expect(findRepeats(quotes, en)).toEqual([['q1', 'q3']]);
  });

  it('reads each article on its own, whatever article came before', () => {
    // The stem tables are reused from one call to the next; a long article with other words first.
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`);
    const other: Quote[] = [0, 1, 2].map((k) => ({ ...quotes[0]!, id: `o${k}`, speaker: 'e9', content: [{ start: k * 100_000, end: k * 100_000, text: words.slice(k * 1000, k * 1000 + 1000).join(' ') }] }));
    findRepeats(other, en);
    expect(findRepeats(quotes, en)).toEqual([['q1', 'q3']]);
  });

  it('does not group different statements that share a word', () => {
    const groups = findRepeats(quotes, en);
    expect(groups.flat()).not.toContain('q4');
    expect(groups.flat()).not.toContain('q2');
  });

  it('groups the same words from an unknown speaker only when nearly all words match', () => {
    const anon = quotes.map((q) => ({ ...q, speaker: null }));
    expect(findRepeats(anon, en)).toEqual([]);
    const longer: Quote[] = [
      { ...quotes[0]!, id: 'a', speaker: null, content: [{ start: 0, end: 0, text: '"The government will not raise income taxes before the election,"' }] },
      { ...quotes[0]!, id: 'b', speaker: null, content: [{ start: 100, end: 100, text: 'the government would not raise income taxes before the election' }] },
    ];
    expect(findRepeats(longer, en)).toEqual([['a', 'b']]);
  });

  it('finds a repeat far apart among many quotes of one speaker through their rare shared words', () => {
    const many: Quote[] = Array.from({ length: 300 }, (_, i) => ({
      ...quotes[0]!, id: `m${i}`, speaker: 'e1', content: [{ start: i * 100, end: i * 100 + 50, text: `word${i}a word${i}b word${i}c word${i}d` }],
    }));
    many[0]!.content = [{ start: 0, end: 50, text: '"Our hospitals need nurses, doctors and cleaners,"' }];
    many[299]!.content = [{ start: 29900, end: 29950, text: 'hospitals needed more nurses, doctors and cleaners' }];
    expect(findRepeats(many, en)).toEqual([['m0', 'm299']]);
  });
});

describe('findRepeats: the locale decides how words compare', () => {
  const base = { kind: 'direct' as const, cue: null, source: null, via: [], confidence: 1 };
  const inflected: Quote[] = [
    { ...base, id: 'a', speaker: 'e1', content: [{ start: 0, end: 0, text: '"We are raising taxes on banks,"' }] },
    { ...base, id: 'b', speaker: 'e1', kind: 'indirect', content: [{ start: 100, end: 100, text: 'they would raise the tax on banks' }] },
  ];

  it('groups inflected forms through the English stemmer', () => {
    expect(findRepeats(inflected, en)).toEqual([['a', 'b']]);
  });

  it('compares words as written when the locale has no stemmer', () => {
    const { stem: _unused, ...noStemmer } = en;
    expect(findRepeats(inflected, noStemmer)).toEqual([]);
  });
});

describe('repeats through extract()', () => {
  it('lists a statement and its later paraphrase as one group', async () => {
    const { extract } = await import('../../../src/core/extract.js');
    const x = extract(fixture('repeated-statement.txt'));
    expect(x.repeats).toHaveLength(1);
    const texts = x.repeats[0]!.map((id) => x.quotes.find((q) => q.id === id)!.content.map((c) => c.text).join(' '));
    expect(texts).toEqual(['"We will not raise taxes,"', 'he would not raise taxes']);
  });
});
