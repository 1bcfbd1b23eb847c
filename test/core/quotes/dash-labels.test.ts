// Digest labels: `Item headline - Writer Name: “…”` gives the quotation to the writer named between
// the dash and the colon, not to the subject of the headline's verb.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { assembleQuotes } from '../../../src/core/quotes/quotes.js';
import { en } from '../../../src/locales/en/index.js';

function draftsOf(text: string) {
  const drafts = assembleQuotes(readDocument(text), en);
  for (const d of drafts) for (const s of [...d.content, d.cue, d.source]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
  return drafts;
}

function speakerOfQuotation(text: string): string | null {
  const quoted = draftsOf(text).find((d) => d.content[0]!.text.startsWith('“'));
  expect(quoted).toBeDefined();
  return quoted!.source?.text ?? null;
}

describe('dash labels: the writer after the dash speaks', () => {
  it('after a headline with a speech verb', () => {
    expect(speakerOfQuotation('Analysts concede - Maya Torres: “The late deciders broke for the challenger by a wide margin.”')).toBe('Maya Torres');
  });

  it('after a headline whose verb reports a clause, which ends before the dash', () => {
    const text = 'But surveys did predict the Democratic primary - PollWatch: “Most firms had the two candidates within a point of each other.”';
    expect(speakerOfQuotation(text)).toBe('PollWatch');
    expect(draftsOf(text).find((d) => d.cue?.text === 'did predict')?.content.map((c) => c.text)).toEqual(['the Democratic primary']);
  });

  it('not across a hyphen inside a name', () => {
    expect(speakerOfQuotation('Okafor told the panel about the firm Smith-Reed: “It is finished.”')).toBe('Okafor');
  });
});
