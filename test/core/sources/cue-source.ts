// Test support: the source rules' answer for one cue, checked against the text it came from.
import { expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { assembleQuotes } from '../../../src/core/quotes/quotes.js';
import { en } from '../../../src/locales/en/index.js';

/** The source text of the draft whose cue reads `cue` (null when the draft has no source). Every
 *  span of every draft must be the text it claims to cover, and a draft with that cue must exist. */
export function sourceOf(text: string, cue: string): string | null {
  const drafts = assembleQuotes(readDocument(text), en);
  for (const d of drafts) for (const s of [...d.content, d.cue, d.source]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
  const found = drafts.find((d) => d.cue?.text === cue);
  expect(found).toBeDefined();
  return found!.source?.text ?? null;
}
