import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDocument } from '../../../src/core/document/document.js';
import { findNameMentions } from '../../../src/core/speakers/mentions.js';
import { en } from '../../../src/locales/en/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/entities/${name}`, import.meta.url), 'utf8');

describe('findNameMentions', () => {
  it('splits titles off names and keeps role titles as descriptions', () => {
    const text = fixture('person-name-variants.txt');
    const mentions = findNameMentions(readDocument(text), en);
    const zelensky = mentions.find((m) => m.name.text === 'Volodymyr Zelensky')!;
    expect(zelensky.span.text).toBe('Ukrainian President Volodymyr Zelensky');
    expect(zelensky.titles).toEqual(['president']);
    expect(zelensky.descriptions).toContain('Ukrainian President');
    const mr = mentions.find((m) => m.span.text === 'Mr Zelensky')!;
    expect(mr.name.text).toBe('Zelensky');
    expect(mr.gender).toBe('m');
    expect(mr.descriptions).toEqual([]);
    expect(mentions.find((m) => m.span.text === 'Mrs Blair')!.gender).toBe('f');
  });

  it('recognises organisations by their cue words, joined over `of`', () => {
    const text = fixture('appositions.txt');
    const mentions = findNameMentions(readDocument(text), en);
    const uni = mentions.find((m) => m.span.text === 'University of Leeds');
    expect(uni?.kind).toBe('organization');
    expect(mentions.find((m) => m.span.text === 'Yorkshire')?.kind).not.toBe('person');
  });

  it('matches known outlets, requiring `the` only where the list says so', () => {
    const text = fixture('relayed-attribution.txt');
    const outlets = findNameMentions(readDocument(text), en).filter((m) => m.kind === 'outlet');
    expect(outlets.map((m) => m.outlet)).toEqual(['Financial Times', 'BBC', 'The Guardian', 'The Guardian', 'BBC']);
    const sun = findNameMentions(readDocument('Sun Microsystems said profits rose. The Sun said the deal was off.'), en);
    expect(sun.filter((m) => m.kind === 'outlet').map((m) => m.span.text)).toEqual(['Sun']);
    expect(sun.find((m) => m.kind === 'outlet')!.span.start).toBe('Sun Microsystems said profits rose. The Sun'.length - 3);
  });

  it('reads appositions and pre-modifying roles as descriptions', () => {
    const text = fixture('appositions.txt');
    const mentions = findNameMentions(readDocument(text), en);
    expect(mentions.find((m) => m.name.text === 'Jane Roe')!.descriptions).toEqual(['a professor of economics at the University of Leeds in Yorkshire']);
    expect(mentions.find((m) => m.name.text === 'Gordon Brown')!.descriptions).toEqual(['UK Chancellor']);
    expect(mentions.find((m) => m.name.text === 'Howard Stringer')!.descriptions).toEqual(["the company's chief executive"]);
  });

  it('does not take a relative clause or a list for an apposition', () => {
    const text = 'Tony Blair, who was in Brussels, said the deal was done. Gordon Brown, Jack Straw and John Prescott met later.';
    const mentions = findNameMentions(readDocument(text), en);
    expect(mentions.find((m) => m.name.text === 'Tony Blair')!.descriptions).toEqual([]);
    expect(mentions.find((m) => m.name.text === 'Gordon Brown')!.descriptions).toEqual([]);
  });

  it('every mention span is the text it claims', () => {
    for (const name of ['person-name-variants.txt', 'appositions.txt', 'pronouns-and-nominals.txt', 'relayed-attribution.txt']) {
      const text = fixture(name);
      for (const m of findNameMentions(readDocument(text), en)) {
        expect(text.slice(m.span.start, m.span.end)).toBe(m.span.text);
        expect(text.slice(m.name.start, m.name.end)).toBe(m.name.text);
      }
    }
  });
});
