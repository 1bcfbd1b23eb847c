// Publication metadata from the header lines of plain text (`Published: …`, a wire dateline).
//
// Numeric dates: when one part is above 12 it decides (24/02/2022 and 02/24/2022 are both
// 24 February). When both parts could be a month, a label that names the order (`Date (MM/DD/YYYY):`)
// decides, otherwise the locale (`dates.dayFirst`, true for English news) — so 03/04/2022 is 3 April.
import type { DateMention, HeaderLine, Span } from '../../types.js';
import type { DateVocabulary, Locale } from '../../locales/locale.js';
import { isWhiteSpace, trimmedEnd, trimmedStart } from './white-space.js';
import { dateParserFor, formatDate, formatDateTime, isoValue, parseOffset, parsingReference, toReference } from './date-values.js';

export type Header = {
  published?: string;
  title?: string;
  outlet?: string;
  /** The lines opening the text that are title or publication-date lines, in text order: the body
   *  starts after the last of them. Lines of that kind further down are not listed. */
  lines: HeaderLine[];
  /** A wire dateline's day for which no year is known (`KYIV, Feb 24 (Reuters) -` with no other date
   *  in the header and no publication time given): a date mention valued `--02-24` (ISO 8601's
   *  month-day form), the year left open rather than invented. */
  dates: DateMention[];
};

/** Header lines are looked for among the first lines only: a label further down is body text. */
const HEADER_LINES = 12;
const MAX_HEADER_LINE = 160;
const MAX_TITLE = 200;
/** Longer than any heading: a long label is never looked up. */
const MAX_HEADING_LABEL = 60;

/** Which publication time wins: a labelled publication date, then a dateline's day (its own year, or
 *  the year of an update line before which it is the latest such day), then an update line. */
const RANK_PUBLISHED = 1;
const RANK_DATELINE = 2;
const RANK_UPDATED = 3;

export function readHeader(text: string, locale: Locale): Header {
  const header: Header = { lines: [], dates: [] };
  const lines = firstLines(text, HEADER_LINES);
  const labels = labelsLongestFirst(locale);
  const dayFirst = locale.dates?.dayFirst ?? true;

  let bestRank = Infinity;
  const dateLines = new Set<Line>();
  for (const line of lines) {
    if (line.text.length > MAX_HEADER_LINE) continue;
    // `By Jane Roe | Published: 24 February 2022` carries the label mid-line.
    for (const segment of line.text.split(/\s[|·•]\s/)) {
      const found = labelledValue(segment.trim(), labels);
      if (!found) continue;
      const value = parseHeaderDate(found.value, monthFirstHint(found.value, found.label) ? false : dayFirst, locale);
      if (!value) continue;
      dateLines.add(line);
      // The first publication beats any later update.
      const rank = locale.updateHeaderLabel.test(found.label) ? RANK_UPDATED : RANK_PUBLISHED;
      if (rank < bestRank) { header.published = value; bestRank = rank; }
    }
  }

  const dateline = findDateline(text, lines);
  if (dateline) {
    header.outlet = dateline.outlet;
    if (dateline.date && bestRank > RANK_DATELINE) {
      const day = datelineDay(dateline.date, header.published, locale);
      if (day.length === 10) header.published = day;
      else if (day) header.dates.push({ ...dateline.date, value: day });
    }
  }

  const title = readTitle(text, lines, labels);
  if (title) header.title = title;

  for (const [i, line] of lines.entries()) {
    const role = i === 0 && title ? 'title' : dateLines.has(line) ? 'date' : null;
    if (!role) break;
    header.lines.push({ start: line.start, end: line.end, text: line.text, role });
  }
  return header;
}

/** The dateline's day as an ISO date: with its own year, or the latest such day not after `updated`
 *  (an update line's time), or else `--MM-DD`. */
function datelineDay(date: Span, updated: string | undefined, locale: Locale): string {
  const reference = updated ? toReference(updated, locale) : null;
  const parsed = dateParserFor(locale).parse(date.text, parsingReference(reference))[0];
  const c = parsed?.start;
  if (!parsed || !c?.isCertain('month') || !c.isCertain('day')) return '';
  if (c.isCertain('year')) return formatDate(c.get('year')!, c.get('month')!, c.get('day')!);
  if (reference) return isoValue(parsed, reference, locale.dates);
  return `--${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
}

/** A non-blank line among the first ones: its text trimmed, start and end offsets of that text;
 *  blankAfter (a blank line follows) is read for the first line only, so only it is worked out. */
type Line = { text: string; start: number; end: number; blankAfter: boolean };

function firstLines(text: string, count: number): Line[] {
  const lines: Line[] = [];
  let from = 0;
  while (lines.length < count && from < text.length) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    // Trimmed by index: one slice per line, none for blank lines or the white space.
    const start = trimmedStart(text, from, end);
    const stop = trimmedEnd(text, start, end);
    if (stop > start) {
      const blankAfter = lines.length === 0 && end < text.length && isBlankLine(text, end + 1);
      lines.push({ text: text.slice(start, stop), start, end: stop, blankAfter });
    }
    from = end + 1;
  }
  return lines;
}

/** Whether the line starting at `from` holds only white space. */
function isBlankLine(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (!isWhiteSpace(c)) return false;
  }
  return true;
}

const sortedLabels = new WeakMap<Locale, readonly string[]>();

/** The locale's date header labels, longest first (`date published` before `date`); sorted once. */
function labelsLongestFirst(locale: Locale): readonly string[] {
  let labels = sortedLabels.get(locale);
  if (!labels) {
    labels = [...locale.dateHeaderLabels].sort((a, b) => b.length - a.length);
    sortedLabels.set(locale, labels);
  }
  return labels;
}

function labelledValue(segment: string, labels: readonly string[]): { label: string; value: string } | null {
  const lower = segment.toLowerCase();
  for (const label of labels) {
    if (!lower.startsWith(label)) continue;
    const rest = segment.slice(label.length);
    // `Date (MM/DD/YYYY):` — keep the hint in the value for monthFirstHint, drop the separator.
    const sep = /^\s*(\([^)]{0,20}\))?\s*[:\-–—]?\s*/.exec(rest)!;
    if (sep[0].length === 0 && rest.length > 0) continue; // `Dateline`, `Updates` — another word
    return { label: label + (sep[1] ?? ''), value: rest.slice(sep[0].length) };
  }
  return null;
}

function monthFirstHint(value: string, label: string): boolean {
  return /\bmm[/.-]dd\b/i.test(label) || /\bmm[/.-]dd\b/i.test(value);
}

/** An ISO 8601 date or date-time from a header value; undefined unless it carries a year. */
export function parseHeaderDate(value: string, dayFirst: boolean, locale: Locale): string | undefined {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(v);
  if (iso) {
    const [, y, mo, d, h, mi, s, tz] = iso;
    if (!validDay(+y!, +mo!, +d!)) return undefined;
    return h ? formatDateTime(+y!, +mo!, +d!, +h, +mi!, s ? +s : 0, tz ? parseOffset(tz) : null) : formatDate(+y!, +mo!, +d!);
  }
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/.exec(v);
  if (numeric) {
    const a = +numeric[1]!;
    const b = +numeric[2]!;
    let y = +numeric[3]!;
    if (numeric[3]!.length === 2) y += y < 70 ? 2000 : 1900;
    const [d, m] = a > 12 ? [a, b] : b > 12 ? [b, a] : dayFirst ? [a, b] : [b, a];
    if (!validDay(y, m, d)) return undefined;
    const patterns = headerTimePatterns(locale.dates);
    const time = patterns.time.exec(v.slice(numeric[0].length));
    if (!time) return formatDate(y, m, d);
    let hour = +time[1]!;
    const pm = time[4] !== undefined && locale.dates?.postMeridiem.test(time[4]) === true;
    if (time[4] && hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
    const zone = time[5] ? (patterns.utc.test(time[5]) ? 0 : parseOffset(time[5])) : null;
    return formatDateTime(y, m, d, hour, +time[2]!, time[3] ? +time[3] : 0, zone);
  }
  const parsed = dateParserFor(locale).parse(v, { instant: new Date(0), timezone: 0 })[0];
  // The date must open the value (after at most a weekday-free lead like `on`), and state its year.
  if (!parsed || parsed.index > 4 || !parsed.start.isCertain('year') || !parsed.start.isCertain('day')) return undefined;
  const c = parsed.start;
  if (c.isCertain('hour')) {
    const zone = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') ?? null : null;
    return formatDateTime(c.get('year')!, c.get('month')!, c.get('day')!, c.get('hour')!, c.get('minute') ?? 0, c.get('second') ?? 0, zone);
  }
  return formatDate(c.get('year')!, c.get('month')!, c.get('day')!);
}

/** Matches nothing: the part of a header time a locale without date words cannot have. */
const NEVER = '[^\\s\\S]';
const NO_DATES: object = {};
const headerTimeCache = new WeakMap<object, { time: RegExp; utc: RegExp }>();

/** The numeric time after a header's numeric date (groups: hour, minute, second, am/pm, zone) and
 *  the zone names that mean UTC, from the locale's header-time words; built once per locale. */
function headerTimePatterns(dates: DateVocabulary | undefined): { time: RegExp; utc: RegExp } {
  const key = dates ?? NO_DATES;
  let patterns = headerTimeCache.get(key);
  if (!patterns) {
    const words = dates?.headerTime;
    const lead = words ? `${words.lead}\\s+|` : '';
    const zones = words ? `${words.utcZones}|` : '';
    patterns = {
      time: new RegExp(`^[,\\s]*(?:${lead}-\\s*)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*(${words ? words.meridiem : NEVER})?\\s*(${zones}[+-]\\d{2}:?\\d{2})?`, 'i'),
      utc: new RegExp(`^(${words ? words.utcZones : NEVER})$`, 'i'),
    };
    headerTimeCache.set(key, patterns);
  }
  return patterns;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A wire dateline opening the story: `KYIV, Feb 24 (Reuters) -`, `LONDON, 24 February 2022 (AFP) -`,
 * `LONDON (AP) —`. The place is in capitals, an optional day, the agency in parentheses, then a dash.
 * Bounded quantifiers keep the match linear.
 */
const DATELINE = /^([A-Z][A-Z.'’ -]{1,40}?)(?:,\s*[A-Z][A-Za-z.'’ -]{0,40}?)?(?:,\s*([A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?\s*\(([A-Z][A-Za-z.&' -]{0,30})\)\s*[-–—]/d;

function findDateline(text: string, lines: Line[]): { place: string; outlet: string; date?: Span } | null {
  for (const line of lines.slice(0, 8)) {
    const m = DATELINE.exec(line.text.slice(0, 200));
    if (!m) continue;
    const found: { place: string; outlet: string; date?: Span } = { place: m[1]!.trim(), outlet: m[3]!.trim() };
    const at = m.indices?.[2];
    if (at) found.date = { start: line.start + at[0], end: line.start + at[1], text: text.slice(line.start + at[0], line.start + at[1]) };
    return found;
  }
  return null;
}

/** The first line is a title when a blank line follows it, it is short and it does not end a sentence. */
function readTitle(text: string, lines: Line[], labels: readonly string[]): string | undefined {
  const first = lines[0];
  if (!first || !first.blankAfter || first.text.length > MAX_TITLE) return undefined;
  // Headlines may ask or exclaim; a final period, colon or comma means a sentence or a lead-in.
  if (/[.;:,]["”’']?$/.test(first.text) && !/(\.\.\.|…)["”’']?$/.test(first.text)) return undefined;
  if (labelledValue(first.text, labels) || DATELINE.test(first.text)) return undefined;
  if (text.trimStart().startsWith(first.text) === false) return undefined;
  return first.text;
}

const headingSets = new WeakMap<Locale, Set<string>>();
const noticeSets = new WeakMap<Locale, Set<string>>();

/**
 * True when `label`, the words before a colon that opens a line (`Correction`, `Editor’s Note`,
 * `UPDATE 2`), is one of the locale's headings: an editorial or section label, not a speaker.
 * Case, curly apostrophes, an opening quotation mark and a trailing number do not matter.
 */
export function isHeadingLabel(label: string, locale: Locale): boolean {
  return labelIn(label, locale.headings, headingSets, locale);
}

/** True when `label` (as for isHeadingLabel) opens one of the publication's notices about its own
 *  text (`Correction`, `Editor’s Note`). */
export function isEditorialNoticeLabel(label: string, locale: Locale): boolean {
  return labelIn(label, locale.editorialNotices, noticeSets, locale);
}

function labelIn(label: string, words: string[] | undefined, cache: WeakMap<Locale, Set<string>>, locale: Locale): boolean {
  if (!words || label.length > MAX_HEADING_LABEL) return false;
  let set = cache.get(locale);
  if (!set) { set = new Set(words); cache.set(locale, set); }
  const key = label.toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/^[\s"\u201c\u201e'«]+/, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s:]*$/, '')
    .replace(/ \d{1,2}$/, '');
  return set.has(key);
}
