import { describe, it, expect } from 'vitest';
import { extract } from '../../src/core/extract.js';

// A denial with a gerund for its content (BBC News): the rules want a clause or a quotation.
const text = 'The attorney general has again denied being "leant on" by Downing Street to make the legal case for invading Iraq.\n“We will win,” the mayor said.';
const denial = 'being "leant on" by Downing Street to make the legal case for invading Iraq';

describe('extract() with the learned tagger', () => {
  it('adds the tagger’s attributions with learned: true and keeps the rule quotations', () => {
    const quotes = extract(text, { learned: true }).quotes;
    expect(quotes.map((q) => q.content[0]!.text)).toContain(denial);
    expect(quotes.some((q) => q.kind === 'direct' && q.content[0]!.text.includes('We will win'))).toBe(true);
    for (const q of quotes) for (const s of q.content) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('leaves it out by default (learned: false)', () => {
    const withTagger = extract(text, { learned: true }).quotes.length;
    const rulesOnly = extract(text).quotes;
    expect(extract(text, { learned: false }).quotes).toEqual(rulesOnly);
    expect(rulesOnly.map((q) => q.content[0]!.text)).not.toContain(denial);
    expect(rulesOnly.length).toBeLessThan(withTagger);
  });

});
