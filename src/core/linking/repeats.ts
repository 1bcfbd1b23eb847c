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
import { WordTable, WORD_HASH_START, wordHash, hashOfWord } from './word-table.js';

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
/** Quotes remembered per stem: enough to tell a rare word from a common one. */
const USERS_KEPT = RARE_WORD_QUOTES + 1;
/** Stems an ArticleStems keeps room for after an article; one with more starts small again. */
const LARGEST_KEPT_STEMS = 4096;

/** What repeats needs of a locale: its function words and its stemmer. */
type WordHandling = { stop: WordTable; stem: ((word: string) => string) | undefined; stems: ArticleStems | null };
const wordHandlings = new WeakMap<Locale, WordHandling>();

function wordHandlingOf(locale: Locale): WordHandling {
  let handling = wordHandlings.get(locale);
  if (!handling) {
    const stop = new WordTable();
    for (const word of locale.stopwords ?? []) {
      const hash = hashOfWord(word);
      if (stop.indexOf(word, 0, word.length, hash) < 0) stop.add(word, hash, 0);
    }
    handling = { stop, stem: locale.stem, stems: null };
    wordHandlings.set(locale, handling);
  }
  return handling;
}

/** The content stems of one article, each numbered in order of first sight, so that a quote's words
 *  are a list of small numbers and two quotes compare by marking and counting instead of hashing
 *  strings. A word's stem number (-1 for a function word) is remembered for the article: the stop
 *  test and the stemmer are pure functions of the word, so remembering cannot change a result, and
 *  a word met again costs one lookup. A cache shared across articles (50,000 words) cost more than
 *  it saved: its lookups missed the processor's caches between the other stages' work. */
class ArticleStems {
  private readonly stemOfWord = new WordTable();
  /** Stem → its number. */
  private readonly byStem = new WordTable();
  /** Per stem number, for comparing two quotes (see findRepeats); all 0 after start(). */
  private marks = new Int32Array(256);
  // Per stem number, in typed arrays reused from one article to the next rather than a list per
  // stem (about 150,000 stems per BBC pass); a stem's entries are set when it is numbered.
  /** Per stem number: the last quote it was counted for (a quote's list holds each stem once). */
  private lastQuote = new Int32Array(256);
  /** Per stem number: how many quotes `users` holds for it, at most USERS_KEPT. */
  private userCounts = new Int32Array(256);
  /** From stem number * USERS_KEPT on: the first quotes using the stem, in quote order. */
  private users = new Int32Array(256 * USERS_KEPT);

  constructor(private readonly handling: WordHandling) {}

  /** Empties the tables for the next article: one ArticleStems serves every article of a locale
   *  (findRepeats runs to the end before it is called again), since making its typed arrays anew
   *  cost more than clearing them. */
  start(): this {
    this.stemOfWord.clear();
    this.byStem.clear();
    if (this.lastQuote.length > LARGEST_KEPT_STEMS) this.makeRoom(256);
    return this;
  }

  /** How many stems the article's words have so far. */
  get count(): number {
    return this.byStem.size;
  }

  /** How many quotes use stem `id`, counted up to USERS_KEPT. */
  userCount(id: number): number {
    return this.userCounts[id]!;
  }

  /** The `k`th quote using stem `id`, for k below userCount(id). */
  user(id: number, k: number): number {
    return this.users[id * USERS_KEPT + k]!;
  }

  /** marks, zeroed and at least one per stem, once the article's stems are all numbered. */
  zeroedMarks(): Int32Array {
    const size = this.count;
    if (this.marks.length < size || this.marks.length > 4 * Math.max(size, 256)) this.marks = new Int32Array(Math.max(size, 256));
    else this.marks.fill(0);
    return this.marks;
  }

  /** Adds the stem of the word `text[from, to)` (its wordHash `hash`) to quote `q`'s list unless
   *  it is a function word or already there. */
  addWord(text: string, from: number, to: number, hash: number, q: number, list: number[]): void {
    const known = this.stemOfWord.indexOf(text, from, to, hash);
    let id: number;
    if (known >= 0) id = this.stemOfWord.valueAt(known);
    else {
      const word = text.slice(from, to);
      id = this.stemNumber(word, text, from, hash);
      this.stemOfWord.add(word, hash, id);
    }
    if (id < 0 || this.lastQuote[id] === q) return;
    this.lastQuote[id] = q;
    list.push(id);
    const users = this.userCounts[id]!;
    if (users < USERS_KEPT) { this.users[id * USERS_KEPT + users] = q; this.userCounts[id] = users + 1; }
  }

  /** `word` is `text` from `from` on, its wordHash `hash`. */
  private stemNumber(word: string, text: string, from: number, hash: number): number {
    const { stop, stem } = this.handling;
    // Without a stop-word list, short words stand in for function words.
    if (stop.indexOf(text, from, from + word.length, hash) >= 0 || (stop.size === 0 && word.length < 4)) return -1;
    const s = stem ? stem(word) : word;
    const stemHash = s === word ? hash : hashOfWord(s);
    const known = this.byStem.indexOf(s, 0, s.length, stemHash);
    if (known >= 0) return this.byStem.valueAt(known);
    const id = this.byStem.size;
    this.byStem.add(s, stemHash, id);
    if (id === this.lastQuote.length) this.makeRoom(2 * id);
    this.lastQuote[id] = -1;
    this.userCounts[id] = 0;
    return id;
  }

  /** Per-stem arrays for `stems` stems, keeping the entries of those numbered so far. */
  private makeRoom(stems: number): void {
    const kept = Math.min(this.count, stems);
    const lastQuote = new Int32Array(stems);
    lastQuote.set(this.lastQuote.subarray(0, kept));
    const userCounts = new Int32Array(stems);
    userCounts.set(this.userCounts.subarray(0, kept));
    const users = new Int32Array(stems * USERS_KEPT);
    users.set(this.users.subarray(0, kept * USERS_KEPT));
    this.lastQuote = lastQuote;
    this.userCounts = userCounts;
    this.users = users;
  }
}

export function findRepeats(quotes: Quote[], locale: Locale): string[][] {
  const n = quotes.length;
  if (n < 2) return [];
  const handling = wordHandlingOf(locale);
  const stems = (handling.stems ??= new ArticleStems(handling)).start();
  const words: number[][] = [];
  for (let i = 0; i < n; i++) words.push(contentStems(quotes[i]!, i, stems));
  const parent: number[] = [];
  for (let i = 0; i < n; i++) parent.push(i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; } return i; };
  const union = (a: number, b: number) => { const ra = find(a); const rb = find(b); if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb); };

  // Comparing two quotes marks the larger one's stems with the comparison's number.
  const marks = stems.zeroedMarks();
  let comparison = 0;
  const compared = new Set<number>();
  const consider = (a: number, b: number) => {
    const key = a * n + b;
    if (compared.has(key)) return;
    compared.add(key);
    if (overlaps(quotes[a]!, quotes[b]!)) return; // two readings of one passage, not a repeat
    const same = quotes[a]!.speaker !== null && quotes[a]!.speaker === quotes[b]!.speaker;
    if (isRepeat(words[a]!, words[b]!, same, marks, ++comparison)) union(a, b);
  };

  const bySpeaker = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const speaker = quotes[i]!.speaker;
    if (!speaker) continue;
    let list = bySpeaker.get(speaker);
    if (!list) { list = []; bySpeaker.set(speaker, list); }
    for (let k = Math.max(0, list.length - SPEAKER_WINDOW); k < list.length; k++) consider(list[k]!, i);
    list.push(i);
  }

  for (let id = 0; id < stems.count; id++) {
    const users = stems.userCount(id);
    if (users < 2 || users > RARE_WORD_QUOTES) continue;
    for (let x = 0; x < users; x++) for (let y = x + 1; y < users; y++) consider(stems.user(id, x), stems.user(id, y));
  }

  const groups = new Map<number, string[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    let g = groups.get(r);
    if (!g) { g = []; groups.set(r, g); }
    g.push(quotes[i]!.id);
  }
  const out: string[][] = [];
  for (const g of groups.values()) if (g.length > 1) out.push(g);
  return out;
}

/** `a` and `b` are lists of distinct stem numbers; `marks` and `comparison` as in findRepeats. */
function isRepeat(a: number[], b: number[], sameSpeaker: boolean, marks: Int32Array, comparison: number): boolean {
  const smaller = a.length <= b.length ? a : b;
  const larger = smaller === a ? b : a;
  for (let k = 0; k < larger.length; k++) marks[larger[k]!] = comparison;
  let shared = 0;
  for (let k = 0; k < smaller.length; k++) if (marks[smaller[k]!] === comparison) shared++;
  if (shared < (sameSpeaker ? MIN_SHARED : MIN_SHARED_OTHER_SPEAKER)) return false;
  return shared / smaller.length >= (sameSpeaker ? SAME_SPEAKER_OVERLAP : OTHER_SPEAKER_OVERLAP);
}

function overlaps(a: Quote, b: Quote): boolean {
  for (const x of a.content) for (const y of b.content) if (x.start < y.end && y.start < x.end) return true;
  return false;
}

/** The distinct content stems of quote `q` (number `i`), in order of first use. */
function contentStems(q: Quote, i: number, stems: ArticleStems): number[] {
  const out: number[] = [];
  for (const span of q.content) {
    // A hand-rolled word scan: this runs over every quotation of every article.
    const text = span.text.toLowerCase();
    let from = -1;
    let hash = WORD_HASH_START;
    for (let k = 0; k <= text.length; k++) {
      const c = k < text.length ? text.charCodeAt(k) : 32;
      const apostropheInWord = (c === 39 || c === 0x2019) && from >= 0 && isWordChar(text.charCodeAt(k + 1));
      if (isWordChar(c) || apostropheInWord) {
        if (from < 0) { from = k; hash = WORD_HASH_START; }
        hash = wordHash(hash, c);
        continue;
      }
      if (from >= 0) { stems.addWord(text, from, k, hash, i, out); from = -1; }
    }
  }
  return out;
}

/** Per UTF-16 unit from 0xC0 up: 0 not yet asked, 1 not a word character, 2 a word character. */
const wideWordChars = new Uint8Array(0x10000);

function isWordChar(c: number): boolean {
  if (c >= 97 && c <= 122) return true; // a-z (text is lower-cased)
  if (c >= 48 && c <= 57) return true;
  if (c < 0xc0 || Number.isNaN(c)) return false;
  let known = wideWordChars[c]!;
  if (known === 0) {
    const ch = String.fromCharCode(c);
    known = ch.toLowerCase() !== ch.toUpperCase() || (c >= 0x3040 && c <= 0x9fff) ? 2 : 1;
    wideWordChars[c] = known;
  }
  return known === 2;
}
