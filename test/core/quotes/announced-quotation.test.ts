import { describe, it, expect } from 'vitest';
import { extract } from '../../../src/core/extract.js';

/** The quotation whose content contains `words`, with its source and cue as written. */
function attributionOf(text: string, words: string): { source: string | null; cue: string | null } {
  const q = extract(text).quotes.find((x) => x.content.some((c) => c.text.includes(words)));
  if (!q) throw new Error(`no quotation with ${words}`);
  return { source: q.source?.text ?? null, cue: q.cue?.text ?? null };
}

describe('announcesQuotation', () => {
  it('gives a quotation to the speech verb closing the sentence before it', () => {
    expect(attributionOf('The race tightened. Drake University’s Maria Lind agreed. "Mainstream voters are running out of patience with both camps."', 'running out of patience'))
      .toEqual({ source: 'Drake University’s Maria Lind', cue: 'agreed' });
  });

  it('reads an adjunct after the verb, and a quotation opening the next paragraph', () => {
    expect(attributionOf('The recount was refused.\n\nParty chairwoman Dana Reyes wrote on Facebook.\n\n"There are no paper ballots left to count."', 'no paper ballots'))
      .toEqual({ source: 'Party chairwoman Dana Reyes', cue: 'wrote' });
  });

  it('does not take a verb with an object for an announcement', () => {
    expect(attributionOf('“We have seen attacks before,” Obama said after the summit. He did not suggest retaliation. “Our aim is to set norms for everyone.”', 'set norms').cue)
      .not.toBe('did not suggest');
    expect(attributionOf('The mayor praised the plan. "It will save the city money."', 'save the city').source).toBeNull();
  });

  it('leaves the second part of a statement to its attribution, not to the sentence after a quotation', () => {
    expect(attributionOf('"Is there anything worse for us?" said strategist Al Reyes, referring to the polls. "It is not that he is gaining."', 'not that he is gaining').cue)
      .not.toBe('referring to');
  });
});
