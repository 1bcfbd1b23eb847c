// Speaker attachment for marked quotations: which cue, and so which source, attributes a chain of
// quotation marks: one right before it (`He said: “…”`), right after it (`“…,” he said`), one
// announcing it from the sentence before, or an attribution standing between two of its parts.
import { dashLabelBefore } from './dash-labels.js';
import type { FunctionWords, Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import type { Cue } from '../cues/cues.js';
import type { SourceLink } from '../sources/sources.js';
import { lowerBound } from '../document/lower-bound.js';
import { isWord, countWords } from '../document/word-tokens.js';
import { announcesQuotation } from './announced-quotation.js';
import { SENTENCE_END_MARKS } from '../document/sentence-ends.js';
import { markSets } from '../marks/mark-sets.js';
import { opensUppercase } from '../document/capitals.js';
import { closesSentenceReport } from './closing-reports.js';
import { nonSpaceAtOrAfter, nonSpaceAtOrBefore } from '../document/non-space-tokens.js';
import { type Chain, closesWithComma, closesWithFullStop, commaInsideClose, endsWithComma, startsItsSentence } from './quote-chains.js';
import { isScareQuote } from './scare-quotes.js';
import { OPEN_ENDINGS } from '../document/punctuation.js';
import { formFirstWord } from '../cues/phrase-table.js';
import { isStatementType } from '../cues/cue-type-of-words.js';

/** Tokens allowed between a quotation and a cue that attributes it (source, adverbs, commas). */
const ATTACH_WINDOW = 16;

/** The cue that attributes a chain of marks, on which side of it, and what stands between. */
export type Attachment = {
  cue: number;
  side: 'leading' | 'trailing';
  between: 'none' | 'object' | 'words';
  /** A belief or intention cue inside the leading cue's report, which is part of what was said. */
  absorbed?: number;
};

/** The cue that attributes a chain of marks: right after it (`“…,” he said`) or right before it
 *  (`He said: “…”`), in the same paragraph. */
export function attach(doc: Document, chain: Chain, cues: Cue[], sources: Array<SourceLink | null>, locale: Locale): Attachment | null {
  const words = locale.words;
  const { tokens } = doc;
  const lastPart = chain.parts[chain.parts.length - 1]!;
  const firstPart = chain.parts[0]!;
  const c0 = firstCueAfter(cues, chain.lastToken);

  // Leading: `Jane Roe said: “…”`, `He told reporters “…”`, `said that the plan was “dead on arrival”`.
  const opener = tokens[chain.firstToken]!;
  let leading: Attachment | null = null;
  for (let c = c0 - 1; c >= 0; c--) {
    const cue = cues[c]!;
    if (cue.last >= chain.firstToken) continue;
    if (tokens[cue.first]!.paragraph !== firstPart.paragraph) {
      // `He said:` closing the paragraph before the quotation.
      if (introducesNextParagraph(doc, cue, sources[c] ?? null, chain)) leading = { cue: c, side: 'leading', between: 'none' };
      break;
    }
    if (cue.sentence !== opener.sentence && !sentenceContinues(doc, cue, chain.firstToken)) break;
    // `Pollsters agree - Carl Bialik: “…”`: the label after the dash speaks, not the cue's subject.
    if (dashLabelBefore(tokens, cue.last, chain.firstToken)) break;
    const between = gapKind(doc, cue, chain.firstToken, sources[c] ?? null, words);
    leading = { cue: c, side: 'leading', between };
    // `Jacobs said he and other leaders are planning to skip it and “stand in protest”`: a belief or
    // intention inside what a speaker said earlier in the sentence is part of the report.
    if (between === 'words' && (cue.type === 'belief' || cue.type === 'intention')) {
      const outer = reportingCueBefore(cues, c, cue.sentence);
      if (outer >= 0) leading = { cue: outer, side: 'leading', between: 'words', absorbed: c };
    }
    break;
  }
  // `Johnson tells MSNBC’s “Morning Joe” on Friday that…`: a programme named after `tells`.
  if (leading && leading.between === 'object' && isScareQuote(doc, chain, words)) leading = null;
  // `She read “Moby Dick” twice`: a verb that frames only quotations takes a title or a scare
  // quote right after it as its object, not as words spoken.
  if (leading && leading.between === 'none' && cues[leading.cue]!.frame === 'direct' && isScareQuote(doc, chain, words)) leading = null;
  // `Carter described putting a card in a “burn bag,” the Times reported.`: a cue inside the
  // sentence (not one framing the quotation right before it) is part of what the reporting clause
  // closing the sentence reports.
  if (leading && leading.between !== 'none' && c0 < cues.length && closingReport(doc, chain, cues[c0]!, sources[c0] ?? null, cues[leading.cue]!, sources[leading.cue] ?? null, locale)) {
    return { cue: c0, side: 'trailing', between: 'words', absorbed: leading.cue };
  }
  const colonOwned = leading !== null && c0 < cues.length && ownsColonQuotation(doc, chain, cues[c0]!, sources[c0] ?? null, locale);
  if (leading && leading.between !== 'words' && !colonOwned) return leading;

  // Trailing: `“…,” he said`, `“…,” said Jane Roe, a professor`, `“…” – Mr Blair told MPs`.
  if (c0 < cues.length) {
    const cue = cues[c0]!;
    const link = sources[c0] ?? null;
    const sameParagraph = tokens[cue.first]!.paragraph === lastPart.paragraph;
    const from = chain.lastToken + 1;
    const to = link && link.side === 'before' ? link.mention.first - 1 : cue.first - 1;
    // `Trump asserted that France had changed: “France is no longer France,” he claimed.`: the
    // quotation opens after the colon, and its closing comma hands it to the attribution after it.
    const opensClause = startsItsSentence(doc, chain) || colonOwned;
    // `“B.” She noted a rally…`: a full stop inside the closing mark ends the quoted sentence, and a
    // capitalised word after it opens the next one, whose verb is not this quotation's attribution,
    // unless that sentence is nothing but an attribution (`“…we will win.” Mook wrote.`).
    if (closesWithFullStop(doc, chain) && opensNewSentence(tokens, from)) {
      return sameParagraph && link !== null && to - from < ATTACH_WINDOW && onlyAttribution(doc, cue, link, from, to) ? { cue: c0, side: 'trailing', between: 'none' } : leading;
    }
    if (opensClause && sameParagraph && to - from < ATTACH_WINDOW && onlyPunctuationOrAdverbs(tokens, from, to) && cue.frame !== 'according') {
      return { cue: c0, side: 'trailing', between: 'none' };
    }
    if (opensClause && sameParagraph && cue.frame === 'according' && to - from < 3 && onlyPunctuationOrAdverbs(tokens, from, to)) {
      return { cue: c0, side: 'trailing', between: 'none' };
    }
    // `The address ''was a response to the malaise speech,'' said Jon Favreau`: the subject
    // before the quotation is part of what the speaker is reported to have said.
    // A short fragment counts too when its closing comma sits inside the marks (`are "not meeting
    // the demand," says Paul Rieckhoff`): the writer punctuated it as the end of quoted words.
    if (!opensClause && !leading && (!isScareQuote(doc, chain, words) || commaInsideClose(doc, chain)) && sameParagraph && to - from < ATTACH_WINDOW && onlyPunctuationOrAdverbs(tokens, from, to) && cue.frame !== 'according' && endsWithComma(doc, chain)) {
      return { cue: c0, side: 'trailing', between: 'words' };
    }
  }
  return leading;
}

/** A speech or writing report right after the quotation (`…,” the Times reported.`) that closes
 *  its sentence, the quotation being no statement of its own. */
function closingReport(doc: Document, chain: Chain, cue: Cue, link: SourceLink | null, inner: Cue, innerLink: SourceLink | null, locale: Locale): boolean {
  const { tokens } = doc;
  const sentence = tokens[chain.firstToken]!.sentence;
  // `scolded him: “…,” she said`: after a colon the quotation is the statement the cue before it
  // introduces, and the attribution after it only names the speaker again.
  if (cue.sentence !== sentence || tokens[chain.lastToken]!.sentence !== sentence || afterColon(tokens, chain.firstToken) || !closesWithComma(doc, chain)) return false;
  if (startsItsSentence(doc, chain) || attributesEarlierQuotation(doc, inner, innerLink, locale)) return false;
  const from = chain.lastToken + 1;
  const to = link && link.side === 'before' ? link.mention.first - 1 : cue.first - 1;
  return to - from < ATTACH_WINDOW && onlyPunctuationOrAdverbs(tokens, from, to) && closesSentenceReport(doc, cue, link, chain, inner, locale.words);
}

/** `“A,” she said, but “B,” said Roe`: the inner cue attributes the quotation right before it, so
 *  the sentence is two statements, not one report. */
function attributesEarlierQuotation(doc: Document, inner: Cue, innerLink: SourceLink | null, locale: Locale): boolean {
  const { tokens } = doc;
  const trailing = markSets(locale).trailing;
  let k = (innerLink && innerLink.side === 'before' ? Math.min(innerLink.mention.first, inner.first) : inner.first) - 1;
  while (k >= 0 && tokens[k]!.sentence === inner.sentence && (tokens[k]!.pos === 'SPACE' || (tokens[k]!.pos === 'PUNCT' && !trailing.has(tokens[k]!.text)))) k--;
  if (k < 0 || tokens[k]!.sentence !== inner.sentence || !trailing.has(tokens[k]!.text)) return false;
  // Closed by a comma, as a statement handed to its attribution (not `the four “loopholes” he cited`).
  return OPEN_ENDINGS.has(tokens[k - 1]?.text ?? '') || tokens[k + 1]?.text === ',';
}

/** `Lau said in a statement. “…”`: the cue ending the sentence before the chain, which reports
 *  nothing else, announces it. */
export function announcedAttachment(doc: Document, chain: Chain, cues: Cue[], sources: Array<SourceLink | null>, locale: Locale): Attachment | null {
  const c = firstCueAfter(cues, chain.firstToken) - 1;
  const cue = cues[c];
  if (!cue || cue.last >= chain.firstToken) return null;
  return announcesQuotation(doc, cue, sources[c] ?? null, chain.firstToken, locale) ? { cue: c, side: 'leading', between: 'none' } : null;
}

/** Cues looked back over for a speech report that holds a belief or intention cue. */
const MAX_INNER_CUES = 2;

/** The speech or writing cue (with a clause after it) that opens the report a belief or intention
 *  cue `inner` sits in, earlier in the same sentence; -1 when none does. */
function reportingCueBefore(cues: Cue[], inner: number, sentence: number): number {
  for (let c = inner - 1; c >= 0 && inner - c <= MAX_INNER_CUES; c--) {
    const cue = cues[c]!;
    if (cue.sentence !== sentence) return -1;
    if (isStatementType(cue.type) && cue.frame !== 'direct' && cue.frame !== 'according') return c;
  }
  return -1;
}

/** The quotation starting at token `first` follows a colon (`…had changed: “France is…`). */
function afterColon(tokens: Token[], first: number): boolean {
  let k = nonSpaceAtOrBefore(tokens, first - 1);
  return k >= 0 && tokens[k]!.text === ':';
}

/** `Trump asserted that France had changed: “France is no longer France,” he claimed.`: a quotation
 *  set off by a colon whose closing comma hands it to an attribution of its own right after it,
 *  with a subject of its own (not `, adding`). Not when a second quotation follows that
 *  attribution (`scolded him: “A,” she said. “B.”`): there the colon's cue frames the first part. */
function ownsColonQuotation(doc: Document, chain: Chain, cue: Cue, link: SourceLink | null, locale: Locale): boolean {
  const { tokens } = doc;
  if (!link || link.mention.first <= chain.lastToken || !afterColon(tokens, chain.firstToken) || !closesWithComma(doc, chain)) return false;
  let k = Math.max(cue.last, link.mention.last) + 1;
  for (let separators = 0; k < tokens.length && (tokens[k]!.pos === 'SPACE' || (separators < 1 && (tokens[k]!.text === ',' || tokens[k]!.text === '.'))); k++) if (tokens[k]!.pos !== 'SPACE') separators++;
  const next = tokens[k];
  return !(next && next.paragraph === tokens[cue.last]!.paragraph && markSets(locale).opening.has(next.text));
}

/** Words a sentence standing for an attribution alone may have after its cue (`said Monday`,
 *  `wrote in an email`). */
const MAX_ATTRIBUTION_TAIL = 6;

/** `“…we will win.” Mook wrote.`: the sentence opening at token `from` is a subject before its cue,
 *  with only a short adjunct and no further verb before it ends: an attribution with nothing to
 *  attribute but the quotation before it. */
function onlyAttribution(doc: Document, cue: Cue, link: SourceLink, from: number, to: number): boolean {
  const { tokens } = doc;
  if (link.side !== 'before' || cue.frame === 'according' || !onlyPunctuationOrAdverbs(tokens, from, to)) return false;
  for (let k = link.mention.last + 1; k < cue.first; k++) if (isWord(tokens[k]!) && !FILLER_POS.has(tokens[k]!.pos)) return false;
  for (let k = cue.last + 1, n = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    if (SENTENCE_END_MARKS.has(t.text)) return true;
    if (++n > MAX_ATTRIBUTION_TAIL || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'PUNCT' || t.paragraph !== tokens[cue.last]!.paragraph) return false;
  }
  return true;
}

/** The first word at or after token `k` is capitalised (spaces skipped). */
function opensNewSentence(tokens: Token[], k: number): boolean {
  k = nonSpaceAtOrAfter(tokens, k);
  const t = tokens[k];
  return t !== undefined && isWord(t) && opensUppercase(t.text);
}

function introducesNextParagraph(doc: Document, cue: Cue, link: SourceLink | null, chain: Chain): boolean {
  const { tokens } = doc;
  const paragraph = doc.paragraphs[tokens[chain.firstToken]!.paragraph];
  if (!paragraph || paragraph.firstToken !== chain.firstToken) return false;
  const previous = doc.paragraphs[paragraph.i - 1];
  if (!previous || tokens[cue.first]!.paragraph !== previous.i) return false;
  let from = cue.last + 1;
  if (link && link.side === 'after') from = Math.max(from, link.mention.last + 1);
  const last = tokens[previous.lastToken]!;
  if (last.text !== ':') return false;
  return countWords(tokens, from, previous.lastToken) === 0;
}

/** wink-nlp may end a sentence at a colon before the quotation; the cue still frames it. */
function sentenceContinues(doc: Document, cue: Cue, quoteFirst: number): boolean {
  const t = doc.tokens;
  let k = quoteFirst - 1;
  k = nonSpaceAtOrBefore(t, k, cue.last + 1);
  return k > cue.last - 1 && k - cue.last <= 2 && (t[k]!.text === ':' || t[k]!.text === ',');
}

/** What stands between a leading cue and the opening mark. */
function gapKind(doc: Document, cue: Cue, quoteFirst: number, link: SourceLink | null, functionWords: FunctionWords): Attachment['between'] {
  const { tokens } = doc;
  let from = cue.last + 1;
  if (link && link.side === 'after') from = link.mention.last + 1;
  let words = 0;
  let endsWithColon = false;
  for (let k = from; k < quoteFirst; k++) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    endsWithColon = t.text === ':';
    if (isWord(t)) words++;
  }
  if (words === 0) return 'none';
  if (endsWithColon && words <= 8) return 'object'; // `told the BBC:`, `said in a statement:`
  // `told reporters “…”`, `told Fox News “…”`: the addressee of a tell cue (or a phrase headed by one).
  if (words <= 4 && functionWords.addresseeCues.has(formFirstWord(cue.lemma))) return 'object';
  return 'words';
}

function firstCueAfter(cues: Cue[], token: number): number {
  return lowerBound(cues.length, (i) => cues[i]!.first <= token);
}

const FILLER_POS = new Set(['PUNCT', 'SPACE', 'ADV', 'AUX', 'PART']);

/** Fillers between a quotation and its attribution; a full stop means a new sentence begins. */
function onlyPunctuationOrAdverbs(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (SENTENCE_END_MARKS.has(t.text)) return false;
    if (isWord(t) && !FILLER_POS.has(t.pos)) return false;
  }
  return true;
}

/** The cue of an attribution standing right after `previous` (`“A,” she said.`) that the
 *  quotation `chain` continues, or -1. */
export function attributionBetween(doc: Document, previous: Chain, chain: Chain, cues: Cue[], sources: Array<SourceLink | null>): number {
  const { tokens } = doc;
  const c = firstCueAfter(cues, previous.lastToken);
  const cue = cues[c];
  if (!cue || cue.last >= chain.firstToken || cue.frame === 'according') return -1;
  if (tokens[cue.first]!.paragraph !== previous.parts[previous.parts.length - 1]!.paragraph) return -1;
  const link = sources[c] ?? null;
  const to = link && link.side === 'before' ? link.mention.first - 1 : cue.first - 1;
  if (to - previous.lastToken > ATTACH_WINDOW || !onlyPunctuationOrAdverbs(tokens, previous.lastToken + 1, to)) return -1;
  return continuesAfterAttribution(doc, cue, link, chain, previous) ? c : -1;
}

/** After `“A,” he said`, a comma or full stop and then a new quotation continues the statement. */
export function continuesAfterAttribution(doc: Document, cue: Cue, link: SourceLink | null, next: Chain, chain: Chain): boolean {
  const { tokens } = doc;
  if (tokens[next.firstToken]!.paragraph !== chain.parts[chain.parts.length - 1]!.paragraph) return false;
  let from = cue.last + 1;
  if (link && link.side === 'after') from = Math.max(from, link.mention.last + 1);
  let separators = 0;
  let onlySeparators = true;
  for (let k = from; k < next.firstToken; k++) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    if (t.text === ',' || t.text === '.' || t.text === ':' || t.text === ';') { separators++; continue; }
    onlySeparators = false;
  }
  if (onlySeparators) return separators <= 1;
  // `“A,” said Caddell, speaking of her health. “B.”`: the attribution sentence sits between the
  // two parts and the second opens the next sentence.
  let before = next.firstToken - 1;
  before = nonSpaceAtOrBefore(tokens, before, cue.last + 1);
  return tokens[before]!.sentence === cue.sentence && tokens[before]!.text === '.' && tokens[next.firstToken]!.sentence !== cue.sentence;
}
