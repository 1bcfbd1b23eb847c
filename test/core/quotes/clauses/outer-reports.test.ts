// Partial quotations inside an earlier speech or writing report of their sentence: the report
// keeps them (PolNeAR gives the whole clause to the outer source), unless the quotation is a
// statement of its own.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../../src/core/document/document.js';
import { assembleQuotes } from '../../../../src/core/quotes/quotes.js';
import { en } from '../../../../src/locales/en/index.js';

function attributions(text: string): { content: string[]; cue: string | null; source: string | null }[] {
  return assembleQuotes(readDocument(text), en).map((d) => {
    for (const s of [...d.content, d.cue, d.source]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
    return { content: d.content.map((s) => s.text), cue: d.cue?.text ?? null, source: d.source?.text ?? null };
  });
}

describe('outer reports: a partial quotation inside a reported clause', () => {
  it('belongs to the report, not to the belief verb next to it', () => {
    expect(attributions('The senator said that he hopes "somebody else picks up the fight" against the governor.')).toEqual([
      { content: ['that he hopes "somebody else picks up the fight" against the governor'], cue: 'said', source: 'The senator' },
    ]);
  });

  it('belongs to the report, not to a speech verb of the clause with the clause’s own subject', () => {
    expect(attributions('President Obama said he expected that Americans will say "no" to the proposal in November.')).toEqual([
      { content: ['he expected that Americans will say "no" to the proposal in November'], cue: 'said', source: 'President Obama' },
    ]);
  });
});

describe('outer reports: a quotation that is a statement of its own', () => {
  it('keeps its cue when a comma sets it off', () => {
    const found = attributions('When the moderator noted that the mogul has at times paid no federal income tax ― as his old returns showed ― Trump boasted, "That makes me smart."');
    expect(found).toContainEqual({ content: ['"That makes me smart."'], cue: 'boasted', source: 'Trump' });
  });

  it('keeps its cue when its source opens a relative clause', () => {
    const found = attributions('The newspaper reported that the board voted against the merger which the chairman added "was never in doubt."');
    expect(found).toContainEqual({ content: ['"was never in doubt."'], cue: 'added', source: 'the chairman' });
  });
});
