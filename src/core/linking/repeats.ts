// The same statement reported twice in one article, possibly in different words:
// `"We will not raise taxes," Mr Brown said.` … `Mr Brown said he would not raise taxes.`
//
// Each quote becomes a set of content-word stems (lower-cased, the locale's function words dropped,
// the locale's stemmer applied). Pairs are only compared when they share a speaker or a word that
// few quotes of the article use, and each bucket is capped, so the work stays linear in the number
// of quotes.
// The same speaker needs less overlap than two different (or unknown) speakers.
import type { Quote } from '../../types.js';
import type { Locale } from '../../locales/locale.js';

/** Share of the smaller quote's words the two must have in common. */
const SAME_SPEAKER_OVERLAP = 0.6;
const OTHER_SPEAKER_OVERLAP = 0.8;
/** Fewer shared words than this is a coincidence, however short the quotes. */
const MIN_SHARED = 2;
const MIN_SHARED_OTHER_SPEAKER = 4;
/** A word in more quotes than this says nothing about which two repeat each other. */
const RARE_WORD_QUOTES = 4;
/** Within one speaker, each quote is compared with at most this many earlier ones. */
const SPEAKER_WINDOW = 40;

/** What repeats needs of a locale: its function words and its stemmer. */
type WordHandling = { stop: Set<string>; stem: ((word: string) => string) | undefined };
const wordHandlings = new WeakMap<Locale, WordHandling>();

function wordHandlingOf(locale: Locale): WordHandling {
  let handling = wordHandlings.get(locale);
  if (!handling) {
    handling = { stop: new Set(locale.stopwords ?? []), stem: locale.stem };
    wordHandlings.set(locale, handling);
  }
  return handling;
}

/** The content stem of a word (null for a function word), remembered for one article: the stop
 *  test and the stemmer are pure functions of the word, so remembering cannot change a result, and
 *  a word met again costs one lookup. A cache shared across articles (50,000 words) cost more than
 *  it saved: its lookups missed the processor's caches between the other stages' work. */
function articleContentStem({ stop, stem }: WordHandling): (word: string) => string | null {
  const stems = new Map<string, string | null>();
  return (word) => {
    let s = stems.get(word);
    if (s === undefined) {
      // Without a stop-word list, short words stand in for function words.
      s = stop.has(word) || (stop.size === 0 && word.length < 4) ? null : stem ? stem(word) : word;
      stems.set(word, s);
    }
    return s;
  };
}

export function findRepeats(quotes: Quote[], locale: Locale): string[][] {
  if (quotes.length < 2) return [];
  const contentStem = articleContentStem(wordHandlingOf(locale));
  const words = quotes.map((q) => contentStems(q, contentStem));
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; } return i; };
  const union = (a: number, b: number) => { const ra = find(a); const rb = find(b); if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb); };

  const compared = new Set<number>();
  const consider = (a: number, b: number) => {
    const key = a * quotes.length + b;
    if (compared.has(key)) return;
    compared.add(key);
    if (overlaps(quotes[a]!, quotes[b]!)) return; // two readings of one passage, not a repeat
    const same = quotes[a]!.speaker !== null && quotes[a]!.speaker === quotes[b]!.speaker;
    if (isRepeat(words[a]!, words[b]!, same)) union(a, b);
  };

  const bySpeaker = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    if (!q.speaker) return;
    const list = bySpeaker.get(q.speaker) ?? [];
    for (let k = Math.max(0, list.length - SPEAKER_WINDOW); k < list.length; k++) consider(list[k]!, i);
    list.push(i);
    bySpeaker.set(q.speaker, list);
  });

  const byWord = new Map<string, number[]>();
  words.forEach((set, i) => {
    for (const w of set) {
      let list = byWord.get(w);
      if (!list) { list = []; byWord.set(w, list); }
      if (list.length <= RARE_WORD_QUOTES) list.push(i);
    }
  });
  for (const list of byWord.values()) {
    if (list.length < 2 || list.length > RARE_WORD_QUOTES) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) consider(list[x]!, list[y]!);
  }

  const groups = new Map<number, string[]>();
  quotes.forEach((q, i) => { const r = find(i); const g = groups.get(r) ?? []; g.push(q.id); groups.set(r, g); });
  return [...groups.values()].filter((g) => g.length > 1);
}

function isRepeat(a: Set<string>, b: Set<string>, sameSpeaker: boolean): boolean {
  const smaller = a.size <= b.size ? a : b;
  const larger = smaller === a ? b : a;
  let shared = 0;
  for (const w of smaller) if (larger.has(w)) shared++;
  if (shared < (sameSpeaker ? MIN_SHARED : MIN_SHARED_OTHER_SPEAKER)) return false;
  return shared / smaller.size >= (sameSpeaker ? SAME_SPEAKER_OVERLAP : OTHER_SPEAKER_OVERLAP);
}

function overlaps(a: Quote, b: Quote): boolean {
  for (const x of a.content) for (const y of b.content) if (x.start < y.end && y.start < x.end) return true;
  return false;
}

function contentStems(q: Quote, contentStem: (word: string) => string | null): Set<string> {
  const out = new Set<string>();
  const add = (word: string) => {
    const s = contentStem(word);
    if (s !== null) out.add(s);
  };
  for (const span of q.content) {
    // A hand-rolled word scan: this runs over every quotation of every article.
    const text = span.text.toLowerCase();
    let from = -1;
    for (let k = 0; k <= text.length; k++) {
      const c = k < text.length ? text.charCodeAt(k) : 32;
      const apostropheInWord = (c === 39 || c === 0x2019) && from >= 0 && isWordChar(text.charCodeAt(k + 1));
      if (isWordChar(c) || apostropheInWord) { if (from < 0) from = k; continue; }
      if (from >= 0) { add(text.slice(from, k)); from = -1; }
    }
  }
  return out;
}

function isWordChar(c: number): boolean {
  if (c >= 97 && c <= 122) return true; // a-z (text is lower-cased)
  if (c >= 48 && c <= 57) return true;
  if (c < 0xc0 || Number.isNaN(c)) return false;
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch.toUpperCase() || (c >= 0x3040 && c <= 0x9fff);
}
