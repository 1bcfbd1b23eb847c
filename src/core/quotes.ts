// Assembles direct, mixed and indirect quotations from marks, cues and sources:
//   scanMarks → findCues → findSources → attach cues to marked quotations → reported clauses.
// Every step walks tokens, cues or marks in text order with bounded look-around, so the stage
// stays linear in the length of the article.
import type { Span, QuoteKind } from '../types.js';
import type { CueEntry, FunctionWords, Locale } from '../locales/locale.js';
import type { Document, Token } from './document.js';
import { scanMarks, type MarkedQuote } from './marks.js';
import { findCues, type Cue } from './cues.js';
import { findSources, phraseEndingAt, phraseStartingAt, type SourceLink, type SourceMention } from './sources.js';
import { lowerBound } from './lower-bound.js';
import { tokenStartingAtOrAfter } from './token-index.js';
import { isWord, countWords } from './word-tokens.js';
import { announcesQuotation } from './announced-quotation.js';
import { joinContinuedStatements } from './same-statement.js';
import { isHeadingLabel } from './header.js';
import { reportedClause, participleSubject, partOverlapping, frontedBeforeAttribution } from './reported-clauses.js';
import { attributeByClause, type ClauseReadings } from './clause-subject.js';
import { reportsPartialQuotation } from './outer-reports.js';
import { reportCutBefore } from './trimmed-reports.js';
import type { FragmentCandidate, FragmentDecision } from './fragments/candidate.js';
import { fragmentFeatures } from './fragments/features.js';
import { shippedFragmentDecision } from './fragments/shipped.js';
import { isWorkTitle } from './work-titles.js';
import { SENTENCE_END_MARKS } from './sentence-ends.js';
import { markSets } from './mark-sets.js';
import { isLowercaseVerb, opensUppercase } from './capitals.js';
import { editorialNoticeSentences } from './editorial-notices.js';
import { closesSentenceReport } from './closing-reports.js';
import { nonSpaceAtOrBefore, nonSpaceAtOrAfter } from './non-space-tokens.js';

/** A quotation before speakers and relays are resolved. */
export type QuoteDraft = {
  kind: QuoteKind;
  content: Span[];
  cue: Span | null;
  source: Span | null;
  confidence: number;
  /** Sentence index of the cue, or of the first content span when there is no cue. */
  sentence: number;
  /** speech, writing or belief, from the cue lexicon; null for a quotation with no cue. */
  cueType?: CueEntry['type'] | null;
};

/** Quoted spans this short, with no cue, are scare quotes or names (a “reform”, the film “Heat”). */
const SCARE_QUOTE_MAX_WORDS = 4;
/** Tokens allowed between a quotation and a cue that attributes it (source, adverbs, commas). */
const ATTACH_WINDOW = 16;

const CONFIDENCE = {
  directCueSource: 0.95,
  directCue: 0.85,
  directBare: 0.55,
  mixedSource: 0.8,
  mixed: 0.65,
  indirectSource: 0.7,
  indirect: 0.5,
  beliefSource: 0.45,
  belief: 0.35,
  repairPenalty: 0.05,
};

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** A run of marked quotations that continue one another over paragraphs. */
type Chain = { parts: MarkedQuote[]; firstToken: number; lastToken: number; repaired: boolean };

type Attachment = {
  cue: number;
  side: 'leading' | 'trailing';
  between: 'none' | 'object' | 'words';
  /** A belief or intention cue inside the leading cue's report, which is part of what was said. */
  absorbed?: number;
};

/** `decideFragment` settles short quoted fragments no cue attributes (scare quote, title or
 *  words spoken); the shipped fragment model unless training or cross-validation passes another. */
export function assembleQuotes(doc: Document, locale: Locale, decideFragment: FragmentDecision = shippedFragmentDecision): QuoteDraft[] {
  const { text, tokens } = doc;
  if (tokens.length === 0) return [];
  const marks = scanMarks(text, doc.paragraphs, { pairs: locale.marks, apostrophes: locale.apostrophes });
  const chains = chainMarks(marks, tokens);
  /** Every marked part in text order, for binary searches by offset. */
  const parts = marks;
  const allCues = findCues(doc, locale);
  const insideQuote = tokensInsideQuotes(tokens.length, chains);
  // A cue inside a quotation is the quoted speaker's, and one in an editorial notice the outlet's.
  const notices = editorialNoticeSentences(doc, locale);
  const cues = allCues.filter((c) => !insideQuote[c.first] && !notices.includes(c.sentence));
  const sources = findSources(doc, cues, locale);
  /** The source a quotation takes from cue `c`: its own, else the subject a participle or
   *  coordinated cue borrows from its sentence. */
  const speakerOf = (c: number): SourceLink | null => sources[c] ?? participleSubject(doc, cues, sources, c, locale);
  const consumed = new Array<boolean>(cues.length).fill(false);
  const drafts: QuoteDraft[] = [];
  /** Clause attributions the fragment check reads, reused by the final pass for kept fragments. */
  const clauseReadings: ClauseReadings = new Map();

  // Direct and mixed quotations: attach each chain of marks to an adjacent cue.
  const attachments = chains.map((chain) => attach(doc, chain, cues, sources, locale) ?? announcedAttachment(doc, chain, cues, sources, locale));
  const merged = new Array<boolean>(chains.length).fill(false);
  for (let q = 0; q < chains.length; q++) {
    if (merged[q]) continue;
    const chain = chains[q]!;
    const at = attachments[q] ?? null;
    const content: Span[] = chain.parts.map((m) => span(text, m.start, m.end));
    let repaired = chain.repaired;
    if (at && at.side === 'leading' && at.between === 'words') {
      reportLeading(at.cue);
      // The outer report stops short of the quotation: the cue inside it frames the quotation after all.
      if (at.absorbed !== undefined && !coveredByRecentDraft(drafts, chain)) reportLeading(at.absorbed);
      else if (at.absorbed !== undefined) consumed[at.absorbed] = true;
      // `called Democratic bigwigs to the stage, singing "It's Our Time."`: a clause that stops
      // short of the quotation leaves it to stand on its own.
      if (coveredByRecentDraft(drafts, chain)) continue;
      pushBare();
      continue;
    }
    if (at && at.side === 'trailing' && at.between === 'words' && !consumed[at.cue]) {
      consumed[at.cue] = true;
      content[0] = span(text, tokens[clauseStart(doc, chain, q > 0 ? chains[q - 1]! : null)]!.start, content[0]!.end);
      // `The summit accomplished "too little," he added. "Without changes, Europe risks a lot."`
      if (!takeContinuation(q, at.cue)) takeClauseAfter(q, at.cue);
      drafts.push(draft(doc, 'mixed', content, cues[at.cue]!, speakerOf(at.cue), repaired));
      continue;
    }
    if (at) {
      if (consumed[at.cue]) { pushBare(); continue; }
      consumed[at.cue] = true;
      // `"A," he said, "B."`: the next quotation right after the attribution continues the statement.
      if (at.side === 'trailing') takeContinuation(q, at.cue);
      else {
        const fronted = frontedBeforeAttribution(doc, cues[at.cue]!, sources[at.cue] ?? null, cues, insideQuote, chain.firstToken, locale);
        if (fronted) content.unshift(fronted);
      }
      drafts.push(draft(doc, 'direct', content, cues[at.cue]!, speakerOf(at.cue), repaired));
      continue;
    }
    // `scolded him: “A,” she said. “B.”`: A went to the cue before it, so the attribution after
    // it speaks for the quotation that follows.
    const late = q > 0 ? attributionBetween(doc, chains[q - 1]!, chain, cues, sources) : -1;
    if (late >= 0 && !consumed[late]) {
      consumed[late] = true;
      drafts.push(draft(doc, 'direct', content, cues[late]!, speakerOf(late), repaired));
      continue;
    }
    const byline = dashAttribution(doc, chain, locale);
    if (byline) {
      drafts.push(draft(doc, 'direct', content, byline.cue, byline.link, repaired));
      continue;
    }
    pushBare();

    /** The reported clause after a leading cue, with the quotation inside it, once per cue. */
    function reportLeading(c: number): void {
      if (consumed[c]) return;
      consumed[c] = true;
      const clause = reportedClause(doc, cues[c]!, cues, sources[c] ?? null, parts, insideQuote, locale);
      if (!clause) return;
      const kind = clause.some((x) => partOverlapping(parts, x.start, x.end) !== null) ? 'mixed' : 'indirect';
      drafts.push(draft(doc, kind, clause, cues[c]!, speakerOf(c), repaired));
    }

    /** Appends the next chain to this quotation's content when it continues the statement right
     *  after the attribution (`“A,” he said, “B.”`). */
    function takeContinuation(q: number, cue: number): boolean {
      const link = sources[cue] ?? null;
      // Quoted words inside the attribution (`state Del. Marcia "Cia" Price`) are part of it.
      const attributionEnd = Math.max(cues[cue]!.last, link && link.side === 'after' ? link.mention.last : -1);
      let n = q + 1;
      while (n < chains.length && n <= q + 2 && chains[n]!.lastToken < attributionEnd) n++;
      const next = n < chains.length ? chains[n]! : null;
      const nextAt = attachments[n];
      if (!next || (nextAt && nextAt.cue !== cue) || !continuesAfterAttribution(doc, cues[cue]!, link, next, chain)) return false;
      for (const m of next.parts) content.push(span(text, m.start, m.end));
      repaired ||= next.repaired;
      merged[n] = true;
      return true;
    }

    /** `Mills "got an immunity agreement," Jordan said, and still "got to sit in on…"`: the
     *  attribution goes on to report more of the statement, quotation included. */
    function takeClauseAfter(q: number, cue: number): void {
      const next = q + 1 < chains.length ? chains[q + 1]! : null;
      const nextAt = attachments[q + 1];
      if (!next || !nextAt || nextAt.cue !== cue || nextAt.side !== 'leading' || nextAt.between !== 'words') return;
      const clause = reportedClause(doc, cues[cue]!, cues, sources[cue] ?? null, parts, insideQuote, locale);
      const nextStart = next.parts[0]!.start;
      if (!clause || !clause.some((c) => c.start <= nextStart && nextStart < c.end)) return;
      for (const c of clause) if (c.start >= content[content.length - 1]!.end) content.push(c);
      merged[q + 1] = true;
    }

    function pushBare(): void {
      const bare: QuoteDraft = {
        kind: 'direct',
        content,
        cue: null,
        source: null,
        confidence: CONFIDENCE.directBare - (repaired ? CONFIDENCE.repairPenalty : 0),
        sentence: tokens[chain.firstToken]!.sentence,
        cueType: null,
      };
      if (!isShortFragment(doc, chain)) { drafts.push(bare); return; }
      // `acted in the Syfy movie “Sharknado”`: a title, whatever verb frames it.
      if (isWorkTitle(doc, chain.firstToken, chain.lastToken, closesWithComma(doc, chain), locale)) return;
      // Scare quote, title or words spoken: the rules describe the fragment, the model decides.
      const scare = isScareQuote(doc, chain, locale.words);
      const framed = scare ? framedFragment(doc, chain, locale) : null;
      const candidate = fragmentCandidate(doc, chain, bare, scare, framed !== null, siblingsInSentence(tokens, chains, q), locale, clauseReadings);
      let features: string[] | undefined;
      if (decideFragment(() => (features ??= fragmentFeatures(doc, candidate, locale)), candidate)) drafts.push(framed ?? bare);
    }
  }

  // Indirect (and mixed) quotations: reported clauses after or before the remaining cues.
  for (let c = 0; c < cues.length; c++) {
    if (consumed[c]) continue;
    const cue = cues[c]!;
    if (cue.frame === 'direct') continue;
    // A raising verb's subject is content, not a source (`the plan seemed doomed`).
    const source = cue.frame === 'raising' ? null : speakerOf(c);
    const clause = reportedClause(doc, cue, cues, source, parts, insideQuote, locale);
    if (!clause) continue;
    consumed[c] = true;
    const hasMarks = clause.some((s) => partOverlapping(parts, s.start, s.end) !== null);
    drafts.push(draft(doc, hasMarks ? 'mixed' : 'indirect', clause, cue, source, false));
  }

  for (const turn of speakerLabels(doc, locale)) drafts.push(turn);

  drafts.sort((a, b) => a.content[0]!.start - b.content[0]!.start);
  // Quotations still bare after every cue rule take the subject of the clause they sit in.
  return attributeJoinedByClause(doc, joinContinuedStatements(doc, dropOverlaps(doc, locale.words, parts, drafts), locale), locale, clauseReadings)
    .filter((d) => !isQuotedHeading(doc, d) && !isBylinedTitle(doc, locale, d));
}

/** Around a subheading: nothing, or the dashes of a news agency's (`– ‘Who cares?’ –.`). */
const HEADING_BEFORE = /^[\s\-–—]*$/;
const HEADING_AFTER = /^[\s\-–—]*[^\s\p{L}\p{N}]?$/u;

/** `'A change warrior.'` as a paragraph of its own, with no attribution found before or around it:
 *  a subheading quoting a phrase, which PolNeAR leaves unannotated (10 times in 10 on train; the
 *  dashed ones, 1 in 1). */
function isQuotedHeading(doc: Document, d: QuoteDraft): boolean {
  if (d.cue !== null || d.source !== null || d.kind !== 'direct' || d.content.length !== 1) return false;
  const c = d.content[0]!;
  const first = tokenStartingAtOrAfter(doc.tokens, c.start);
  const paragraph = doc.paragraphs[doc.tokens[first]!.paragraph];
  if (!paragraph || !HEADING_BEFORE.test(doc.text.slice(paragraph.start, c.start)) || !HEADING_AFTER.test(doc.text.slice(c.end, paragraph.end).trim())) return false;
  return countWords(doc.tokens, first, Math.max(first, tokenStartingAtOrAfter(doc.tokens, c.end) - 1)) <= TITLE_MAX_WORDS;
}

/** `"Pop-up art show strives to confront gentrification," by DNAinfo's Eddie Small:` in a digest of
 *  links: a headline whose comma closes it before the byline, not words its author spoke; the
 *  excerpt quoted after the byline, when joined to it, goes with it (PolNeAR annotates neither). */
function isBylinedTitle(doc: Document, locale: Locale, d: QuoteDraft): boolean {
  if (d.cue !== null || d.source !== null) return false;
  const { text, tokens } = doc;
  const c = d.content[0]!;
  let k = c.end - 1;
  const closers = markSets(locale).trailing;
  while (k > c.start && closers.has(text[k]!)) k--;
  if (k === c.end - 1 || text[k] !== ',') return false;
  let next = nonSpaceAtOrAfter(tokens, tokenStartingAtOrAfter(tokens, c.end));
  const by = tokens[next];
  // `by Times' Ben Sisario`, `by the New York Post's Amy Spencer`
  const author = tokens[next + 1]?.pos === 'DET' ? tokens[next + 2] : tokens[next + 1];
  return by !== undefined && author !== undefined && locale.words.bylinePrepositions.has(by.text.toLowerCase()) && opensUppercase(author.text);
}

/** Clause attribution for the joined drafts. A bare statement joined from several quoted parts
 *  (`“A,” Bolton charged. “B.”`) is attributed where its first part is (after it, or by the clause
 *  it sits in); failing that, like any other draft, after its last part. */
function attributeJoinedByClause(doc: Document, drafts: QuoteDraft[], locale: Locale, readings: ClauseReadings): QuoteDraft[] {
  const byLast = attributeByClause(doc, drafts, locale, undefined, readings);
  const heads = drafts.map((d) => (d.content.length > 1 && d.cue === null && d.source === null ? { ...d, content: [d.content[0]!] } : d));
  if (heads.every((h, i) => h === drafts[i])) return byLast;
  // Only the shortened heads are read again; their neighbours' results come from byLast.
  const byFirst = attributeByClause(doc, heads, locale, (i) => heads[i] !== drafts[i]);
  return drafts.map((d, i) => {
    const head = byFirst[i]!;
    return heads[i] !== d && head.source !== null ? { ...head, content: d.content } : byLast[i]!;
  });
}

function draft(doc: Document, kind: QuoteKind, content: Span[], cue: Cue, link: SourceLink | null, repaired: boolean): QuoteDraft {
  const hasSource = link !== null;
  let confidence: number;
  if (kind === 'direct') confidence = hasSource ? CONFIDENCE.directCueSource : CONFIDENCE.directCue;
  else if (kind === 'mixed') confidence = hasSource ? CONFIDENCE.mixedSource : CONFIDENCE.mixed;
  else if (cue.type === 'belief' || cue.type === 'intention') confidence = hasSource ? CONFIDENCE.beliefSource : CONFIDENCE.belief;
  else confidence = hasSource ? CONFIDENCE.indirectSource : CONFIDENCE.indirect;
  if (repaired) confidence -= CONFIDENCE.repairPenalty;
  return {
    kind,
    content,
    cue: span(doc.text, cue.start, cue.end),
    source: link ? span(doc.text, link.mention.start, link.mention.end) : null,
    confidence: Math.round(confidence * 100) / 100,
    sentence: cue.sentence,
    cueType: cue.type,
  };
}

function chainMarks(marks: MarkedQuote[], tokens: Token[]): Chain[] {
  const chains: Chain[] = [];
  const chainOf = new Map<number, Chain>();
  marks.forEach((m, i) => {
    const first = tokenStartingAtOrAfter(tokens, m.start);
    const last = Math.max(first, tokenStartingAtOrAfter(tokens, m.end) - 1);
    const into = m.continues !== null ? chainOf.get(m.continues) : undefined;
    if (into) {
      into.parts.push(m);
      into.lastToken = last;
      into.repaired ||= m.repair === 'reversed-close';
      chainOf.set(i, into);
      return;
    }
    const chain: Chain = { parts: [m], firstToken: first, lastToken: last, repaired: m.repair !== null };
    chains.push(chain);
    chainOf.set(i, chain);
  });
  return chains;
}

function tokensInsideQuotes(count: number, chains: Chain[]): Uint8Array {
  const inside = new Uint8Array(count);
  for (const chain of chains) for (let k = chain.firstToken; k <= chain.lastToken && k < count; k++) inside[k] = 1;
  return inside;
}

/** One quoted part of at most TITLE_MAX_WORDS words with no sentence break inside: the fragments
 *  whose reading (scare quote, title, name or words spoken) the fragment model decides. */
function isShortFragment(doc: Document, chain: Chain): boolean {
  if (chain.parts.length > 1) return false;
  const m = chain.parts[0]!;
  if (/[.!?]\s/.test(doc.text.slice(m.start + m.open.length, m.close ? m.end - m.close.length : m.end))) return false;
  return countWords(doc.tokens, chain.firstToken, chain.lastToken) <= TITLE_MAX_WORDS;
}

/** Longest sentence (in tokens) whose clause attribution describes a fragment. */
const CLAUSE_FEATURE_MAX_TOKENS = 150;

/** Quotations within two chains of this one in the same sentence. */
function siblingsInSentence(tokens: Token[], chains: Chain[], q: number): number {
  const sentence = tokens[chains[q]!.firstToken]!.sentence;
  let n = 0;
  for (let o = Math.max(0, q - 2); o <= q + 2 && o < chains.length; o++) if (o !== q && tokens[chains[o]!.firstToken]!.sentence === sentence) n++;
  return n;
}

function fragmentCandidate(doc: Document, chain: Chain, bare: QuoteDraft, scare: boolean, framed: boolean, siblings: number, locale: Locale, readings: ClauseReadings): FragmentCandidate {
  const { tokens } = doc;
  const m = chain.parts[0]!;
  // Clause attribution reads the whole sentence; in a run-on (a page of marks) the fragment goes
  // without it, so the stage stays linear.
  const sentence = doc.sentences[tokens[chain.firstToken]!.sentence];
  const short = sentence !== undefined && sentence.lastToken - sentence.firstToken <= CLAUSE_FEATURE_MAX_TOKENS;
  const attributed = short ? attributeByClause(doc, [bare], locale, undefined, readings)[0]! : bare;
  let clause: FragmentCandidate['clause'] = null;
  if (attributed.cue && attributed.source) {
    const cue = tokens[tokenStartingAtOrAfter(tokens, attributed.cue.start)]!;
    const head = tokens[Math.max(0, tokenStartingAtOrAfter(tokens, attributed.source.end) - 1)]!;
    clause = { cueLemma: cue.lemma, sourcePos: head.pos };
  }
  return {
    firstToken: chain.firstToken, lastToken: chain.lastToken,
    innerStart: m.start + m.open.length, innerEnd: m.close ? m.end - m.close.length : m.end,
    scare, framed, clause, siblings,
  };
}

/** Short quoted words with no sentence punctuation inside: a scare quote, a name or a title. Mid-
 *  sentence, a short quotation ending the sentence (`the film “13th.”`) and a run of capitalised
 *  words (`the book ''Make Your Kid a Millionaire,''`) are names and titles too. */
function isScareQuote(doc: Document, chain: Chain, functionWords: FunctionWords): boolean {
  if (chain.parts.length > 1) return false;
  if (isTitleAfterVenue(doc, chain, functionWords)) return true;
  const { text, tokens } = doc;
  let words = 0;
  let titleWords = true;
  for (let k = chain.firstToken; k <= chain.lastToken; k++) {
    const t = tokens[k]!;
    if (!isWord(t)) continue;
    words++;
    if (words > TITLE_MAX_WORDS) return false;
    if (!opensUppercase(t.text) && !functionWords.titleSmallWords.has(t.text)) titleWords = false;
  }
  const m = chain.parts[0]!;
  const inner = text.slice(m.start + m.open.length, m.close ? m.end - m.close.length : m.end);
  if (/[.!?]\s/.test(inner)) return false;
  const endsSentence = /[.!?]\s*$/.test(inner.slice(-3));
  if (inner.endsWith(",") && startsClause(doc, chain) && !titleWords) return false;
  if (words <= SCARE_QUOTE_MAX_WORDS && !endsSentence) return true;
  if (startsClause(doc, chain) || !namedBefore(tokens, chain.firstToken, functionWords)) return false;
  return words <= SCARE_QUOTE_MAX_WORDS || (titleWords && words >= 2);
}

/** `appeared on “Fox & Friends”`, `a job on ''Today.''`, `signed on for ''The X-Files''`: capitalised
 *  words quoted right after a preposition that opens a programme, publication or work are its
 *  title, even where they end the sentence. PolNeAR annotated none of 7 such fragments on train.
 *  A capitalised preposition belongs to a headline (`Sides With Bush On ‘Radical Islam’`), and a
 *  cry ending in `!` or `?` is spoken. */
function isTitleAfterVenue(doc: Document, chain: Chain, functionWords: FunctionWords): boolean {
  const { text, tokens } = doc;
  let k = nonSpaceAtOrBefore(tokens, chain.firstToken - 1);
  if (k < 0 || !functionWords.venuePrepositions.has(tokens[k]!.text)) return false;
  let words = 0;
  for (let j = chain.firstToken; j <= chain.lastToken; j++) {
    const t = tokens[j]!;
    if (!isWord(t)) continue;
    if (!opensUppercase(t.text) && (words === 0 || !functionWords.titleSmallWords.has(t.text))) return false;
    if (++words > TITLE_MAX_WORDS) return false;
  }
  const m = chain.parts[0]!;
  const inner = text.slice(m.start + m.open.length, m.close ? m.end - m.close.length : m.end).trimEnd();
  return words > 0 && !/[!?]$/.test(inner);
}

/** A name or title follows the noun it names (`the film`, `MSNBC’s`, `her blockbuster film,`);
 *  after a verb (`chanting`, `singing`) the quotation is what was said. */
function namedBefore(tokens: Token[], opener: number, functionWords: FunctionWords): boolean {
  let k = opener - 1;
  while (k >= 0 && (tokens[k]!.pos === 'SPACE' || tokens[k]!.text === ',')) k--;
  const t = tokens[k];
  if (!t) return false;
  if (functionWords.possessiveClitics.has(t.text)) return true;
  return (t.pos === 'NOUN' || t.pos === 'PROPN') && !opensUppercase(t.text);
}

/** Titles run longer than scare quotes (`''A Child's First Book of Trump''`). */
const TITLE_MAX_WORDS = 8;

/** The cue that attributes a chain of marks: right after it (`“…,” he said`) or right before it
 *  (`He said: “…”`), in the same paragraph. */
function attach(doc: Document, chain: Chain, cues: Cue[], sources: Array<SourceLink | null>, locale: Locale): Attachment | null {
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
    const opensClause = startsClause(doc, chain) || colonOwned;
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
  if (startsClause(doc, chain) || attributesEarlierQuotation(doc, inner, innerLink, locale)) return false;
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
function announcedAttachment(doc: Document, chain: Chain, cues: Cue[], sources: Array<SourceLink | null>, locale: Locale): Attachment | null {
  const c = firstCueAfter(cues, chain.firstToken) - 1;
  const cue = cues[c];
  if (!cue || cue.last >= chain.firstToken) return null;
  return announcesQuotation(doc, cue, sources[c] ?? null, chain.firstToken, locale) ? { cue: c, side: 'leading', between: 'none' } : null;
}

/** Words a speaker label may have before its colon: `Pence:`, `Sen. Elizabeth Warren:`, `WALLACE:`. */
const MAX_LABEL_TOKENS = 6;

/** Headlines and transcripts name the speaker before a colon at the start of a paragraph
 *  (`Pence: Trump Was ‘Mocking’ Clinton Camp`, `"WALLACE: Let’s start with…`). The colon is the
 *  cue and the rest of the paragraph the content, without its final full stop or a stray opening
 *  mark before the label. */
function speakerLabels(doc: Document, locale: Locale): QuoteDraft[] {
  const { tokens, text } = doc;
  const found: QuoteDraft[] = [];
  for (const paragraph of doc.paragraphs) {
    if (paragraph.firstToken < 0) continue;
    let first = paragraph.firstToken;
    if (tokens[first]!.text === '"' || tokens[first]!.text === '“') first++;
    let colon = -1;
    for (let k = first; k <= paragraph.lastToken && k - first <= MAX_LABEL_TOKENS; k++) {
      const t = tokens[k]!;
      if (t.text === ':') { colon = k; break; }
      if (t.pos === 'PUNCT' && t.text !== '.' && t.text !== '(' && t.text !== ')' && t.text !== '-') break;
    }
    if (colon <= first) continue;
    // `Correction:` and `UPDATE 2:` are editorial headings, not speakers.
    if (isHeadingLabel(doc.text.slice(tokens[first]!.start, tokens[colon]!.start), locale)) continue;
    const label = phraseStartingAt(doc, first, colon - 1, locale);
    if (!label || label.last !== colon - 1 || tokens[first]!.pos === 'PRON' || tokens[first]!.pos === 'DET') continue;
    if (containsPlaceOrTime(tokens, first, colon - 1, locale.words)) continue;
    if (!hasNameWord(tokens, first, colon - 1)) continue;
    let from = colon + 1;
    while (from <= paragraph.lastToken && tokens[from]!.pos === 'SPACE') from++;
    let to = paragraph.lastToken;
    while (to > from && (tokens[to]!.text === '.' || tokens[to]!.pos === 'SPACE')) to--;
    if (countWords(tokens, from, to) < 3 || isNameList(tokens, from, to) || isVerblessSubtitle(doc, from, to, locale)) continue;
    const cue = tokens[colon]!;
    found.push({
      kind: 'direct',
      content: [span(text, tokens[from]!.start, tokens[to]!.end)],
      cue: span(text, cue.start, cue.end),
      source: span(text, label.start, label.end),
      confidence: CONFIDENCE.directCue,
      sentence: cue.sentence,
      cueType: 'speech',
    });
  }
  return found;
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

/** Tokens allowed between the verb that frames a quoted fragment and its opening mark. */
const FRAME_WINDOW = 8;

/** `criticized the Affordable Care Act as a “crazy system”`, `exhorted Republicans to “vote your
 *  conscience”`: a short quoted fragment with no speech cue, close after the verb of a named or
 *  pronoun subject, is that subject's words (PolNeAR's mixed attribution, the verb as cue).
 *  Fragments with no such verb stay scare quotes and titles. */
function framedFragment(doc: Document, chain: Chain, locale: Locale): QuoteDraft | null {
  const { tokens, text } = doc;
  // `Davis appeared on “Fox & Friends”`: the verb frames the programme, not words spoken.
  if (isTitleAfterVenue(doc, chain, locale.words)) return null;
  // `pass around copies of his memoir, “Gifted Hands,” and…`, `maneuvered around the charged term,
  // “radical Islam,” which…`: set off by commas after a noun, the quotation names that noun (3 of
  // 3 on train and dev unannotated; `added the words, ''Hillary Clinton.''` ends its sentence).
  if (isApposition(tokens, chain.firstToken) && closesWithComma(doc, chain)) return null;
  // `complies with the “natural born” requirement`, `activated its “safety check” feature`: a
  // quotation modifying the noun after it labels a kind of thing; the verb frames the noun phrase
  // (PolNeAR annotated 1 of 11 such framings on train, none on dev).
  if (modifiesNextNoun(doc, chain)) return null;
  const sentence = doc.sentences[tokens[chain.firstToken]!.sentence];
  if (!sentence) return null;
  let verb = -1;
  for (let k = chain.firstToken - 1; k >= sentence.firstToken && chain.firstToken - k <= FRAME_WINDOW; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && t.text !== ',' && !locale.words.possessiveClitics.has(t.text)) return null;
    if (isLowercaseVerb(t)) { verb = k; break; } // `Care Act/VERB` is a name
    if (t.pos === 'AUX' || t.pos === 'SCONJ' || locale.words.frameBreakingWords.has(t.lemma)) return null;
  }
  if (verb < 0) return null;
  const v = tokens[verb]!;
  if (!locale.words.endings.finiteVerb.test(v.text)) return null; // a finite verb: `called`, `admires`; not `to make`, `being`
  let k = verb - 1;
  while (k >= sentence.firstToken && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART' || tokens[k]!.pos === 'SPACE')) k--;
  if (k < sentence.firstToken) return null;
  // `Another critic, Laurence H. Tribe, likened the rules to…`: the subject's apposition closes with a comma.
  if (tokens[k]!.text === ',' && k - 1 >= sentence.firstToken && tokens[k - 1]!.pos === 'PROPN') k--;
  const subject = phraseEndingAt(doc, k, sentence.firstToken, locale);
  if (!subject) return null;
  const head = tokens[subject.last]!;
  if (!(head.pos === 'PROPN' || head.pos === 'PRON')) return null;
  const lastPart = chain.parts[chain.parts.length - 1]!;
  let from = verb + 1;
  while (from < chain.firstToken && tokens[from]!.pos === 'SPACE') from++;
  return {
    kind: 'mixed',
    content: [span(text, tokens[from]!.start, lastPart.end)],
    cue: span(text, v.start, v.end),
    source: span(text, subject.start, subject.end),
    confidence: CONFIDENCE.mixed,
    sentence: v.sentence,
    cueType: 'speech',
  };
}

/** The quotation is followed, with no punctuation inside or after its closing mark, by a
 *  lower-case noun of the same sentence (`the “natural born” requirement`). */
function modifiesNextNoun(doc: Document, chain: Chain): boolean {
  const { tokens, text } = doc;
  const m = chain.parts[chain.parts.length - 1]!;
  if (!m.close || !/[\p{L}\p{N}]/u.test(text[m.end - m.close.length - 1] ?? '')) return false;
  let k = nonSpaceAtOrAfter(tokens, chain.lastToken + 1);
  const next = tokens[k];
  return next !== undefined && next.pos === 'NOUN' && next.sentence === tokens[chain.lastToken]!.sentence && !opensUppercase(next.text);
}

/** The quotation opening at token `opener` follows `Noun,`. */
function isApposition(tokens: Token[], opener: number): boolean {
  let k = nonSpaceAtOrBefore(tokens, opener - 1);
  if (k < 1 || tokens[k]!.text !== ',') return false;
  const head = tokens[k - 1]!;
  return head.pos === 'NOUN' || head.pos === 'PROPN';
}

const DASHES = new Set(['―', '—', '–', '-']);

/** `“…” ― Sonya Herridge`, or a quotation followed by a paragraph `- Bernie Sanders.`: a dash and a
 *  bare name after a quotation sign it, as in reader comments, tweets and fact-check lists. The
 *  dash is the cue. */
function dashAttribution(doc: Document, chain: Chain, locale: Locale): { cue: Cue; link: SourceLink } | null {
  const { tokens } = doc;
  let k = nonSpaceAtOrAfter(tokens, chain.lastToken + 1);
  const dash = tokens[k];
  if (!dash || !DASHES.has(dash.text)) return null;
  const quoteParagraph = chain.parts[chain.parts.length - 1]!.paragraph;
  const paragraph = doc.paragraphs[dash.paragraph];
  if (!paragraph) return null;
  if (dash.paragraph !== quoteParagraph && !(dash.paragraph === quoteParagraph + 1 && paragraph.firstToken === k)) return null;
  // The quotation ends its paragraph or the dash follows it directly.
  const lastPart = chain.parts[chain.parts.length - 1]!;
  if (dash.paragraph !== quoteParagraph && doc.paragraphs[quoteParagraph]!.end !== lastPart.end) return null;
  const name = phraseStartingAt(doc, k + 1, paragraph.lastToken, locale);
  if (!name || tokens[name.first]!.pos === 'PRON' || !opensUppercase(tokens[name.first]!.text)) return null;
  const after = tokens[name.last + 1];
  const endsParagraph = name.last === paragraph.lastToken || (after !== undefined && (after.text === ',' || after.text === '(' || (after.text === '.' && name.last + 1 === paragraph.lastToken)));
  if (!endsParagraph) return null;
  const cue: Cue = { first: k, last: k, verb: k, start: dash.start, end: dash.end, lemma: dash.text, type: 'speech', frame: 'direct', sentence: dash.sentence };
  return { cue, link: { mention: name, side: 'after' } };
}

/** How many of the latest drafts may hold the clause that took in a quotation: the clause of its
 *  own cue, or of the cue an earlier quotation of the same clause consumed. */
const RECENT_DRAFTS = 3;

function coveredByRecentDraft(drafts: QuoteDraft[], chain: Chain): boolean {
  const start = chain.parts[0]!.start;
  const end = chain.parts[chain.parts.length - 1]!.end;
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - RECENT_DRAFTS; i--) {
    if (drafts[i]!.content.some((c) => c.start < end && start < c.end)) return true;
  }
  return false;
}

/** A quotation ending in a comma (or `?`, `!`, a dash) inside or right after its closing mark
 *  leaves its sentence open for the attribution that follows. */
function endsWithComma(doc: Document, chain: Chain): boolean {
  const m = chain.parts[chain.parts.length - 1]!;
  if (!m.close) return false;
  // `…say 'I'm the only one,'" Green said`: a nested quotation closing with the outer one.
  let at = m.end - m.close.length - 1;
  if (NESTED_CLOSERS.has(doc.text[at] ?? '') && OPEN_ENDINGS.has(doc.text[at - 1] ?? '')) at--;
  const inside = doc.text[at];
  const after = doc.tokens[chain.lastToken + 1];
  return (inside !== undefined && OPEN_ENDINGS.has(inside)) || (after !== undefined && after.text === ',');
}

/** A comma inside or right after the closing mark (not `?` nor `!`, which may end the sentence). */
function closesWithComma(doc: Document, chain: Chain): boolean {
  const m = chain.parts[chain.parts.length - 1]!;
  if (!m.close) return false;
  const after = doc.tokens[chain.lastToken + 1];
  return doc.text[m.end - m.close.length - 1] === ',' || (after !== undefined && after.text === ',');
}

/** `are "not meeting the demand,"`: a fragment of running words (not a capitalised title such as
 *  `“Fox News Sunday,”`) whose comma sits inside the closing mark, in a clause that does not open
 *  with a preposition (`In his book, ''Make Your Kid a Millionaire,''`). */
function commaInsideClose(doc: Document, chain: Chain): boolean {
  const { tokens, text } = doc;
  const m = chain.parts[chain.parts.length - 1]!;
  if (m.close === null || text[m.end - m.close.length - 1] !== ',') return false;
  let k = chain.firstToken;
  while (k <= chain.lastToken && !isWord(tokens[k]!)) k++;
  if (k > chain.lastToken || opensUppercase(tokens[k]!.text)) return false;
  const sentence = doc.sentences[tokens[chain.firstToken]!.sentence];
  let first = sentence ? sentence.firstToken : chain.firstToken;
  while (first < chain.firstToken && !isWord(tokens[first]!)) first++;
  return tokens[first]!.pos !== 'ADP';
}

/** The quoted words end with a full stop inside the closing mark (`“… continue.”`). */
function closesWithFullStop(doc: Document, chain: Chain): boolean {
  const m = chain.parts[chain.parts.length - 1]!;
  if (!m.close) return false;
  return doc.text.slice(m.start + m.open.length, m.end - m.close.length).trimEnd().endsWith('.');
}

/** Cues looked back over for a speech report that holds a belief or intention cue. */
const MAX_INNER_CUES = 2;

/** The speech or writing cue (with a clause after it) that opens the report a belief or intention
 *  cue `inner` sits in, earlier in the same sentence; -1 when none does. */
function reportingCueBefore(cues: Cue[], inner: number, sentence: number): number {
  for (let c = inner - 1; c >= 0 && inner - c <= MAX_INNER_CUES; c--) {
    const cue = cues[c]!;
    if (cue.sentence !== sentence) return -1;
    if ((cue.type === 'speech' || cue.type === 'writing') && cue.frame !== 'direct' && cue.frame !== 'according') return c;
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
  while (k < tokens.length && tokens[k]!.pos === 'SPACE') k++;
  const t = tokens[k];
  return t !== undefined && isWord(t) && opensUppercase(t.text);
}

const OPEN_ENDINGS = new Set([',', '?', '!', '—', '–', '-', '…']);
/** Closing marks of a quotation nested in another (`'`, `’`). */
const NESTED_CLOSERS = new Set(["'", '’']);

/** First token of the clause a quotation continues: its sentence start, but never before the end
 *  of the previous quotation in that sentence. */
function clauseStart(doc: Document, chain: Chain, previous: Chain | null): number {
  const { tokens } = doc;
  const sentence = doc.sentences[tokens[chain.firstToken]!.sentence];
  let first = sentence ? sentence.firstToken : chain.firstToken;
  if (previous && previous.lastToken >= first) first = previous.lastToken + 1;
  while (first < chain.firstToken && (tokens[first]!.pos === 'SPACE' || tokens[first]!.pos === 'PUNCT')) first++;
  return first;
}

/** A quotation that a trailing cue attributes whole starts its clause: nothing but punctuation or
 *  an earlier quotation stands before it in its sentence (`The plan was “dead”, he said` is mixed). */
function startsClause(doc: Document, chain: Chain): boolean {
  const { tokens } = doc;
  const first = chain.firstToken;
  const sentence = doc.sentences[tokens[first]!.sentence];
  if (!sentence) return true;
  for (let k = first - 1; k >= sentence.firstToken; k--) {
    const t = tokens[k]!;
    if (isWord(t)) return false;
  }
  return true;
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
  while (k > cue.last && t[k]!.pos === 'SPACE') k--;
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
  if (words <= 4 && functionWords.addresseeCues.has(headWord(cue.lemma))) return 'object';
  return 'words';
}

/** The first word of a lemma or fixed phrase (`tell` of `tell reporters`). */
function headWord(lemma: string): string {
  const space = lemma.indexOf(' ');
  return space < 0 ? lemma : lemma.slice(0, space);
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
function attributionBetween(doc: Document, previous: Chain, chain: Chain, cues: Cue[], sources: Array<SourceLink | null>): number {
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
function continuesAfterAttribution(doc: Document, cue: Cue, link: SourceLink | null, next: Chain, chain: Chain): boolean {
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
  while (before > cue.last && tokens[before]!.pos === 'SPACE') before--;
  return tokens[before]!.sentence === cue.sentence && tokens[before]!.text === '.' && tokens[next.firstToken]!.sentence !== cue.sentence;
}

/** Drafts before the one whose gap a report sits in that it is checked against (they start before it). */
const GAP_LOOKBACK = 4;

/** Whether all of `d` lies between two consecutive content spans of `prev`. */
function inGapOf(prev: QuoteDraft, d: QuoteDraft): boolean {
  const dStart = d.content[0]!.start;
  const dEnd = d.content[d.content.length - 1]!.end;
  for (let i = 1; i < prev.content.length; i++) {
    if (prev.content[i - 1]!.end <= dStart && dEnd <= prev.content[i]!.start) return true;
  }
  return false;
}

function sharesWords(a: QuoteDraft, b: QuoteDraft): boolean {
  return a.content.some((x) => b.content.some((y) => x.start < y.end && y.start < x.end));
}

/** Two drafts never claim the same words: keep the one with more evidence (`prev` starts first). */
/** `"A," he said, noting that…. "B."`: a participle going on from the attribution of a quotation
 *  reports its own clause in the gap between the quotation's parts, overlapping none of them. */
function continuesAttribution(doc: Document, prev: QuoteDraft, d: QuoteDraft, words: FunctionWords): boolean {
  if (!prev.cue || !d.cue || d.cue.start < prev.cue.end || d.content[0]!.start < d.cue.end) return false;
  const verb = doc.tokens[tokenStartingAtOrAfter(doc.tokens, d.cue.start)];
  if (!verb || verb.pos !== 'VERB' || !verb.text.toLowerCase().endsWith(words.endings.progressive)) return false;
  return !d.content.some((a) => prev.content.some((b) => a.start < b.end && b.start < a.end));
}

function dropOverlaps(doc: Document, words: FunctionWords, parts: MarkedQuote[], drafts: QuoteDraft[]): QuoteDraft[] {
  const kept: QuoteDraft[] = [];
  for (const d of drafts) {
    const prev = kept[kept.length - 1];
    const dEnd = d.content[d.content.length - 1]!.end;
    // `“A,” said Roe, who said B. “C.”`: a speech report in the gap between a quotation's parts
    // overlaps none of them; it still must not claim words of an earlier draft. (Beliefs and
    // intentions there, `who has known the Clintons for decades`, describe the speaker.)
    if (prev && (d.cueType === 'speech' || d.cueType === 'writing') && inGapOf(prev, d)) {
      if (!kept.slice(-GAP_LOOKBACK, -1).some((k) => sharesWords(k, d))) kept.push(d);
      continue;
    }
    if (prev) {
      const pEnd = prev.content[prev.content.length - 1]!.end;
      const overlaps = d.content[0]!.start < pEnd && prev.content[0]!.start < dEnd && !continuesAttribution(doc, prev, d, words);
      if (overlaps) {
        // A partial quotation inside an earlier report is the report's, however sure its own cue.
        if (d.confidence > prev.confidence && !reportsPartialQuotation(doc, words, prev, d)) {
          const cut = reportCutBefore(doc, parts, prev, d);
          if (cut) { kept[kept.length - 1] = cut; kept.push(d); } else kept[kept.length - 1] = d;
        }
        continue;
      }
    }
    kept.push(d);
  }
  return kept;
}

export type { SourceMention };
