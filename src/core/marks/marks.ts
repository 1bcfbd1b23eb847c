// Quotation-mark pairing: one left-to-right pass per paragraph with a stack of open marks.
// Each mark character is classified by its neighbours (word character, space, punctuation), so the
// pass is linear in the text and needs no regular expression. Repairs for real-world damage:
// a missing closer (the quotation runs to the end of its paragraph), a closer pointing the wrong
// way (`“ … “`), stray marks with no partner, and quotations continued over several paragraphs.
import type { MarkPair } from '../../locales/locale.js';
import { lowerBound } from '../document/lower-bound.js';
import { AFTER_CLOSING_MARK, BEFORE_OPENING_MARK, FEET_SIGNS, INCH_SIGNS } from '../document/punctuation.js';

export type MarkRepair = 'missing-close' | 'reversed-close';

/** One top-level quotation found by its marks. Nested quotations stay inside their parent. */
export type MarkedQuote = {
  /** Offset of the opening mark. */
  start: number;
  /** End offset, after the closing mark; the paragraph end when the closer is missing. */
  end: number;
  open: string;
  /** The closing mark, or null when the paragraph ended first. */
  close: string | null;
  paragraph: number;
  repair: MarkRepair | null;
  /** Index (in the scan result) of the quotation this one continues from the previous paragraph. */
  continues: number | null;
};

export type MarkRules = {
  pairs: MarkPair[];
  apostrophes: string[];
};

type Open = { pair: MarkPair; at: number };

const MAX_DEPTH = 4;


function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\u2009' || c === '\u202f';
}

function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return c.toLowerCase() !== c.toUpperCase() || (code >= 0x3040 && code <= 0x9fff);
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Pairs, openers and closers indexed by character for O(1) lookups during the scan. */
type MarkIndex = {
  markChars: Set<string>;
  /** Matches any character that can start a mark. */
  finder: RegExp;
  /** Marks longer than one character (`''`), matched before single characters. */
  long: string[];
  /** First characters of the long marks: any other mark character is a one-character mark. */
  longStarts: Set<string>;
  openers: Map<string, MarkPair>;
  apostrophes: Set<string>;
  /** Closers that are never openers (”, ’, », 」): they close whatever they can, in any context. */
  symmetric: Set<string>;
};

const indexCache = new WeakMap<MarkPair[], MarkIndex>();

function indexRules(rules: MarkRules): MarkIndex {
  const cached = indexCache.get(rules.pairs);
  if (cached) return cached;
  const markChars = new Set<string>();
  const openers = new Map<string, MarkPair>();
  const symmetric = new Set<string>();
  const long = new Set<string>();
  for (const pair of rules.pairs) {
    markChars.add(pair.open[0]!);
    if (pair.open.length > 1) long.add(pair.open);
    if (!openers.has(pair.open)) openers.set(pair.open, pair);
    for (const c of pair.close) {
      markChars.add(c[0]!);
      if (c.length > 1) long.add(c);
      if (c === pair.open) symmetric.add(c);
    }
  }
  const finder = new RegExp(`[${[...markChars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');
  const longStarts = new Set([...long].map((m) => m[0]!));
  const index = { markChars, finder, long: [...long].sort((a, b) => b.length - a.length), longStarts, openers, apostrophes: new Set(rules.apostrophes), symmetric };
  indexCache.set(rules.pairs, index);
  return index;
}

/** Single-quote conventions are dropped rather than repaired when left open: an unclosed `'` or
 *  `‘` is far more often an apostrophe or a typo than a quotation running to the paragraph end. */
function isSingle(pair: MarkPair): boolean {
  return pair.open === "'" || pair.open === '‘' || pair.open === '‚' || pair.open === '‹' || pair.open === '『';
}

function isApostrophe(text: string, i: number, index: MarkIndex): boolean {
  const c = text[i]!;
  if (!index.apostrophes.has(c)) return false;
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isWordChar(prev) && isWordChar(next)) return true; // don’t, Blair’s, O'Neill
  if (isSpace(prev) && isDigit(next)) return true; // the ’90s
  // rock ’n’ roll
  if (next === 'n' && text[i + 2] === c && isSpace(prev)) return true;
  if (prev === 'n' && text[i - 2] === c) return true;
  return false;
}

/** `Trump is 6'3" tall`, `someone who is 5’2”.`: the double mark after feet and inches is the
 *  inch sign, which closes no quotation (the feet sign is already an apostrophe between digits). */
function isInchSign(text: string, i: number): boolean {
  if (!INCH_SIGNS.has(text[i]!) || !isDigit(text[i - 1])) return false;
  const feet = isDigit(text[i - 2]) ? i - 3 : i - 2;
  return FEET_SIGNS.has(text[feet] ?? '') && isDigit(text[feet - 1]);
}

/** `tweet-date="March 9">Rubio…`, `href=”https://…”`: a mark right after `=` or right before `>`
 *  delimits a markup attribute, not a quotation. */
function isMarkupDelimiter(text: string, i: number): boolean {
  return text[i - 1] === '=' || text[i + 1] === '>';
}

/** Offsets of the one-character openers and closers of `pair` in a paragraph. */
function marksIn(text: string, from: number, to: number, pair: MarkPair): { opens: number[]; closes: number[] } {
  const opens: number[] = [];
  const closes: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === pair.open) opens.push(i);
    else if (pair.close.includes(c)) closes.push(i);
  }
  return { opens, closes };
}

/** How many of the sorted offsets lie after `at`. */
function countAfter(offsets: number[], at: number): number {
  return offsets.length - lowerBound(offsets.length, (i) => offsets[i]! <= at);
}

/** Scans paragraphs (offset ranges into text, in order) for top-level quotations. */
export function scanMarks(text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>, rules: MarkRules): MarkedQuote[] {
  const index = indexRules(rules);
  const found: MarkedQuote[] = [];
  /** The top-level quotation the previous paragraph left open, waiting for a continuation. */
  let leftOpen: number | null = null;

  /** A block-quote sign read on the first pass over a paragraph, skipped on the second. */
  let blockQuoteSign = -1;
  // A single character class finds the next mark natively; it cannot backtrack. Its last search,
  // from `searchedFrom`, found the next mark at `nextMark` (the text's length when none is left):
  // a search from anywhere between the two finds the same mark, so the paragraphs without a mark,
  // which the search runs past up to the next mark, cost one search in all instead of one each.
  const finder = index.finder;
  let searchedFrom = -1;
  let nextMark = -1;
  const markAtOrAfter = (i: number): number => {
    if (i < searchedFrom || i > nextMark) {
      finder.lastIndex = i;
      // test, not exec: a mark's first character is one UTF-16 unit, so the match ends at
      // lastIndex, and no match array is made.
      nextMark = finder.test(text) ? finder.lastIndex - 1 : text.length;
      searchedFrom = i;
    }
    return nextMark;
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const { start: pStart, end: pEnd } = paragraphs[p]!;
    const carried: number | null = leftOpen;
    leftOpen = null;
    // A paragraph without a mark (most of them) opens, closes and continues nothing.
    if (markAtOrAfter(pStart) >= pEnd) continue;
    const stack: Open[] = [];
    const foundBefore = found.length;
    let firstInParagraph = true;
    /** The paragraph's marks of one pair after the opener at `at`, read once per paragraph and
     *  only when an opener repeats inside its own quotation (rare), so the scan stays linear. */
    let marksOfPair: { pair: MarkPair; opens: number[]; closes: number[] } | null = null;
    /** Closers of `pair` after `at` not needed by the openers after it. */
    const closersLeft = (pair: MarkPair, at: number): number => {
      if (pair.close.some((m) => index.apostrophes.has(m))) return 0;
      if (!marksOfPair || marksOfPair.pair !== pair) marksOfPair = { pair, ...marksIn(text, pStart, pEnd, pair) };
      return countAfter(marksOfPair.closes, at) - countAfter(marksOfPair.opens, at);
    };

    const emit = (open: Open, end: number, close: string | null, repair: MarkRepair | null): void => {
      const continues = firstInParagraph && carried !== null && open.at === firstMarkAt(text, pStart) && sameConvention(found[carried]!.open, open.pair.open) ? carried : null;
      firstInParagraph = false;
      found.push({ start: open.at, end, open: open.pair.open, close, paragraph: p, repair, continues });
    };

    for (let i = pStart; i < pEnd; i++) {
      i = markAtOrAfter(i);
      if (i >= pEnd) break;
      const ch = text[i]!;
      // Two-character marks first: typewriter copy writes double quotes as two apostrophes.
      const c = index.longStarts.has(ch) ? index.long.find((m) => text.startsWith(m, i) && i + m.length <= pEnd) ?? ch : ch;
      if (c.length === 1 && (isApostrophe(text, i, index) || isInchSign(text, i) || isMarkupDelimiter(text, i))) continue;
      const at = i;
      i += c.length - 1;
      if (at === blockQuoteSign) continue;
      const prev = at > pStart ? text[at - 1] : undefined;
      const next = i + 1 < pEnd ? text[i + 1] : undefined;
      const leftOpenCtx = prev === undefined || isSpace(prev) || BEFORE_OPENING_MARK.has(prev) || (index.markChars.has(prev) && !isWordChar(prev));
      const rightCloseCtx = next === undefined || isSpace(next) || AFTER_CLOSING_MARK.has(next) || index.markChars.has(next);
      const openingCtx = leftOpenCtx && !isSpace(next);
      const closingCtx = !isSpace(prev) && rightCloseCtx;
      const top = stack[stack.length - 1];

      if (top) {
        // `“…,"`: a closer of another convention that can also open (the straight `"` after a
        // curly opener) closes only where it cannot open; elsewhere it may open a nested quotation.
        const foreignCloser = c !== top.pair.close[0] && c !== top.pair.open && index.openers.has(c);
        if (top.pair.close.includes(c) && !(foreignCloser && (openingCtx || !closingCtx))) {
          const sym = index.symmetric.has(c);
          if (sym && openingCtx && !closingCtx) {
            // `"A "B` — a symmetric mark that opens: the previous quotation lost its closer.
            if (stack.length === 1) {
              emit(top, trimEnd(text, top.at, at), null, 'missing-close');
              stack.length = 0;
              stack.push({ pair: top.pair, at });
            }
            continue;
          }
          stack.pop();
          if (stack.length === 0) emit(top, i + 1, c, null);
          continue;
        }
        if (c === top.pair.open && !index.symmetric.has(c)) {
          if (closingCtx || !openingCtx) {
            // `“ … “`: the closer was typed the wrong way round.
            stack.pop();
            if (stack.length === 0) emit(top, i + 1, c, 'reversed-close');
          } else if (stack.length === 1 && closersLeft(top.pair, at) >= 2) {
            // `“I’d rather live in what he calls “hell” than…”`: enough closers follow for both,
            // so the second opener nests instead of ending the first.
            stack.push({ pair: top.pair, at });
          } else if (stack.length === 1) {
            emit(top, trimEnd(text, top.at, at), null, 'missing-close');
            stack.length = 0;
            stack.push({ pair: top.pair, at });
          }
          continue;
        }
        // A closer of an outer quotation ends the nested ones left open inside it.
        let outer = -1;
        for (let k = stack.length - 2; k >= 0; k--) {
          if (stack[k]!.pair.close.includes(c)) { outer = k; break; }
        }
        if (outer >= 0 && (closingCtx || !index.openers.has(c))) {
          const closed = stack[outer]!;
          stack.length = outer;
          if (outer === 0) emit(closed, i + 1, c, null);
          continue;
        }
      }

      const reversed = index.openers.has(c) ? null : reversedOpener(text, c, at, pStart, pEnd, stack.length, index);
      const pair = index.openers.get(c) ?? reversed;
      if (!pair) continue; // a closer with nothing to close: stray
      const canOpen = reversed !== null || (index.symmetric.has(c) || index.apostrophes.has(c) ? openingCtx : !isSpace(next));
      if (!canOpen) continue;
      if (top && top.pair === pair) continue;
      // Quotations nest two or three deep at most; a cap keeps hostile input linear.
      if (stack.length >= MAX_DEPTH) continue;
      stack.push({ pair, at });
    }

    // Paragraph end: a top-level quotation still open runs to the end of the paragraph.
    const bottom = stack[0];
    if (bottom && blockQuoteSign !== bottom.at && isBlockQuoteSign(text, bottom, pStart, pEnd)) {
      // Read the paragraph again without the sign, so the quotations inside it stand on their own.
      blockQuoteSign = bottom.at;
      found.length = foundBefore;
      leftOpen = carried;
      p--;
      continue;
    }
    if (bottom && !isSingle(bottom.pair) && wordsAfter(text, bottom.at + bottom.pair.open.length, pEnd) >= 2) {
      emit(bottom, pEnd, null, 'missing-close');
      leftOpen = found.length - 1;
    }
  }
  return found;
}

/** `"Trump walked onto the stage, chanting “U-S-A!”`: copy that quotes with curly marks and opens
 *  a paragraph with a straight mark it never closes is marking an excerpt (a block quote), not a
 *  quotation of one speaker; the curly quotations inside are what was said. */
function isBlockQuoteSign(text: string, open: Open, pStart: number, pEnd: number): boolean {
  if (open.pair.open !== '"' || open.at !== firstMarkAt(text, pStart)) return false;
  const curly = text.indexOf('“', open.at + 1);
  return curly >= 0 && curly < pEnd;
}

/** `”Mr. Trump embodies…”`: a paragraph that opens with a closing mark, closed again later in the
 *  same paragraph, is a quotation typed with the wrong opener. Only at the paragraph start, where
 *  a closer can close nothing; the search for a partner runs once per paragraph. */
function reversedOpener(text: string, c: string, at: number, pStart: number, pEnd: number, depth: number, index: MarkIndex): MarkPair | null {
  if (depth > 0 || at !== pStart) return null;
  for (const pair of index.openers.values()) {
    if (pair.open === c || !pair.close.includes(c) || index.symmetric.has(c) || isSingle(pair)) continue;
    const partner = text.indexOf(c, at + 1);
    return partner > at && partner < pEnd ? pair : null;
  }
  return null;
}

/** A continuation paragraph reopens with the very mark that opened the quotation; a paragraph
 *  opening with another style after a stray `"` is a new quotation. */
function sameConvention(a: string, b: string): boolean {
  return a === b;
}

function firstMarkAt(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from + 1 && isSpace(text[to - 1])) to--;
  return to;
}

/** Counts words up to 2, enough to tell a stray mark from a quotation that lost its closer. */
function wordsAfter(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to && words < 2; i++) {
    const w = isWordChar(text[i]);
    if (w && !inWord) words++;
    inWord = w;
  }
  return words;
}
