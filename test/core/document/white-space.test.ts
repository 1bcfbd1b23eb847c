import { describe, it, expect } from 'vitest';
import { isWhiteSpace, trimmedEnd, trimmedStart } from '../../../src/core/document/white-space.js';

describe('white space', () => {
  it('reads every UTF-16 unit as /\\s/ does', () => {
    for (let c = 0; c < 0x10000; c++) expect(isWhiteSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('trims a span of a text as String.prototype.trim trims the slice', () => {
    const text = '\u00a0 Headline\t\r\n\n  \u2003Body text\u3000\ufeff \n\u200b x \n   ';
    for (let from = 0; from <= text.length; from++) {
      for (let to = from; to <= text.length; to++) {
        const start = trimmedStart(text, from, to);
        const end = trimmedEnd(text, start, to);
        expect(text.slice(start, end)).toBe(text.slice(from, to).trim());
      }
    }
  });
});
