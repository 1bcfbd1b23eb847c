import { describe, expect, it } from 'vitest';
import { en } from '../../../src/locales/en/index.js';
import { appositionPunctuation, phrasePunctuation } from '../../../src/core/document/punctuation.js';

describe('phrasePunctuation', () => {
  it('holds the punctuation of a written-out name and every apostrophe of the locale', () => {
    const set = phrasePunctuation(en.apostrophes);
    for (const a of en.apostrophes) expect(set.has(a)).toBe(true);
    for (const p of ['(', ')', '-', '&', '.', ',']) expect(set.has(p)).toBe(true);
    // A colon or a dash ends the subject (`Sen. Roe: …`, `Roe — who …`).
    expect(set.has(':')).toBe(false);
    expect(set.has('—')).toBe(false);
  });

  it('builds the set once per apostrophe list', () => {
    expect(phrasePunctuation(en.apostrophes)).toBe(phrasePunctuation(en.apostrophes));
    const straightOnly = ["'"];
    expect(phrasePunctuation(straightOnly).has('’')).toBe(false);
    expect(phrasePunctuation(straightOnly).has("'")).toBe(true);
  });
});


describe('appositionPunctuation', () => {
  it('holds a name’s inner punctuation and the locale’s possessive markers, not a comma or full stop', () => {
    const set = appositionPunctuation(en.words.possessiveMarkers);
    for (const m of en.words.possessiveMarkers) expect(set.has(m)).toBe(true);
    for (const p of ['(', ')', '-', '‐', '&']) expect(set.has(p)).toBe(true);
    // The apposition walk ends or chains at these before it asks.
    for (const p of [',', '.', ':', '—']) expect(set.has(p)).toBe(false);
  });

  it('builds the set once per marker set', () => {
    expect(appositionPunctuation(en.words.possessiveMarkers)).toBe(appositionPunctuation(en.words.possessiveMarkers));
    expect(appositionPunctuation(new Set(["'s"])).has('’s')).toBe(false);
  });
});
