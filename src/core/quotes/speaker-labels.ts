// Speaker labels: a name and a colon opening a paragraph (`Pence: …`, `WALLACE: …`) attribute
// the rest of the paragraph, as in headlines and transcripts.
import type { FunctionWords, Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import { phraseStartingAt } from '../sources/source-noun-phrases.js';
import { isHeadingLabel } from '../document/header.js';
import { isWord, countWords } from '../document/word-tokens.js';
import { opensUppercase } from '../document/capitals.js';
import { CONFIDENCE, span, type QuoteDraft } from './quote-drafts.js';
import { nonSpaceAtOrAfter } from '../document/non-space-tokens.js';

/** Words a speaker label may have before its colon: `Pence:`, `Sen. Elizabeth Warren:`, `WALLACE:`. */
const MAX_LABEL_TOKENS = 6;

/** Headlines and transcripts name the speaker before a colon at the start of a paragraph
 *  (`Pence: Trump Was ‘Mocking’ Clinton Camp`, `"WALLACE: Let’s start with…`). The colon is the
 *  cue and the rest of the paragraph the content, without its final full stop or a stray opening
 *  mark before the label. */
export function speakerLabels(doc: Document, locale: Locale): QuoteDraft[] {
  const { tokens, text } = doc;
  const labels = paragraphLabels(doc, locale);
  /** Whether paragraph `p` exists and opens as a transcript turn, an interviewer's `Q:` and `A:` included. */
  const turnAt = (p: number): boolean => p >= 0 && p < labels.length && (labels[p] !== null || opensWithLabel(doc, p));
  const found: QuoteDraft[] = [];
  doc.paragraphs.forEach((paragraph, p) => {
    const label = labels[p];
    if (!label) return;
    const colon = label.colon;
    let from = colon + 1;
    from = nonSpaceAtOrAfter(tokens, from, paragraph.lastToken);
    let to = paragraph.lastToken;
    while (to > from && (tokens[to]!.text === '.' || tokens[to]!.pos === 'SPACE')) to--;
    const words = countWords(tokens, from, to);
    if (words < 3 || isNameList(tokens, from, to) || isVerblessSubtitle(doc, from, to, locale)) return;
    if (words <= SECTION_HEADING_MAX_WORDS && p > 0 && !turnAt(p - 1) && !turnAt(p + 1)) return;
    const colonToken = tokens[colon]!;
    found.push({
      kind: 'direct',
      content: [span(text, tokens[from]!.start, tokens[to]!.end)],
      cue: span(text, label.cueStart, colonToken.end),
      source: span(text, label.start, label.end),
      confidence: CONFIDENCE.directCue,
      sentence: colonToken.sentence,
      cueType: 'speech',
    });
  });
  return found;
}

/** The speaker label of each paragraph, or null. A label ends at a token holding a colon, so a
 *  paragraph whose text has none (most of them) is passed over without reading its tokens. */
function paragraphLabels(doc: Document, locale: Locale): Array<SpeakerLabel | null> {
  const { tokens, text } = doc;
  const labels: Array<SpeakerLabel | null> = [];
  /** The first colon at or after the paragraph being read, or -1 when none is left. */
  let colon = text.indexOf(':');
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const paragraph = doc.paragraphs[p]!;
    if (colon < 0 || paragraph.firstToken < 0) { labels.push(null); continue; }
    const from = tokens[paragraph.firstToken]!.start;
    if (colon >= 0 && colon < from) colon = text.indexOf(':', from);
    labels.push(colon >= 0 && colon < tokens[paragraph.lastToken]!.end ? speakerLabel(doc, p, locale) : null);
  }
  return labels;
}

/** Words after a label that make a section heading rather than a turn when no label opens the
 *  paragraph before or after (`Sanders: Win in a walk.` above a paragraph about his race); a
 *  transcript's short turns sit among other turns, and the article's own first line (its
 *  headline, which PolNeAR annotates) is exempt. */
const SECTION_HEADING_MAX_WORDS = 6;

/** `Q:`, `A:`, `MR. SMITH:`: capitalised words and nothing else before a colon opening paragraph
 *  `p`, the shape of a transcript turn whoever the label names. */
function opensWithLabel(doc: Document, p: number): boolean {
  const { tokens } = doc;
  const paragraph = doc.paragraphs[p]!;
  for (let k = paragraph.firstToken; k <= paragraph.lastToken && k - paragraph.firstToken <= MAX_LABEL_TOKENS; k++) {
    const t = tokens[k]!;
    if (t.text === ':') return k > paragraph.firstToken;
    if (t.text !== '.' && !opensUppercase(t.text)) return false;
  }
  return false;
}

/** The name before a paragraph's colon (offsets), the colon's token and where the colon itself
 *  starts (inside a fused `):` token, one character in). */
type SpeakerLabel = { start: number; end: number; colon: number; cueStart: number };

/** The speaker label opening paragraph `p`, if any: a name of a few words (`Pence`, `Sen.
 *  Elizabeth Warren`, `WALLACE`) before a colon, past a stray opening mark; not a heading
 *  (`Correction:`, `UPDATE 2:`), a pronoun or a phrase with a place or time in it. */
function speakerLabel(doc: Document, p: number, locale: Locale): SpeakerLabel | null {
  const { tokens } = doc;
  const paragraph = doc.paragraphs[p]!;
  if (paragraph.firstToken < 0) return null;
  let first = paragraph.firstToken;
  if (tokens[first]!.text === '"' || tokens[first]!.text === '“') first++;
  let colon = -1;
  /** `Rep. Trey Gowdy (R-S.C.):`: the `(` of a party tag before the colon, whose tokens are not
   *  counted; wink-nlp reads its closing `):` as one token. */
  let paren = -1;
  for (let k = first; k <= paragraph.lastToken && k - first - partyTagTokens(paren, k) <= MAX_LABEL_TOKENS; k++) {
    const t = tokens[k]!;
    if (t.text === ':' || (t.text === '):' && paren >= 0)) { colon = k; break; }
    if (t.text === '(' && paren < 0) paren = k;
    if (t.pos === 'PUNCT' && t.text !== '.' && t.text !== '(' && t.text !== ')' && t.text !== '-') break;
  }
  if (colon <= first) return null;
  const fused = tokens[colon]!.text !== ':';
  const nameLast = fused ? paren - 1 : colon - 1;
  if (nameLast < first) return null;
  // `Correction:` and `UPDATE 2:` are editorial headings, not speakers.
  if (isHeadingLabel(doc.text.slice(tokens[first]!.start, tokens[nameLast]!.end), locale)) return null;
  const label = phraseStartingAt(doc, first, nameLast, locale);
  if (!label || label.last !== nameLast || tokens[first]!.pos === 'PRON' || tokens[first]!.pos === 'DET') return null;
  if (containsPlaceOrTime(tokens, first, nameLast, locale.words)) return null;
  if (!hasNameWord(tokens, first, nameLast)) return null;
  // The party tag stays with the name, up to its `)`.
  const cueStart = fused ? tokens[colon]!.end - 1 : tokens[colon]!.start;
  return { start: label.start, end: fused ? cueStart : label.end, colon, cueStart };
}

/** Tokens of a party tag from its `(` at `paren` up to token k, not counted against a label's length. */
function partyTagTokens(paren: number, k: number): number {
  return paren < 0 ? 0 : k - paren;
}

/** `Delegate Update: The latest count in the Democratic race`, `Netanyahu and Obama: A tortured
 *  relationship`: words after a label with no verb among them are a heading's subtitle, not a
 *  statement (5 of 5 on train). Not a question (`Q: Health care, right?`, an interviewer's), words
 *  quoting someone (`Clinton: Time for ‘intensification’ of ISIL strategy`), or a headline's
 *  capitalised words (`Trump: Cruz Has ‘To Come a Long Way’`), where the tagger misses verbs. */
function isVerblessSubtitle(doc: Document, from: number, to: number, locale: Locale): boolean {
  const { tokens } = doc;
  if (tokens[to]!.text === '?') return false;
  const words = doc.text.slice(tokens[from]!.start, tokens[to]!.end);
  if (locale.marks.some((m) => words.includes(m.open))) return false;
  let headline = true;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    // A clitic such as `’s` opens with an apostrophe; it says nothing about a headline's capitals.
    if (isWord(t) && !opensUppercase(t.text) && !locale.words.titleSmallWords.has(t.text) && !locale.apostrophes.includes(t.text[0]!)) headline = false;
  }
  return !headline;
}

/** Commas this many with no verb make a list (`Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …`),
 *  a roster under a heading rather than words spoken. */
const LIST_MIN_COMMAS = 3;

function isNameList(tokens: Token[], from: number, to: number): boolean {
  let commas = 0;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !opensUppercase(t.text)) return false; // `Chip/VERB` is a name
    if (t.text === ',') commas++;
  }
  return commas >= LIST_MIN_COMMAS;
}

/** `Follow AWR Hawkins on Twitter:`, `Update at 5 p.m.:`: a preposition other than `of` marks a
 *  heading or an instruction, not a speaker (`Secretary of State John Kerry:` is one). */
function containsPlaceOrTime(tokens: Token[], from: number, to: number, words: FunctionWords): boolean {
  for (let k = from; k <= to; k++) if (tokens[k]!.pos === 'ADP' && !words.partitivePrepositions.has(tokens[k]!.lemma)) return true;
  return false;
}

/** A label names someone: its head is a capitalised name (`Pence`, `NY Daily News`, `WALLACE`),
 *  not a common noun (`Editor’s note`, `Photo`, `7:39 p.m.`). */
function hasNameWord(tokens: Token[], from: number, to: number): boolean {
  const head = tokens[to]!;
  if (!opensUppercase(head.text)) return false;
  return head.pos === 'PROPN' || head.text === head.text.toUpperCase() || to > from;
}
