import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { findDates } from '../../src/core/dates.js';
import { readDocument } from '../../src/core/document.js';
import { getLocale } from '../../src/locales/index.js';

const en = getLocale('en');
// 25 February 2022 was a Friday.
const FRIDAY = '2022-02-25';

function datesOf(text: string, published?: string) {
  const found = findDates(readDocument(text), published, en);
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  return found.map((d) => [d.text, d.value]);
}

describe('findDates: relative expressions prefer the past', () => {
  it('reads a bare weekday as the latest one not after publication', () => {
    expect(datesOf('Russian troops crossed the border on Thursday, officials said.', FRIDAY)).toEqual([['Thursday', '2022-02-24']]);
    expect(datesOf('The talks broke down on Sunday.', FRIDAY)).toEqual([['Sunday', '2022-02-20']]);
    expect(datesOf('Markets fell sharply on Friday.', FRIDAY)).toEqual([['Friday', '2022-02-25']]);
  });

  it('keeps a weekday in the future when the text says so', () => {
    expect(datesOf('Ministers will meet again next Monday.', FRIDAY)).toEqual([['next Monday', '2022-02-28']]);
  });

  it('reads a day without a year as the latest one not after publication', () => {
    expect(datesOf('The invasion began on February 24, he said.', FRIDAY)).toEqual([['February 24', '2022-02-24']]);
    expect(datesOf('The deal was signed on 26 February.', FRIDAY)).toEqual([['26 February', '2021-02-26']]);
    expect(datesOf('Sales collapsed in December.', FRIDAY)).toEqual([['December', '2021-12']]);
  });

  it('resolves yesterday, days ago, last month, last year and this week', () => {
    expect(datesOf('The ministry said yesterday that it would respond.', FRIDAY)).toEqual([['yesterday', '2022-02-24']]);
    expect(datesOf('He resigned three days ago.', FRIDAY)).toEqual([['three days ago', '2022-02-22']]);
    expect(datesOf('Prices rose last month.', FRIDAY)).toEqual([['last month', '2022-01']]);
    expect(datesOf('Profits doubled last year.', FRIDAY)).toEqual([['last year', '2021']]);
    expect(datesOf('Talks collapsed earlier this week.', FRIDAY)).toEqual([['this week', '2022-W08']]);
  });

  it('keeps the time and zone of a full timestamp', () => {
    expect(datesOf('The statement was issued at 10:30 GMT on 24 February 2022.', FRIDAY).map(([, v]) => v)).toEqual(['2022-02-24T10:30Z']);
  });
});

describe('findDates: without a publication time', () => {
  it('resolves only dates that state their year', () => {
    const text = 'The treaty was signed on 24 February 2022. He said on Thursday that it was over. It ended yesterday.';
    expect(datesOf(text)).toEqual([['24 February 2022', '2022-02-24']]);
  });
});

describe('findDates: what is not a date', () => {
  it('ignores modal may, the verb march and bare years or ages', () => {
    expect(datesOf('Protesters may march on parliament, and the 25-year-old said the year was hard.', FRIDAY)).toEqual([]);
  });

  it('ignores now, The Sun and durations', () => {
    expect(datesOf('"The Sun is now the best-selling paper," he said, the second record in seven days.', FRIDAY)).toEqual([]);
  });

  it('reads last week as a week', () => {
    expect(datesOf('Shares fell last week.', FRIDAY)).toEqual([['last week', '2022-W07']]);
  });

  it('finds dates in the right sentence with offsets into the whole text', () => {
    const text = 'Chelsea sack Mutu\n\nThe club said on Friday that the player failed a test in October.\n\nHe denied it.';
    const found = datesOf(text, '2004-10-29');
    expect(found).toEqual([['Friday', '2004-10-29'], ['October', '2004-10']]);
  });
});

describe('formatIsoWeek', async () => {
  const { formatIsoWeek } = await import('../../src/core/date-values.js');
  it.each([
    [2022, 2, 21, '2022-W08'], [2022, 2, 27, '2022-W08'], [2021, 1, 3, '2020-W53'], [2024, 12, 30, '2025-W01'], [2023, 1, 2, '2023-W01'],
  ])('%i-%i-%i is %s', (y, m, d, week) => { expect(formatIsoWeek(y, m, d)).toBe(week); });
});

const BBC = '/work/shared/datasets/bbc-news/bbc';

describe.skipIf(!existsSync(BBC))('findDates over BBC News (every 5th article)', () => {
  it('keeps the offset invariant and emits ISO 8601 values', async () => {
    const { readInputs } = await import('../../src/input/index.js');
    const iso = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?|-W\d{2})?$/;
    let n = 0;
    let found = 0;
    for await (const item of readInputs([BBC])) {
      if (!('text' in item) || n++ % 5) continue;
      const dates = findDates(readDocument(item.text), '2005-03-04T12:00:00Z', en);
      for (const d of dates) {
        expect(item.text.slice(d.start, d.end)).toBe(d.text);
        expect(d.value).toMatch(iso);
      }
      found += dates.length;
    }
    expect(n).toBe(2225);
    expect(found).toBeGreaterThan(1000);
  });
});

describe('findDates: hostile input', () => {
  it('parses only around date words, however long the tokens next to them', () => {
    const junk = 'x'.repeat(5_000);
    const text = `On Monday ${junk} said the ministry on 24 February 2022.`;
    expect(datesOf(text, FRIDAY)).toEqual([['Monday', '2022-02-21'], ['24 February 2022', '2022-02-24']]);
  });
});
