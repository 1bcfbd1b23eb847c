// Speakers for quotations that no cue attributes. A quotation that runs inside a sentence is, for
// readers and for PolNeAR's annotators, the words of the clause's subject, whatever the verb:
//   Sen. Jane Roe called the bill a “starting point for our deliberations.”
//   Cruz has railed against what he calls the “Washington cartel.”
//   “We are not done yet,” Roe shot back.          (a verb no cue lexicon lists)
//   Digest lines name the writer before a colon:  - Michael P. McDonald: “At long last…”
// The verb the quotation hangs on becomes the cue and its subject the source, found by the same
// source rules as for lexicon cues. Only bare quotations (no cue, no source) are touched, so
// quotations a cue attributes keep their attribution. Each look-around is bounded, so the pass
// stays linear in the article.
import type { FunctionWords, Locale } from '../../locales/locale.js';
import type { Span } from '../../types.js';
import type { Document, Token } from '../document/document.js';
import type { Cue } from '../cues/cues.js';
import type { QuoteDraft } from './quotes.js';
import { findSources, type SourceLink, type SourceMention } from '../sources/sources.js';
import { phraseEndingAt } from '../sources/source-noun-phrases.js';
import { sourceBefore } from '../sources/subject-before-cue.js';
import { passiveAgentPreposition } from '../sources/passive-agents.js';
import { tokenStartingAtOrAfter } from '../document/token-index.js';
import { isWord } from '../document/word-tokens.js';
import { SENTENCE_END_MARKS } from '../document/sentence-ends.js';
import { cueTypeOfWords, cueWords } from '../cues/cue-type-of-words.js';
import { isLowercaseVerb, opensUppercase } from '../document/capitals.js';
import { tokenSpan } from '../document/token-span.js';
import { markSets } from '../marks/mark-sets.js';
import { OPEN_ENDINGS } from '../document/punctuation.js';
import { nonSpaceAtOrAfter, nonSpaceAtOrBefore } from '../document/non-space-tokens.js';
import { isNoun } from '../document/nouns.js';

/** Verbs tried, nearest first, left of a quotation for the one whose subject spoke. */
const MAX_VERBS = 6;
/** Tokens between a quotation and the verb of an attribution after it (subject and apposition). */
const TRAILING_WINDOW = 30;
/** Confidence of a quotation attributed through its clause: above a bare quotation, below one a
 *  lexicon cue attributes. */
const CLAUSE_CONFIDENCE = 0.6;

/** Clause attributions already read, by draft (the fragment check reads a fragment's clause; the
 *  final pass reads it again if the fragment is kept). Each holds the lowest token the floor of its
 *  reading was: a later reading whose previous quotation ends at or before it finds the same. */
export type ClauseReadings = Map<QuoteDraft, { found: Found | null; floorBound: number }>;

/** The drafts with each bare direct quotation given its clause's subject as source, where one is
 *  written; all others unchanged. `only`, when given, limits the work to the drafts it selects
 *  (the others still bound how far back a clause is read). `readings`, when given, is consulted
 *  and filled. */
export function attributeByClause(doc: Document, drafts: QuoteDraft[], locale: Locale, only?: (index: number) => boolean, readings?: ClauseReadings): QuoteDraft[] {
  /** End of the latest direct quotation: no clause is read back across another quotation. */
  let previousEnd = 0;
  // Built by push from a whole literal in field order, not by map and spread: every article's
  // drafts and arrays then share one map each, so the later stages' optimised code holds.
  const out: QuoteDraft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const end = previousEnd;
    if (d.kind !== 'indirect') previousEnd = d.content[d.content.length - 1]!.end;
    if (d.kind !== 'direct' || d.cue !== null || d.source !== null || (only && !only(i))) { out.push(d); continue; }
    const found = readings ? readClause(doc, d, end, locale, readings) : clauseAttribution(doc, d, end, locale);
    if (!found) { out.push(d); continue; }
    const content = found.complementFrom !== undefined ? withComplement(doc, d.content, found.complementFrom) : d.content;
    const cue = tokenSpan(doc, found.cue.first, found.cue.last);
    out.push({
      kind: content === d.content ? d.kind : 'mixed',
      content,
      cue,
      source: { start: found.link.mention.start, end: found.link.mention.end, text: doc.text.slice(found.link.mention.start, found.link.mention.end) },
      confidence: Math.max(d.confidence, CLAUSE_CONFIDENCE),
      sentence: d.sentence,
      // The verb found may be any verb (`beamed`, `reads:`): the lexicon knows the ones it lists.
      cueType: d.cueType ?? cueTypeOfWords(cueWords(cue.text), locale) ?? found.cue.type,
    });
  }
  return out;
}

/** `complementFrom`: the first token of the verb's complement when the quotation sits inside it
 *  (`called him a “loser”`), where PolNeAR's content starts. */
export type Found = { cue: Cue; link: SourceLink; complementFrom?: number };

/** The content widened back to the start of the verb's complement: `him a “loser.”`. */
function withComplement(doc: Document, content: Span[], from: number): Span[] {
  const { tokens, text } = doc;
  let k = from;
  k = nonSpaceAtOrAfter(tokens, k);
  const head = content[0]!;
  const start = tokens[k]?.start ?? head.start;
  if (start >= head.start) return content;
  return [{ start, end: head.end, text: text.slice(start, head.end) }, ...content.slice(1)];
}


/** clauseAttribution through `readings`. */
function readClause(doc: Document, d: QuoteDraft, previousEnd: number, locale: Locale, readings: ClauseReadings): Found | null {
  const afterPrevious = tokenStartingAtOrAfter(doc.tokens, previousEnd);
  const known = readings.get(d);
  if (known && afterPrevious <= known.floorBound) return known.found;
  const floors: FloorsRead = { lowest: Infinity };
  const found = clauseAttribution(doc, d, previousEnd, locale, floors);
  // Kept only if the previous quotation raised no floor: then it is the reading of `d` alone.
  if (afterPrevious <= floors.lowest) readings.set(d, { found, floorBound: floors.lowest });
  return found;
}

/** The lowest sentence start a clause reading took for its floor: the previous quotation's end
 *  changes the reading only if it falls after it. */
type FloorsRead = { lowest: number };

function clauseAttribution(doc: Document, d: QuoteDraft, previousEnd: number, locale: Locale, floors?: FloorsRead): Found | null {
  const { tokens } = doc;
  const first = tokenStartingAtOrAfter(tokens, d.content[0]!.start);
  const lastSpan = d.content[d.content.length - 1]!;
  const last = tokenStartingAtOrAfter(tokens, lastSpan.end) - 1;
  const opener = tokens[first];
  if (!opener || last < first) return null;
  const floor = readingFloor(doc, opener.sentence, previousEnd, floors);
  if (floor < 0) return null;
  const opensClause = !hasWordBetween(tokens, floor, first - 1);
  if (opensClause) return endsOpen(doc, lastSpan) ? trailingAttribution(doc, last, locale) : announcedBefore(doc, first, previousEnd, locale, floors);
  return colonLabel(doc, first, floor, locale) ?? governingClause(doc, first, floor, locale, isTitleCased(tokens, floor, first));
}

/** The first token a clause reading may look back to: its sentence's start, or past the quotation
 *  before when that ends inside the sentence; -1 without a sentence. The sentence start is recorded
 *  in `floors`, since a reading reused later is only valid while nothing before it changes. */
function readingFloor(doc: Document, sentenceIndex: number, previousEnd: number, floors?: FloorsRead): number {
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) return -1;
  if (floors) floors.lowest = Math.min(floors.lowest, sentence.firstToken);
  return Math.max(sentence.firstToken, tokenStartingAtOrAfter(doc.tokens, previousEnd));
}

/** `Gingrich Takes Talk Of Being Trump’s Running Mate ‘Very Seriously’`: a headline whose words
 *  are all capitalised, where a capitalised verb is still a verb. */
function isTitleCased(tokens: Token[], from: number, to: number): boolean {
  if (tokens[from]?.paragraph !== 0) return false;
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!isWord(t)) continue;
    words++;
    if (!/^[\p{Lu}\p{N}]/u.test(t.text)) return false;
  }
  return words >= 3;
}

function hasWordBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isWord(tokens[k]!)) return true;
  return false;
}

/** `Trump issued the following statement:` closing a paragraph, then the quotation opening the
 *  next: the announcing clause's subject speaks it. */
function announcedBefore(doc: Document, first: number, previousEnd: number, locale: Locale, floors?: FloorsRead): Found | null {
  const { tokens } = doc;
  let colon = first - 1;
  while (colon >= 0 && (tokens[colon]!.pos === 'SPACE' || markSets(locale).opening.has(tokens[colon]!.text))) colon--;
  const t = tokens[colon];
  if (!t || t.text !== ':' || t.paragraph !== tokens[first]!.paragraph - 1) return null;
  const floor = readingFloor(doc, t.sentence, previousEnd, floors);
  if (floor < 0 || colon <= floor) return null;
  return colonLabel(doc, colon + 1, floor, locale) ?? governingClause(doc, colon, floor, locale);
}

/** A quotation ending in a comma, question or exclamation mark leaves its sentence open for an
 *  attribution after it (`“…,” Bozell points out.`). */
function endsOpen(doc: Document, lastSpan: Span): boolean {
  const inner = doc.text.slice(Math.max(lastSpan.start, lastSpan.end - 3), lastSpan.end);
  for (const c of inner) if (OPEN_ENDINGS.has(c)) return true;
  const k = tokenStartingAtOrAfter(doc.tokens, lastSpan.end);
  return doc.tokens[k]?.text === ',';
}

function cueAt(tokens: Token[], v: number, type: Cue['type'] = 'speech'): Cue {
  const t = tokens[v]!;
  return { first: v, last: v, verb: v, start: t.start, end: t.end, lemma: t.lemma, type, frame: 'direct', sentence: t.sentence, objectWithSource: false, passiveJudgment: false };
}


/** `“…,” Bozell points out.`, `“…!” beamed a delegate from Alabama.`: the first verb after the
 *  quotation, with its subject standing between (or right after an inverted verb). */
function trailingAttribution(doc: Document, last: number, locale: Locale): Found | null {
  const { tokens } = doc;
  let from = last + 1;
  while (from < tokens.length && (tokens[from]!.pos === 'SPACE' || tokens[from]!.text === ',')) from++;
  const start = tokens[from];
  if (!start || start.paragraph !== tokens[last]!.paragraph || start.pos === 'AUX') return null;
  for (let v = from; v < tokens.length && v - from <= TRAILING_WINDOW; v++) {
    const t = tokens[v]!;
    if (SENTENCE_END_MARKS.has(t.text)) return null;
    if (!isLowercaseVerb(t) && !isMisreadVerb(tokens, v, from, locale.words)) continue;
    const cue = cueAt(tokens, v);
    const link = findSources(doc, [cue], locale)[0] ?? null;
    if (!link) continue;
    if (link.side === 'after' && v === from) return { cue, link };
    if (link.side === 'before' && link.mention.first === from) return { cue, link };
    return null;
  }
  return null;
}

/** `“…,” Bozell points/NOUN out.`, `Trump shot/NOUN back.`, `Toomey fumed/ADJ on Tuesday.`: right
 *  after a name that follows a quotation, a lower-case word closing the clause is its verb whatever
 *  the tagger read (an adjective only in the past tense's form). */
function isMisreadVerb(tokens: Token[], v: number, from: number, words: FunctionWords): boolean {
  const t = tokens[v]!;
  const before = tokens[v - 1];
  const after = tokens[v + 1];
  const misread = t.pos === 'NOUN' || (t.pos === 'ADJ' && words.endings.misreadPastTense.test(t.text));
  if (!misread || opensUppercase(t.text) || !before || v - 1 < from) return false;
  if (before.pos !== 'PROPN' || !opensUppercase(before.text)) return false;
  return after === undefined || after.pos === 'ADP' || after.pos === 'ADV' || SENTENCE_END_MARKS.has(after.text) || after.text === ',';
}

/** `- Michael P. McDonald: “…”`, `More from the report: “…”`: a name (or, after `from`, any noun
 *  phrase) right before the colon that opens the quotation. */
function colonLabel(doc: Document, first: number, floor: number, locale: Locale): Found | null {
  const { tokens } = doc;
  let colon = first - 1;
  colon = nonSpaceAtOrBefore(tokens, colon, floor);
  if (colon <= floor || tokens[colon]!.text !== ':') return null;
  let named = phraseEndingAt(doc, colon - 1, floor, locale);
  if (!named) return null;
  // `Ted/VERB Cruz: “…”` heading its line: capitalised words before the name belong to it.
  let start = named.first;
  // Not `From` opening `From the report:`, which names where the words come from.
  while (start > floor && opensUppercase(tokens[start - 1]!.text) && tokens[start - 1]!.pos !== 'PUNCT' && !locale.words.sourcePrepositions.has(tokens[start - 1]!.lemma) && named.first - start < 3) start--;
  if (start === floor && start < named.first) named = { ...named, first: start, start: tokens[start]!.start };
  const head = tokens[named.last]!;
  const before = tokens[named.first - 1];
  const afterFrom = before !== undefined && locale.words.sourcePrepositions.has(before.lemma);
  // The label opens its line or clause (`- Jones:`, `From the report:`), never an object
  // (`delivered a message to Trump:`).
  if (named.first > floor && !afterFrom && before !== undefined && before.pos !== 'PUNCT' && before.pos !== 'SPACE') return null;
  // A capitalised head is a name whatever its tag (`Loretta Lynch/VERB:`).
  if (!(head.pos !== 'PRON' && opensUppercase(head.text)) && !(afterFrom && head.pos === 'NOUN')) return null;
  return { cue: cueAt(tokens, colon), link: { mention: named, side: 'before' } };
}

/** The subject of the clause a quotation sits in: the nearest verb left of it whose subject is
 *  written, looking through clauses opened by a complementizer (`Ryan worried that the safety net
 *  was becoming “a hammock”` belongs to Ryan). */
function governingClause(doc: Document, first: number, floor: number, locale: Locale, titleCased = false): Found | null {
  const { tokens } = doc;
  let tried = 0;
  for (let v = first - 1; v >= floor && tried < MAX_VERBS; v--) {
    const t = tokens[v]!;
    if (!isLowercaseVerb(t) && !(titleCased && t.pos === 'VERB') && !isMainAuxiliary(tokens, v, first) && !isMisreadFiniteVerb(tokens, v, locale)) continue;
    tried++;
    const cue = cueAt(tokens, v);
    let link = findSources(doc, [cue], locale)[0] ?? null;
    // A verb with the quotation ahead of it is not inverted: what follows it is its object
    // (`described the demonstrations as “very peaceful”`).
    // A passive's agent (`was asked by host Ruiz, who…, “…”`) is its source wherever the quotation stands.
    if (link && link.side === 'after' && passiveAgentPreposition(doc, cue, link.mention.first, locale) < 0) {
      const before = sourceBefore(doc, cue, floor, locale);
      link = before ? { mention: before, side: 'before' } : null;
    }
    if (!link || link.mention.first < floor) continue;
    if (opensEmbeddedClause(tokens, link.mention.first, floor, locale.words)) { v = link.mention.first; continue; }
    if (closedRelative(tokens, link.mention, v, first, locale.words)) continue;
    return { cue, link, complementFrom: complementStart(tokens, v, first) };
  }
  return null;
}

/** Words a verb's complement may run before the quotation it holds (6 scored best on PolNeAR
 *  train and dev; longer gaps are mostly a title or scare quote far from its verb). */
const COMPLEMENT_REACH = 6;

/** Where the verb's complement starts when the quotation sits inside it with no break between
 *  (`called him a “loser”`); undefined when a comma, colon or dash sets the quotation off (PolNeAR
 *  then counts the words between as part of the cue: `made a libertarian-style case: “…”`). */
function complementStart(tokens: Token[], v: number, quote: number): number | undefined {
  let from = v + 1;
  from = nonSpaceAtOrAfter(tokens, from, quote - 1);
  if (from >= quote) return undefined;
  let words = 0;
  for (let k = from; k < quote; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ':' || t.text === ';' || t.text === '—' || t.text === '–' || t.text === '(' || SENTENCE_END_MARKS.has(t.text)) return undefined;
    if (isWord(t) && ++words > COMPLEMENT_REACH) return undefined;
  }
  return from;
}

/** `Cruz praised Bush, who ended his bid, as “a man who…”`: a relative clause closed by a comma
 *  before the quotation does not govern it. */
function closedRelative(tokens: Token[], mention: SourceMention, v: number, quote: number, words: FunctionWords): boolean {
  if (mention.first !== mention.last || !words.subjectRelatives.has(tokens[mention.first]!.lemma)) return false;
  for (let k = v + 1; k < quote; k++) if (tokens[k]!.text === ',' || tokens[k]!.text === '—' || tokens[k]!.text === '–') return true;
  return false;
}

/** Words that may follow a finite verb as its object or complement: `claims “…”`, `targets a`,
 *  `branded North Korea`, `projects that`. */
const OBJECT_STARTS = new Set(['DET', 'PROPN', 'PRON', 'PUNCT', 'NUM']);

/** `The ad claims/NOUN “…”`, `Japan branded/ADJ North Korea`: a lower-case word in -s or -ed right
 *  after the head of a noun phrase and before an object is the clause's verb, whatever the tagger
 *  read. */
function isMisreadFiniteVerb(tokens: Token[], v: number, locale: Locale): boolean {
  const words = locale.words;
  const t = tokens[v]!;
  if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || !words.endings.misreadFiniteVerb.test(t.text)) return false;
  const before = tokens[v - 1];
  const after = tokens[v + 1];
  if (!before || !after || before.sentence !== t.sentence || !isNoun(before)) return false;
  if (after.pos === 'PUNCT' && !markSets(locale).opening.has(after.text)) return false;
  return OBJECT_STARTS.has(after.pos) || words.declarativeComplementizers.has(after.lemma);
}

/** A copula or auxiliary standing as the clause's own verb (`the answer was that “…”`), i.e. not
 *  followed by a verb it helps. */
function isMainAuxiliary(tokens: Token[], v: number, before: number): boolean {
  const t = tokens[v]!;
  if (t.pos !== 'AUX') return false;
  let k = v + 1;
  while (k < before && (tokens[k]!.pos === 'SPACE' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART' || tokens[k]!.pos === 'AUX')) k++;
  return k >= before || tokens[k]!.pos !== 'VERB';
}

/** Whether the phrase at `first` is the subject of a clause inside a verb's object (`worried that
 *  the net…`, `said Obamacare has been…`, `made the point that…`), whose quotation belongs to the
 *  verb before. */
function opensEmbeddedClause(tokens: Token[], first: number, floor: number, words: FunctionWords): boolean {
  let k = first - 1;
  k = nonSpaceAtOrBefore(tokens, k, floor);
  if (k < floor) return false;
  if (isLowercaseVerb(tokens[k]!)) return true;
  if (!words.complementizers.has(tokens[k]!.lemma)) return false;
  let j = k - 1;
  while (j >= floor && (tokens[j]!.pos === 'SPACE' || tokens[j]!.pos === 'ADV')) j--;
  return j >= floor && (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'NOUN');
}
