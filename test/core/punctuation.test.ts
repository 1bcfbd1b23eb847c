import { describe, expect, it } from 'vitest';
import { en } from '../../src/locales/en/index.js';
import { phrasePunctuation } from '../../src/core/punctuation.js';

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

