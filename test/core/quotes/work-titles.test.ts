import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { isWorkTitle } from '../../../src/core/quotes/work-titles.js';
import { en } from '../../../src/locales/en/index.js';
import { extract } from '../../../src/core/extract.js';

/** isWorkTitle over the first quoted span of `text` (straight or curly double marks). */
function titleOf(text: string): boolean {
  const doc = readDocument(text);
  const open = text.search(/[“"]/);
  const close = text.slice(open + 1).search(/[”"]/) + open + 1;
  const first = doc.tokens.findIndex((t) => t.start <= open && open < t.end);
  const last = doc.tokens.findIndex((t) => t.start <= close && close < t.end);
  const after = text[close + 1] === ',' || text[close - 1] === ',';
  return isWorkTitle(doc, first, last, after, en);
}

describe('isWorkTitle: capitalised words quoted right after a noun for a work', () => {
  it.each([
    'Last year the senator had a small part in the cable movie “Tornado Alley 2” and enjoyed it.',
    'She appeared on an episode of “The Late Morning Hour” to promote her tour.',
    'The director explains it in her new documentary “12th Street.” The film opens Friday.',
    'The film, "Eleven Days: The Siege of the Embassy," is based on a memoir by two guards.',
    'Two senators wore "Keep the Mills Open" hats at the rally.',
  ])('reads a title: %s', (text) => {
    expect(titleOf(text)).toBe(true);
  });

  it.each([
    // Lower-case words after the noun are a description or a scare quote, not a title.
    'He called the book “a hatchet job” on Sunday.',
    // A comma after the noun with none closing the quotation introduces words said in it.
    'The governor wrote in his memoir, “I was wrong about the war.” Critics praised the admission.',
    // Slogans are attributed in PolNeAR: the locale leaves `slogan` out.
    'The campaign ran under the slogan “Axe the Tax” across the province.',
    // No noun for a work before the mark.
    'The mayor told reporters “Nobody will be left behind” after the storm.',
  ])('reads no title: %s', (text) => {
    expect(titleOf(text)).toBe(false);
  });
});

describe('work titles in typewriter marks', () => {
  it('reads a title opened with two apostrophes, whose second one the tokenizer leaves on the word', () => {
    const text = "The audience rose to its feet when, closing her set with the old protest song ''A Better Day Is Coming,'' she added the words, ''Go and vote.''";
    const quotes = extract(text).quotes;
    expect(quotes.map((q) => [q.content.map((c) => c.text).join(' '), q.source?.text])).toEqual([["the words, ''Go and vote.''", 'she']]);
  });
});
