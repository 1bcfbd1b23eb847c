import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/core/extract.js';

/** The source of the quotation whose content includes `words`. */
function sourceOfQuote(text: string, words: string): string | null {
  const q = extract(text).quotes.find((x) => x.content.some((c) => c.text.includes(words)));
  if (!q) throw new Error(`no quotation with ${words}`);
  return q.source?.text ?? null;
}

describe('headline sources', () => {
  it('gives a title-case headline’s quotation to the names opening it', () => {
    const text = 'Angry Farmers Blast Trade Deal As A ‘Betrayal Of The Heartland.’\n\nThe deal was signed on Monday.';
    expect(sourceOfQuote(text, 'Betrayal')).toBe('Angry Farmers Blast Trade Deal');
  });

  it('takes a lone surname opening the headline', () => {
    const text = 'Okafor Takes Talk Of A Cabinet Post ‘Very Seriously.’\n\nThe governor met donors on Tuesday.';
    expect(sourceOfQuote(text, 'Very Seriously')).toBe('Okafor');
  });

  it('leaves a quotation in an ordinary sentence alone', () => {
    const text = 'The mayor met the farmers on Monday.\n\nFarmers in the valley called the deal a ‘betrayal of the heartland.’';
    const q = extract(text).quotes.find((x) => x.content.some((c) => c.text.includes('betrayal')));
    expect(q?.source?.text).not.toBe('Farmers');
  });

  it('needs a word between the names and the quotation', () => {
    const text = 'Campaign Notebook ‘Live From Iowa.’\n\nThe caucuses open tonight.';
    const q = extract(text).quotes.find((x) => x.content.some((c) => c.text.includes('Live From')));
    expect(q?.source ?? null).toBeNull();
  });
});
