// Assembles direct, mixed and indirect quotations from marks, cues and sources:
//   scanMarks → findCues → findSources → attach cues to marked quotations (cue-attachment.ts) →
//   reported clauses, speaker labels (speaker-labels.ts), framed fragments (framed-fragments.ts).
// Every step walks tokens, cues or marks in text order with bounded look-around, so the stage
// stays linear in the length of the article.
import { creditsNoSource } from '../cues/sourceless-frames.js';
import type { Span } from '../../types.js';
import type { FunctionWords, Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import { scanMarks, type MarkedQuote } from '../marks/marks.js';
import { findCues } from '../cues/cues.js';
import { findSources, type SourceLink, type SourceMention } from '../sources/sources.js';
import { tokenStartingAtOrAfter } from '../document/token-index.js';
import { countWords } from '../document/word-tokens.js';
import { joinContinuedStatements } from './same-statement.js';
import { reportedClause, participleSubject, partOverlapping, frontedBeforeAttribution } from './clauses/reported-clauses.js';
import { attributeByClause, type ClauseReadings } from './clause-subject.js';
import { reportsPartialQuotation } from './clauses/outer-reports.js';
import { holdsNestedReport } from './clauses/sourceless-outer-reports.js';
import { reportCutBefore } from './clauses/trimmed-reports.js';
import type { FragmentCandidate, FragmentDecision } from './fragments/candidate.js';
import { fragmentFeatures } from './fragments/features.js';
import { shippedFragmentDecision } from './fragments/shipped.js';
import { isWorkTitle } from './work-titles.js';
import { markSets } from '../marks/mark-sets.js';
import { opensUppercase } from '../document/capitals.js';
import { editorialNoticeSentences } from './editorial-notices.js';
import { nonSpaceAtOrAfter } from '../document/non-space-tokens.js';
import { CONFIDENCE, draft, span, draftWith, type QuoteDraft } from './quote-drafts.js';
import { type Chain, chainMarks, closesWithComma, tokensInsideQuotes } from './quote-chains.js';
import { attach, announcedAttachment, attributionBetween, continuesAfterAttribution } from './cue-attachment.js';
import { isScareQuote, TITLE_MAX_WORDS } from './scare-quotes.js';
import { speakerLabels } from './speaker-labels.js';
import { framedFragment } from './framed-fragments.js';
import { dashAttribution } from './dash-attributions.js';
import { isStatementType } from '../cues/cue-type-of-words.js';
import { quotesLonePronoun } from './mentioned-pronouns.js';
import { nearestSubject } from './clauses/unfound-subjects.js';
import { temporalWords } from '../sources/source-vocabulary.js';
import { isProgressiveForm } from '../document/progressive-forms.js';

export type { QuoteDraft };

/** `decideFragment` settles short quoted fragments no cue attributes (scare quote, title or
 *  words spoken); the shipped fragment model unless training or cross-validation passes another. */
export function assembleQuotes(doc: Document, locale: Locale, decideFragment: FragmentDecision = shippedFragmentDecision): QuoteDraft[] {
  const { text, tokens } = doc;
  if (tokens.length === 0) return [];
  const marks = scanMarks(text, doc.paragraphs, { pairs: locale.marks, apostrophes: locale.apostrophes });
  const chains = chainMarks(marks, tokens);
  /** Every marked part in text order, for binary searches by offset. */
  const parts = marks;
  const insideQuote = tokensInsideQuotes(tokens.length, chains);
  // A cue inside a quotation is the quoted speaker's (findCues may pass over those), and one in an
  // editorial notice the outlet's.
  const allCues = findCues(doc, locale, insideQuote);
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
  // `a play called “Los Hijos de Trump,”`, `according to his book ''The Art of the Deal''`: a
  // work's title is nobody's words, whatever cue stands before it; the cue is left to the clause.
  const attachments = chains.map((chain) => (namesWork(doc, chain, locale) ? null : attach(doc, chain, cues, sources, locale) ?? announcedAttachment(doc, chain, cues, sources, locale)));
  const merged = new Array<boolean>(chains.length).fill(false);
  for (let q = 0; q < chains.length; q++) {
    if (merged[q]) continue;
    const chain = chains[q]!;
    const at = attachments[q] ?? null;
    // Built by push, not map: every content array then has one elements kind (extract.ts).
    const content: Span[] = [];
    for (const m of chain.parts) content.push(span(text, m.start, m.end));
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
      if (namesWork(doc, chain, locale)) return;
      if (quotesLonePronoun(doc, chain, locale)) return;
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
    // A raising verb's or a hearsay adverb's subject is content, not a source (`the plan seemed doomed`).
    const sourceless = creditsNoSource(cue);
    const source = sourceless ? null : speakerOf(c);
    const clause = reportedClause(doc, cue, cues, source, parts, insideQuote, locale);
    if (!clause) continue;
    consumed[c] = true;
    const hasMarks = clause.some((s) => partOverlapping(parts, s.start, s.end) !== null);
    // A statement whose subject the source finder missed takes the noun phrase before its cue.
    const speaker = source ?? (sourceless || clause[0]!.start < cue.start ? null : nearestSubject(tokens, cue, doc.sentences[cue.sentence]?.firstToken ?? 0, locale.words, temporalWords(locale)));
    drafts.push(draft(doc, hasMarks ? 'mixed' : 'indirect', clause, cue, speaker, false));
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
  // Arrays built by push and drafts made whole in field order, not by map and spread: the drafts
  // and arrays of every article then share one map each, and optimised code is not thrown away.
  const heads: QuoteDraft[] = [];
  let shortened = false;
  for (const d of drafts) {
    if (d.content.length > 1 && d.cue === null && d.source === null) {
      heads.push(draftWith(d, { content: [d.content[0]!] }));
      shortened = true;
    } else heads.push(d);
  }
  if (!shortened) return byLast;
  // Only the shortened heads are read again; their neighbours' results come from byLast.
  const byFirst = attributeByClause(doc, heads, locale, (i) => heads[i] !== drafts[i]);
  const out: QuoteDraft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const head = byFirst[i]!;
    out.push(heads[i] !== d && head.source !== null ? draftWith(head, { content: d.content }) : byLast[i]!);
  }
  return out;
}

/** One quoted part of at most TITLE_MAX_WORDS words with no sentence break inside: the fragments
 *  whose reading (scare quote, title, name or words spoken) the fragment model decides. */
function isShortFragment(doc: Document, chain: Chain): boolean {
  if (chain.parts.length > 1) return false;
  const m = chain.parts[0]!;
  if (/[.!?]\s/.test(doc.text.slice(m.start + m.open.length, m.close ? m.end - m.close.length : m.end))) return false;
  return countWords(doc.tokens, chain.firstToken, chain.lastToken) <= TITLE_MAX_WORDS;
}

/** A short fragment quoting the title of the work a noun next to it names (work-titles.ts). */
function namesWork(doc: Document, chain: Chain, locale: Locale): boolean {
  // The title test first: it settles most chains at their first word, before the fragment test slices text.
  return chain.parts.length === 1 && isWorkTitle(doc, chain.firstToken, chain.lastToken, closesWithComma(doc, chain), locale) && isShortFragment(doc, chain);
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

/** `"A," he said, noting that…. "B."`: a participle going on from the attribution of a quotation
 *  reports its own clause in the gap between the quotation's parts, overlapping none of them. */
function continuesAttribution(doc: Document, prev: QuoteDraft, d: QuoteDraft, words: FunctionWords): boolean {
  if (!prev.cue || !d.cue || d.cue.start < prev.cue.end || d.content[0]!.start < d.cue.end) return false;
  const verb = doc.tokens[tokenStartingAtOrAfter(doc.tokens, d.cue.start)];
  if (!verb || verb.pos !== 'VERB' || !isProgressiveForm(verb, words)) return false;
  return !d.content.some((a) => prev.content.some((b) => a.start < b.end && b.start < a.end));
}

/** Two drafts never claim the same words: keep the one with more evidence (`prev` starts first). */
function dropOverlaps(doc: Document, words: FunctionWords, parts: MarkedQuote[], drafts: QuoteDraft[]): QuoteDraft[] {
  const kept: QuoteDraft[] = [];
  for (const d of drafts) {
    const prev = kept[kept.length - 1];
    const dEnd = d.content[d.content.length - 1]!.end;
    // `“A,” said Roe, who said B. “C.”`: a speech report in the gap between a quotation's parts
    // overlaps none of them; it still must not claim words of an earlier draft. (Beliefs and
    // intentions there, `who has known the Clintons for decades`, describe the speaker.)
    if (prev && isStatementType(d.cueType) && inGapOf(prev, d)) {
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
          if (cut) { kept[kept.length - 1] = cut; kept.push(d); }
          // A report whose source went unfound keeps the report nested in its clause.
          else if (!holdsNestedReport(doc, words, prev, d)) kept[kept.length - 1] = d;
        }
        continue;
      }
    }
    kept.push(d);
  }
  return kept;
}

export type { SourceMention };
