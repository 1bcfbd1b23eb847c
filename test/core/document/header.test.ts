import { describe, it, expect } from 'vitest';
import { isHeadingLabel, readHeader } from '../../../src/core/document/header.js';
import { getLocale } from '../../../src/locales/index.js';

const en = getLocale('en');
const body = 'The minister said the talks would continue. "We are not giving up," she told reporters.';

describe('readHeader: labelled publication dates', () => {
  it.each([
    ['Published: 24 February 2022', '2022-02-24'],
    ['Updated 24 February 2022, 10:30 GMT', '2022-02-24T10:30Z'],
    ['Posted on February 24, 2022 at 9:15 am', '2022-02-24T09:15'],
    ['Date: 2022-02-24T09:15:00+02:00', '2022-02-24T09:15+02:00'],
    ['Publication date: 24.02.2022', '2022-02-24'],
    ['Published on 24/02/2022 18:05', '2022-02-24T18:05'],
    ['Posted: 02/24/2022', '2022-02-24'],
    ['Last updated: Thu 24 Feb 2022 09.15 GMT', '2022-02-24T09:15Z'],
    ['Date published: 2022-02-24', '2022-02-24'],
    ['Time of publication: 24.02.2022 10:30', '2022-02-24T10:30'],
    ['Date of issue: 24 February 2022', '2022-02-24'],
    ['Publishing date - 2022-02-24 10:30:15', '2022-02-24T10:30:15'],
    ['Updated at 10:30 GMT on 24 February 2022', '2022-02-24T10:30Z'],
    // The numeric time's words (lead `at`, `p.m.`, `UTC`) come from the locale's headerTime.
    ['Published 24/02/2022 at 5:30 p.m. UTC', '2022-02-24T17:30Z'],
    ['Posted: 24/02/2022, 12:05 a.m.', '2022-02-24T00:05'],
  ])('%s', (line, expected) => {
    expect(readHeader(`Russia launches assault\n\n${line}\n\n${body}`, en).published).toBe(expected);
  });

  it('reads an ambiguous numeric date day-first', () => {
    expect(readHeader(`Published: 03/04/2022\n\n${body}`, en).published).toBe('2022-04-03');
  });

  it('reads it month-first when the label names the order', () => {
    expect(readHeader(`Date (MM/DD/YYYY): 03/04/2022\n\n${body}`, en).published).toBe('2022-03-04');
  });

  it('prefers the first publication over a later update, whatever the order', () => {
    const text = `Updated: 25 February 2022\nPublished: 24 February 2022\n\n${body}`;
    expect(readHeader(text, en).published).toBe('2022-02-24');
  });

  it('finds the label in a byline segment', () => {
    expect(readHeader(`By Jane Roe | Published: 24 February 2022\n\n${body}`, en).published).toBe('2022-02-24');
  });

  it('rejects impossible dates and label-like body words', () => {
    expect(readHeader(`Published: 31/02/2022\n\n${body}`, en).published).toBeUndefined();
    expect(readHeader(`Updated figures show prices rose in March.\n\n${body}`, en).published).toBeUndefined();
    expect(readHeader(`Dateline: nowhere\n\n${body}`, en).published).toBeUndefined();
  });

  it('ignores date labels deep in the body', () => {
    const filler = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of the story goes on.`).join('\n\n');
    expect(readHeader(`${filler}\n\nDate: 24 February 2022`, en).published).toBeUndefined();
  });
});

describe('readHeader: datelines and titles', () => {
  it('takes the agency of a Reuters dateline as the outlet', () => {
    const h = readHeader(`Ukraine says it will fight\n\nKYIV, Feb 24 (Reuters) - Ukraine's president said on Thursday ${body}`, en);
    expect(h.outlet).toBe('Reuters');
    expect(h.title).toBe('Ukraine says it will fight');
  });

  it('takes the agency of an AP dateline with a dash', () => {
    expect(readHeader(`LONDON (AP) — ${body}`, en).outlet).toBe('AP');
    expect(readHeader(`NEW YORK, N.Y. (AFP) -- ${body}`, en).outlet).toBe('AFP');
  });

  it('does not take a parenthesis in ordinary prose for a dateline', () => {
    expect(readHeader(`The Bank of England (BoE) - which sets rates - held them.\n\n${body}`, en).outlet).toBeUndefined();
  });

  it('takes a short first line before a blank line as the title', () => {
    expect(readHeader(`Chelsea sack Mutu\n\nChelsea have sacked Adrian Mutu after he failed a drugs test.`, en).title).toBe('Chelsea sack Mutu');
    expect(readHeader(`'My memories of Marley...'\n\nTo mark the 60th anniversary, Rob Partridge remembers.`, en).title).toBe("'My memories of Marley...'");
    expect(readHeader(`Is this the end of the euro?\n\n${body}`, en).title).toBe('Is this the end of the euro?');
  });

  it('does not take a sentence or a header line for the title', () => {
    expect(readHeader(`${body}\n\nMore text.`, en).title).toBeUndefined();
    expect(readHeader(`Published: 24 February 2022\n\n${body}`, en).title).toBeUndefined();
    expect(readHeader(`Chelsea sack Mutu\nChelsea have sacked Adrian Mutu.`, en).title).toBeUndefined();
  });
});

describe('readHeader: a dateline\'s day as the publication date', () => {
  const wire = `KYIV, Feb 24 (Reuters) - Ukraine's president said on Thursday ${body}`;

  it('keeps a day without a year as a month-day mention, inventing no year', () => {
    const h = readHeader(wire, en);
    expect(h.published).toBeUndefined();
    expect(h.dates).toEqual([{ start: 6, end: 12, text: 'Feb 24', value: '--02-24' }]);
    expect(wire.slice(h.dates[0]!.start, h.dates[0]!.end)).toBe('Feb 24');
  });

  it('takes the year from an update line: the latest such day not after the update', () => {
    expect(readHeader(`Updated: 25/02/2022 09:00\n\n${wire}`, en)).toMatchObject({ published: '2022-02-24', dates: [] });
    expect(readHeader(`Last updated 2 January 2023\n\nKYIV, Dec 31 (Reuters) - ${body}`, en).published).toBe('2022-12-31');
  });

  it('uses a dateline that states its year, day-first or month-first', () => {
    expect(readHeader(`LONDON, 24 February 2022 (AFP) - ${body}`, en)).toMatchObject({ published: '2022-02-24', outlet: 'AFP', dates: [] });
    expect(readHeader(`WASHINGTON, Feb. 24, 2022 (AP) — ${body}`, en).published).toBe('2022-02-24');
  });

  it('gives way to a labelled publication date', () => {
    const h = readHeader(`Published: 23/02/2022 14:05 GMT\n\n${wire}`, en);
    expect(h.published).toBe('2022-02-23T14:05Z');
    expect(h.dates).toEqual([]);
  });
});

describe('readHeader: the header lines before the body', () => {
  it('lists the title and date lines opening the text, with their offsets', () => {
    const text = `Ukraine vows to fight\n\nBy Jane Roe | Published: 24 February 2022\n\n${body}`;
    const h = readHeader(text, en);
    expect(h.lines.map((l) => [l.role, l.text])).toEqual([['title', 'Ukraine vows to fight'], ['date', 'By Jane Roe | Published: 24 February 2022']]);
    for (const l of h.lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });

  it('stops at the first body line: a date label further down stays in the body', () => {
    const h = readHeader(`${body}\nPublished: 24 February 2022\n`, en);
    expect(h.published).toBe('2022-02-24');
    expect(h.lines).toEqual([]);
  });

  it('does not count a dateline paragraph as a header line', () => {
    expect(readHeader(`KYIV, Feb 24 (Reuters) - ${body}`, en).lines).toEqual([]);
  });
});

describe('isHeadingLabel: editorial and section labels are not speakers', () => {
  it.each([
    'Correction', 'CORRECTION', 'Editor’s note', "EDITOR'S NOTE", 'Clarification', 'UPDATE 2', '"Related',
    'The Latest', 'Contributing', 'Replacements', 'Subs', 'Q&A', 'Obituary', 'Analysis',
  ])('%s is a heading', (label) => {
    expect(isHeadingLabel(label, en)).toBe(true);
  });

  it.each([
    // Speakers of transcripts and headlines, and labels PolNeAR annotates as sources.
    'WALLACE', 'Pence', 'Sen. Elizabeth Warren', 'Mr Blair', 'Poll', 'Report', 'Partial transcript as follows',
    'Update on the talks', 'Correction officer Jane Roe',
  ])('%s is not a heading', (label) => {
    expect(isHeadingLabel(label, en)).toBe(false);
  });

  it('knows no headings in a locale without the list', () => {
    const { headings: _unused, ...bare } = en;
    expect(isHeadingLabel('Correction', bare)).toBe(false);
  });
});
