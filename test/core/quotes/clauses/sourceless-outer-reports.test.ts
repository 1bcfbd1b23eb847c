// A report whose source went unfound keeps the report nested in its clause: PolNeAR annotates
// only the outermost attribution.
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

describe('sourceless outer reports: a report nested in the clause', () => {
  it('stays inside the outer report set off by dashes', () => {
    expect(attributions('Some note that Trump — even as he says his experience in tax matters makes him uniquely qualified to tackle a rewrite — has proposed little.')).toEqual([
      { content: ['that Trump — even as he says his experience in tax matters makes him uniquely qualified to tackle a rewrite — has proposed little'], cue: 'note', source: null },
    ]);
  });

  it('stays inside the outer report after a subordinator', () => {
    expect(attributions('Some note that the governor has voted for the plan although he says it is flawed.')).toEqual([
      { content: ['that the governor has voted for the plan although he says it is flawed'], cue: 'note', source: null },
    ]);
  });
});
