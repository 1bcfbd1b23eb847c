import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { findDates } from '../../../src/core/dates/dates.js';
import { readDocument } from '../../../src/core/document/document.js';
import { getLocale } from '../../../src/locales/index.js';

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

  it('finds the year of a sentence whose text starts where digits of the sentence before end', () => {
    // The text search for years starts again at each sentence, so digits the last sentence ended
    // with cannot hide the year after them.
    expect(datesOf('Profits rose to 12.\n2004 ended with a loss on 10/03/2005, the firm said.')).toEqual([['10/03/2005', '2005-03-10']]);
    expect(datesOf('It was 1999.2004 began on 1 January 2004.')).toEqual([['1 January 2004', '2004-01-01']]);
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

describe('findDates: names, numbers and pieces that are not dates (classes seen in BBC News)', () => {
  it('reads the Today programme, The Sunday Times and other titles as names', () => {
    expect(datesOf("Sir Digby Jones told the BBC's Today programme that rates would rise.", FRIDAY)).toEqual([]);
    expect(datesOf('"We will not give up," Mr Balls told Today.', FRIDAY)).toEqual([]);
    expect(datesOf("She told ITV1's This Morning the show was over.", FRIDAY)).toEqual([]);
    expect(datesOf('Carson, who hosted the Tonight Show, was a star.', FRIDAY)).toEqual([]);
    expect(datesOf("Mr Blair told GMTV's Sunday programme he would stay.", FRIDAY)).toEqual([]);
    expect(datesOf('The Mail on Sunday said so.', FRIDAY)).toEqual([]);
    expect(datesOf('The Sunday Times reported on Sunday that he had quit.', FRIDAY)).toEqual([['Sunday', '2022-02-20']]);
    expect(datesOf("Ant & Dec's Saturday Night Takeaway won the award.", FRIDAY)).toEqual([]);
  });

  it('keeps the same words where they are dates', () => {
    expect(datesOf('Today, games often cost more than films.', FRIDAY)).toEqual([['Today', FRIDAY]]);
    expect(datesOf('He said: "This year has been hard."', FRIDAY)).toEqual([['This year', '2022']]);
    expect(datesOf('Fans with tickets for the original 22 February show can come.', FRIDAY)).toEqual([['22 February', '2022-02-22']]);
    expect(datesOf('He left on Sunday night.', FRIDAY)).toEqual([['Sunday night', '2022-02-20']]);
  });

  it('does not read prices, scores, odds or 9/11 as dates or times', () => {
    expect(datesOf('Net profit came in at 1.4bn euros, and the euro was up at 1.3187 per dollar.', FRIDAY)).toEqual([]);
    expect(datesOf('The score was 1-1 and 3-0, years after the 9/11 attacks; he moved from 4/1 to 5/2 favourite.', FRIDAY)).toEqual([]);
    expect(datesOf('The surcharge was raised from £2.50 to £4 a leg.', FRIDAY)).toEqual([]);
  });

  it('keeps the date when chrono joined a number to it', () => {
    expect(datesOf('Flights fell to 43 on Sunday and 15 on Monday.', FRIDAY)).toEqual([['Sunday', '2022-02-20'], ['Monday', '2022-02-21']]);
    expect(datesOf('Profit was down from $133m a year ago.', FRIDAY)).toEqual([['a year ago', '2021']]);
    expect(datesOf('The festival takes place from 10-12 June.', FRIDAY)).toEqual([['June', '2021-06']]);
    expect(datesOf('The ceremony starts at 8.45pm on Friday.', FRIDAY)).toEqual([['8.45pm on Friday', '2022-02-25T20:45']]);
  });

  it('trims what chrono takes round a date and drops bare periods and pieces of words', () => {
    expect(datesOf('Inflation hit 1.6% in December - its highest level.', FRIDAY)).toEqual([['December', '2021-12']]);
    expect(datesOf('The US rejected in October of its own accord the pill.', FRIDAY)).toEqual([['October', '2021-10']]);
    expect(datesOf('Egypt won 4-0 (on Wednesday) in Cairo.', FRIDAY)).toEqual([['Wednesday', '2022-02-23']]);
    expect(datesOf('Shares rose in morning trade, and the film took $30m on its opening weekend.', FRIDAY)).toEqual([]);
    expect(datesOf('He signed a three-and-a-half year contract.', FRIDAY)).toEqual([]);
  });
});

describe('formatIsoWeek', async () => {
  const { formatIsoWeek } = await import('../../../src/core/document/date-values.js');
  it.each([
    [2022, 2, 21, '2022-W08'], [2022, 2, 27, '2022-W08'], [2021, 1, 3, '2020-W53'], [2024, 12, 30, '2025-W01'], [2023, 1, 2, '2023-W01'],
  ])('%i-%i-%i is %s', (y, m, d, week) => { expect(formatIsoWeek(y, m, d)).toBe(week); });
});

const BBC = '/work/shared/datasets/bbc-news/bbc';

describe.skipIf(!existsSync(BBC))('findDates over BBC News (every 5th article)', () => {
  it('keeps the offset invariant and emits ISO 8601 values', async () => {
    const { readInputs } = await import('../../../src/input/index.js');
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

describe.skipIf(!existsSync(BBC))('findDates over BBC News (every 5th article, second of five)', () => {
  it('finds none of the false date classes: programme and paper names, scores, odds, bare numbers', async () => {
    const { readInputs } = await import('../../../src/input/index.js');
    let n = 0;
    const wrong: string[] = [];
    for await (const item of readInputs([BBC])) {
      if (!('text' in item) || n++ % 5 !== 1) continue;
      for (const d of findDates(readDocument(item.text), '2005-03-04T12:00:00Z', en)) {
        const around = item.text.slice(Math.max(0, d.start - 12), d.end + 12);
        const nameAfter = /^(Today|Tonight|Sunday) (programme|Programme|Show|Times|Telegraph)/.test(item.text.slice(d.start, d.end + 12));
        if (/^[\d\s/.,:-]+$/.test(d.text) || nameAfter || around.includes('Mail on Sunday')) wrong.push(around);
      }
    }
    expect(n).toBe(2225);
    expect(wrong).toEqual([]);
  });
});

describe('findDates: hostile input', () => {
  it('parses only around date words, however long the tokens next to them', () => {
    const junk = 'x'.repeat(5_000);
    const text = `On Monday ${junk} said the ministry on 24 February 2022.`;
    expect(datesOf(text, FRIDAY)).toEqual([['Monday', '2022-02-21'], ['24 February 2022', '2022-02-24']]);
  });
});
