import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document.js';
import { assembleQuotes } from '../../../src/core/quotes.js';
import { sentencesToTag } from '../../../src/core/tagger/select.js';
import { getLocale } from '../../../src/locales/index.js';

const locale = getLocale('en');

describe('sentencesToTag', () => {
  const text = [
    'The minister believes the plan will fail.',
    'Her claim drew criticism: the numbers are wrong.',
    '"We will win," the senator said.',
    'Rain fell all day.',
  ].join(' ');
  const doc = readDocument(text);
  const rules = assembleQuotes(doc, locale);

  it('keeps a sentence with a cue verb the rules left open', () => {
    expect(doc.sentences).toHaveLength(4);
    expect(sentencesToTag(doc, locale, [])[0]).toBe(1);
  });

  it('skips sentences whose only cue word is a noun or a colon, and sentences without a cue', () => {
    const wanted = sentencesToTag(doc, locale, []);
    expect(wanted[1]).toBe(0);
    expect(wanted[3]).toBe(0);
  });

  it('skips a sentence a rule quotation already reaches', () => {
    expect(rules.some((d) => d.content.some((s) => s.text.includes('We will win')))).toBe(true);
    expect(sentencesToTag(doc, locale, [])[2]).toBe(1);
    expect(sentencesToTag(doc, locale, rules)[2]).toBe(0);
  });
});
