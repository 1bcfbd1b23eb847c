// English date vocabulary: the words that make a sentence worth handing to the date parser.
// The parser (chrono-node) is slow next to a token lookup, so findDates only runs it on
// sentences that contain one of these (or a digit shape such as a year or 24/02/2022).
import type { DateVocabulary } from '../locale.js';

const months = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
const weekdays = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // `Sun`, `Sat`, `Mon`, `Wed`, `Fri` are left out: in running text they are The Sun, the SATs, names.
  'tue', 'tues', 'thu', 'thur', 'thurs',
];
const relative = ['yesterday', 'today', 'tomorrow', 'tonight', 'ago'];

export const dates: DateVocabulary = {
  triggers: [...months, ...weekdays, ...relative],
  // `year` alone is everywhere in news; `last year`, `this week`, `next month` are dates.
  periodNouns: ['week', 'weekend', 'month', 'year', 'fortnight', 'morning', 'afternoon', 'evening', 'night', 'decade', 'century'],
  periodModifiers: ['last', 'next', 'this', 'previous', 'coming', 'past', 'earlier', 'later'],
  // Words that are triggers only when capitalised: `May` the month, not `may` the verb.
  capitalisedOnly: ['may', 'march', 'jan', 'mar', 'dec', 'sept', 'aug'],
  // `Ant and Dec.` ends a sentence with a name; a month abbreviation alone is rarely a date.
  ignored: ['now', 'Now', 'Sun', 'Sat', 'Mon', 'Wed', 'Fri', 'Mar', 'Sept', 'Dec', 'Dec.', 'DEC.'],
  // chrono takes `on Friday`, `October of its pill`; the date is the rest.
  edgeWords: ['on', 'at', 'in', 'by', 'from', 'since', 'until', 'of'],
  timeMarkers: [
    'am', 'pm', 'a.m', 'p.m', 'noon', 'midday', 'midnight', "o'clock", 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt',
    'cst', 'cdt', 'pst', 'pdt', 'et', 'pt', 'morning', 'afternoon', 'evening', 'night', 'tonight', 'dawn', 'dusk', 'hours', 'hrs',
  ],
  // Newspapers, programmes and shows named after a day: the Sunday Times, the Today programme,
  // Saturday Night Takeaway, the Tonight Show, Sunday Live, the Tomorrow People.
  nameFollowers: [
    'programme', 'program', 'show', 'live', 'night', 'people', 'times', 'telegraph', 'express', 'mirror', 'post',
    'herald', 'mail', 'business', 'magazine', 'edition', 'sport', 'politics', 'newspaper', 'supplement', 'review',
  ],
  namesWhenCapitalised: [
    'today', 'tonight', 'tomorrow', 'yesterday', 'this', 'last', 'next', 'morning', 'afternoon', 'evening', 'night', 'weekend',
  ],
  relativeWeek: /\b(last|this|next|past|previous|coming)\s+week\b/i,
  weekWord: /week/i,
  futureMarkers: /\b(next|coming|tomorrow|this|later|following|upcoming)\b/i,
  postMeridiem: /^p/i,
  headerTime: { lead: 'at', meridiem: '[ap]\\.?m\\.?', utcZones: 'GMT|UTC|Z' },
  // Ambiguous numeric dates (03/04/2022) are read day-first, as in British and most world news.
  dayFirst: true,
};
