import { describe, expect, it } from 'vitest';
import { dateParserFor, isoValue, parsingReference, type DateValueWords } from '../../../src/core/document/date-values.js';
import { en } from '../../../src/locales/en/index.js';

// A Friday article: 2016-04-29 is a Friday.
const reference = { instant: new Date(Date.UTC(2016, 3, 29, 12)), timezone: 0 };

function valueOf(text: string, words: DateValueWords | undefined): string {
  const parsed = dateParserFor(en).parse(text, parsingReference(reference))[0]!;
  return isoValue(parsed, reference, words);
}

describe('isoValue reads its words from the locale', () => {
  it('holds a date the locale marks as future to the future, and sends a bare weekday to the past', () => {
    expect(valueOf('The vote is next Tuesday', en.dates)).toBe('2016-05-03');
    expect(valueOf('The vote was on Tuesday', en.dates)).toBe('2016-04-26');
  });

  it('without the locale\'s future markers, the news-past rule applies to every incomplete date', () => {
    const noFuture: DateValueWords = { ...en.dates!, futureMarkers: /(?!)/ };
    expect(valueOf('The vote is next Tuesday', noFuture)).toBe('2016-04-26');
  });

  it('reads a relative week as the ISO week only through the locale\'s pattern', () => {
    expect(valueOf('Talks collapsed last week', en.dates)).toMatch(/^2016-W\d\d$/);
    expect(valueOf('Talks collapsed last week', undefined)).toMatch(/^2016-\d\d-\d\d$/);
  });
});
