// Turning what chrono-node parsed into ISO 8601 values, and the news rule that an incomplete date
// points to the past. Shared by readHeader and findDates; pure, no I/O.
import * as chrono from 'chrono-node';
import type { DateVocabulary, Locale } from '../../locales/locale.js';

type ParsedResult = chrono.ParsedResult;
type Components = ParsedResult['start'];

/** A point in time to resolve relative dates against: the UTC calendar day and the offset it was written in. */
export type Reference = { instant: Date; timezone: number };

let dayFirstParser: chrono.Chrono | null = null;

/** The chrono parser for a locale. Ambiguous numeric dates follow the locale's `dayFirst`. */
export function dateParserFor(locale: Locale): chrono.Chrono {
  const dayFirst = locale.dates?.dayFirst ?? true;
  if (!dayFirst) return chrono.en.casual;
  // chrono's own day-first mode (en.GB) also drops `February 24` as a possible `February 2024`;
  // news means the day. So: the month-first casual parser with only the numeric parser swapped.
  if (!dayFirstParser) {
    const config = chrono.en.configuration.createCasualConfiguration(false);
    const littleEndian = chrono.en.configuration.createCasualConfiguration(true);
    const isSlash = (p: object) => p.constructor.name === 'SlashDateFormatParser';
    const slash = littleEndian.parsers.find(isSlash);
    const at = config.parsers.findIndex(isSlash);
    if (slash && at >= 0) config.parsers[at] = slash;
    // `in seven days` is a duration in news far more often than a date, and `three days later`
    // counts from a moment in the story, not from the publication time.
    const unwanted = new Set(['ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser']);
    config.parsers = config.parsers.filter((p) => !unwanted.has(p.constructor.name));
    dayFirstParser = new chrono.Chrono(config);
  }
  return dayFirstParser;
}

/** The reference chrono resolves a text against: the publication instant, already shifted so its
 *  UTC fields are the writer's local ones (hence offset 0); with none, the epoch, and callers then
 *  keep only results that state their year (isAbsolute). */
export function parsingReference(reference: Reference | null): Reference {
  return { instant: reference ? reference.instant : new Date(0), timezone: 0 };
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

export function formatDate(y: number, m: number, d: number): string {
  return `${y < 0 ? '-' : ''}${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** ISO 8601 date-time from calendar fields; the offset only when the text gave one. */
export function formatDateTime(y: number, m: number, d: number, hour: number, minute: number, second: number, offset: number | null): string {
  const time = second ? `${pad(hour)}:${pad(minute)}:${pad(second)}` : `${pad(hour)}:${pad(minute)}`;
  return `${formatDate(y, m, d)}T${time}${offset === null ? '' : formatOffset(offset)}`;
}

/** ISO week (`2022-W08`) of a calendar day. */
export function formatIsoWeek(y: number, m: number, d: number): string {
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday = 0
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday of this week decides the year
  const weekYear = date.getUTCFullYear();
  const week = 1 + Math.floor((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 / 7);
  return `${weekYear}-W${pad(week)}`;
}

/** The locale's words isoValue reads a parsed date's text by. */
export type DateValueWords = Pick<DateVocabulary, 'relativeWeek' | 'weekWord' | 'futureMarkers'>;

/** How precisely the text pinned the date down: `last year` is a year, `last month` a month. */
function precision(c: Components, text: string, words: DateValueWords | undefined): 'datetime' | 'date' | 'month' | 'year' | 'week' {
  if (c.isCertain('hour')) return 'datetime';
  // chrono pins `last week` to the day a week back; the text means the week.
  if (!c.isCertain('weekday') && words?.relativeWeek.test(text)) return 'week';
  if (c.isCertain('day') || c.isCertain('weekday')) return 'date';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  if (words?.weekWord.test(text)) return 'week';
  return 'date';
}

/**
 * The ISO value of a parsed date, preferring the past as news does: a bare weekday is the latest
 * one not after the reference day (`Thursday` in a Friday article is the day before), a day or month
 * without a year is the latest one not after the reference (`February 24`, `in March`).
 * `reference` is the publication time; null when unknown. `words` are the locale's date words
 * (future markers, week phrases); without them no date is held to the future or read as a week.
 */
export function isoValue(result: ParsedResult, reference: Reference | null, words: DateValueWords | undefined): string {
  const c = result.start;
  let y = c.get('year')!;
  let m = c.get('month')!;
  let d = c.get('day')!;
  if (reference && !words?.futureMarkers.test(result.text)) {
    const ref = reference.instant;
    const refDay = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
    if (!c.isCertain('year') && c.isCertain('month')) {
      const dayCertain = c.isCertain('day');
      const after = dayCertain ? Date.UTC(y, m - 1, d) > refDay : Date.UTC(y, m - 1, 1) > Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), 1);
      if (after) y -= 1;
      // …and not a whole year too early either: chrono sometimes picks last year for a date that fits this one.
      else if (dayCertain ? Date.UTC(y + 1, m - 1, d) <= refDay : Date.UTC(y + 1, m - 1, 1) <= Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), 1)) y += 1;
    } else if (c.isCertain('weekday') && !c.isCertain('day')) {
      let day = Date.UTC(y, m - 1, d);
      while (day > refDay) day -= 7 * 86_400_000;
      while (day + 7 * 86_400_000 <= refDay) day += 7 * 86_400_000;
      const shifted = new Date(day);
      y = shifted.getUTCFullYear(); m = shifted.getUTCMonth() + 1; d = shifted.getUTCDate();
    }
  }
  switch (precision(c, result.text, words)) {
    case 'datetime': {
      const offset = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') ?? null : null;
      return formatDateTime(y, m, d, c.get('hour') ?? 0, c.get('minute') ?? 0, c.get('second') ?? 0, offset);
    }
    case 'date': return formatDate(y, m, d);
    case 'month': return `${pad(y, 4)}-${pad(m)}`;
    case 'year': return pad(y, 4);
    // chrono starts weeks on Sunday; ISO weeks start on Monday, so a Sunday start means the next ISO week.
    case 'week': return new Date(Date.UTC(y, m - 1, d)).getUTCDay() === 0 ? formatIsoWeek(y, m, d + 1) : formatIsoWeek(y, m, d);
  }
}

/** True when the text itself states the year: the date can be resolved without a publication time. */
export function isAbsolute(result: ParsedResult): boolean {
  return result.start.isCertain('year') && /\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}/.test(result.text);
}

/** A publication time (ISO 8601 or anything the date parser reads) as a Reference; null when unreadable. */
export function toReference(published: string, locale: Locale): Reference | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(published.trim());
  if (iso) {
    const [, y, mo, d, h, mi, s, tz] = iso;
    const timezone = tz ? parseOffset(tz) : 0;
    // A date without a time stands for its whole day; noon keeps it on that day in every zone.
    const instant = new Date(Date.UTC(+y!, +mo! - 1, +d!, h ? +h : 12, mi ? +mi : 0, s ? +s : 0) - timezone * 60_000);
    return Number.isNaN(instant.getTime()) ? null : { instant: shiftToLocal(instant, timezone), timezone };
  }
  const parsed = dateParserFor(locale).parse(published, { instant: new Date(), timezone: 0 })[0];
  if (!parsed || !parsed.start.isCertain('year')) return null;
  const c = parsed.start;
  return toReference(c.isCertain('hour')
    ? formatDateTime(c.get('year')!, c.get('month')!, c.get('day')!, c.get('hour')!, c.get('minute') ?? 0, c.get('second') ?? 0, c.isCertain('timezoneOffset') ? c.get('timezoneOffset') ?? 0 : null)
    : formatDate(c.get('year')!, c.get('month')!, c.get('day')!), locale);
}

/** The reference instant expressed so that its UTC fields are the writer's local calendar fields. */
function shiftToLocal(instant: Date, timezone: number): Date {
  return new Date(instant.getTime() + timezone * 60_000);
}

export function parseOffset(tz: string): number {
  if (tz === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(tz);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +m[3]!);
}
