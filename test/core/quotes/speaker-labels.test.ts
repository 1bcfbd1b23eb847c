// Speaker labels opening a paragraph (`Name: …`), including a party tag that wink-nlp reads with
// the colon as one `):` token.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { speakerLabels } from '../../../src/core/quotes/speaker-labels.js';
import { en } from '../../../src/locales/en/index.js';

function labels(text: string): Array<{ source: string | undefined; cue: string | undefined }> {
  return speakerLabels(readDocument(text), en).map((d) => {
    for (const s of [...d.content, d.cue, d.source]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
    return { source: d.source?.text, cue: d.cue?.text };
  });
}

describe('speaker labels', () => {
  it('reads a name with its party tag before a colon written without a space', () => {
    expect(labels('Rep. Dana Whitfield (R-Ohio):"Nobody on this committee has seen those documents yet."'))
      .toEqual([{ source: 'Rep. Dana Whitfield (R-Ohio)', cue: ':' }]);
  });

  it('still reads a plain label', () => {
    expect(labels('Sen. Ann Hale: "It was never shown to any of us, not once."')).toEqual([{ source: 'Sen. Ann Hale', cue: ':' }]);
  });

  it('reads labels among paragraphs without a colon, and none where the only colon is past the label', () => {
    const text = 'The hearing opened late.\nSen. Ann Hale: "It was never shown to any of us, not once."\nNo one else spoke.\nThe chair said one thing at the end: "We are adjourned."';
    expect(labels(text)).toEqual([{ source: 'Sen. Ann Hale', cue: ':' }]);
  });

  it('does not take a parenthesised time as a party tag', () => {
    expect(labels('Update (5 p.m.):"The committee has adjourned for the day."')).toEqual([]);
  });
});
