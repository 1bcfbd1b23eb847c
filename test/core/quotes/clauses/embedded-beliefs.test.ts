// A belief verb going on inside a reported clause stays in it; a speech verb or a subject of its
// own there opens a new attribution.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../../src/core/document/document.js';
import { assembleQuotes } from '../../../../src/core/quotes/quotes.js';
import { en } from '../../../../src/locales/en/index.js';

function reports(text: string): string[] {
  return assembleQuotes(readDocument(text), en).map((d) => `${d.cue?.text}: ${d.content.map((s) => s.text).join(' / ')}`);
}

describe('continuesWithBelief', () => {
  it('keeps a belief coordinated with the reported predicate in the outer report', () => {
    expect(reports('The aide told friends that the candidate knew all about the deal and thought it was perfectly legal.'))
      .toContain('told: that the candidate knew all about the deal and thought it was perfectly legal');
    expect(reports('A reporter pointed out that Terris, the Post reporter, saw the incident unfold from the front row.'))
      .toContain('pointed out: that Terris, the Post reporter, saw the incident unfold from the front row');
    expect(reports('The senator says he is proud of his campaign, but believes the party must change course before the fall.'))
      .toContain('says: he is proud of his campaign, but believes the party must change course before the fall');
  });

  it('still ends the report before a speech verb or a belief with its own subject', () => {
    expect(reports('The senator said the bill was flawed, and added that he would vote against it.'))
      .toContain('said: the bill was flawed');
    expect(reports('The governor said the plan was sound, but his aides believe it will fail in the legislature.'))
      .toContain('said: the plan was sound');
  });
});
