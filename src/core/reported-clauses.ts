// Reported clauses: the unquoted (or partly quoted) content a speech, writing or belief cue
// introduces (`said (that) …`, `…, he said`, `according to X, …`), and the subject a participle
// or coordinated cue borrows (`…, adding that …`). Bounded look-around from each cue, so linear
// in the length of the article.
import type { Span } from '../types.js';
import type { Locale } from '../locales/locale.js';
import type { Document, Token } from './document.js';
import type { MarkedQuote } from './marks.js';
import type { Cue } from './cues.js';
import { phraseStartingAt, type SourceLink } from './sources.js';
import { lowerBound } from './lower-bound.js';
import { countWords } from './word-tokens.js';

/** `Trump is defending his tweets, saying …` and `She greeted supporters and told them …`: a
 *  participle cue after a comma, or a verb coordinated by `and`, takes the subject of its sentence
 *  when no earlier cue lends one. */
export function participleSubject(doc: Document, cues: Cue[], sources: Array<SourceLink | null>, c: number, locale: Locale): SourceLink | null {
  const borrowed = borrowedSource(doc, cues, sources, c);
  if (borrowed) return borrowed;
  const cue = cues[c]!;
  const { tokens } = doc;
  let k = cue.first - 1;
  while (k >= 0 && tokens[k]!.pos === 'SPACE') k--;
  if (k < 0) return null;
  // `The president noted that…, and added: “…”`: a second verb of the same subject.
  const coordinated = tokens[k]!.lemma === 'and' && tokens[k]!.pos === 'CCONJ';
  const participle = tokens[cue.verb]!.text.toLowerCase().endsWith('ing') && tokens[k]!.text === ',';
  if (!coordinated && !participle) return null;
  const sentence = doc.sentences[cue.sentence];
  if (!sentence) return null;
  const subject = phraseStartingAt(doc, sentence.firstToken, k - 1, locale);
  if (!subject) return null;
  const after = tokens[subject.last + 1];
  if (!after || !(after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'ADV')) return null;
  return { mention: subject, side: 'before' };
}

/** When a participle cue has no subject (`…, adding that…`), it shares the previous cue's source. */
function borrowedSource(doc: Document, cues: Cue[], sources: Array<SourceLink | null>, c: number): SourceLink | null {
  const cue = cues[c]!;
  if (!doc.tokens[cue.verb]!.text.toLowerCase().endsWith('ing')) return null;
  for (let p = c - 1; p >= 0; p--) {
    const prev = cues[p]!;
    if (prev.sentence !== cue.sentence) return null;
    if (sources[p]) return sources[p]!;
  }
  return null;
}

/** The reported clause of an unquoted (or partly quoted) statement, as one content span:
 *  after the cue up to the sentence end (`said (that) …`), or the clause before it (`…, he said`).
 *  PolNeAR's convention: the final full stop is not content. */
export function reportedClause(
  doc: Document,
  cue: Cue,
  cues: Cue[],
  link: SourceLink | null,
  parts: MarkedQuote[],
  insideQuote: Uint8Array,
  locale: Locale,
): Span | null {
  const { tokens, text } = doc;
  const sentence = doc.sentences[cue.sentence];
  if (!sentence) return null;
  const sFirst = sentence.firstToken;
  const sLast = sentence.lastToken;

  if (cue.frame === 'according') return accordingClause(doc, cue, link, sFirst, sLast, insideQuote);

  // Forward: content follows the cue.
  let from = cue.last + 1;
  if (link && link.side === 'after') from = link.mention.last + 1;
  if (cue.lemma.startsWith('tell') && !cue.lemma.includes(' ')) from = skipObject(tokens, from, sLast);
  from = skipAdjunctBeforeThat(tokens, from, sLast, locale);
  while (from <= sLast && (tokens[from]!.text === ',' || tokens[from]!.text === ':' || tokens[from]!.pos === 'SPACE')) from++;
  const forwardEnd = clauseEnd(doc, cue, from, sLast, cues);
  const forwardWords = countWords(tokens, from, forwardEnd);
  const startsWithThat = from <= sLast && tokens[from]!.lemma === 'that';
  const needsThat = cue.frame === 'that' || cue.type === 'belief' || cue.type === 'intention';
  const invertedOrTrailing = precededByComma(doc, cue, link, sFirst);

  if (forwardWords >= 3 && !(invertedOrTrailing && !startsWithThat && link?.side === 'after')) {
    if (needsThat && !startsWithThat) return null;
    if (!link && !startsWithThat) return null;
    return extendOverQuote(parts, tokens[from]!.start, tokens[forwardEnd]!.end, span);
  }

  // Backward: `The plan will fail, he said.` / `…, said Jane Roe.`
  if (!invertedOrTrailing || cue.type === 'belief' || cue.type === 'intention' || cue.frame === 'that' && !link) return null;
  const commaAt = invertedOrTrailing.comma;
  let start = sFirst;
  // Never reach back over an earlier cue of the same sentence.
  for (const other of cues) {
    if (other.sentence === cue.sentence && other.last < commaAt && other.first >= sFirst) start = Math.max(start, other.last + 1);
  }
  let end = commaAt - 1;
  while (end >= start && (tokens[end]!.pos === 'SPACE' || tokens[end]!.text === ',')) end--;
  while (start <= end && (tokens[start]!.pos === 'SPACE' || tokens[start]!.text === ',')) start++;
  if (countWords(tokens, start, end) < 3) return null;
  if (insideQuote[start] && insideQuote[end]) return null; // the attribution of a direct quote, done above
  return extendOverQuote(parts, tokens[start]!.start, tokens[end]!.end, span);

  function span(s: number, e: number): Span {
    return { start: s, end: e, text: text.slice(s, e) };
  }
}

/** `told reporters`, `told the BBC`, `told him`: the addressee is not content. */
function skipObject(tokens: Token[], from: number, last: number): number {
  let k = from;
  const t = tokens[k];
  if (!t) return from;
  if (t.pos === 'PRON') return k + 1;
  let sawNoun = false;
  while (k <= last && k - from < 6) {
    const u = tokens[k]!;
    if (u.pos === 'DET' || u.pos === 'ADJ' || u.pos === 'PROPN' || u.pos === 'NOUN' || u.text === '’s' || u.text === "'s") {
      if (u.pos === 'PROPN' || u.pos === 'NOUN') sawNoun = true;
      k++;
      continue;
    }
    break;
  }
  return sawNoun ? k : from;
}

/** `said on Monday that…`, `said in a statement that…`: content starts at `that`. Without `that`,
 *  a leading time or place adjunct (`told CNN on Thursday how…`, `says of Clinton, “…”`) is skipped. */
function skipAdjunctBeforeThat(tokens: Token[], from: number, last: number, locale: Locale): number {
  for (let k = from; k <= last && k - from <= 7; k++) {
    const t = tokens[k]!;
    if (t.lemma === 'that' && k > from) return k;
    if (t.lemma === 'that') return from;
    if (t.pos === 'PUNCT' && t.text !== ',') break;
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
  }
  const temporal = temporalWords(locale);
  let k = from;
  if (tokens[k] && (tokens[k]!.pos === 'ADP' || temporal.has(tokens[k]!.lemma))) {
    const adjunctStart = k;
    if (tokens[k]!.pos === 'ADP') k++;
    let sawTemporal = false;
    while (k <= last && k - adjunctStart < 6 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'NUM')) {
      if (temporal.has(tokens[k]!.lemma)) sawTemporal = true;
      k++;
    }
    if (k <= last && tokens[k]!.text === ',') return k + 1;
    if (sawTemporal && k > adjunctStart) return k;
  }
  return from;
}

const temporalCache = new WeakMap<Locale, Set<string>>();

function temporalWords(locale: Locale): Set<string> {
  let set = temporalCache.get(locale);
  if (!set) {
    set = new Set([...(locale.dates?.triggers ?? []), ...(locale.dates?.periodNouns ?? [])].map((w) => w.toLowerCase()));
    temporalCache.set(locale, set);
  }
  return set;
}

/** The last content token after a forward cue: the sentence end without its full stop, cut before a
 *  later attribution in the same sentence (`…, he added`). */
function clauseEnd(doc: Document, cue: Cue, from: number, sLast: number, cues: Cue[]): number {
  const { tokens } = doc;
  let end = sLast;
  const nextCue = cues.find((c) => c.first > cue.last && c.sentence === cue.sentence && c.frame !== 'direct');
  if (nextCue) {
    // Stop before `, he added` / `, adding` / `, according to`, but not inside a clause (`said he thinks`).
    let k = nextCue.first - 1;
    while (k > from && (tokens[k]!.pos === 'PRON' || tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'NOUN') && nextCue.first - k < 6) k--;
    if (k > from && (tokens[k]!.text === ',' || tokens[k]!.text === ';' || tokens[k]!.lemma === 'and')) end = k - 1;
  }
  while (end >= from && (tokens[end]!.pos === 'SPACE' || tokens[end]!.text === '.' || tokens[end]!.text === ',' || tokens[end]!.text === ';' || tokens[end]!.text === ':')) end--;
  return end;
}

/** The comma before the attribution when the clause precedes it: `…, he said` or `…, said Jane Roe`. */
function precededByComma(doc: Document, cue: Cue, link: SourceLink | null, sFirst: number): { comma: number } | null {
  const { tokens } = doc;
  let k = (link && link.side === 'before' ? link.mention.first : cue.first) - 1;
  while (k >= sFirst && (tokens[k]!.pos === 'SPACE' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k--;
  if (k < sFirst) return null;
  const t = tokens[k]!;
  if (t.text === ',' || t.text === '—' || t.text === '–' || t.text === '-') return { comma: k };
  return null;
}

/** The first marked part that overlaps [start, end), by binary search over parts in text order. */
export function partOverlapping(parts: MarkedQuote[], start: number, end: number): MarkedQuote | null {
  const part = parts[lowerBound(parts.length, (i) => parts[i]!.end <= start)];
  return part && part.start < end ? part : null;
}

/** A clause that starts or ends inside a quotation is extended to cover its marks. */
function extendOverQuote(parts: MarkedQuote[], start: number, end: number, make: (s: number, e: number) => Span): Span {
  const atStart = partOverlapping(parts, start, start + 1);
  if (atStart && atStart.start < start) start = atStart.start;
  const atEnd = partOverlapping(parts, end - 1, end);
  if (atEnd && atEnd.end > end) end = atEnd.end;
  return make(start, end);
}

/** `According to X, …` (content after the comma) or `…, according to X` (content before it). */
function accordingClause(doc: Document, cue: Cue, link: SourceLink | null, sFirst: number, sLast: number, insideQuote: Uint8Array): Span | null {
  const { tokens, text } = doc;
  const sourceEnd = link ? link.mention.last : cue.last;
  let k = cue.first - 1;
  while (k >= sFirst && tokens[k]!.pos === 'SPACE') k--;
  const atStart = k < sFirst;
  let start: number;
  let end: number;
  if (atStart) {
    start = sourceEnd + 1;
    while (start <= sLast && (tokens[start]!.text === ',' || tokens[start]!.pos === 'SPACE')) start++;
    end = sLast;
  } else {
    start = sFirst;
    end = k;
    while (end >= start && (tokens[end]!.text === ',' || tokens[end]!.pos === 'SPACE')) end--;
  }
  while (end >= start && (tokens[end]!.text === '.' || tokens[end]!.text === ',' || tokens[end]!.pos === 'SPACE')) end--;
  if (countWords(tokens, start, end) < 2) return null;
  if (insideQuote[start] && insideQuote[end] && !atStart) return null;
  return { start: tokens[start]!.start, end: tokens[end]!.end, text: text.slice(tokens[start]!.start, tokens[end]!.end) };
}
