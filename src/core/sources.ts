// The mention that names who spoke: the noun phrase before a cue (`Mr Blair said`, `a spokesman for
// Sony said`, `Jane Roe, a professor of economics, said`), after it when inverted (`said Jane Roe`)
// or after `according to`. Walks a bounded number of tokens from the cue, so the stage is linear.
import type { Locale } from '../locales/locale.js';
import type { Document, Token } from './document.js';
import type { Cue } from './cues.js';

/** A source mention as token range and offsets; the span text is exactly what is written. */
export type SourceMention = { first: number; last: number; start: number; end: number };

export type SourceLink = { mention: SourceMention; side: 'before' | 'after' };

const MAX_NP = 14;
const MAX_APPOSITION = 30;
/** Prepositions that continue a noun phrase: `a spokesman for Sony`, `the head of the IMF`. */
const LINKS = new Set(['of', 'for', 'at', 'from', 'with', 'on', 'in']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'one']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Words skipped between a subject and its verb: `has also said`, `did not say`, `had previously told`. */
const SKIPPABLE = new Set(['ADV', 'AUX', 'PART']);

type Vocabulary = { temporal: Set<string> };
const vocabularyCache = new WeakMap<Locale, Vocabulary>();

function vocabulary(locale: Locale): Vocabulary {
  let v = vocabularyCache.get(locale);
  if (!v) {
    const words = [...(locale.dates?.triggers ?? []), ...(locale.dates?.periodNouns ?? [])].map((w) => w.toLowerCase());
    v = { temporal: new Set(words) };
    vocabularyCache.set(locale, v);
  }
  return v;
}

function isNominal(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM');
}

function isPossessiveMarker(t: Token): boolean {
  const lower = t.text.toLowerCase();
  return lower === '’s' || lower === "'s" || lower === '’' || lower === "'";
}

/** `Holtz-Eakin`: wink-nlp splits hyphenated names; a hyphen with no space either side joins them. */
function isInnerHyphen(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  return (t.text === '-' || t.text === '‐') && before !== undefined && after !== undefined && before.end === t.start && after.start === t.end;
}

function mention(tokens: Token[], first: number, last: number): SourceMention {
  return { first, last, start: tokens[first]!.start, end: tokens[last]!.end };
}

/** The noun phrase ending at token `head`, extended left no further than `floor`. */
export function phraseEndingAt(doc: Document, head: number, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  const h = tokens[head];
  if (!h) return null;
  if (h.pos === 'PRON') return SUBJECT_PRONOUNS.has(h.lemma) ? mention(tokens, head, head) : null;
  if (!isNominal(h)) return null;
  if (vocabulary(locale).temporal.has(h.lemma)) return null;
  const temporal = vocabulary(locale).temporal;
  let first = head;
  for (let j = head - 1; j >= floor && head - j < MAX_NP; j--) {
    const t = tokens[j]!;
    if (temporal.has(t.lemma)) break;
    if (isNominal(t) || t.pos === 'ADJ' || isPossessiveMarker(t) || POSSESSIVES.has(t.lemma) || isInnerHyphen(tokens, j)) { first = j; continue; }
    if (t.pos === 'DET') {
      first = j;
      const link = tokens[j - 1];
      if (link && j - 1 >= floor && LINKS.has(link.lemma) && isNominal(tokens[j - 2])) { first = j - 2; j -= 2; continue; }
      break;
    }
    if (LINKS.has(t.lemma) && isNominal(tokens[j - 1]) && j - 1 >= floor) { first = j - 1; j--; continue; }
    if ((t.lemma === 'and' || t.text === '&') && tokens[first]!.pos === 'PROPN' && tokens[j - 1]?.pos === 'PROPN') { first = j - 1; j--; continue; }
    break;
  }
  // A phrase never starts with a dangling link word or possessive marker.
  while (first < head && (LINKS.has(tokens[first]!.lemma) || isPossessiveMarker(tokens[first]!))) first++;
  return mention(tokens, first, head);
}

/** The noun phrase starting at token `from`, extended right no further than `ceiling`. */
export function phraseStartingAt(doc: Document, from: number, ceiling: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  const t0 = tokens[from];
  if (!t0 || from > ceiling) return null;
  if (t0.pos === 'PRON' && SUBJECT_PRONOUNS.has(t0.lemma)) return mention(tokens, from, from);
  const temporal = vocabulary(locale).temporal;
  let last = -1;
  let seenHead = false;
  for (let j = from; j <= ceiling && j - from < MAX_NP; j++) {
    const t = tokens[j]!;
    if (temporal.has(t.lemma) && seenHead) break;
    if (isNominal(t)) { last = j; seenHead = true; continue; }
    if (seenHead && isInnerHyphen(tokens, j)) continue;
    if (t.pos === 'DET' || t.pos === 'ADJ' || POSSESSIVES.has(t.lemma) || (isPossessiveMarker(t) && seenHead)) { last = j; continue; }
    if (seenHead && (LINKS.has(t.lemma) || t.lemma === 'and') && j + 1 <= ceiling) {
      const n = tokens[j + 1]!;
      if (isNominal(n) || n.pos === 'DET' || n.pos === 'ADJ') continue;
    }
    break;
  }
  if (!seenHead || last < from) return null;
  while (last > from && !isNominal(tokens[last]!)) last--;
  return mention(tokens, from, last);
}

function skipBack(tokens: Token[], k: number, floor: number): number {
  while (k >= floor && (SKIPPABLE.has(tokens[k]!.pos) && !isPossessiveMarker(tokens[k]!)) && tokens[k]!.lemma !== 'that') k--;
  return k;
}

/** The subject before a cue; looks past an apposition set off by commas (`Jane Roe, a professor…, said`). */
export function sourceBefore(doc: Document, cue: Cue, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  const k = skipBack(tokens, cue.first - 1, floor);
  if (k < floor) return null;
  const t = tokens[k]!;
  if (t.text === ',' ) {
    // Find the comma opening the apposition, then the name before it.
    for (let j = k - 1; j >= floor && k - j <= MAX_APPOSITION; j--) {
      const a = tokens[j]!;
      if (a.pos === 'PUNCT' && a.text !== ',' && a.text !== '.' && a.text !== '(' && a.text !== ')' && a.text !== '-') return null;
      if (a.text !== ',') continue;
      const opener = tokens[j + 1]!;
      const fitsApposition = opener.pos === 'DET' || opener.pos === 'ADJ' || opener.pos === 'NOUN' || opener.pos === 'PROPN' || opener.pos === 'NUM' || opener.lemma === 'who';
      if (!fitsApposition) return null;
      const head = tokens[j - 1];
      if (!head || j - 1 < floor || !(head.pos === 'PROPN' || head.pos === 'NOUN')) return null;
      return phraseEndingAt(doc, j - 1, floor, locale);
    }
    return null;
  }
  return phraseEndingAt(doc, k, floor, locale);
}

/** The subject after an inverted cue (`said Jane Roe`, `says the report`) or after `according to`. */
export function sourceAfter(doc: Document, cue: Cue, ceiling: number, locale: Locale): SourceMention | null {
  return phraseStartingAt(doc, cue.last + 1, ceiling, locale);
}

/** Whether the words before a cue end a clause or a quotation, so the subject may follow the verb. */
function invertible(tokens: Token[], cue: Cue, floor: number): boolean {
  const k = skipBack(tokens, cue.first - 1, floor);
  if (k < floor) return true;
  const t = tokens[k]!;
  return t.pos === 'PUNCT';
}

/** The source mention for each cue (null when none is written), within the cue's sentence. */
export function findSources(doc: Document, cues: Cue[], locale: Locale): Array<SourceLink | null> {
  return cues.map((cue) => {
    const sentence = doc.sentences[cue.sentence];
    const floor = sentence ? sentence.firstToken : 0;
    const ceiling = sentence ? sentence.lastToken : doc.tokens.length - 1;
    if (cue.frame === 'according') {
      const m = sourceAfter(doc, cue, ceiling, locale);
      return m ? { mention: m, side: 'after' as const } : null;
    }
    if (invertible(doc.tokens, cue, floor)) {
      const after = sourceAfter(doc, cue, ceiling, locale);
      // `said the plan would fail` is a clause, not an inverted subject: the phrase must end the clause.
      const following = after ? doc.tokens[after.last + 1] : undefined;
      const endsClause = !following || following.pos === 'PUNCT' || following.pos === 'ADP' || following.pos === 'ADV' || following.pos === 'SPACE';
      if (after && endsClause) return { mention: after, side: 'after' as const };
    }
    const before = sourceBefore(doc, cue, floor, locale);
    return before ? { mention: before, side: 'before' as const } : null;
  });
}
