// The text once segmented. Every later stage reads tokens and sentences from here instead of
// re-tokenising, which is what keeps extraction within a small factor of one wink-nlp pass.
import { readWink, winkIts } from './wink-input.js';
import { CONTINUES_SENTENCE } from './punctuation.js';
import { nonSpaceAtOrAfter, nonSpaceAtOrBefore } from './non-space-tokens.js';
import { trimmedEnd, trimmedStart } from './white-space.js';

export type Token = {
  /** Index in Document.tokens. */
  i: number;
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from wink-nlp (PROPN, VERB, PUNCT, SPACE…). */
  pos: string;
  /** Lower-cased lemma-ish normal form from wink-nlp. */
  lemma: string;
  sentence: number;
  paragraph: number;
};

export type Sentence = { i: number; start: number; end: number; firstToken: number; lastToken: number; paragraph: number };

/** Paragraphs are separated by a newline. Text hard-wrapped at a fixed width (most lines of
 *  similar length, blank lines between paragraphs) is the exception: there only a blank line
 *  separates paragraphs. News copy, including PolNeAR and the BBC corpus, puts one paragraph per line. */
export type Paragraph = { i: number; start: number; end: number; firstToken: number; lastToken: number };

export type Document = {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
};

const its = winkIts;

function looksHardWrapped(text: string): boolean {
  let lines = 0;
  let wrapped = 0;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const length = to - from;
    if (length > 0) {
      lines++;
      if (length >= 55 && length <= 90) wrapped++;
    }
    from = to + 1;
  }
  return lines >= 4 && wrapped / lines >= 0.7 && /\n[ \t\r]*\n/.test(text);
}

/** The paragraphs' spans, trimmed of white space, in text order; their token range is filled in
 *  as the tokens are read. */
function paragraphBounds(text: string): Paragraph[] {
  const splitter = looksHardWrapped(text) ? /\n[ \t\r]*\n\s*/g : /\n\s*/g;
  const paragraphs: Paragraph[] = [];
  let from = 0;
  for (const m of text.matchAll(splitter)) {
    if (m.index! > from) pushTrimmed(text, from, m.index!, paragraphs);
    from = m.index! + m[0].length;
  }
  if (from < text.length) pushTrimmed(text, from, text.length, paragraphs);
  return paragraphs;
}

function pushTrimmed(text: string, from: number, to: number, paragraphs: Paragraph[]): void {
  const s = trimmedStart(text, from, to);
  const e = trimmedEnd(text, s, to);
  if (e > s) paragraphs.push({ i: paragraphs.length, start: s, end: e, firstToken: -1, lastToken: -1 });
}

/** wink-nlp tags name words that are also verbs as verbs (`Olivia Grant/VERB said`, `Mr Grant/VERB`).
 *  A capitalised verb mid-sentence right after a capitalised proper noun, with a lower-case word
 *  after it, continues the name. A capital after it (`Trump Says Plan Will Work`) marks title case,
 *  where capitals say nothing, so the tag stays. */
function readNameWordsAsNames(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !startsUpper(t.text)) continue;
    const previous = tokens[i - 1]!;
    if (previous.pos !== 'PROPN' || !startsUpper(previous.text) || previous.sentence !== t.sentence || previous.end + 1 !== t.start) continue;
    let k = i + 1;
    k = nonSpaceAtOrAfter(tokens, k);
    const next = tokens[k];
    if (next && next.pos !== 'PUNCT' && !startsUpper(next.text)) t.pos = 'PROPN';
  }
}

function startsUpper(word: string): boolean {
  const c = word[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** `Sen. Chuck Schumer (D-N.` | `Y.) said`: wink-nlp ends a sentence at a full stop inside an open
 *  parenthesis; the parenthesis closes in the same sentence. */
function insideParenthesis(tokens: Token[], first: number, last: number): boolean {
  let depth = 0;
  for (let k = first; k <= last; k++) {
    if (tokens[k]!.text === '(') depth++;
    else if (tokens[k]!.text === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** `Rep. Jane Roe (R-Fla.)` | `said Tuesday.`: after a parenthesis closing on an abbreviation's full
 *  stop, a lower-case word goes on with the sentence (news copy never opens one in lower case). */
function continuesAfterAbbreviation(tokens: Token[], last: number, first: number): boolean {
  const end = tokens[last]!;
  const before = tokens[last - 1];
  if (end.text !== ')' || !before || !before.text.endsWith('.')) return false;
  const next = tokens[first]!;
  return /^\p{Ll}/u.test(next.text);
}

export function readDocument(text: string): Document {
  const { doc, read, raw } = readWink(text);
  // Value, tag and normal form straight from wink-nlp's token helpers, one loop (wink-input.ts).
  const count = doc.tokens().length();
  // Where the text wink-nlp read is the text itself (no long run was broken), every value found
  // in it is the text's own word.
  const readIsText = read === text;

  const paragraphs = paragraphBounds(text);
  const tokens: Token[] = [];
  let offset = 0;
  let para = 0;
  for (let i = 0; i < count; i++) {
    const value = its.value(i, raw);
    // Each value is the next occurrence in the text wink-nlp read: between two tokens lie only the
    // spaces it skips (plain or no-break, never the line breaks and tabs that open a value) and
    // characters it drops (a form feed), so a search from the previous token's end finds it
    // without wink-nlp's precedingSpaces, which builds a string per token. Where the original
    // text matches, the token keeps wink-nlp's own string (equal to the slice, and shared by every
    // occurrence of the word, so later set and map lookups hash it once); the guard keeps every
    // span matching the text should they ever differ.
    let start = read.indexOf(value, offset);
    const found = start >= 0;
    if (!found) start = offset;
    const word = (found && readIsText) || text.startsWith(value, start) ? value : text.slice(start, start + value.length);
    const end = start + value.length;
    offset = end;
    while (para < paragraphs.length - 1 && start >= paragraphs[para]!.end) para++;
    const pos = its.pos(i, raw);
    tokens.push({ i, start, end, text: word, pos, lemma: its.normal(i, raw), sentence: 0, paragraph: para });
    // Only SPACE tags count; the later retagging (readNameWordsAsNames) never makes or unmakes one.
    if (pos !== 'SPACE') {
      const p = paragraphs[para]!;
      if (p.firstToken < 0) p.firstToken = i;
      p.lastToken = i;
    }
  }

  const sentences: Sentence[] = [];
  // Every token's text is a piece of the text: without a `(` (most articles) no sentence is left
  // inside a parenthesis, and the scan of each sentence's tokens for one is skipped.
  const hasParenthesis = text.indexOf('(') >= 0;
  // Each sentence's first and last token index, read in one call (an item object per sentence,
  // as each() makes, cost five times as much).
  const sentenceSpans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  let t = 0;
  for (let s = 0; s < sentenceSpans.length; s++) {
    const first = t;
    const [spanFirst, spanLast] = sentenceSpans[s]!;
    const last = t + spanLast - spanFirst;
    t = last + 1;
    // Sentence boundaries never cross paragraphs: split where wink-nlp joined two paragraphs.
    let from = first;
    for (let k = first; k <= last; k++) {
      const isBreak = k > from && tokens[k]!.paragraph !== tokens[k - 1]!.paragraph;
      if (isBreak) { pushSentence(from, k - 1); from = k; }
      tokens[k]!.sentence = sentences.length;
    }
    pushSentence(from, last);
  }
  function pushSentence(first: number, last: number) {
    first = nonSpaceAtOrAfter(tokens, first, last);
    last = nonSpaceAtOrBefore(tokens, last, first);
    if (first > last) return;
    const previous = sentences[sentences.length - 1];
    if (previous && previous.paragraph === tokens[first]!.paragraph && (CONTINUES_SENTENCE.has(tokens[first]!.text) || (hasParenthesis && insideParenthesis(tokens, previous.firstToken, previous.lastToken)) || continuesAfterAbbreviation(tokens, previous.lastToken, first))) {
      // wink-nlp ends a sentence at an abbreviation's full stop (`Rep. Elijah Cummings (D-Md.), chair
      // of…`); a sentence never starts with a comma, so the two are one.
      for (let k = previous.lastToken + 1; k <= last; k++) tokens[k]!.sentence = previous.i;
      previous.lastToken = last;
      previous.end = tokens[last]!.end;
      return;
    }
    const i = sentences.length;
    for (let k = first; k <= last; k++) tokens[k]!.sentence = i;
    sentences.push({ i, start: tokens[first]!.start, end: tokens[last]!.end, firstToken: first, lastToken: last, paragraph: tokens[first]!.paragraph });
  }

  readNameWordsAsNames(tokens);
  return { text, tokens, sentences, paragraphs };
}
