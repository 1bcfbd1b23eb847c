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
    ['Jane Roe, a professor of economics at the University of Leeds in England, said: “The figures are grim.”', 'Jane Roe'],
    ['The Guardian reported that the deal had collapsed.', 'The Guardian'],
    ['Prices will rise, according to officials.', 'officials'],
    ['“It is over,” said Douglas Holtz-Eakin, a former budget director.', 'Douglas Holtz-Eakin'],
    ['The nonpartisan Commission on Presidential Debates says there was a problem.', 'The nonpartisan Commission on Presidential Debates'],
    ['On Monday the company said profits had doubled.', 'the company'],
  ])('finds the source in %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it('does not take the reported clause for an inverted subject', () => {
    expect(sourceOf('Jane Roe, a professor, said the plan would fail.')).toBe('Jane Roe');
  });
});
