import { describe, it, expect } from 'vitest';
import { extract } from '../../../src/core/extract.js';
import { readDocument } from '../../../src/core/document/document.js';

describe('sentence-reach: a sentence that opens on an empty token', () => {
  // Two full stops typed for an ellipsis: wink-nlp reads `said..the` as `said` `.` `` `.` `the`,
  // and the sentence after the first stop opens on the empty token.
  const text = 'Jones said..the plan would work, and the board agreed.';

  it('is what wink-nlp makes of two full stops between words', () => {
    expect(readDocument(text).tokens.some((t) => t.text === '')).toBe(true);
  });

  it('does not stop extraction (it threw reading the empty token\'s first letter)', () => {
    const x = extract(`${text}\n"We will start in May," the chairman said..then he left.`);
    expect(x.quotes.map((q) => q.content.map((c) => c.text).join(' '))).toContain('"We will start in May,"');
  });
});
