import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document.js';
import { shippedModelInfo, tagAttributions } from '../../../src/core/tagger/shipped.js';
import { en } from '../../../src/locales/en/index.js';
import { assembleQuotes } from '../../../src/core/quotes.js';
import { sentencesToTag } from '../../../src/core/tagger/select.js';

describe('the shipped tagger model', () => {
  it('is a versioned PolNeAR model', () => {
    const info = shippedModelInfo();
    expect(info.version).toBe('en-polnear-v6');
    expect(info.templates).toContain('w');
    expect(info.trainedOn).toMatch(/PolNeAR train/);
    expect(info.features).toBeGreaterThan(1000);
  });

  it('tags a plain reported statement', () => {
    const text = 'The minister said the plan would fail.';
    const drafts = tagAttributions(readDocument(text), en);
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    expect(draft!.kind).toBe('indirect');
    expect(draft!.content.map((s) => s.text)).toEqual(['the plan would fail']);
    expect(draft!.source?.text).toMatch(/minister$/);
    expect(draft!.cue?.text).toBe('said');
    expect(draft!.confidence).toBeGreaterThan(0);
    expect(draft!.confidence).toBeLessThan(1);
  });

  it('finds a belief after its source and nothing in a sentence without attribution', () => {
    const text = 'The weather was cold on Tuesday.\nMany voters believe the economy is getting worse.';
    const drafts = tagAttributions(readDocument(text), en);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.content[0]!.text).toBe('the economy is getting worse');
    expect(drafts[0]!.cue?.text).toBe('believe');
  });

  it('reads only the sentences the rules leave open and finds the attribution there', () => {
    // A denial with a gerund for its content (BBC News): the rules want a clause or a quotation.
    const text = 'The weather was cold on Tuesday.\n“We will win,” the mayor said.\nThe attorney general has again denied being "leant on" by Downing Street to make the legal case for invading Iraq.';
    const doc = readDocument(text);
    const rules = assembleQuotes(doc, en);
    expect(rules.some((d) => d.content.some((s) => s.text.includes('leant on')))).toBe(false);
    expect(Array.from(sentencesToTag(doc, en, rules))).toEqual([0, 0, 1]);
    const drafts = tagAttributions(doc, en, rules);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.cue?.text).toMatch(/(^| )denied$/);
    expect(drafts[0]!.content.map((s) => s.text).join(' ')).toContain('being "leant on" by Downing Street');
  });

  it('tags nothing when no sentence has a cue word', () => {
    const doc = readDocument('The weather was cold on Tuesday. Snow fell overnight.');
    expect(tagAttributions(doc, en, [])).toEqual([]);
  });
});
