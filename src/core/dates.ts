// Date expressions resolved against the publication time, preferring the past as news does.
//
// The date parser (chrono-node) costs far more than a token lookup, so it runs only on sentences
// holding a date-ish token: a month or weekday name, `yesterday`/`today`/`ago`, a period after a
// modifier (`last year`, `this week`), or a numeric date shape (24/02/2022, 2022-02-24).
// Without a publication time only dates that state their year are resolved (`24 February 2022`);
// relative ones (`Thursday`, `yesterday`, `February 24`) are left out rather than guessed.
import type { DateMention } from '../types.js';
import type { Document, Token } from './document.js';
import type { Locale } from '../locales/locale.js';
import { dateParserFor, isAbsolute, isoValue, toReference } from './date-values.js';

type Vocabulary = { ignored: Set<string>; triggers: Set<string>; capitalisedOnly: Set<string>; periodNouns: Set<string>; periodModifiers: Set<string> };
const vocabularies = new WeakMap<Locale, Vocabulary | null>();

function vocabularyOf(locale: Locale): Vocabulary | null {
  let v = vocabularies.get(locale);
  if (v === undefined) {
    const d = locale.dates;
    v = d ? { ignored: new Set(d.ignored ?? []), triggers: new Set(d.triggers), capitalisedOnly: new Set(d.capitalisedOnly), periodNouns: new Set(d.periodNouns), periodModifiers: new Set(d.periodModifiers) } : null;
    vocabularies.set(locale, v);
  }
  return v;
}

const LEADING_WORD = /^(?:on|at|in|by|from|since|until)\s+/i;
const TRAILING_PUNCTUATION = /[\s,;:]+$/;
const NUMERIC_DATE = /^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?$/;

function isDateToken(tokens: Token[], k: number, vocab: Vocabulary): boolean {
  const tok = tokens[k]!;
  const first = tok.text.charCodeAt(0);
  if (first >= 48 && first <= 57) return NUMERIC_DATE.test(tok.text);
  // Every trigger starts with a letter: punctuation and spaces (most tokens) stop here.
  if (first < 65 || (first > 90 && first < 97) || (first > 122 && first < 192)) return false;
  // wink-nlp's normal form is already lower-cased; abbreviations keep their period (`Feb.`).
  let word = tok.lemma;
  if (word.charCodeAt(word.length - 1) === 46) word = word.slice(0, -1);
  if (vocab.triggers.has(word)) {
    return !vocab.capitalisedOnly.has(word) || (first >= 65 && first <= 90);
  }
  if (vocab.periodNouns.has(word)) {
    let p = k - 1;
    while (p >= 0 && tokens[p]!.pos === 'SPACE') p--;
    return p >= 0 && vocab.periodModifiers.has(tokens[p]!.lemma);
  }
  return false;
}

/** Tokens either side of a date-ish token handed to the parser with it: enough for the longest
 *  date expression (`on the morning of Thursday 24 February 2022 at 10:30 GMT`), and a bound on
 *  the parser's work however long the sentence (a megabyte of quotation marks is one sentence). */
const WINDOW = 6;
const LONGEST_DATE_WORD = 24;

/** A year (1000–2999) or a full numeric date: without a publication time, only windows holding one
 *  can give an absolute date, so the others are not parsed at all. */
const YEARISH = /^[12]\d{3}$|^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;

/** Token ranges [first, last] around the date-ish tokens of one sentence, overlapping ones merged. */
function dateWindows(tokens: Token[], first: number, last: number, vocab: Vocabulary | null, absoluteOnly: boolean): Array<[number, number]> {
  if (!vocab) return first <= last ? [[first, last]] : [];
  const windows: Array<[number, number]> = [];
  for (let k = first; k <= last; k++) {
    if (!isDateToken(tokens, k, vocab)) continue;
    // A window stops before any token too long to be part of a date (a URL, a run of marks), so the
    // parser never sees more than a few hundred characters.
    let from = k;
    while (from > first && from > k - WINDOW && tokens[from - 1]!.text.length <= LONGEST_DATE_WORD) from--;
    let to = k;
    while (to < last && to < k + WINDOW && tokens[to + 1]!.text.length <= LONGEST_DATE_WORD) to++;
    if (absoluteOnly && !hasYear(tokens, from, to)) continue;
    const previous = windows[windows.length - 1];
    if (previous && from <= previous[1] + 1) previous[1] = to;
    else windows.push([from, to]);
  }
  return windows;
}

function hasYear(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const c = tokens[k]!.text.charCodeAt(0);
    if (c >= 48 && c <= 57 && YEARISH.test(tokens[k]!.text)) return true;
  }
  return false;
}

export function findDates(doc: Document, published: string | undefined, locale: Locale): DateMention[] {
  const vocab = vocabularyOf(locale);
  const reference = published ? toReference(published, locale) : null;
  const parser = dateParserFor(locale);
  const { text, tokens } = doc;
  const mentions: DateMention[] = [];
  for (const sentence of doc.sentences) {
    for (const [first, last] of dateWindows(tokens, sentence.firstToken, sentence.lastToken, vocab, !reference)) {
      const from = tokens[first]!.start;
      const slice = text.slice(from, tokens[last]!.end);
      const results = parser.parse(slice, reference ? { instant: reference.instant, timezone: 0 } : { instant: new Date(0), timezone: 0 });
      for (const r of results) {
        if (!reference && !isAbsolute(r)) continue;
        // The span is the date itself: chrono may take a leading `on`/`at` and a trailing comma.
        const lead = LEADING_WORD.exec(r.text)?.[0].length ?? 0;
        const trail = TRAILING_PUNCTUATION.exec(r.text)?.[0].length ?? 0;
        if (lead + trail >= r.text.length) continue;
        const start = from + r.index + lead;
        const end = from + r.index + r.text.length - trail;
        const span = text.slice(start, end);
        if (span !== r.text.slice(lead, r.text.length - trail) || vocab?.ignored.has(span)) continue;
        mentions.push({ start, end, text: span, value: isoValue(r, reference) });
      }
    }
  }
  return mentions;
}
