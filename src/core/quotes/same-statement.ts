// One statement printed in several quoted sentences of a paragraph:
//   “This is a disgusting day,” said Rep. G.K. Butterfield. “Donald Trump is a disgusting fraud.”
//   He said: “We need law and order.” “You walk down the street and you get shot.”
// The quoted sentence after the attribution has no cue of its own; annotators (PolNeAR) and
// readers take it as the same statement, so it joins the quotation before it as another content
// span; so do quoted fragments of one sentence (`has “no regrets” and is “ready to fight”`). A
// quoted sentence with its own cue (`“B,” he added`) stays a statement of its own, and so does one
// after a clause of narrative with its own verb in the attribution's sentence or after more than
// one sentence of narrative (a whole quoted sentence after one such sentence goes on with the
// statement its attribution closed). A paragraph that is nothing but a quotation goes
// on with the attributed quotation opening the paragraph before (PolNeAR annotates it so 40 times
// in 50 on train and dev), or closing it after its cue (`now said Trump had “…”`); a quotation
// inside narrative in the next paragraph is a new statement.
// Measured (session 6, every pair of neighbouring quotation parts of one gold speaker in a
// paragraph or the next): these rules agree with PolNeAR's one-or-two choice on 94.9% of 2468
// pairs on train and 95.4% of 239 on dev; no simpler split does better (same paragraph and no cue
// of its own: 88.3% / 89.1%). The disagreements are PolNeAR's own inconsistency: it joins a
// quotation with its own cue (`“B,” he added`) 8% of the time, joins across an `adding (that)…` clause
// 4 times in 41, and joins quoted fragments of reported speech with a second cue 15 times in 94.
import type { FunctionWords, Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import type { QuoteDraft } from './quotes.js';
import { draftWith } from './quote-drafts.js';
import { tokenStartingAtOrAfter } from '../document/token-index.js';
import { isWord } from '../document/word-tokens.js';
import { SENTENCE_END_MARKS } from '../document/sentence-ends.js';
import { markSets } from '../marks/mark-sets.js';
import { isLowercaseVerb, opensUppercase } from '../document/capitals.js';
import { isStatementType } from '../cues/cue-type-of-words.js';
import { opensDashLabel } from './dash-labels.js';
import { isProgressiveForm } from '../document/progressive-forms.js';

/** Words allowed between the two quotations: the attribution clause (`said Rep. G.K. Butterfield
 *  (D-N.C.), head of the Congressional Black Caucus`), not a sentence of narrative. */
const MAX_ATTRIBUTION_WORDS = 24;


/** Joins each bare quoted sentence to the quotation it continues. `drafts` are in text order and
 *  do not overlap; one pass, each gap between neighbours read once. */
export function joinContinuedStatements(doc: Document, drafts: QuoteDraft[], locale: Locale): QuoteDraft[] {
  const { trailing: closers, opening: openers } = markSets(locale);
  const joined: QuoteDraft[] = [];
  for (const d of drafts) {
    const prev = joined[joined.length - 1];
    if (prev && continuesStatement(doc, prev, d, joined[joined.length - 2] ?? null, locale.words, closers, openers)) {
      // A reported statement that goes on in quotation marks is quoted in part.
      joined[joined.length - 1] = draftWith(prev, { kind: prev.kind === 'indirect' ? 'mixed' : prev.kind, content: [...prev.content, ...d.content] });
      continue;
    }
    joined.push(d);
  }
  return joined;
}

function continuesStatement(doc: Document, prev: QuoteDraft, next: QuoteDraft, beforePrev: QuoteDraft | null, functionWords: FunctionWords, closers: ReadonlySet<string>, openers: ReadonlySet<string>): boolean {
  if (next.kind !== 'direct' || next.cue !== null) return false;
  // `Sanders said she and Obama had made progress. "I really believe that the president has done
  // an incredible job…"`: a quoted sentence with no cue of its own after a reported statement goes
  // on with it when someone said or wrote it (joined on PolNeAR train, the quotation had been a
  // spurious attribution 24 times and its own gold attribution 4 times; on dev 5 and 0). After a
  // belief, intention or stance, or a report with no source, it stays apart.
  if (prev.kind === 'indirect' && !(isStatementType(prev.cueType) && prev.source !== null)) return false;
  const { tokens } = doc;
  const prevEnd = prev.content[prev.content.length - 1]!.end;
  const nextStart = next.content[0]!.start;
  const from = tokenStartingAtOrAfter(tokens, prevEnd);
  const to = tokenStartingAtOrAfter(tokens, nextStart);
  const first = tokens[to];
  const before = tokens[from - 1];
  if (!first || !before) return false;
  // `…did predict the primary - PollWatch: “Most firms…”`: the quotation is the digest label's.
  for (let k = from; k < to; k++) if (opensDashLabel(tokens, k, to, openers)) return false;
  if (first.paragraph === before.paragraph + 1) return quotedParagraphFollows(doc, prev, next, beforePrev, before.paragraph, first.paragraph);
  if (first.paragraph !== before.paragraph) return false;
  // `he lauded its “clarity” and its “restraint”`, `“A,” Bolton charged. “B.”`: a quoted part in
  // the same sentence, or a quoted sentence of its own, goes on with the same speaker's words
  // unless a new clause with its own verb stands between (`“A,” she said, and her husband cut
  // in. “B.”`). Without a cue the previous quotation's attribution went unread, and the verb in
  // the gap is most likely it.
  if (!(prev.cue !== null && verbBeyondAttribution(tokens, from, to, prev))) {
    if (first.sentence === before.sentence || opensSentence(doc, to)) return true;
  }
  // `“A,” said Jock Finlayson, an economist. Now, “B.”`: once the attribution after A has named the
  // speaker, a bare quotation later in the paragraph goes on with A (PolNeAR joins them 19 times in 24).
  if (prev.kind === 'direct' && prev.cue !== null && prev.cue.start >= prevEnd && prev.cue.end <= nextStart && contentEndsOnSentenceMark(doc.text, next, closers) && onlyAttributionBetween(tokens, tokenStartingAtOrAfter(tokens, prev.cue.end), to, functionWords, closers)) return true;
  // `“A,” said Robin Maynard. He has worked at the plant for 24 years. “B.”`: one sentence of
  // narrative about the speaker after the attribution, and then a whole quoted sentence with no
  // attribution of its own: PolNeAR still takes B as more of A's statement (10 times in 11 on
  // train and dev).
  if (prev.kind === 'direct' && prev.cue !== null && prev.cue.start >= prevEnd && prev.cue.end <= nextStart && contentEndsOnSentenceMark(doc.text, next, closers) && opensSentence(doc, to) && atMostOneSentenceAfter(tokens, tokenStartingAtOrAfter(tokens, prev.cue.end), to, closers)) return true;
  // Only the previous quotation's own attribution may stand between: its cue (or source) inside
  // the gap, at most one sentence end, which must come last (the next quotation opens a sentence).
  let words = 0;
  let ends = 0;
  let depth = 0;
  let last: Token | null = null;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    // A title closing the attribution (`said on Fox News’s “Fox and Friends.”`) ends with its mark.
    if (ends > 0 && !closers.has(t.text)) return false;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (SENTENCE_END_MARKS.has(t.text)) { if (depth === 0) ends++; } // `(D-N.C.)` is no sentence end
    else if (isWord(t) && ++words > MAX_ATTRIBUTION_WORDS) return false;
    if (!closers.has(t.text)) last = t;
  }
  if (words === 0) return last === null || SENTENCE_END_MARKS.has(last.text) || last.text === ':';
  const attribution = prev.cue ?? prev.source;
  if (!attribution || attribution.start < prevEnd || attribution.end > nextStart) return false;
  // `“A,” Schiff told Capital Download on Wednesday, “but B.”`: a comma carries the sentence on.
  return last !== null && (SENTENCE_END_MARKS.has(last.text) || last.text === ':' || last.text === ',');
}

/** What may stand between an attribution and a bare quotation that goes on with the same
 *  statement (`said Robin Maynard, half joking. Then, “B.”`): adverbs and the opening words of the
 *  sentence holding B. Not another verb in the attribution's sentence (`said Ervin, who thinks…`,
 *  `Ebeling said, and her husband cut in.`), a whole sentence of narrative (`Her rivals laughed.`),
 *  a participle (`adding that…`) or a colon (`went even further:`), which report words of their own. */
function onlyAttributionBetween(tokens: Token[], from: number, to: number, words: FunctionWords, closers: ReadonlySet<string>): boolean {
  let last: Token | null = null;
  let attributionEnded = false;
  let verb = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    if (isLowercaseVerb(t)) {
      if (!attributionEnded || isProgressiveForm(t, words)) return false;
      verb = true;
    }
    if (SENTENCE_END_MARKS.has(t.text)) {
      if (verb) return false;
      attributionEnded = true;
    }
    if (!closers.has(t.text)) last = t;
  }
  return last === null || last.text !== ':';
}

/** Tokens [from, to) finish the attribution's sentence and hold at most one more whole sentence,
 *  which does not end in a colon (`went even further:` introduces words of its own). */
function atMostOneSentenceAfter(tokens: Token[], from: number, to: number, closers: ReadonlySet<string>): boolean {
  let ends = 0;
  let last: Token | null = null;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE' || closers.has(t.text)) continue;
    if (SENTENCE_END_MARKS.has(t.text) && ++ends > 2) return false;
    last = t;
  }
  return last !== null && SENTENCE_END_MARKS.has(last.text);
}

/** The quotation's last words end their sentence (`…part of his plan.”`), so no attribution of
 *  its own follows (`“…,” Ebeling recalled` ends with a comma). */
function contentEndsOnSentenceMark(text: string, d: QuoteDraft, closers: ReadonlySet<string>): boolean {
  const last = d.content[d.content.length - 1]!;
  let k = last.end - 1;
  while (k > last.start && closers.has(text[k]!)) k--;
  return SENTENCE_END_MARKS.has(text[k]!);
}

/** A lower-case verb in tokens [from, to) outside the previous quotation's cue and source (a
 *  capitalised `VERB` is a mistagged name: `Chuck`). */
function verbBeyondAttribution(tokens: Token[], from: number, to: number, prev: QuoteDraft): boolean {
  const inside = (t: Token, s: { start: number; end: number } | null): boolean => s !== null && t.start >= s.start && t.end <= s.end;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' || inside(t, prev.cue) || inside(t, prev.source) || opensUppercase(t.text)) continue;
    return true;
  }
  return false;
}

/** No word of its sentence stands before token `k`. */
function opensSentence(doc: Document, k: number): boolean {
  const { tokens } = doc;
  const sentence = doc.sentences[tokens[k]!.sentence];
  if (!sentence) return false;
  for (let j = sentence.firstToken; j < k; j++) if (isWord(tokens[j]!)) return false;
  return true;
}

/** `“A,” Ms Reeves said.` and then a paragraph that is nothing but a quotation: PolNeAR (and a
 *  reader) takes the quoted paragraph as more of the statement that opened (or closed) the paragraph before.
 *  A quotation in the middle of narrative, in either paragraph, is a statement of its own. */
function quotedParagraphFollows(doc: Document, prev: QuoteDraft, next: QuoteDraft, beforePrev: QuoteDraft | null, prevParagraph: number, nextParagraph: number): boolean {
  const { text } = doc;
  const p = doc.paragraphs[prevParagraph]!;
  const n = doc.paragraphs[nextParagraph]!;
  const opening = prev.content.find((c) => c.end > p.start);
  if (!opening) return false;
  if (!blank(text, p.start, opening.start) && !closesParagraph(doc, prev, beforePrev, p.start, p.end)) return false;
  const nextEnd = next.content[next.content.length - 1]!.end;
  return blank(text, n.start, next.content[0]!.start) && text.slice(nextEnd, n.end).trim().length <= 1;
}

function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

/** `Thomas Massie now said Trump had “the opportunity and the obligation to bring us together.”`
 *  and then a paragraph that is nothing but a quotation: a quoted (or partly quoted) statement
 *  whose cue comes first and which closes the paragraph goes on into the quoted paragraph, as one
 *  opening the paragraph does (joined on PolNeAR train, the earlier part had been a spurious
 *  attribution 4 times and its own gold attribution once; no case on dev). Not after another
 *  statement earlier in the paragraph (`“By the way…,” Trump told a rally, saying Clinton would
 *  “abolish the second amendment.”`): the quoted paragraph goes on with that one. */
function closesParagraph(doc: Document, prev: QuoteDraft, beforePrev: QuoteDraft | null, paragraphStart: number, paragraphEnd: number): boolean {
  const last = prev.content[prev.content.length - 1]!;
  if (prev.kind === 'indirect' || prev.cue === null || prev.cue.start > last.start) return false;
  if (beforePrev && beforePrev.content[beforePrev.content.length - 1]!.end > paragraphStart) return false;
  return doc.text.slice(last.end, paragraphEnd).trim().length <= 1;
}
