import { describe, it, expect } from 'vitest';
import { draftWith, span, type QuoteDraft } from '../../../src/core/quotes/quote-drafts.js';

const text = 'The minister said taxes would not rise, and added that spending would.';
const report: QuoteDraft = {
  kind: 'indirect', content: [span(text, 18, 38)], cue: span(text, 13, 17), source: span(text, 0, 12),
  confidence: 0.5, sentence: 0, cueType: 'speech',
};

describe('draftWith', () => {
  it('replaces the fields given and keeps the others, with the fields in the type order', () => {
    const joined = draftWith(report, { kind: 'mixed', content: [...report.content, span(text, 54, 69)] });
    expect(joined).toEqual({ ...report, kind: 'mixed', content: [report.content[0], span(text, 54, 69)] });
    expect(Object.keys(joined)).toEqual(Object.keys(report));
  });

  it('takes a source given as null, and keeps the source when none is given', () => {
    expect(draftWith(report, { source: null }).source).toBeNull();
    expect(draftWith(report, { content: [] }).source).toEqual(span(text, 0, 12));
  });
});
