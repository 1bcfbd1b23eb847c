// The two views of a span list the scorer compares: its exact boundaries (after trimming) and the
// set of document tokens it touches. Both are defined here once so exact and overlap scores, and
// gold and predictions, use the same rules.
import type { Span } from '../types.js';
import { lowerBound } from '../core/document/lower-bound.js';

/** A word (letters and digits, with inner apostrophes: `didn't`, `Clinton’s`) or any other single
 *  non-space character; close to spaCy's tokens, which Citron's overlap metric counts. */
const tokenPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|\S/gu;

/** Token boundaries of a text, in order. */
export type Tokens = { starts: number[]; ends: number[] };

export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(tokenPattern)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

/** Indices of the tokens a span list touches (a token partly inside a span counts). */
export function tokenSet(spans: Span[], tokens: Tokens): Set<number> {
  const set = new Set<number>();
  for (const s of spans) {
    // First token ending after s.start, by binary search; then walk while tokens start before s.end.
    const first = lowerBound(tokens.ends.length, (i) => tokens.ends[i]! <= s.start);
    for (let i = first; i < tokens.starts.length && tokens.starts[i]! < s.end; i++) set.add(i);
  }
  return set;
}

export function intersectionSize(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** Canonical boundaries of a span list for exact comparison: each fragment trimmed of surrounding
 *  whitespace, empty fragments dropped, fragments sorted, and fragments separated only by
 *  whitespace merged (`"A," | "B"` split at a line break is one span). Returned as a string key. */
export function exactKey(spans: Span[], text: string): string {
  const trimmed = spans
    .map((s) => {
      let start = s.start;
      let end = s.end;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      return [start, end] as [number, number];
    })
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of trimmed) {
    const last = merged[merged.length - 1];
    if (last && (start <= last[1] || text.slice(last[1], start).trim() === '')) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([s, e]) => `${s}-${e}`).join(',');
}

export function spansOverlap(a: Span[], b: Span[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}
