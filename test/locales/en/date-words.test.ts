import { describe, expect, it } from 'vitest';
import { en } from '../../../src/locales/en/index.js';

describe('en date and header words', () => {
  const dates = en.dates!;

  it('marks future-pointing words as whole words only', () => {
    expect(dates.futureMarkers.test('next Friday')).toBe(true);
    expect(dates.futureMarkers.test('Thursday this week')).toBe(true);
    expect(dates.futureMarkers.test('on Thursday')).toBe(false);
    expect(dates.futureMarkers.test('nextdoor Friday')).toBe(false);
  });

  it('reads a relative week, not any phrase with week in it', () => {
    expect(dates.relativeWeek.test('Last week')).toBe(true);
    expect(dates.relativeWeek.test('the coming week')).toBe(true);
    expect(dates.relativeWeek.test('the week of 3 March')).toBe(false);
    expect(dates.weekWord.test('the week of 3 March')).toBe(true);
  });

  it('tells an afternoon marker from a morning one in either case', () => {
    for (const m of ['pm', 'p.m.', 'PM']) expect(dates.postMeridiem.test(m), m).toBe(true);
    for (const m of ['am', 'a.m.', 'AM']) expect(dates.postMeridiem.test(m), m).toBe(false);
  });

  it('ranks update labels below publication labels', () => {
    expect(en.updateHeaderLabel.test('last updated')).toBe(true);
    expect(en.updateHeaderLabel.test('last modified')).toBe(true);
    expect(en.updateHeaderLabel.test('first published')).toBe(false);
  });

  it('takes the possessive clitic token in either case, and a possessive before a word only with its space', () => {
    const { possessiveCliticAnyCase, possessiveBeforeWord } = en.words.endings;
    for (const t of ["'s", '’s', "'S", '’S']) expect(possessiveCliticAnyCase.test(t), t).toBe(true);
    for (const t of ['s', "'", "'st"]) expect(possessiveCliticAnyCase.test(t), t).toBe(false);
    expect(possessiveBeforeWord.test("V's ")).toBe(true);
    expect(possessiveBeforeWord.test("V's")).toBe(false);
  });
});
