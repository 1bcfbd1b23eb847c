// A sentence that wink-nlp opened with the closing marks of the previous sentence's quotation.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../../src/core/document/document.js';
import { scanMarks } from '../../../../src/core/marks/marks.js';
import { firstOwnToken } from '../../../../src/core/quotes/clauses/carried-closers.js';
import { en } from '../../../../src/locales/en/index.js';

function ownStart(text: string, sentence: number): string {
  const doc = readDocument(text);
  const parts = scanMarks(text, doc.paragraphs, { pairs: en.marks, apostrophes: en.apostrophes });
  const s = doc.sentences[sentence]!;
  return text.slice(doc.tokens[firstOwnToken(doc, s, parts)]!.start, s.end);
}

describe('firstOwnToken', () => {
  it('skips the closing marks of a quotation that ended the previous sentence', () => {
    const text = "The manager blamed rivals for their focus on ''the business of selling condos.'' But he runs things differently, he said.";
    const doc = readDocument(text);
    const last = doc.sentences.length - 1;
    expect(ownStart(text, last)).toBe('But he runs things differently, he said.');
  });

  it('keeps a sentence that opens with a quotation of its own', () => {
    const text = 'The mayor spoke first. “We will rebuild,” she said.';
    expect(ownStart(text, 1)).toBe('“We will rebuild,” she said.');
  });
});
