// Reported clauses: the unquoted (or partly quoted) content a speech, writing or belief cue
// introduces (`said (that) …`, `…, he said`, `according to X, …`), and the subject a participle
// or coordinated cue borrows (`…, adding that …`). Bounded look-around from each cue, so linear
// in the length of the article.
import type { Span } from '../../../types.js';
import type { FunctionWords, Locale } from '../../../locales/locale.js';
import type { Document, Token } from '../../document/document.js';
import type { MarkedQuote } from '../../marks/marks.js';
import type { Cue } from '../../cues/cues.js';
import type { SourceLink } from '../../sources/sources.js';
import { phraseStartingAt } from '../../sources/source-noun-phrases.js';
import { temporalWords } from '../../sources/source-vocabulary.js';
import { lowerBound } from '../../document/lower-bound.js';
import { countWords } from '../../document/word-tokens.js';
import { nonSpaceAtOrAfter, nonSpaceAtOrBefore } from '../../document/non-space-tokens.js';
import { tokenSpan } from '../../document/token-span.js';
import { tokenStartingAtOrAfter } from '../../document/token-index.js';
import { firstOwnToken } from './carried-closers.js';
import { clauseEnd } from './clause-boundaries.js';
import { questionStart } from './asked-questions.js';
import { markSets } from '../../marks/mark-sets.js';
import { passiveAgentPreposition } from '../../sources/passive-agents.js';
import { NOUN_PHRASE_OPENERS, opensFiniteClause } from './finite-clause.js';
import { CLAUSE_BREAKS_AND_PAREN, CLAUSE_END_TRIM, COMMA_OR_DASH } from '../../document/punctuation.js';
import { isStatementType } from '../../cues/cue-type-of-words.js';
import { isNoun } from '../../document/nouns.js';
import { relativeHead } from './relative-reports.js';
import { nearestSubject } from './unfound-subjects.js';
import { hearsayClause } from './hearsay-clauses.js';
import { isProgressiveForm } from '../../document/progressive-forms.js';

/** `Trump is defending his tweets, saying …` and `She greeted supporters and told them …`: a
 *  participle cue after a comma, or a verb coordinated by `and`, takes the subject of its sentence
 *  when no earlier cue lends one. */
export function participleSubject(doc: Document, cues: Cue[], sources: Array<SourceLink | null>, c: number, locale: Locale): SourceLink | null {
  const borrowed = borrowedSource(doc, cues, sources, c, locale.words);
  if (borrowed) return borrowed;
  const cue = cues[c]!;
  const { tokens } = doc;
  let k = nonSpaceAtOrBefore(tokens, cue.first - 1);
  if (k < 0) return null;
  // `The president noted that…, and added: “…”`: a second verb of the same subject.
  const coordinated = locale.words.additiveCoordinators.has(tokens[k]!.lemma) && tokens[k]!.pos === 'CCONJ';
  const participle = isProgressiveForm(tokens[cue.verb]!, locale.words) && tokens[k]!.text === ',';
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
function borrowedSource(doc: Document, cues: Cue[], sources: Array<SourceLink | null>, c: number, words: FunctionWords): SourceLink | null {
  const cue = cues[c]!;
  if (!isProgressiveForm(doc.tokens[cue.verb]!, words)) return null;
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
): Span[] | null {
  const { tokens, text } = doc;
  const sentence = doc.sentences[cue.sentence];
  if (!sentence) return null;
  // `…selling houses.'' But he operates…, he said.`: the closing marks the sentence opens with are
  // the previous sentence's quotation, not what this cue reports.
  const sFirst = firstOwnToken(doc, sentence, parts);
  const sLast = sentence.lastToken;

  if (cue.frame === 'according') {
    return accordingClause(doc, cue, link, sFirst, sLast, insideQuote, locale.words);
  }
  if (cue.frame === 'raising') return raisedClause(doc, cue, sFirst, sLast, cues, locale);
  if (cue.frame === 'hearsay') return hearsayClause(doc, cue, sFirst, sLast, cues, locale);
  if (infinitiveOfCue(tokens, cue, cues, locale.words)) return null;
  if (locale.words.questionCues.has(cue.lemma)) {
    const question = askedQuestion(doc, cue, sFirst, sLast, cues, locale);
    if (question) return [extendOverQuote(parts, tokens[question[0]]!.start, tokens[question[1]]!.end, span)];
  }
  const passive = passiveAttribution(tokens, cue, sFirst, sLast, locale.words);
  if (passive) {
    // `As reported by Western Journalism, last year Seattle…`: the main clause after the agent.
    if (passive.before < 0 && passive.closing >= 0) {
      const start = nonSpaceAtOrAfter(tokens, passive.closing + 1);
      const end = clauseEnd(doc, cue, start, sLast, cues, locale);
      return countWords(tokens, start, end) >= 3 ? [extendOverQuote(parts, tokens[start]!.start, tokens[end]!.end, span)] : null;
    }
    // `…ad time this week, as first reported by the Times.`: the clause before.
    if (passive.as && passive.before >= 0) {
      const before = clauseBefore(passive.before, 3);
      return before ? [before] : null;
    }
    // `The campaign, first reported by the Post, is a key element…`: subject and predicate.
    if (!passive.as && passive.before >= 0 && passive.closing >= 0) {
      const start = nonSpaceAtOrAfter(tokens, passive.closing + 1);
      const verb = tokens[start];
      if (verb && (verb.pos === 'AUX' || verb.pos === 'VERB')) {
        const end = clauseEnd(doc, cue, start, sLast, cues, locale);
        const before = clauseBefore(passive.before, 2);
        if (before && countWords(tokens, start, end) >= 2) return [before, extendOverQuote(parts, tokens[start]!.start, tokens[end]!.end, span)];
      }
    }
  }

  // Forward: content follows the cue.
  let from = cue.last + 1;
  // `Asked whether he would…, Trump said…`: the name after is the one asked, not in between.
  const openingAsk = locale.words.questionCues.has(cue.lemma) && cue.first === nonSpaceAtOrAfter(tokens, sFirst) && opensQuestion(tokens[nonSpaceAtOrAfter(tokens, from)], locale.words);
  if (link && link.side === 'after' && !openingAsk) from = link.mention.last + 1;
  // After a passive's agent only a complement is reported (`seen by organizers as a lifeboat`,
  // `asked by a host whether…`); `denounced by Trump for its bias` reports no words.
  if (link && link.side === 'after' && passiveAgentPreposition(doc, cue, link.mention.first, locale) >= 0 && !opensAgentComplement(tokens, from, sLast, locale)) return null;
  const afterAttribution = from;
  if (locale.words.addresseeCues.has(cue.lemma)) from = skipObject(tokens, from, sLast, locale.words);
  // `asked him about…`, `asked Kasich whether…`: the one asked is not the question.
  if (locale.words.questionCues.has(cue.lemma)) { const past = skipObject(tokens, from, sLast, locale.words); if (past > from && opensQuestion(tokens[nonSpaceAtOrAfter(tokens, past)], locale.words)) from = past; }
  from = skipAdjunctBeforeThat(tokens, from, sLast, locale);
  while (from <= sLast && (tokens[from]!.text === ',' || tokens[from]!.text === ':' || tokens[from]!.pos === 'SPACE')) from++;
  const forwardEnd = clauseEnd(doc, cue, from, sLast, cues, locale);
  const invertedOrTrailing = precededByComma(doc, cue, link, sFirst, locale.words);
  // `…next week, Spicer said, adding, "…"`: a participle cue after the comma that closes a trailing
  // attribution reports on its own, so this cue's content is the clause before.
  const forwardWords = invertedOrTrailing && participleCueAfterComma(doc, cues, cue, from, locale.words) ? 0 : countWords(tokens, from, forwardEnd, FORWARD_WORDS_ASKED);
  const startsWithThat = from <= sLast && locale.words.declarativeComplementizers.has(tokens[from]!.lemma);
  const needsThat = cue.frame === 'that' || cue.frame === 'that-clause' || cue.frame === 'to' || cue.type === 'belief' || cue.type === 'intention';
  // `declined to comment`, `urged him to resign`: two words are enough after an infinitive cue.
  // `agreed to pay`, `reported raising $9 million`: a that-frame speech cue with `to` and a verb,
  // or a gerund, right after.
  const infinitive = link !== null && (cue.frame === 'to' && opensInfinitive(tokens, from, forwardEnd, locale.words) || (cue.frame === 'that' || cue.frame === 'that-clause') && cue.type === 'speech' && (opensBareInfinitive(tokens, from, forwardEnd, locale.words) || tokens[from]?.pos === 'VERB' && isProgressiveForm(tokens[from]!, locale.words)));

  // `…, Mr. Obama said in his interview.`: after a trailing attribution, words with no verb are
  // its adjuncts and the content is the clause before.
  const adjunctOnly = invertedOrTrailing !== null && !startsWithThat && tokens[from]?.pos === 'ADP' && !hasVerb(tokens, from, forwardEnd);
  // `Loyalty, he noted, has long been a core tenet…`, `This campaign, he says, is different`: an
  // attribution set off by commas between a subject and its verb reports the whole clause, whatever
  // the cue's frame, as the subject before and the predicate after.
  const afterComma = tokens[afterAttribution]?.text === ',';
  const predicate = tokens[from];
  // (A belief too, `His leverage, they believe, isn't going anywhere`: the commas set it off.)
  if (invertedOrTrailing && link?.side === 'before' && afterComma && !startsWithThat && forwardWords >= 2 && (cue.type === 'speech' || cue.type === 'writing' || cue.type === 'belief') && predicate && (predicate.pos === 'AUX' || predicate.pos === 'VERB' && !isProgressiveForm(predicate, locale.words))) {
    const before = clauseBefore(invertedOrTrailing.comma, 1);
    if (before && isNounPhrase(tokens, tokenStartingAtOrAfter(tokens, before.start), invertedOrTrailing.comma - 1)) return [before, extendOverQuote(parts, tokens[from]!.start, tokens[forwardEnd]!.end, span)];
  }
  // `…Mr. Trump, disclosures filed on Sunday night revealed, even after…`: words after a trailing
  // attribution that a that-frame cue cannot report leave the clause before it as the content.
  const unreportedAfterTrailing = invertedOrTrailing !== null && link?.side === 'before' && tokens[afterAttribution]?.text === ',' && !locale.words.questionCues.has(cue.lemma) && needsThat && !startsWithThat && !infinitive;
  if ((forwardWords >= 3 || infinitive && forwardWords >= 2) && !(invertedOrTrailing && !startsWithThat && link?.side === 'after') && !adjunctOnly
    && !(unreportedAfterTrailing && !opensFiniteClause(tokens, from, forwardEnd, locale.words) && !bareObjectOfCue(tokens, cue, link, from, locale.words))) {
    // `asked whether…`, `asked if…`, `asked about the wall`: a question's content.
    const question = locale.words.questionCues.has(cue.lemma) && opensQuestion(tokens[from], locale.words);
    // `As The Washington Post reported, even if…`: a fronted `as` attribution reports the whole
    // main clause after its comma.
    const frontedAs = asAttribution(tokens, cue, link, sFirst, locale.words) && tokens[afterAttribution]?.text === ',';
    if (needsThat && !startsWithThat && !infinitive && !question && !frontedAs && !opensFiniteClause(tokens, from, forwardEnd, locale.words) && !bareObjectOfCue(tokens, cue, link, from, locale.words)) {
      // `asked the question nobody…` asks no statement; `was reported` is left to the passive rules.
      const head = link?.side === 'before' && from === afterAttribution && !locale.words.questionCues.has(cue.lemma) && cue.verb === cue.first && tokens[cue.last]!.text !== ':' ? relativeHead(tokens, link.mention.first, from, sFirst, locale.words) : null;
      return head ? [tokenSpan(doc, head[0], head[1]), extendOverQuote(parts, tokens[from]!.start, tokens[forwardEnd]!.end, span)] : null;
    }
    // `Asked whether he would…, Trump said…`: the question put to the subject of the main clause,
    // whose asker PolNeAR leaves unnamed.
    if (!link && !startsWithThat && !openingAsk && !isStatementType(cue.type) || !link && !startsWithThat && !openingAsk && !unfoundSubject(tokens, cue, sFirst, locale.words) && !(from === afterAttribution && opensFiniteClause(tokens, from, forwardEnd, locale.words) && nearestSubject(tokens, cue, sFirst, locale.words, temporalWords(locale)))) return null;
    const after = extendOverQuote(parts, tokens[from]!.start, tokens[forwardEnd]!.end, span);
    // `The museum, Mr. Obama said, would make visitors face…`: an attribution set off by commas
    // inside the clause reports both halves.
    if (invertedOrTrailing && link?.side === 'before' && !startsWithThat && tokens[afterAttribution]?.text === ',' && isStatementType(cue.type)) {
      const before = clauseBefore(invertedOrTrailing.comma, 2);
      if (before && before.end <= after.start) return [before, after];
    }
    return [after];
  }

  // Backward: `The plan will fail, he said.` / `…, said Jane Roe.`
  // `Such a move could alienate his backers, Clinton allies believe.`: a belief set off after the
  // clause it holds, by its own subject, closing the sentence or the clause.
  const trailingBelief = cue.type === 'belief' && cue.frame === 'that' && link?.side === 'before' && (onlyPunctuationAfter(cue.last) || tokens[nonSpaceAtOrAfter(tokens, cue.last + 1)]?.text === ',');
  if (!invertedOrTrailing || cue.type === 'belief' && !trailingBelief || cue.type === 'intention' || (cue.frame === 'that' || cue.frame === 'that-clause') && !link) return null;
  const before = clauseBefore(invertedOrTrailing.comma, 3);
  // `In an interview, Deacon had nothing bad to say about Sanders`, `Shortly after the vote, the
  // governor announced his resignation`: words with no verb before a cue the sentence goes on
  // after are the scene of the main clause, not what was said. Before an attribution that closes
  // the sentence (`Or maybe Jeb Bush, one pollster says.`) they are the content.
  if (before && !hasVerbWithin(before) && (trailingBelief || !onlyPunctuationAfter(Math.max(cue.last, link?.side === 'after' ? link.mention.last : -1)))) return null;
  // `Martha Allen, a delegate from Vermont, criticized her state's gun laws`: a noun phrase after
  // an object cue is its object, not an inverted source (`…, warned the governor`).
  if (before && cue.frame === 'object' && link?.side === 'after') return null;
  // `He had no known political affiliations, the airline added, and had passed all…`: a predicate
  // going on after an attribution set off by commas is the rest of the reported clause.
  if (before && afterComma && link?.side === 'before' && forwardWords >= 2 && continuesPredicate(tokens, from, locale.words)) {
    const subject = interruptedSubject(doc, before, invertedOrTrailing.comma, locale.words);
    // `When the vote came, he noted, was…`: a fronted subordinate clause is no subject, and the
    // predicate after it no content without one.
    const opener = tokens[tokenStartingAtOrAfter(tokens, subject.start)]!;
    if (opener.pos === 'SCONJ' || locale.words.clauseWhWords.has(opener.lemma)) return null;
    return [subject, extendOverQuote(parts, tokens[from]!.start, tokens[forwardEnd]!.end, span)];
  }
  return before ? [before] : null;

  /** Only punctuation (the full stop, or the comma of `…, a staffer said, was grim`) follows. */
  function onlyPunctuationAfter(last: number): boolean {
    const next = nonSpaceAtOrAfter(tokens, last + 1);
    return next > sLast || tokens[next]!.pos === 'PUNCT';
  }

  function hasVerbWithin(s: Span): boolean {
    const first = sFirst + lowerBound(sLast - sFirst + 1, (i) => tokens[sFirst + i]!.start < s.start);
    const last = sFirst + lowerBound(sLast - sFirst + 1, (i) => tokens[sFirst + i]!.start < s.end) - 1;
    return hasVerb(tokens, first, last);
  }

  /** The clause from the sentence start (or the previous cue) up to the comma before the attribution. */
  function clauseBefore(commaAt: number, minWords: number): Span | null {
    let start = sFirst;
    // Never reach back over an earlier cue of the same sentence: the last one ending before the comma.
    for (let c = lowerBound(cues.length, (i) => cues[i]!.first < cue.first) - 1; c >= 0; c--) {
      const other = cues[c]!;
      if (other.first < sFirst) break;
      // `The talks are continuing, he said`: a cue that frames only quotations is just a verb here.
      if (other.frame === 'direct') continue;
      // `…people trust those they know…, she said`: a belief inside the reported clause is part of it.
      if (other.type === 'belief' || other.type === 'intention') continue;
      // `Asked whether…, Trump said no`: the question is the asker's content, not the answer.
      if (other.last < commaAt && locale.words.questionCues.has(other.lemma) && other.first === nonSpaceAtOrAfter(tokens, sFirst)) return null;
      // `…doing what they can to find common ground, Smith said`, `…on solid ground attacking the
      // mayor, Fiorina said`: an infinitive or participle verb with too few words after it for a
      // clause of its own is a verb inside the reported clause, not an earlier attribution.
      // (Only after a verb of the clause itself: `In a statement announcing the pick, …` has none.)
      if (other.last < commaAt && other.frame !== 'according' && embeddedVerb(tokens, other, locale.words) && countWords(tokens, other.last + 1, commaAt - 1) < minWords && hasVerb(tokens, start, other.first - 1)) continue;
      if (other.last < commaAt) { start = Math.max(start, other.last + 1); break; }
    }
    let end = commaAt - 1;
    while (end >= start && (tokens[end]!.pos === 'SPACE' || tokens[end]!.text === ',')) end--;
    while (start <= end && (tokens[start]!.pos === 'SPACE' || tokens[start]!.text === ',')) start++;
    if (countWords(tokens, start, end) < minWords) return null;
    if (insideQuote[start] && insideQuote[end]) return null; // the attribution of a direct quote, done above
    return extendOverQuote(parts, tokens[start]!.start, tokens[end]!.end, span);
  }

  function span(s: number, e: number): Span {
    return { start: s, end: e, text: text.slice(s, e) };
  }
}

/** The most words the rules ask a forward clause to have (three; two after an infinitive cue). */
const FORWARD_WORDS_ASKED = 3;

/** Whether a participle cue other than `cue` (`adding`, `saying`) starts at token `k`, right after
 *  a comma (cues are in text order). */
function participleCueAfterComma(doc: Document, cues: Cue[], cue: Cue, k: number, words: FunctionWords): boolean {
  const other = cues[lowerBound(cues.length, (i) => cues[i]!.first < k)];
  if (other === undefined || other === cue || other.first !== k || other.verb !== k) return false;
  const { tokens } = doc;
  return isProgressiveForm(tokens[k]!, words) && tokens[nonSpaceAtOrBefore(tokens, k - 1)]?.text === ',';
}

/** A cue in the infinitive (`to find`) or the -ing form (`attacking`), which has no subject of its own. */
function embeddedVerb(tokens: Token[], cue: Cue, words: FunctionWords): boolean {
  if (isProgressiveForm(tokens[cue.first]!, words)) return true;
  const before = tokens[nonSpaceAtOrBefore(tokens, cue.first - 1)];
  return before !== undefined && words.infinitiveMarkers.has(before.lemma) && before.pos === 'PART';
}

/** `Instead, Axelrod said, “she started…”`, `If Clinton is elected, he said, “she might…”`: words
 *  fronted before an attribution set off by commas, with the quotation right after it, are part
 *  of what was said (PolNeAR gives them as a first content span). The words run back from the
 *  comma before the attribution to the previous clause break, quotation or cue of the sentence. */
export function frontedBeforeAttribution(doc: Document, cue: Cue, link: SourceLink | null, cues: Cue[], insideQuote: Uint8Array, quoteFirst: number, locale: Locale): Span | null {
  const { tokens, text } = doc;
  const sentence = doc.sentences[cue.sentence];
  if (!sentence || !link) return null;
  // `…, adding, “…”`: a participle goes on from the main clause before it, which is not fronted.
  if (isProgressiveForm(tokens[cue.verb]!, locale.words)) return null;
  // The source stands right by its cue (`Axelrod said`), not borrowed from an earlier clause.
  if (link.side === 'before' && cue.first - link.mention.last > 3) return null;
  const attributionFirst = link.side === 'before' ? Math.min(link.mention.first, cue.first) : cue.first;
  const attributionLast = Math.max(cue.last, link.side === 'after' ? link.mention.last : -1);
  // The attribution closes with a comma or colon right before the quotation.
  const closing = tokens[nonSpaceAtOrBefore(tokens, quoteFirst - 1)];
  if (!closing || (closing.text !== ',' && closing.text !== ':') || nonSpaceAtOrAfter(tokens, attributionLast + 1) !== closing.i) return null;
  const comma = nonSpaceAtOrBefore(tokens, attributionFirst - 1);
  if (comma < sentence.firstToken || tokens[comma]!.text !== ',') return null;
  let start = comma;
  while (start - 1 >= sentence.firstToken && !insideQuote[start - 1] && !CLAUSE_BREAKS_AND_PAREN.has(tokens[start - 1]!.text)) start--;
  // Never reach back over an earlier cue of the sentence: the fronted words would be its content.
  const previous = cues[lowerBound(cues.length, (i) => cues[i]!.first < attributionFirst) - 1];
  if (previous && previous.sentence === cue.sentence && previous.last >= start) return null;
  const first = nonSpaceAtOrAfter(tokens, start);
  const last = nonSpaceAtOrBefore(tokens, comma - 1);
  if (first > last || countWords(tokens, first, last) < 1) return null;
  if (describesOccasion(tokens[first]!, locale)) return null;
  return tokenSpan(doc, first, last);
}

/** `In an interview, he said, “…”`, `After the vote, …`, `Reflecting on his career, …`, `But, …`:
 *  fronted words that open with a preposition, a time word or subordinator, a participle or a
 *  conjunction set the scene of the saying (or link it to the text before), not what was said. */
function describesOccasion(first: Token, locale: Locale): boolean {
  if (first.pos === 'ADP' || first.pos === 'CCONJ' || locale.words.declarativeComplementizers.has(first.lemma)) return true;
  if (locale.words.askOccasions.has(first.lemma) || locale.words.eventAdjuncts.has(first.lemma) || temporalWords(locale).has(first.lemma)) return true;
  return first.pos === 'VERB' && isProgressiveForm(first, locale.words);
}

/** Whether a passive's complement opens at token `from`: `as`, `that`, a question word or a
 *  quotation mark. */
function opensAgentComplement(tokens: Token[], from: number, sLast: number, locale: Locale): boolean {
  let k = nonSpaceAtOrAfter(tokens, from, sLast);
  while (k <= sLast && (tokens[k]!.text === ',' || tokens[k]!.pos === 'SPACE')) k++;
  const t = tokens[k];
  if (!t || k > sLast) return false;
  const words = locale.words;
  return words.judgmentMarkers.has(t.lemma) || words.declarativeComplementizers.has(t.lemma) || words.indirectQuestionOpeners.has(t.lemma)
    || markSets(locale).opening.has(t.text);
}

/** How many tokens the agent of a passive attribution may take (`by The Washington Post on
 *  Tuesday`). */
const AGENT_WINDOW = 12;

/** A passive attribution with its agent: `As reported by X,` opening the sentence (before -1),
 *  `…, as first reported by X` after a clause (before: its comma), or `X, first reported by Y, is…`
 *  inside one. `closing` is the comma after the agent, -1 at the sentence end. */
function passiveAttribution(tokens: Token[], cue: Cue, sFirst: number, sLast: number, words: FunctionWords): { as: boolean; before: number; closing: number } | null {
  const by = nonSpaceAtOrAfter(tokens, cue.last + 1);
  if (by > sLast || !words.agentPrepositions.has(tokens[by]!.lemma) || tokens[by]!.pos !== 'ADP') return null;
  let closing = -1;
  for (let k = by + 1; k <= sLast && k - by <= AGENT_WINDOW; k++) {
    const t = tokens[k]!;
    if (t.text === ',') { closing = k; break; }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ';' || t.text === ':') return null;
    if (k - by === AGENT_WINDOW) return null;
  }
  // The cue takes in an `as` the tagger read as an adverb (`as first reported`).
  let k = words.attributionConjunctions.has(tokens[cue.first]!.lemma) ? cue.first : cue.first - 1;
  k = nonSpaceAtOrBefore(tokens, k, sFirst);
  if (k < sFirst) return null;
  const as = words.attributionConjunctions.has(tokens[k]!.lemma);
  if (as) k--;
  k = nonSpaceAtOrBefore(tokens, k, sFirst);
  if (k < sFirst) return as && closing >= 0 ? { as, before: -1, closing } : null;
  return tokens[k]!.text === ',' ? { as, before: k, closing } : null;
}

/** The question `ask` reports, past the one asked and the occasion (`asked the contender during
 *  an interview if…`, `was asked by a caller why…`, `when asked whether…`), as first and last
 *  token. A fronted `Asked whether…, Rubio gave…` ends where the main clause starts. */
function askedQuestion(doc: Document, cue: Cue, sFirst: number, sLast: number, cues: Cue[], locale: Locale): [number, number] | null {
  const { tokens } = doc;
  const start = questionStart(tokens, cue, sLast, locale.words);
  if (start < 0) return null;
  let end = clauseEnd(doc, cue, start, sLast, cues, locale);
  let before = cue.first - 1;
  while (before >= sFirst && (tokens[before]!.pos === 'SPACE' || locale.words.wordsBeforeAsk.has(tokens[before]!.lemma))) before--;
  if (before < sFirst || COMMA_OR_DASH.has(tokens[before]!.text)) {
    // A fronted or inserted question (`Asked whether…, Rubio gave…`, `Deacon, when asked how…,
    // fought back`) ends at the comma or dash before the verb of the main clause.
    for (let k = start + 1; k < end; k++) {
      if (COMMA_OR_DASH.has(tokens[k]!.text) && verbBeforeBreak(tokens, k + 1, end, locale.words)) { end = k - 1; break; }
    }
  }
  while (end >= start && (CLAUSE_END_TRIM.has(tokens[end]!.text) || tokens[end]!.pos === 'SPACE')) end--;
  return countWords(tokens, start, end) >= 3 ? [start, end] : null;
}

/** How far after a comma the verb of the main clause may come (`, only 23 percent of those
 *  polled picked…`). */
const MAIN_VERB_REACH = 10;

/** A finite verb follows before the next comma or dash: the main clause starts here. */
function verbBeforeBreak(tokens: Token[], from: number, end: number, words: FunctionWords): boolean {
  for (let k = from; k <= end && k - from < MAIN_VERB_REACH; k++) {
    const t = tokens[k]!;
    if (COMMA_OR_DASH.has(t.text)) return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !isProgressiveForm(t, words)) return true;
  }
  return false;
}

/** `As Politico reported, …`, `As he said, …`: the sentence opens with `as`, the source and the cue. */
function asAttribution(tokens: Token[], cue: Cue, link: SourceLink | null, sFirst: number, words: FunctionWords): boolean {
  const first = nonSpaceAtOrAfter(tokens, sFirst);
  const opener = link && link.side === 'before' ? link.mention.first - 1 : -1;
  return opener >= first && opener === first && words.attributionConjunctions.has(tokens[first]!.lemma) && cue.first > link!.mention.last;
}

/** `decided not to recommend charges`, `wants to say`: a cue in the infinitive of an earlier
 *  to-frame cue is part of that cue's content, not an attribution of its own. */
function infinitiveOfCue(tokens: Token[], cue: Cue, cues: Cue[], words: FunctionWords): boolean {
  let k = nonSpaceAtOrBefore(tokens, cue.first - 1);
  if (k < 0 || !words.infinitiveMarkers.has(tokens[k]!.lemma) || tokens[k]!.pos !== 'PART') return false;
  k--;
  while (k >= 0 && (tokens[k]!.pos === 'SPACE' || words.negators.has(tokens[k]!.lemma))) k--;
  const c = lowerBound(cues.length, (i) => cues[i]!.last < k);
  const previous = cues[c];
  return previous !== undefined && previous.last === k && previous.frame === 'to';
}

/** Parts of speech that may end a subject the source finder could not delimit (`Scott Goodstein,
 *  its chief executive, said`, `Many speakers — including … — said`, `most of them said`). */
const SUBJECT_END_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/** A subject stands before the cue even though no source was found for it: the cue does not open
 *  the sentence, and a nominal, or the comma or dash closing an apposition, precedes it. */
function unfoundSubject(tokens: Token[], cue: Cue, sFirst: number, words: FunctionWords): boolean {
  let k = cue.first - 1;
  k = nonSpaceAtOrBefore(tokens, k, sFirst);
  if (k < sFirst) return false;
  const t = tokens[k]!;
  if (t.pos === 'PRON' && words.subjectRelatives.has(t.lemma)) return false;
  if (SUBJECT_END_POS.has(t.pos)) return true;
  return (t.text === ',' || t.text === '—' || t.text === '–' || t.text === ')') && k - 1 >= sFirst && (SUBJECT_END_POS.has(tokens[k - 1]!.pos) || tokens[k - 1]!.text === ')');
}

/** What may open the content of `ask`: `whether…`, `if…`, `how…`, `about the wall`. */
function opensQuestion(t: Token | undefined, words: FunctionWords): boolean {
  return t !== undefined && words.askedContentOpeners.has(t.lemma);
}

/** Parts of speech a noun-phrase object opens with (`posted a cache of cables`, `saw him`). */
const OBJECT_OPENERS = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM']);

/** `Police charged Corey Lewandowski`, `rivals see an opening`, `the AP noted their endorsements`,
 *  `hardliners have offered softer rhetoric`: PolNeAR annotates the bare object of a that-frame
 *  cue (or a to-frame cue marked `objectWithSource`) as content when a source says it. Not a
 *  passive (`was seen`, left to the passive rules), not a noun after a possessive (`Editor's
 *  note:`), and not the strict `that-clause` frame (`added 500 jobs`). */
function bareObjectOfCue(tokens: Token[], cue: Cue, link: SourceLink | null, from: number, words: FunctionWords): boolean {
  if (!link || !(cue.frame === 'that' || cue.objectWithSource)) return false;
  const first = tokens[from];
  // A gerund only right after a that-frame cue of its own subject (`…, his team believes,
  // resulting in…` goes on from the main clause; `to call out Russia and consider taking…` is
  // inside an infinitive).
  const gerund = cue.frame === 'that' && from === nonSpaceAtOrAfter(tokens, cue.last + 1) && tokens[nonSpaceAtOrBefore(tokens, cue.first - 1)]?.pos !== 'CCONJ' && gerundObject(first, words);
  if (!first || !(OBJECT_OPENERS.has(first.pos) || gerund)) return false;
  for (let k = cue.first - 1; k < cue.verb; k++) {
    const t = tokens[k];
    if (t && (k >= cue.first && words.passiveAuxiliaries.has(t.lemma) || words.possessiveClitics.has(t.text))) return false;
  }
  return tokens[cue.last]!.text !== ':';
}

/** `is considering issuing summonses`, `remembers putting his hand…`: a gerund object. */
function gerundObject(t: Token, words: FunctionWords): boolean {
  return t.pos === 'VERB' && isProgressiveForm(t, words);
}

/** The subject half of a clause interrupted by its attribution: `before`, from its last
 *  complementizer on (`he thought that… and that the result, he explained, was…`), or only the
 *  relative word right before the comma (`Iowa, which, his advisers believe, would lead…`). */
function interruptedSubject(doc: Document, before: Span, comma: number, words: FunctionWords): Span {
  const { tokens } = doc;
  const last = nonSpaceAtOrBefore(tokens, comma - 1);
  if (words.thingRelatives.has(tokens[last]!.lemma) && tokens[last]!.pos !== 'DET') return tokenSpan(doc, last, last);
  for (let k = last - 1; k >= 0 && tokens[k]!.start >= before.start; k--) {
    if (words.declarativeComplementizers.has(tokens[k]!.lemma) && tokens[k]!.pos === 'SCONJ') return tokenSpan(doc, nonSpaceAtOrAfter(tokens, k + 1), last);
  }
  return before;
}

/** A finite verb, or `and` and one, opens the words at `from` (`amount to…`, `and had passed…`). */
function continuesPredicate(tokens: Token[], from: number, words: FunctionWords): boolean {
  let k = from;
  if (tokens[k]?.pos === 'CCONJ' && words.additiveCoordinators.has(tokens[k]!.lemma)) k = nonSpaceAtOrAfter(tokens, k + 1);
  const t = tokens[k];
  return t !== undefined && (t.pos === 'AUX' || t.pos === 'VERB' && !isProgressiveForm(t, words));
}

/** Tokens [from, to] read as a subject noun phrase: opened like one, with no verb inside. */
function isNounPhrase(tokens: Token[], from: number, to: number): boolean {
  if (from > to || !NOUN_PHRASE_OPENERS.has(tokens[from]!.pos)) return false;
  return !hasVerb(tokens, from, to);
}

function hasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

/** Parts of speech an object may have before its infinitive (`urged the party's leaders not to`). */
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADV', 'PART']);
/** Tokens an object may take before `to`. */
const OBJECT_WINDOW = 8;

/** The content opens with `to` + verb, or with a short object and then `to` (`to resign`,
 *  `Trump to apologize`, `him not to back down`). */
function opensInfinitive(tokens: Token[], from: number, last: number, words: FunctionWords): boolean {
  for (let k = from; k <= last && k - from <= OBJECT_WINDOW; k++) {
    const t = tokens[k]!;
    if (words.infinitiveMarkers.has(t.lemma) && t.pos === 'PART') return true;
    if (t.pos === 'SPACE' || words.possessiveClitics.has(t.text)) continue;
    if (!OBJECT_POS.has(t.pos) || words.declarativeComplementizers.has(t.lemma)) return false;
  }
  return false;
}

/** `to` and its verb open the content, with no object before them (`agreed to pay`). */
function opensBareInfinitive(tokens: Token[], from: number, last: number, words: FunctionWords): boolean {
  const to = tokens[from];
  const verb = tokens[nonSpaceAtOrAfter(tokens, from + 1)];
  return from < last && to !== undefined && words.infinitiveMarkers.has(to.lemma) && to.pos === 'PART' && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

/** `told reporters`, `told the BBC`, `told him`: the addressee is not content. */
function skipObject(tokens: Token[], from: number, last: number, words: FunctionWords): number {
  let k = from;
  const t = tokens[k];
  if (!t) return from;
  if (t.pos === 'PRON') return k + 1;
  let sawNoun = false;
  while (k <= last && k - from < 6) {
    const u = tokens[k]!;
    if (u.pos === 'DET' || u.pos === 'ADJ' || isNoun(u) || words.possessiveClitics.has(u.text)) {
      if (isNoun(u)) sawNoun = true;
      k++;
      continue;
    }
    break;
  }
  return sawNoun ? k : from;
}

/** How far `that` may come after a cue, past a prepositional adjunct or past anything else. */
const ADJUNCT_BEFORE_THAT_REACH = 12;
const OBJECT_BEFORE_THAT_REACH = 7;

/** `said on Monday that…`, `said in a statement that…`: content starts at `that`. Without `that`,
 *  a leading time or place adjunct (`told CNN on Thursday how…`, `says of Clinton, “…”`) is skipped. */
function skipAdjunctBeforeThat(tokens: Token[], from: number, last: number, locale: Locale): number {
  // `said in an interview with The Associated Press last week that…`: an adjunct opening with a
  // preposition may run longer than an object (`denounced statements by X last week that…`, whose
  // `that` opens a relative or noun clause of the object).
  const reach = tokens[from]?.pos === 'ADP' ? ADJUNCT_BEFORE_THAT_REACH : OBJECT_BEFORE_THAT_REACH;
  for (let k = from; k <= last && k - from <= reach; k++) {
    const t = tokens[k]!;
    if (locale.words.declarativeComplementizers.has(t.lemma)) return k > from && !relativeThat(tokens, k) ? k : from;
    if (t.pos === 'PUNCT' && t.text !== ',') break;
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
  }
  const temporal = temporalWords(locale);
  let k = from;
  if (tokens[k] && (tokens[k]!.pos === 'ADP' || temporal.has(tokens[k]!.lemma))) {
    const adjunctStart = k;
    if (tokens[k]!.pos === 'ADP') k++;
    let sawTemporal = false;
    while (k <= last && k - adjunctStart < 6 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || isNoun(tokens[k]!) || tokens[k]!.pos === 'NUM')) {
      if (temporal.has(tokens[k]!.lemma)) sawTemporal = true;
      k++;
    }
    if (k <= last && tokens[k]!.text === ',') return k + 1;
    if (sawTemporal && k > adjunctStart) return k;
  }
  return from;
}

/** `loopholes that benefit others`, `the demands that come with`: a `that` after a noun and right
 *  before a verb opens a relative clause, not the reported one. */
function relativeThat(tokens: Token[], k: number): boolean {
  let n = nonSpaceAtOrAfter(tokens, k + 1);
  const next = tokens[n];
  const prev = tokens[k - 1];
  if (!next || !prev || !isNoun(prev)) return false;
  // The tagger reads the relative `that` of `loopholes that benefit the rich` as a determiner.
  return next.pos === 'VERB' || next.pos === 'AUX' || tokens[k]!.pos === 'DET' && next.pos === 'NOUN';
}

/** The comma before the attribution when the clause precedes it: `…, he said` or `…, said Jane Roe`. */
function precededByComma(doc: Document, cue: Cue, link: SourceLink | null, sFirst: number, words: FunctionWords): { comma: number } | null {
  const { tokens } = doc;
  let k = (link && link.side === 'before' ? link.mention.first : cue.first) - 1;
  while (k >= sFirst && (tokens[k]!.pos === 'SPACE' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k--;
  if (k < sFirst) return null;
  const t = tokens[k]!;
  if (t.text === ',' || t.text === '—' || t.text === '–' || t.text === '-') return { comma: k };
  // `…whether Scott had a gun, as police have said`.
  if (words.attributionConjunctions.has(t.lemma) && k > sFirst && tokens[k - 1]!.text === ',' && link?.side === 'before') return { comma: k - 1 };
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

/** The last token before the first `)` in [from, end] that no `(` there opens, or `end`. */
function beforeUnopenedParenthesis(tokens: Token[], from: number, end: number): number {
  let open = 0;
  for (let k = from; k <= end; k++) {
    if (tokens[k]!.text === '(') open++;
    else if (tokens[k]!.text === ')' && open-- === 0) return nonSpaceAtOrBefore(tokens, k - 1);
  }
  return end;
}

/** Parts of speech a raised subject is made of (`the Trump team`, `Mr. Putin`, `no candidate`). */
const RAISED_SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/** `Mr. Putin seemed most concerned with…`, `the field appeared poised to narrow`, `She is expected
 *  to continue…`: PolNeAR's content is the subject and the complement, two spans, with no source.
 *  `It appears that…` has only the that-clause. A raising verb without such a complement (`appeared
 *  on Fox News`, `seemed like`) reports nothing. */
function raisedClause(doc: Document, cue: Cue, sFirst: number, sLast: number, cues: Cue[], locale: Locale): Span[] | null {
  const { tokens, text } = doc;
  let from = cue.last + 1;
  from = nonSpaceAtOrAfter(tokens, from, sLast);
  const head = tokens[from];
  if (!head || from > sLast) return null;
  let opener = from;
  while (opener <= sLast && opener - from < 2 && tokens[opener]!.pos === 'ADV') opener++;
  const o = tokens[opener];
  if (!o || opener > sLast) return null;
  const thatClause = locale.words.declarativeComplementizers.has(head.lemma);
  const infinitive = locale.words.infinitiveMarkers.has(o.lemma) && o.pos === 'PART';
  const predicate = o.pos === 'ADJ' || o.pos === 'VERB' && locale.words.endings.predicateParticiple.test(o.lemma);
  const expectedWhen = locale.words.adjunctRaisingCues.has(cue.lemma) && o.pos === 'ADP';
  // `is seen as a threat`, `is considered a case study`: the judgment a passive belief reports.
  const judgment = cue.passiveJudgment === true && (locale.words.judgmentMarkers.has(head.lemma) || (o.pos === 'DET' || o.pos === 'NUM') && o === head);
  if (!thatClause && !infinitive && !predicate && !expectedWhen && !judgment) return null;
  // `are seen gathered outside`, `is considered less than dynamic`: a bare predicate after a
  // passive belief verb is as often a perception or an aside, which PolNeAR leaves out.
  if (cue.passiveJudgment && !judgment && !infinitive && !thatClause) return null;
  // PolNeAR's cue takes the `as` of `is seen as`; the judgment starts after it.
  if (judgment && locale.words.judgmentMarkers.has(head.lemma)) from = nonSpaceAtOrAfter(tokens, from + 1);
  let end = clauseEnd(doc, cue, from, sLast, cues, locale);
  // `Politifact (which is not known as partisan) rated…`: a judgment inside parentheses ends there.
  if (cue.passiveJudgment) end = beforeUnopenedParenthesis(tokens, from, end);
  if (countWords(tokens, from, end) < 2) return null;
  const complement = tokenSpan(doc, from, end);
  if (thatClause) return [complement];
  let subjectEnd = cue.first - 1;
  subjectEnd = nonSpaceAtOrBefore(tokens, subjectEnd, sFirst);
  let subjectStart = subjectEnd + 1;
  for (let k = subjectEnd; k >= sFirst && subjectEnd - k < 8; k--) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    if (!RAISED_SUBJECT_POS.has(t.pos) && !locale.words.possessiveClitics.has(t.text) && t.text !== '.') break;
    subjectStart = k;
  }
  // `It seems to be…` and `there appears to be…` have no subject that is content.
  if (subjectStart > subjectEnd || subjectStart === subjectEnd && locale.words.expletiveSubjects.has(tokens[subjectStart]!.lemma) && !cue.passiveJudgment) return [complement];
  const relative = tokens[subjectStart]!;
  if (locale.words.thingRelatives.has(relative.lemma) && (relative.pos === 'PRON' || !locale.words.demonstratives.has(relative.lemma))) subjectStart++;
  if (subjectStart > subjectEnd) return [complement];
  const subject = tokenSpan(doc, subjectStart, subjectEnd);
  return [subject, complement];
}

/** How far after `according to` the comma closing its source may be (`According to an online
 *  University of Texas/Texas Tribune poll out Thursday, …`): the source phrase found may stop short. */
const ACCORDING_SOURCE_WINDOW = 30;
/** Words that may open a sentence before `according to` and still leave the content after it
 *  (`But, according to the poll, …`, `In addition, according to …`). */
const LEAD_IN_WINDOW = 3;

/** `According to X, …` (content after the comma), `…, according to X` (content before it), and
 *  `…, according to X, …` in mid-sentence: both halves when the second is a predicate (`Notably
 *  absent, according to members, was any mention…`), only the second when it is a clause of its
 *  own (`While most were…, according to an official, two were upgraded`). */
function accordingClause(doc: Document, cue: Cue, link: SourceLink | null, sFirst: number, sLast: number, insideQuote: Uint8Array, words: FunctionWords): Span[] | null {
  const { tokens, text } = doc;
  const sourceEnd = link ? link.mention.last : cue.last;
  let k = cue.first - 1;
  k = nonSpaceAtOrBefore(tokens, k, sFirst);
  const closing = closingComma(tokens, cue.last, sourceEnd, sLast, words);
  const afterStart = closing >= 0 ? closing + 1 : sourceEnd + 1;
  const after = trimmed(afterStart, sLast);
  if (k < sFirst || opensContent(tokens, sFirst, k, words)) {
    return after && countWords(tokens, after[0], after[1]) >= 2 ? [make(after)] : null;
  }
  const before = trimmed(sFirst, k);
  if (closing >= 0 && after && countWords(tokens, after[0], after[1]) >= 2) {
    const next = tokens[after[0]]!;
    // `…, according to X, two were upgraded`: the clause after is the content.
    if (opensFiniteClause(tokens, after[0], after[1], words) && !words.clauseWhWords.has(next.lemma)) return [make(after)];
    // `One of the decisions, according to X, is to turn…`: an interrupted clause.
    if ((next.pos === 'AUX' || next.pos === 'VERB') && before && countWords(tokens, before[0], before[1]) >= 2) return [make(before), make(after)];
  }
  if (!before || countWords(tokens, before[0], before[1]) < 2) return null;
  if (insideQuote[before[0]] && insideQuote[before[1]]) return null;
  return [make(before)];

  function trimmed(start: number, end: number): [number, number] | null {
    while (start <= end && (tokens[start]!.text === ',' || tokens[start]!.pos === 'SPACE')) start++;
    while (end >= start && (tokens[end]!.text === '.' || tokens[end]!.text === ',' || tokens[end]!.text === ')' && !hasOpening(tokens, start, end) || tokens[end]!.pos === 'SPACE')) end--;
    return start <= end ? [start, end] : null;
  }
  function make([s, e]: [number, number]): Span {
    return tokenSpan(doc, s, e);
  }
}

function hasOpening(tokens: Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (tokens[k]!.text === '(') return true;
  return false;
}

/** The comma ending `according to SOURCE,`: the first after the source found, or one inside it
 *  that a clause follows (`according to the poll, 46 percent of voters remain undecided` is no
 *  apposition); -1 when the sentence ends first. */
function closingComma(tokens: Token[], cueLast: number, sourceEnd: number, sLast: number, words: FunctionWords): number {
  for (let k = cueLast + 1; k <= sLast && k - sourceEnd <= ACCORDING_SOURCE_WINDOW; k++) {
    const t = tokens[k]!;
    if (t.text === ',' && (k > sourceEnd || opensFiniteClause(tokens, nonSpaceAtOrAfter(tokens, k + 1), sLast, words))) return k;
    if (t.text === ';' || t.text === ':' || t.text === '.' && k === sLast) return -1;
  }
  return -1;
}

/** Whether the words before `according to` leave the content after it: a short lead-in ending in
 *  a comma (`But,`), an opening parenthesis or colon, or a complementizer (`reported that,
 *  according to an analysis, …`). */
function opensContent(tokens: Token[], sFirst: number, k: number, words: FunctionWords): boolean {
  const t = tokens[k]!;
  if (t.text === '(' || t.text === ':' || t.text === '—') return true;
  if (t.text !== ',') return false;
  let j = k - 1;
  j = nonSpaceAtOrBefore(tokens, j, sFirst);
  if (j >= sFirst && words.declarativeComplementizers.has(tokens[j]!.lemma) && tokens[j]!.pos !== 'PRON') return true;
  return countWords(tokens, sFirst, k - 1) <= LEAD_IN_WINDOW && !hasVerb(tokens, sFirst, k - 1);
}
