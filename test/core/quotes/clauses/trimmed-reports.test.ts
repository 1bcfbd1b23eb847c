// A reported clause that runs into a quotation someone else is surer to have said is cut at the
// clause break before it, not dropped.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../../src/core/document/document.js';
import { assembleQuotes } from '../../../../src/core/quotes/quotes.js';
import { en } from '../../../../src/locales/en/index.js';

function drafts(text: string): { kind: string; content: string[]; cue: string | null; source: string | null }[] {
  return assembleQuotes(readDocument(text), en).map((d) => ({ kind: d.kind, content: d.content.map((s) => s.text), cue: d.cue?.text ?? null, source: d.source?.text ?? null }));
}

describe('reportCutBefore through assembleQuotes', () => {
  it('keeps the report up to the comma before the interjected quotation', () => {
    const found = drafts('The senator said that analysts had judged her budget sound and fair, to which Garcia retorted: "That is simply false."');
    expect(found).toContainEqual({ kind: 'indirect', content: ['that analysts had judged her budget sound and fair'], cue: 'said', source: 'The senator' });
    expect(found).toContainEqual({ kind: 'direct', content: ['"That is simply false."'], cue: 'retorted:', source: 'Garcia' });
  });

  it('leaves a belief quoted inside a report to the report', () => {
    const found = drafts('The pastor wrote that the nation must change course — hence its leaders will see “doors that cannot stay shut.”');
    expect(found.filter((d) => d.cue === 'will see')).toEqual([]);
  });
});
