// Editorial notices: the sentence a `Correction:` or `Editor's note:` label opens is the outlet
// speaking about its own article, and attributes nothing; reporting after it does.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { assembleQuotes } from '../../../src/core/quotes/quotes.js';
import { editorialNoticeSentences } from '../../../src/core/quotes/editorial-notices.js';
import { en } from '../../../src/locales/en/index.js';

function cuesOf(text: string): string[] {
  return assembleQuotes(readDocument(text), en).map((d) => d.cue?.text ?? '');
}

describe('editorial notices', () => {
  it('finds the sentence a notice label opens, curly apostrophe or not', () => {
    const text = 'The senator spoke for an hour.\nEditor’s note: The governor is a habitual liar who has repeatedly promised to close the border to all refugees.\n';
    const doc = readDocument(text);
    expect(editorialNoticeSentences(doc, en)).toEqual([doc.tokens.find((t) => t.text === 'note')!.sentence]);
  });

  it('attributes nothing inside a boilerplate editor’s note', () => {
    expect(cuesOf('Editor’s note: The governor is a habitual liar who has repeatedly promised to close the border to all refugees.')).toEqual([]);
  });

  it('attributes nothing inside a correction', () => {
    expect(cuesOf('Correction: An earlier version of this story wrongly stated that the county clerk planned to run for the state senate.')).toEqual([]);
  });

  it('keeps the reporting in the sentences after the notice', () => {
    const text = 'Editor’s note: An article on Tuesday about the shooting has been updated.\nLater, police officials said that the suspect had acted alone.\n';
    expect(cuesOf(text)).toEqual(['said']);
  });

  it('leaves an update label alone: it opens news of its own', () => {
    expect(cuesOf('Update: The mayor said on Friday that the curfew would be lifted next week.')).toEqual(['said']);
  });
});
