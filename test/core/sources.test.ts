import { describe, it, expect } from 'vitest';
import { readDocument } from '../../src/core/document.js';
import { findCues } from '../../src/core/cues.js';
import { findSources } from '../../src/core/sources.js';
import { en } from '../../src/locales/en/index.js';

function sourceOf(text: string): string | null {
  const doc = readDocument(text);
  const cues = findCues(doc, en);
  const [link] = findSources(doc, cues, en);
  return link ? text.slice(link.mention.start, link.mention.end) : null;
}

describe('findSources', () => {
  it.each([
    ['Mr Blair said the war was justified.', 'Mr Blair'],
    ['“We will appeal,” he said.', 'he'],
    ['“We will appeal,” said Jane Roe.', 'Jane Roe'],
    ['A spokesman for Sony said the console would ship in March.', 'A spokesman for Sony'],
    ['Jane Roe, a professor of economics at the University of Leeds in England, said: “The figures are grim.”', 'Jane Roe, a professor of economics at the University of Leeds in England,'],
    ['The Guardian reported that the deal had collapsed.', 'The Guardian'],
    ['Prices will rise, according to officials.', 'officials'],
    ['“It is over,” said Douglas Holtz-Eakin, a former budget director.', 'Douglas Holtz-Eakin, a former budget director'],
    ['The nonpartisan Commission on Presidential Debates says there was a problem.', 'The nonpartisan Commission on Presidential Debates'],
    ['On Monday the company said profits had doubled.', 'the company'],
  ])('finds the source in %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it('does not take the reported clause for an inverted subject', () => {
    expect(sourceOf('Jane Roe, a professor, said the plan would fail.')).toBe('Jane Roe, a professor,');
  });

  // PolNeAR marks the whole subject as written: name, apposition and the comma that closes it.
  it('keeps the apposition and its closing comma in a source before the cue', () => {
    expect(sourceOf('Brian Fallon, the campaign’s press secretary, noted that the campaign faced a crossroads in May.')).toBe('Brian Fallon, the campaign’s press secretary,');
  });

  it('keeps the apposition of an inverted source up to the clause that follows it', () => {
    expect(sourceOf('“There should be common ground,” said Josh Earnest, the White House press secretary, echoing comments made earlier by President Obama.')).toBe('Josh Earnest, the White House press secretary');
  });

  it('reads a capitalised given name the tagger took for a verb as part of the name', () => {
    expect(sourceOf('“It is still not a politically accepted point,” said Josh Bivens, research and policy director of the progressive Economic Policy Institute.'))
      .toBe('Josh Bivens, research and policy director of the progressive Economic Policy Institute');
  });

  it('keeps a party-and-state parenthetical with the name and survives the full stop inside it', () => {
    expect(sourceOf('Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said that it was “100 percent committed.”'))
      .toBe('Rep. Elijah Cummings (D-Md.), chair of the Platform Committee,');
  });

  it('keeps the party tag and apposition of an inverted source', () => {
    expect(sourceOf('“If indeed Barack Obama is not intelligent, then none of us are,” added Rep. Jim Clyburn (D-Texas), the assistant leader of the Democratic caucus.'))
      .toBe('Rep. Jim Clyburn (D-Texas), the assistant leader of the Democratic caucus');
  });

  it('takes the name between commas when the phrase before them is an adjunct', () => {
    expect(sourceOf('After winning Ohio in the Republican presidential primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”'))
      .toBe('Gov. John Kasich (R-OH)');
  });

  it('looks past a parenthetical adverb between the subject and the cue', () => {
    expect(sourceOf('The senator, however, said that the bill would pass.')).toBe('The senator');
  });
});
