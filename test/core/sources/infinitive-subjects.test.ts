// An infinitive cue whose subject is the object of `for` right before its `to` has that subject as
// its source: `It is highly unusual for a sitting justice to weigh in`.
import { describe, it, expect } from 'vitest';
import { extract } from '../../../src/core/extract.js';
import { readDocument } from '../../../src/core/document/document.js';
import type { Cue } from '../../../src/core/cues/cues.js';
import { infinitiveSubject } from '../../../src/core/sources/infinitive-subjects.js';
import { en } from '../../../src/locales/en/index.js';

/** The source text of the quotation whose cue reads `cue`. */
function sourceOfQuote(text: string, cue: string): string | null {
  const quote = extract(text).quotes.find((q) => q.cue?.text === cue);
  expect(quote).toBeDefined();
  return quote!.source?.text ?? null;
}

describe('infinitive subjects: the object of `for` before `to`', () => {
  it('gives an extraposed `it is unusual for X to` cue to X, not to `It`', () => {
    expect(sourceOfQuote('It is highly unusual for a sitting justice to weigh in so publicly on a political campaign.', 'weigh in so publicly on')).toBe('a sitting justice');
  });

  it('reads the `for` of a noun the same way', () => {
    expect(sourceOfQuote('The debate stage will provide a prime opportunity for both to assert their bona fides.', 'assert')).toBe('both');
  });
});

describe('infinitive subjects: what is not one', () => {
  it('leaves a span of time to the main clause', () => {
    expect(sourceOfQuote('The firm lobbied hard for years to endorse the bill.', 'endorse')).toBe('The firm');
  });

  it('leaves a verb’s own `for` object alone (`voted for the authority to invade`)', () => {
    const text = 'She had voted for the authority to invade Iraq.';
    const doc = readDocument(text);
    const verb = doc.tokens.findIndex((t) => t.text === 'invade');
    const t = doc.tokens[verb]!;
    const cue: Cue = { first: verb, last: verb, verb, start: t.start, end: t.end, lemma: 'invade', type: 'speech', frame: 'clause', sentence: t.sentence };
    expect(infinitiveSubject(doc, cue, 0, en)).toBeNull();
    const unusual = readDocument('It is unusual for a justice to invade politics.');
    const v = unusual.tokens.findIndex((u) => u.text === 'invade');
    const w = unusual.tokens[v]!;
    const found = infinitiveSubject(unusual, { ...cue, first: v, last: v, verb: v, start: w.start, end: w.end, sentence: w.sentence }, 0, en);
    expect(found && unusual.text.slice(found.start, found.end)).toBe('a justice');
  });
});
