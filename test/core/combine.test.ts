import { describe, it, expect } from 'vitest';
import { readDocument } from '../../src/core/document.js';
import { combineDrafts } from '../../src/core/combine.js';
import type { QuoteDraft } from '../../src/core/quotes.js';
import { buildDrafts } from './draft-builder.js';

const text = [
  '“We will not give up,” the mayor said.',
  'Officials believe the bridge can reopen by May, and the council said repairs were under way.',
].join('\n');
const doc = readDocument(text);

function withConfidence(drafts: QuoteDraft[], confidence: number): QuoteDraft[] {
  return drafts.map((d) => ({ ...d, confidence }));
}

const rules = withConfidence(buildDrafts(doc, [
  { kind: 'direct', content: '“We will not give up,”', cue: 'said', source: 'the mayor' },
  { kind: 'indirect', content: 'repairs were under way', cue: 'said', source: 'the council', after: 'Officials' },
]), 0.7);

describe('combining rule and tagger drafts', () => {
  it('keeps rule quotations, adds tagged ones elsewhere, drops tagged ones that overlap a direct quote', () => {
    const tagged = withConfidence(buildDrafts(doc, [
      { kind: 'indirect', content: 'We will not give up', cue: 'said', source: 'the mayor' },
      { kind: 'indirect', content: 'the bridge can reopen by May', cue: 'believe', source: 'Officials' },
    ]), 0.6);
    const combined = combineDrafts(rules, tagged);
    expect(combined.map((d) => d.content[0]!.text)).toEqual(['“We will not give up,”', 'the bridge can reopen by May', 'repairs were under way']);
    expect(combined[0]).toBe(rules[0]);
  });

  it('replaces overlapping rule indirect quotes only when the tagger is confident enough', () => {
    const tagged = withConfidence(buildDrafts(doc, [
      { kind: 'indirect', content: 'repairs were under way', cue: 'council said', source: 'the council', after: 'Officials' },
    ]), 0.8);
    const policy = { minConfidence: 0, requireCue: true };
    expect(combineDrafts(rules, tagged, { ...policy, replaceIndirectAbove: 0.9 })[1]).toBe(rules[1]);
    expect(combineDrafts(rules, tagged, { ...policy, replaceIndirectAbove: 0.7 })[1]).toBe(tagged[0]);
  });

  it('drops tagged drafts without a cue or below the confidence floor', () => {
    const tagged = buildDrafts(doc, [{ kind: 'indirect', content: 'the bridge can reopen by May', after: 'Officials' }]);
    expect(combineDrafts(rules, tagged, { minConfidence: 0, replaceIndirectAbove: Infinity, requireCue: true })).toEqual(rules);
    expect(combineDrafts(rules, withConfidence(tagged, 0.2), { minConfidence: 0.3, replaceIndirectAbove: Infinity, requireCue: false })).toEqual(rules);
    expect(combineDrafts(rules, withConfidence(tagged, 0.4), { minConfidence: 0.3, replaceIndirectAbove: Infinity, requireCue: false })).toHaveLength(3);
  });
});
