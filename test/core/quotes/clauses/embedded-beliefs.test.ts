// A belief or wish going on inside a reported clause stays in it; a speech verb or a subject of its
// own there opens a new attribution.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../../src/core/document/document.js';
import { assembleQuotes } from '../../../../src/core/quotes/quotes.js';
import { en } from '../../../../src/locales/en/index.js';

function reports(text: string): string[] {
  return assembleQuotes(readDocument(text), en).map((d) => `${d.cue?.text}: ${d.content.map((s) => s.text).join(' / ')}`);
}

describe('continuesReportedClause', () => {
  it('keeps a belief coordinated with the reported predicate in the outer report', () => {
    expect(reports('The aide told friends that the candidate knew all about the deal and thought it was perfectly legal.'))
      .toContain('told: that the candidate knew all about the deal and thought it was perfectly legal');
    expect(reports('A reporter pointed out that Terris, the Post reporter, saw the incident unfold from the front row.'))
      .toContain('pointed out: that Terris, the Post reporter, saw the incident unfold from the front row');
    expect(reports('The senator says he is proud of his campaign, but believes the party must change course before the fall.'))
      .toContain('says: he is proud of his campaign, but believes the party must change course before the fall');
  });

  it('keeps a wish coordinated with the reported predicate in the outer report', () => {
    expect(reports('The actress said she was tired of the status quo and wanted a candidate who had not taken money from drug makers.'))
      .toContain('said: she was tired of the status quo and wanted a candidate who had not taken money from drug makers');
  });

  it('leaves a wish to the cue’s own subject after an object, and a directive put to someone', () => {
    expect(reports('The mayor called the budget “a disgrace,” and threatened to veto it next week.'))
      .toContain('threatened: to veto it next week');
    expect(reports('He tweeted that the plan was “a con” and encouraged voters to “check out” the audit.'))
      .toContain('tweeted: that the plan was “a con”');
  });

  it('still ends the report before a speech verb or a belief with its own subject', () => {
    expect(reports('The senator said the bill was flawed, and added that he would vote against it.'))
      .toContain('said: the bill was flawed');
    expect(reports('The governor said the plan was sound, but his aides believe it will fail in the legislature.'))
      .toContain('said: the plan was sound');
  });
});
