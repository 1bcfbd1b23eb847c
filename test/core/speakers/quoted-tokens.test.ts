import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { quotedTokens } from '../../../src/core/speakers/quoted-tokens.js';
import { contentTokenRanges } from '../../../src/core/speakers/content-token-ranges.js';
import { buildDrafts } from '../quotes/draft-builder.js';

const insideTexts = (doc: ReturnType<typeof readDocument>, inside: Uint8Array) => doc.tokens.filter((t) => inside[t.i] && t.pos !== 'SPACE').map((t) => t.text);

describe('quotedTokens and contentTokenRanges: one buffer reused from article to article', () => {
  const long = readDocument('Officials met on Monday. “We will rebuild the school before the winter comes,” Reyes said.');
  const longDrafts = buildDrafts(long, [{ kind: 'direct', content: '“We will rebuild the school before the winter comes,”', cue: 'said', source: 'Reyes' }]);
  const short = readDocument('“No,” she said.');
  const shortDrafts = buildDrafts(short, [{ kind: 'direct', content: '“No,”', cue: 'said', source: 'she' }]);

  it('answers each article in turn as if it were the first, and the same article twice alike', () => {
    expect(insideTexts(long, quotedTokens(long, longDrafts))).toEqual(['“', 'We', 'will', 'rebuild', 'the', 'school', 'before', 'the', 'winter', 'comes', ',', '”']);
    // A shorter article after a longer one: no token of the longer one's answer is left marked.
    expect(insideTexts(short, quotedTokens(short, shortDrafts))).toEqual(['“', 'No', ',', '”']);
    expect(quotedTokens(short, shortDrafts)).toBe(quotedTokens(short, shortDrafts));
    expect(insideTexts(long, quotedTokens(long, longDrafts))).toEqual(['“', 'We', 'will', 'rebuild', 'the', 'school', 'before', 'the', 'winter', 'comes', ',', '”']);
  });

  it('gives each content its first and last token, in quote order', () => {
    const doc = readDocument('“A,” she said. “B and C,” he said.');
    const drafts = buildDrafts(doc, [
      { kind: 'direct', content: '“A,”', cue: 'said', source: 'she' },
      { kind: 'direct', content: '“B and C,”', cue: 'said', source: 'he' },
    ]);
    const ranges = contentTokenRanges(doc, drafts);
    const text = (k: number) => doc.tokens.slice(ranges[2 * k]!, ranges[2 * k + 1]! + 1).map((t) => t.text).join(' ');
    expect([text(0), text(1)]).toEqual(['“ A , ”', '“ B and C , ”']);
  });
});
