// The words before a cue verb its cue takes in: auxiliaries and adverbs, not the end of the subject.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { findCues } from '../../../src/core/cues/cues.js';
import { en } from '../../../src/locales/en/index.js';

function cueTexts(text: string): string[] {
  return findCues(readDocument(text), en).map((c) => text.slice(c.start, c.end));
}

describe('words a cue takes before its verb', () => {
  it('takes auxiliaries and adverbs', () => {
    expect(cueTexts('The senator has repeatedly said the plan would fail.')).toEqual(['has repeatedly said']);
  });

  it('leaves an adverb closing the subject to the source', () => {
    expect(cueTexts('Activists here say the police department must change.')).toEqual(['say']);
    expect(cueTexts('Less than a third agreed that Britain would have to wait its turn.')).toEqual(['agreed']);
  });
});
