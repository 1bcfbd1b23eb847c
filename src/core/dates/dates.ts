// Date expressions resolved against the publication time, preferring the past as news does.
//
// The date parser (chrono-node) costs far more than a token lookup, so it runs only on sentences
// holding a date-ish token: a month or weekday name, `yesterday`/`today`/`ago`, a period after a
// modifier (`last year`, `this week`), or a numeric date shape (24/02/2022, 2022-02-24).
// Without a publication time only dates that state their year are resolved (`24 February 2022`);
// relative ones (`Thursday`, `yesterday`, `February 24`) are left out rather than guessed.
import type { DateMention } from '../../types.js';
import type { Document, Token } from '../document/document.js';
import type { Locale } from '../../locales/locale.js';
import { dateParserFor, isAbsolute, isoValue, parsingReference, toReference, type DateValueWords, type Reference } from '../document/date-values.js';
import { nonSpaceAtOrBefore } from '../document/non-space-tokens.js';

type Vocabulary = {
  ignored: Set<string>; triggers: Set<string>; capitalisedOnly: Set<string>; periodNouns: Set<string>; periodModifiers: Set<string>;
  edgeWords: Set<string>; timeMarkers: Set<string>; nameFollowers: Set<string>; namesWhenCapitalised: Set<string>;
  /** Outlet names holding a date word (`Mail on Sunday`, `USA Today`): a date inside one is part of the name. */
  datedOutlets: string[];
  periodNounArticles: ReadonlySet<string>;
  pluralEnding: string;
  possessiveBeforeWord: RegExp;
  /** The words isoValue reads a parsed date's text by (future markers, week phrases). */
  valueWords: DateValueWords;
};
const vocabularies = new WeakMap<Locale, Vocabulary | null>();

function vocabularyOf(locale: Locale): Vocabulary | null {
  let v = vocabularies.get(locale);
  if (v === undefined) {
    const d = locale.dates;
    if (d) {
      const triggers = new Set(d.triggers);
      v = {
        ignored: new Set(d.ignored ?? []), triggers, capitalisedOnly: new Set(d.capitalisedOnly), periodNouns: new Set(d.periodNouns),
        periodModifiers: new Set(d.periodModifiers), edgeWords: new Set(d.edgeWords ?? []), timeMarkers: new Set(d.timeMarkers ?? []),
        nameFollowers: new Set(d.nameFollowers ?? []), namesWhenCapitalised: new Set(d.namesWhenCapitalised ?? []),
        datedOutlets: locale.outlets.filter((o) => o.split(' ').some((w) => triggers.has(w.toLowerCase()))),
        periodNounArticles: locale.words.periodNounArticles,
        pluralEnding: locale.words.endings.plural,
        possessiveBeforeWord: locale.words.endings.possessiveBeforeWord,
        valueWords: d,
      };
    } else v = null;
    vocabularies.set(locale, v);
  }
  return v;
}

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
    p = nonSpaceAtOrBefore(tokens, p);
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

/** Where a YEARISH token's text can start (`2004`) or holds its first separator (`10/03/2005`):
 *  a sentence whose text has no match has no such token. */
const YEARISH_IN_TEXT = /[12]\d{3}|\d[/.-]\d/g;

/** The first place at or after `from` where YEARISH_IN_TEXT matches `text`, or the text's length. */
function yearishFrom(text: string, from: number): number {
  YEARISH_IN_TEXT.lastIndex = from;
  const m = YEARISH_IN_TEXT.exec(text);
  return m ? m.index : text.length;
}

function hasYear(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const c = tokens[k]!.text.charCodeAt(0);
    if (c >= 48 && c <= 57 && YEARISH.test(tokens[k]!.text)) return true;
  }
  return false;
}

/** `headerDates` are dates readHeader found but could not resolve (a dateline's `Feb 24` with no year
 *  known): they are kept, in text order, when there is no publication time to resolve them against. */
export function findDates(doc: Document, published: string | undefined, locale: Locale, headerDates: DateMention[] = []): DateMention[] {
  const vocab = vocabularyOf(locale);
  const reference = published ? toReference(published, locale) : null;
  const parser = dateParserFor(locale);
  const { text, tokens } = doc;
  const mentions: DateMention[] = [];
  // The next place in the text a year may be written, found by one search run along the text.
  let yearish = -1;
  for (const sentence of doc.sentences) {
    // Without a publication time a window must hold a year, so a sentence without one (most) is
    // passed over: on a search of its text, then on a digit test per token instead of a word lookup.
    if (!reference && vocab) {
      if (sentence.firstToken > sentence.lastToken) continue;
      const from = tokens[sentence.firstToken]!.start;
      if (yearish < from) yearish = yearishFrom(text, from);
      if (yearish >= tokens[sentence.lastToken]!.end || !hasYear(tokens, sentence.firstToken, sentence.lastToken)) continue;
    }
    for (const [first, last] of dateWindows(tokens, sentence.firstToken, sentence.lastToken, vocab, !reference)) {
      const from = tokens[first]!.start;
      const slice = text.slice(from, tokens[last]!.end);
      const results = parser.parse(slice, parsingReference(reference));
      for (const r of results) {
        if (!reference && !isAbsolute(r)) continue;
        const at = from + r.index;
        const mention = dateMention(text, at, r, sentence.start, vocab, reference) ?? retryWithoutStrayNumber(text, at, r, parser, sentence.start, vocab, reference);
        if (mention) mentions.push(mention);
      }
    }
  }
  if (reference || headerDates.length === 0) return mentions;
  return [...headerDates, ...mentions].sort((a, b) => a.start - b.start);
}

type Parsed = ReturnType<ReturnType<typeof dateParserFor>['parse']>[number];

/**
 * The mention for one parsed result found at offset `at`, or null when it is not a date in news. The span is the date
 * itself: chrono may take an `on`/`at` before it, `of` or a comma or dash after it, brackets round it.
 * Left out (each class seen in BBC News): a number read as an hour with nothing saying it is a time
 * (`1.4bn`, `1-1`, `$133m`), shapes without a date word (scores `3-0`, odds `4/1`, `9/11`, `24/7`: a
 * day and month without a year are too rarely a date in news), a bare period noun (`in morning trade`,
 * `its opening weekend`), part of a word (`three-and-a-half year`), and names: the `Today` programme,
 * the `Sunday Times`, `ITV1's This Morning`, the `Mail on Sunday`.
 */
function dateMention(text: string, at: number, r: Parsed, sentenceStart: number, vocab: Vocabulary | null, reference: Reference | null): DateMention | null {
  let start = at;
  let end = start + r.text.length;
  if (text.slice(start, end) !== r.text) return null;
  if (vocab) [start, end] = trimEdges(text, start, end, vocab.edgeWords);
  if (start >= end) return null;
  const span = text.slice(start, end);
  if (vocab) {
    if (vocab.ignored.has(span) || insideWord(text, start, end)) return null;
    const words = wordsOf(span);
    if (!words.some((w) => isDateWord(w, vocab))) return null;
    if (r.start.isCertain('hour') && !words.some((w) => isTimeWord(w, vocab))) return null;
    if (isBarePeriodNoun(words, vocab)) return null;
    if (isName(text, start, end, words, sentenceStart, vocab)) return null;
  }
  return { start, end, text: span, value: isoValue(r, reference, vocab?.valueWords) };
}

/** `15 on Monday`, `$133m a year ago`, `Monday at 11`: chrono joined a number to a date and read it as
 *  an hour. The date without that number is parsed once more. */
function retryWithoutStrayNumber(text: string, at: number, r: Parsed, parser: ReturnType<typeof dateParserFor>, sentenceStart: number, vocab: Vocabulary | null, reference: Reference | null): DateMention | null {
  if (!vocab || !r.start.isCertain('hour')) return null;
  const lead = /^(?:\p{L}+\s+)?[\d$£€][\d.,/-]*\p{L}{0,3}\s+/u.exec(r.text);
  const trail = lead ? null : /\s+[\d.,]+$/.exec(r.text);
  if (!lead && !trail) return null;
  const offset = lead ? lead[0].length : 0;
  const rest = lead ? r.text.slice(offset) : r.text.slice(0, trail!.index);
  const again = parser.parse(rest, parsingReference(reference))[0];
  if (!again || (!reference && !isAbsolute(again))) return null;
  return dateMention(text, at + offset + again.index, again, sentenceStart, vocab, reference);
}

function trimEdges(text: string, start: number, end: number, edgeWords: Set<string>): [number, number] {
  for (let changed = true; changed && start < end;) {
    changed = false;
    while (start < end && /[\s(\[]/.test(text[start]!)) { start++; changed = true; }
    while (end > start && /[\s,;:)\]\-–—(]/.test(text[end - 1]!)) { end--; changed = true; }
    const first = /^\p{L}+(?=\s)/u.exec(text.slice(start, Math.min(end, start + 12)));
    if (first && edgeWords.has(first[0].toLowerCase())) { start += first[0].length; changed = true; }
    const last = /\s(\p{L}+)$/u.exec(text.slice(Math.max(start, end - 12), end));
    if (last && edgeWords.has(last[1]!.toLowerCase())) { end -= last[1]!.length; changed = true; }
  }
  return [start, end];
}

function isLetterOrDigit(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** `three-and-a-half year`: a span starting or ending inside a word is a piece of something else
 *  (a hyphen before it is fine: `mid-December`, `pre-11 September 2001`, `10-15 years ago`). */
function insideWord(text: string, start: number, end: number): boolean {
  return isLetterOrDigit(text[start - 1]) || isLetterOrDigit(text[end]);
}

type Word = { text: string; lower: string; at: number; number: boolean };

function wordsOf(span: string): Word[] {
  const words: Word[] = [];
  for (const m of span.matchAll(/\p{L}+(?:['’.]\p{L}+)*\.?|\d+(?:[/.:-]\d+)*/gu)) {
    const lower = m[0].toLowerCase();
    words.push({ text: m[0], lower: lower.endsWith('.') ? lower.slice(0, -1) : lower, at: m.index!, number: /^\d/.test(m[0]) });
  }
  return words;
}

/** A year, a full numeric date, a month or weekday name, a relative word, a period (`last`, `months`)
 *  or a time of day. */
function isDateWord(w: Word, vocab: Vocabulary): boolean {
  if (w.number) return YEARISH.test(w.text) || /^\d{4}-\d{2}(-\d{2})?$/.test(w.text) || /^\d{1,2}:\d{2}/.test(w.text);
  if (vocab.triggers.has(w.lower) || vocab.periodModifiers.has(w.lower) || vocab.timeMarkers.has(w.lower)) return true;
  return vocab.periodNouns.has(w.lower) || (w.lower.endsWith(vocab.pluralEnding) && vocab.periodNouns.has(w.lower.slice(0, -vocab.pluralEnding.length)));
}

function isTimeWord(w: Word, vocab: Vocabulary): boolean {
  return w.number ? /\d:\d{2}/.test(w.text) : vocab.timeMarkers.has(w.lower);
}

function isBarePeriodNoun(words: Word[], vocab: Vocabulary): boolean {
  const rest = words[0] !== undefined && vocab.periodNounArticles.has(words[0].lower) ? words.slice(1) : words;
  return rest.length === 1 && vocab.periodNouns.has(rest[0]!.lower);
}

function isCapitalised(word: string): boolean {
  const c = word[0]!;
  return c !== c.toLowerCase();
}

function isName(text: string, start: number, end: number, words: Word[], sentenceStart: number, vocab: Vocabulary): boolean {
  const first = words[0];
  // `Radio 4's Today`, `USA Today`, `ITV1's This Morning`: prose writes the date in lower case, so
  // a capital that does not open a sentence, a quotation or a clause after a colon opens a name.
  if (first && first.at === 0 && isCapitalised(first.text) && vocab.namesWhenCapitalised.has(first.lower)) {
    const before = text.slice(Math.max(sentenceStart, start - 200), start).trimEnd();
    if (before.length > 0 && !/[:.!?;"“‘'(\[—–-]$/.test(before)) return true;
  }
  for (const w of words) {
    if (w.number || !vocab.triggers.has(w.lower) || !isCapitalised(w.text)) continue;
    const next = /^[ \u00a0](\p{L}+)/u.exec(text.slice(start + w.at + w.text.length, start + w.at + w.text.length + 24));
    if (!next) continue;
    const follower = next[1]!.toLowerCase();
    if (!vocab.nameFollowers.has(follower)) continue;
    // `Sunday Times`, `Tonight Show`; in lower case only after a relative word (`Today programme`) or a
    // possessive (`GMTV's Sunday programme`), not after a plain date (`the 22 February show`) nor as a
    // period (`Sunday night`).
    if (isCapitalised(next[1]!)) return true;
    const possessive = vocab.possessiveBeforeWord.test(text.slice(Math.max(0, start + w.at - 3), start + w.at));
    if ((vocab.namesWhenCapitalised.has(w.lower) || possessive) && !vocab.periodNouns.has(follower)) return true;
  }
  for (const outlet of vocab.datedOutlets) {
    for (let at = text.indexOf(outlet, Math.max(0, start - outlet.length)); at >= 0 && at < end; at = text.indexOf(outlet, at + 1)) {
      if (at + outlet.length > start) return true;
    }
  }
  return false;
}
