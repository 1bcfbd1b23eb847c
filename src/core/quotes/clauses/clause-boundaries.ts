// Where a reported clause ends: before a later attribution of the same sentence (`…, he added`),
// a semicolon, a second predicate of the cue's subject, a new main clause, the writer's gloss
// (`…, who won Iowa`) or the writer's own continuation after the reported words (`…appear to have
// steadied the market, although some continue to struggle`). Each rule looks only at tokens
// between the clause start and the sentence end the clause finder already reached, so the cost is
// a few token reads per clause.
import { opensDashLabel } from '../dash-labels.js';
import type { Document, Token } from '../../document/document.js';
import type { Cue } from '../../cues/cues.js';
import type { FunctionWords, Locale } from '../../../locales/locale.js';
import { markSets } from '../../marks/mark-sets.js';
import { temporalWords } from '../../sources/source-vocabulary.js';
import { lowerBound } from '../../document/lower-bound.js';
import { linksRatio } from '../../sources/ratio.js';
import { nonSpaceAtOrAfter, nonSpaceAtOrBefore } from '../../document/non-space-tokens.js';
import { askOccasion, questionStart } from './asked-questions.js';
import { NOUN_PHRASE_OPENERS, opensFiniteClause, type FiniteClauseOptions } from './finite-clause.js';
import { CLAUSE_END_TRIM, DASHES } from '../../document/punctuation.js';
import { trailingAppositionEnd } from './trailing-apposition.js';
import { frontedSubordinator } from './fronted-subordinators.js';
import { writersComparisonEnd } from './writers-comparisons.js';
import { isNoun } from '../../document/nouns.js';
import { continuesReportedClause } from './embedded-beliefs.js';
import { isProgressiveForm } from '../../document/progressive-forms.js';
import { longestMark } from '../../document/longest-mark.js';

/** After a fronted subordinate clause no bare object can follow the comma, so a noun and a past
 *  tense open the main clause there (`When Trump suggested that…, Rubio fired back`). */
const AFTER_FRONTED_CLAUSE: FiniteClauseOptions = { admitPast: true };

/** The last content token after a forward cue: the sentence end without its full stop, cut before a
 *  later attribution in the same sentence (`…, he added`). */
export function clauseEnd(doc: Document, cue: Cue, from: number, sLast: number, cues: Cue[], locale: Locale): number {
  const { tokens } = doc;
  let end = sLast;
  // Stop before the first later attribution of the sentence that opens its own clause (`…, he
  // added`, `…, adding`, `… and said`, `…, but he said`, `…, according to`), passing over cues
  // inside the reported clause (`said he thinks`, `says Machado promised`).
  for (let c = lowerBound(cues.length, (i) => cues[i]!.first <= cue.last); c < cues.length; c++) {
    const next = cues[c]!;
    if (next.sentence !== cue.sentence || next.first > sLast) break;
    if (next.frame === 'direct') continue;
    // `said he would consider it when asked whether…`: the occasion, and the question in it, are
    // not what was said.
    const occasion = locale.words.questionCues.has(next.lemma) && questionStart(tokens, next, sLast, locale.words) >= 0 ? askOccasion(tokens, next, from, locale.words) : -1;
    if (occasion > from) {
      end = occasion - 1;
      while (end > from && (tokens[end]!.pos === 'SPACE' || locale.words.additiveCoordinators.has(tokens[end]!.lemma) || tokens[end]!.text === ',')) end--;
      break;
    }
    let k = next.first - 1;
    // `…, while other voters said`, `, and 27 percent of those polled said`, `while nine in 10
    // said`: a subject of up to ten words, with one `of` or a ratio's preposition.
    while (k > from && (SUBJECT_POS.has(tokens[k]!.pos) || locale.words.partitivePrepositions.has(tokens[k]!.lemma) || linksRatio(tokens, k)) && next.first - k < SUBJECT_REACH) k--;
    if (k > from && locale.words.contrastLinks.has(tokens[k]!.lemma) && tokens[k - 1]!.text === ',') k--;
    if (k > from && locale.words.additiveCoordinators.has(tokens[k]!.lemma) && (coordinatedSubjectFrom(tokens, from, k, locale.words) || joinsNames(tokens, k))) continue;
    if (k > from && continuesReportedClause(tokens, k, cue, next, locale.words)) continue;
    if (k > from && (tokens[k]!.text === ',' || tokens[k]!.text === ';' || locale.words.clauseCoordinators.has(tokens[k]!.lemma))) { end = k - 1; break; }
    // `…has “expanded the party,” claiming that…`: the comma sits inside the closing mark of a
    // quoted fragment, which stays with the clause it closes.
    if (k > from && commaInsideClosingMark(tokens, k, locale)) { end = k; break; }
  }
  const temporal = temporalWords(locale);
  const sentenceStart = doc.sentences[cue.sentence]?.firstToken ?? from;
  // (Not when the subordinate clause is the attribution itself and the content follows its comma:
  // `As the Post reported, even if…, he would…`.)
  const fronted = frontedSubordinator(tokens, sentenceStart, cue.first, locale.words) >= 0 && !hasComma(tokens, cue.last + 1, from - 1);
  const openingMarks = markSets(locale).opening;
  // A semicolon ends the reported clause: what follows is the writer's.
  for (let k = from; k <= end; k++) {
    if (tokens[k]!.text === ';') { end = k - 1; break; }
    // `polls did predict the caucus - HuffPollster: “…”`: the digest label's quotation is its own.
    if (k >= from && opensDashLabel(tokens, k, end, openingMarks)) { end = k - 1; break; }
    if (cue.frame === 'object' && k > from && endsObject(tokens, k, end, temporal, locale.words)) { end = k - 1; break; }
    // `called China “provocative and expansionist,” accusing it of…`: the same gloss after a comma
    // inside the closing mark of a quoted fragment, which stays with the object.
    if (cue.frame === 'object' && k > from && k + 1 <= end && commaInsideClosingMark(tokens, k, locale) && opensGloss(tokens[k + 1]!, locale.words)) { end = k; break; }
    // `said he did not recall deleting them, but later conceded that…`: a contrasted second past
    // predicate of the cue's subject ends the reported clause.
    if (k > from && k + 1 <= end && tokens[k]!.pos === 'CCONJ' && locale.words.contrastLinks.has(tokens[k]!.lemma) && secondPastPredicate(tokens, cue, k, locale.words)) { end = k - 1; break; }
    // `praised the attempt to close the prison and embraced his argument that…`: a second past
    // predicate of the cue's subject ends the object.
    if (cue.frame === 'object' && k > from && k + 1 <= end && locale.words.additiveCoordinators.has(tokens[k]!.lemma) && secondPastPredicate(tokens, cue, k, locale.words)) { end = k - 1; break; }
    // `While aides insisted that…, the campaign has appeared to…`, `When Trump suggested that…,
    // Rubio fired back: “…”`: the main clause after a fronted subordinate one is the writer's, in
    // the past tense too.
    if (fronted && k > from && tokens[k]!.text === ',' && k + 1 <= end && opensFiniteClause(tokens, k + 1, end, locale.words, AFTER_FRONTED_CLAUSE) && !locale.words.clauseWhWords.has(tokens[k + 1]!.lemma)) { end = k - 1; break; }
    // `When Maddow pointed out that it is “Medicare for all,” Clinton seized…`: the same after a
    // comma inside a closing mark, which stays with the subordinate clause.
    if (fronted && k > from && k + 1 <= end && commaInsideClosingMark(tokens, k, locale) && opensFiniteClause(tokens, k + 1, end, locale.words, AFTER_FRONTED_CLAUSE) && !locale.words.clauseWhWords.has(tokens[k + 1]!.lemma)) { end = k; break; }
    // `…regulations, and Hillary Clinton is promising…`: a new main clause with its own subject.
    if (k > from && tokens[k]!.text === ',' && k + 2 <= end && locale.words.clauseCoordinators.has(tokens[k + 1]!.lemma) && opensFiniteClause(tokens, k + 2, end, locale.words) && !locale.words.clauseWhWords.has(tokens[k + 2]!.lemma)) { end = k - 1; break; }
  }
  end = writersContinuationEnd(tokens, cue, from, end, locale);
  end = writersComparisonEnd(tokens, from, end, locale);
  while (end >= from && CLAUSE_END_TRIM.has(tokens[end]!.text) || end >= from && tokens[end]!.pos === 'SPACE') end--;
  return trailingAppositionEnd(tokens, from, glossEnd(tokens, from, end, locale), locale);
}

/** A closing quotation mark right after a comma (`…party,”`): the comma the mark takes inside. */
function commaInsideClosingMark(tokens: Token[], k: number, locale: Locale): boolean {
  if (!markSets(locale).trailing.has(tokens[k]!.text)) return false;
  if (tokens[k - 1]?.text === ',') return true;
  // `…expansionist,''`: the tokenizer splits the doubled-apostrophe closer of wire copy in two.
  const first = tokens[k - 1];
  return first !== undefined && first.text === "'" && tokens[k]!.text === "'" && first.end === tokens[k]!.start && tokens[k - 2]?.text === ',';
}

/** `…a break because Tapper, Bash and Blitzer had mentioned it`, `…only people such as David and
 *  Charles Koch wanted…`: an `and` between two names joins them into one subject inside the
 *  reported clause; it does not open a clause of the writer's. */
function joinsNames(tokens: Token[], and: number): boolean {
  const before = tokens[and - 1];
  const after = tokens[nonSpaceAtOrAfter(tokens, and + 1)];
  return before !== undefined && after !== undefined && before.pos === 'PROPN' && after.pos === 'PROPN';
}

/** `said the shootings and protests demand that…`, `wrote that the title, history and text of the
 *  law showed…`: the `and` before a later cue's subject joins nouns back to the opening of the
 *  reported clause, so that cue is the clause's own verb, not a new clause. */
function coordinatedSubjectFrom(tokens: Token[], from: number, and: number, words: FunctionWords): boolean {
  const opening = tokens[from] !== undefined && words.declarativeComplementizers.has(tokens[from]!.lemma) ? from + 1 : from;
  const before = tokens[and - 1];
  if (!before) return false;
  // `said he and other leaders are planning…`: a subject pronoun opening the clause coordinates too.
  if (before.pos === 'PRON' && words.personalSubjectPronouns.has(before.lemma) && and - 1 === opening) return true;
  if (!isNoun(before)) return false;
  for (let j = and - 1; j >= opening; j--) {
    const t = tokens[j]!;
    if (and - j > COORDINATED_SUBJECT_REACH) return false;
    if (t.pos === 'SPACE' || t.text === ',' || words.partitivePrepositions.has(t.lemma) || SUBJECT_POS.has(t.pos) && t.pos !== 'AUX' && t.pos !== 'ADV') continue;
    return false;
  }
  return true;
}

/** `…he would back Mr. Cruz, who won Iowa`: a relative clause set off by a comma after a name or
 *  noun at the very end of the content is the writer's gloss, not what was said. (`whose` and
 *  `where` lost on dev.) */
function glossEnd(tokens: Token[], from: number, end: number, locale: Locale): number {
  const words = locale.words;
  const quoteMarks = markSets(locale).unambiguous;
  const longest = Math.max(1, longestMark(quoteMarks));
  let comma = -1;
  for (let k = end; k > from + 2; k--) {
    const t = tokens[k]!;
    if (t.text.length > longest) continue;
    if (t.text === ',' || t.text === ';' || t.text === '—' || quoteMarks.has(t.text)) { comma = t.text === ',' ? k : -1; break; }
  }
  if (comma < 0) return end;
  const rel = tokens[nonSpaceAtOrAfter(tokens, comma + 1)];
  const head = tokens[comma - 1]!;
  if (!rel || !words.glossRelatives.has(rel.lemma) || !isNoun(head)) return end;
  let cut = comma - 1;
  cut = nonSpaceAtOrBefore(tokens, cut, from);
  return cut;
}

/** `…and ranked`: a past-tense verb right after `and`, when the cue itself is in the past. */
function secondPastPredicate(tokens: Token[], cue: Cue, and: number, words: FunctionWords): boolean {
  const next = tokens[and + 1];
  const after = tokens[and + 2];
  // `fumigated and burned`, `unsubstantiated and fabricated`, `perform and competed for`: participles
  // and adjectives joined to a word of their own kind, or a verb with no object of its own, stay.
  if (!next || !after || !NOUN_PHRASE_OPENERS.has(after.pos) || PREDICATE_POS.has(tokens[and - 1]!.pos)) return false;
  return next.pos === 'VERB' && next.text.endsWith(words.endings.past) && tokens[cue.last]!.text.endsWith(words.endings.past);
}

const PREDICATE_POS = new Set(['VERB', 'AUX', 'ADJ', 'ADV']);

/** A word that, after a comma, opens the writer's gloss on an object: `which …`, `VERB-ing …`.
 *  (Not `including`: `criticized the new trade rules, including the tariffs on…` names parts of
 *  the object itself, and PolNeAR keeps them in it.) */
function opensGloss(next: Token, words: FunctionWords): boolean {
  return words.glossRelatives.has(next.lemma) || next.pos === 'VERB' && isProgressiveForm(next, words) && !words.inclusionWords.has(next.text.toLowerCase());
}

/** Where the object of an object-frame cue ends: before `, which …`, `, VERB-ing …` or an adjunct
 *  of the reporting event (`during a campaign stop`). */
function endsObject(tokens: Token[], k: number, end: number, temporal: ReadonlySet<string>, words: FunctionWords): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (t.text === ',' && next && k + 1 <= end && opensGloss(next, words)) return true;
  if (t.pos !== 'ADP') return false;
  // (Not right after a verb: `the financial crisis that occurred during his second term`, `the
  // server Clinton used during her tenure` date that verb's event, inside the object.)
  if (words.eventAdjuncts.has(t.lemma)) return tokens[k - 1]!.pos !== 'VERB';
  // `on Monday`, `in early September`: a time adjunct dates the reporting event.
  for (let n = k + 1; n <= end && n - k <= 3; n++) {
    const u = tokens[n]!;
    if (temporal.has(u.lemma)) return true;
    if (u.pos !== 'DET' && u.pos !== 'ADJ') return false;
  }
  return false;
}

/** What may stand between a clause boundary and a later cue: its subject (`, he added`). */
const SUBJECT_POS = new Set(['PRON', 'PROPN', 'ADV', 'AUX', 'DET', 'NOUN', 'ADJ', 'NUM']);

const SUBJECT_REACH = 10;

/** Tokens of the first conjuncts of a coordinated subject (`the title, history and`). */
const COORDINATED_SUBJECT_REACH = 12;

/** The last content token once the writer's continuation is cut off, or `end` unchanged. */
function writersContinuationEnd(tokens: Token[], cue: Cue, from: number, end: number, locale: Locale): number {
  if (cue.frame === 'raising' || cue.frame === 'to') return infinitiveComplementEnd(tokens, from, end, locale);
  return end;
}

/** `The closures appear to have brought some stability, although some continue to struggle`,
 *  `…wanted the Fed to stop worrying about jobs, because he thought…`: the complement of a raising verb or of
 *  a cue taking an infinitive (`wants to`, `refused to`) is one predicate; a comma or a spaced
 *  dash after it turns to the writer's comment on the event. What continues the predicate stays:
 *  a coordinated or listed word (`, and`, `, unorthodox`), a closing mark, an infinitive, a name
 *  in apposition (`the court pick, Merrick Garland`), or a participle clause (`…, revealing a
 *  tendency to…`), which PolNeAR's annotators read as part of the judgment. Only the first break
 *  decides. On train the cut removes, outside/inside the gold content, 796/128 words after raising
 *  verbs and 1,079/446 after infinitive cues. */
function infinitiveComplementEnd(tokens: Token[], from: number, end: number, locale: Locale): number {
  const quoteMarks = markSets(locale).unambiguous;
  const longest = Math.max(1, longestMark(quoteMarks), longestMark(DASHES));
  for (let k = from + 1; k < end; k++) {
    if (tokens[k]!.text.length > longest) continue;
    // A break after a quotation mark may be inside the quoted words, which stay whole.
    if (quoteMarks.has(tokens[k]!.text)) return end;
    if (!breaksClause(tokens, k)) continue;
    let next = k + 1;
    next = nonSpaceAtOrAfter(tokens, next, end);
    if (next > end) return end;
    if (continuesPredicate(tokens[next]!, locale.words) || tokens[k]!.text === ',' && tokens[next]!.pos === 'PROPN') return end;
    // Quoted words after the break would be left over as a quotation of their own with no cue.
    for (let q = next; q <= end; q++) if (quoteMarks.has(tokens[q]!.text)) return end;
    let cut = k - 1;
    cut = nonSpaceAtOrBefore(tokens, cut, from + 1);
    return cut;
  }
  return end;
}

/** A comma, or a dash standing free (`— perhaps`, ` - and`), not one joining words (`black-tie`). */
function breaksClause(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.text === ',') return true;
  if (!DASHES.has(t.text)) return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return before === undefined || after === undefined || before.end < t.start || t.end < after.start || before.pos === 'SPACE' || after.pos === 'SPACE';
}

function continuesPredicate(next: Token, words: FunctionWords): boolean {
  if (CONTINUING_POS.has(next.pos)) return true;
  // The tagger reads some participles opening such a clause as nouns (`, winnowing the field`).
  return (next.pos === 'VERB' || next.pos === 'NOUN') && isProgressiveForm(next, words);
}
/** After the break: `and`/`or`, an adjective of a list, a closing mark, an infinitive's `to`. */
const CONTINUING_POS = new Set(['CCONJ', 'ADJ', 'PUNCT', 'PART']);

function hasComma(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (tokens[k]!.text === ',') return true;
  return false;
}
