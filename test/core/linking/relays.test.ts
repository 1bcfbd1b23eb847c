import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDocument } from '../../../src/core/document/document.js';
import { resolveEntities } from '../../../src/core/speakers/entities.js';
import { linkRelays } from '../../../src/core/linking/relays.js';
import { en } from '../../../src/locales/en/index.js';
import { buildDrafts } from '../quotes/draft-builder.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/entities/${name}`, import.meta.url), 'utf8');

describe('linkRelays', () => {
  const text = fixture('relayed-attribution.txt');
  const doc = readDocument(text);
  const drafts = buildDrafts(doc, [
    { kind: 'indirect', content: 'he would not stand down', cue: 'told colleagues', source: 'Gordon Brown' },
    { kind: 'mixed', content: 'that he had "no intention" of resigning', cue: 'told', source: 'Mr Brown', after: 'Mr Brown told' },
    { kind: 'indirect', content: 'the plan would be delayed', cue: 'said', source: 'Mr Brown', after: 'According' },
    { kind: 'indirect', content: 'the talks had failed', cue: 'said', source: 'Tony Blair' },
    { kind: 'indirect', content: 'that the economy was strong', cue: 'said', source: 'Mr Brown', after: 'Mr Brown said in' },
    { kind: 'indirect', content: 'the vote would be close', cue: 'said', source: 'Nick Robinson' },
  ]);
  const resolved = resolveEntities(doc, drafts, en);
  const { entities, via } = linkRelays(doc, drafts, resolved.entities, en);
  const name = (id: string) => entities.find((e) => e.id === id)!.name;
  const kind = (id: string) => entities.find((e) => e.id === id)!.kind;

  it('`A report in the Financial Times said that X …`: the outlet, then its document', () => {
    expect(via[0]!.map(name)).toEqual(['Financial Times', 'report in the Financial Times']);
    expect(via[0]!.map(kind)).toEqual(['outlet', 'other']);
    expect(name(resolved.speakers[0]!)).toBe('Gordon Brown');
  });

  it('`X told the BBC …`: the outlet the speaker spoke to', () => {
    expect(via[1]!.map(name)).toEqual(['BBC']);
  });

  it('`According to a report in The Guardian, X said …`', () => {
    expect(via[2]!.map(name)).toEqual(['The Guardian', 'report in The Guardian']);
  });

  it('`The Guardian reported that X said …`', () => {
    expect(via[3]!.map(name)).toEqual(['The Guardian']);
    expect(name(resolved.speakers[3]!)).toBe('Tony Blair');
  });

  it('the speaker\'s own statement and an outlet that only describes the speaker are not relays', () => {
    expect(via[4]).toEqual([]);
    expect(via[5]).toEqual([]);
  });

  it('keeps one outlet entity per outlet and valid document mentions', () => {
    expect(entities.filter((e) => e.name === 'The Guardian')).toHaveLength(1);
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('a quote continuing a relayed one keeps its relay', () => {
    const t = 'Mr Brown told the BBC: "We will not move."\n\n"Not this year, not next year."';
    const d = readDocument(t);
    const ds = buildDrafts(d, [
      { kind: 'direct', content: '"We will not move."', cue: 'told', source: 'Mr Brown' },
      { kind: 'direct', content: '"Not this year, not next year."' },
    ]);
    const r = resolveEntities(d, ds, en);
    const out = linkRelays(d, ds, r.entities, en);
    expect(out.via[1]).toEqual(out.via[0]);
    expect(out.via[0]).toHaveLength(1);
  });
});

describe('relays through extract()', () => {
  it('gives the reported person as speaker and the outlet and document as via', async () => {
    const { extract } = await import('../../../src/core/extract.js');
    const text = fixture('relayed-attribution.txt');
    const x = extract(text);
    const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name;
    const about = (words: string) => x.quotes.find((q) => q.content.some((c) => c.text.includes(words)))!;
    expect(name(about('stand down').speaker)).toBe('Gordon Brown');
    expect(about('stand down').via.map(name)).toEqual(['Financial Times', 'report in the Financial Times']);
    expect(about('no intention').via.map(name)).toEqual(['BBC']);
    expect(name(about('talks had failed').speaker)).toBe('Tony Blair');
    expect(about('talks had failed').via.map(name)).toEqual(['The Guardian']);
    expect(about('economy was strong').via).toEqual([]);
  });
});
