// A reported clause whose subject the source finder missed (the tagger misread a word of it)
// still counts, with the noun phrase before the cue as its speaker.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../../src/core/document/document.js';
import { assembleQuotes } from '../../../../src/core/quotes/quotes.js';
import { en } from '../../../../src/locales/en/index.js';

function reports(text: string): { content: string[]; cue: string | null; source: string | null }[] {
  return assembleQuotes(readDocument(text), en).map((d) => ({ content: d.content.map((s) => s.text), cue: d.cue?.text ?? null, source: d.source?.text ?? null }));
}

describe('unfound subjects', () => {
  it('reads past a parenthesis closing right before the cue', () => {
    expect(reports('Kasich (who has 25 delegates to date) said it is possible for him to secure the nomination.')).toEqual([
      { content: ['it is possible for him to secure the nomination'], cue: 'said', source: 'Kasich' },
    ]);
  });

  it('takes the noun phrase before a modifier the tagger misread', () => {
    expect(reports('Nearly eight in 10 Democratic voters overall said they have made up their mind.')).toEqual([
      { content: ['they have made up their mind'], cue: 'said', source: '10 Democratic voters' },
    ]);
  });

  it('reads a participle right before the cue as the end of the subject', () => {
    expect(reports('Exit polling shows he won 83% of voters under 30 in Pennsylvania last month.')).toEqual([
      { content: ['he won 83% of voters under 30 in Pennsylvania last month'], cue: 'shows', source: 'Exit polling' },
    ]);
    expect(reports('Thirty-one percent of those surveyed say they would be satisfied if he won the nomination.')).toEqual([
      { content: ['they would be satisfied if he won the nomination'], cue: 'say', source: 'those surveyed' },
    ]);
  });

  it('gives a participle no subject of its own and so no clause', () => {
    expect(reports('That’s not the same as saying an Indiana-born judge can’t be impartial.')).toEqual([]);
  });
});
