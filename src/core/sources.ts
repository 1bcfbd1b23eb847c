// The mention that names who spoke: the noun phrase before a cue (`Mr Blair said`, `a spokesman for
// Sony said`, `Jane Roe, a professor of economics, said`), after it when inverted (`said Jane Roe`)
// or after `according to`. Walks a bounded number of tokens from the cue, so the stage is linear.
import type { FunctionWords, Locale } from '../locales/locale.js';
import { markSets } from './mark-sets.js';
import type { Document, Token } from './document.js';
import type { Cue } from './cues.js';
import { MISREAD_NAME_POS } from './misread-names.js';
import { linksRatio } from './ratio.js';
import { isPassiveCue } from './passive.js';
import { subjectAfterQuotation, subjectBetweenQuotationAndCue } from './subject-after-quotation.js';
import { adjectiveModifiedSubject } from './adjective-modified-subjects.js';
import { nearestClauseSubject } from './participle-subject.js';
import { APPOSITION_DASHES, phrasePunctuation } from './punctuation.js';
import { nonSpaceAtOrAfter, nonSpaceAtOrBefore } from './non-space-tokens.js';
import { isStatementType } from './cue-type-of-words.js';

/** A source mention as token range and offsets; the span text is exactly what is written. */
export type SourceMention = { first: number; last: number; start: number; end: number };

export type SourceLink = { mention: SourceMention; side: 'before' | 'after' };

const MAX_NP = 14;
const MAX_APPOSITION = 30;
/** Tokens looked back over from a cue for a subject with its apposition or relative clause (`Rich
 *  Heffley, a top operative who played a major role in…, said`). */
const MAX_SUBJECT_APPOSITION = 45;
/** Words skipped between a subject and its verb: `has also said`, `did not say`, `had previously told`. */
const SKIPPABLE = new Set(['ADV', 'AUX', 'PART']);

type Vocabulary = { temporal: Set<string>; titles: Set<string>; addressees: Set<string>; indefinites: Set<string> };
const vocabularyCache = new WeakMap<Locale, Vocabulary>();

function vocabulary(locale: Locale): Vocabulary {
  let v = vocabularyCache.get(locale);
  if (!v) {
    const words = [...(locale.dates?.triggers ?? []), ...(locale.dates?.periodNouns ?? [])].map((w) => w.toLowerCase());
    v = {
      temporal: new Set(words),
      titles: new Set(locale.titles.map((w) => w.toLowerCase().replace(/\.$/, ''))),
      addressees: new Set(locale.entities?.addresseeVerbs ?? []),
      indefinites: new Set(locale.entities?.indefiniteSubjects ?? []),
    };
    vocabularyCache.set(locale, v);
  }
  return v;
}

/** Lower-cased date words of the locale (`friday`, `week`): adjuncts, never a subject or object head. */
export function temporalWords(locale: Locale): ReadonlySet<string> {
  return vocabulary(locale).temporal;
}

function isNominal(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM');
}

/** A noun, or a noun with a postposed adjective (`attorney general of Oklahoma`), ends at token i. */
function endsNominal(tokens: Token[], i: number): boolean {
  return isNominal(tokens[i]) || (tokens[i]?.pos === 'ADJ' && isNominal(tokens[i - 1]));
}

/** An upper-case first letter. Not shared with mentions.ts's isCapitalised on purpose: that one also
 *  counts title-case letters (`ǅ`, `ᾈ`: 31 UTF-16 units), so merging them would change behaviour. */
function isCapitalised(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isCapitalisedName(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'PROPN' && isCapitalised(t);
}

/** Nominal, or a capitalised word the tagger misread inside a name: right before a capitalised
 *  name (`said Josh/VERB Bivens`), right after a title (`Mr Grant/VERB`) or after a capitalised
 *  name (`Olivia Grant/VERB`). Mid-sentence capitals only, except after a title. */
function isNominalAt(tokens: Token[], j: number, locale: Locale): boolean {
  const t = tokens[j];
  if (isNominal(t)) return true;
  if (!t || !MISREAD_NAME_POS.has(t.pos) || !isCapitalised(t) || locale.words.capitalisedPronouns.has(t.lemma)) return false;
  const previous = tokens[j - 1];
  if (previous && previous.end + 1 === t.start && vocabulary(locale).titles.has(previous.lemma.replace(/\.$/, ''))) return true;
  if (!previous || previous.sentence !== t.sentence) return false;
  if (isCapitalisedName(previous) && previous.end + 1 === t.start) return true;
  const next = tokens[j + 1];
  return next !== undefined && isCapitalisedName(next) && next.start === t.end + 1;
}

/** The head of a subject right before a cue: a nominal, or a capitalised word the tagger read as a
 *  verb or adjective (`Grant said`, `Rich said`). A finite verb does not stand right before a
 *  speech verb, so the capital marks a name. */
function isSubjectHead(tokens: Token[], head: number, cue: Cue | undefined, locale: Locale): boolean {
  const h = tokens[head]!;
  if (isNominalAt(tokens, head, locale)) return true;
  if (!cue || !MISREAD_NAME_POS.has(h.pos) || !isCapitalised(h) || locale.words.capitalisedPronouns.has(h.lemma)) return false;
  for (let k = head + 1; k < cue.verb; k++) if (tokens[k]!.pos !== 'SPACE' && !SKIPPABLE.has(tokens[k]!.pos)) return false;
  return true;
}

/** `Jason Chaffetz (R-Utah)`: the index of the `(` of a short parenthetical ending at token k, or -1. */
function parentheticalOpening(tokens: Token[], k: number, floor: number): number {
  if (tokens[k]?.text !== ')') return -1;
  for (let j = k - 1; j >= floor && k - j <= 8; j--) {
    const t = tokens[j]!;
    if (t.text === '(') return j;
    if (t.text === ')' || t.text === ',' || t.pos === 'VERB') return -1;
  }
  return -1;
}

function isPossessiveMarker(t: Token, words: FunctionWords): boolean {
  return words.possessiveMarkers.has(t.text.toLowerCase());
}

/** `Holtz-Eakin`: wink-nlp splits hyphenated names; a hyphen with no space either side joins them. */
function isInnerHyphen(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  return (t.text === '-' || t.text === '‐') && before !== undefined && after !== undefined && before.end === t.start && after.start === t.end;
}

/** A part of a word written with inner hyphens (`conservative-leaning`, `43-year-old`). */
function inCompound(tokens: Token[], j: number): boolean {
  return (j > 0 && isInnerHyphen(tokens, j - 1)) || (j + 1 < tokens.length && isInnerHyphen(tokens, j + 1));
}

function mention(tokens: Token[], first: number, last: number): SourceMention {
  return { first, last, start: tokens[first]!.start, end: tokens[last]!.end };
}

/** An indefinite word (`some`, `another`, `one`) not determining a noun after it. */
function isLoneIndefinite(tokens: Token[], k: number, locale: Locale): boolean {
  const t = tokens[k]!;
  if (!vocabulary(locale).indefinites.has(t.text.toLowerCase()) || (t.pos !== 'DET' && t.pos !== 'PRON' && t.pos !== 'NUM' && t.pos !== 'ADJ')) return false;
  const next = tokens[k + 1];
  return next === undefined || !(next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NUM');
}

/** The noun phrase ending at token `head`, extended left no further than `floor`. */
export function phraseEndingAt(doc: Document, head: number, floor: number, locale: Locale, cue?: Cue): SourceMention | null {
  const { tokens } = doc;
  const h = tokens[head];
  if (!h) return null;
  const paren = parentheticalOpening(tokens, head, floor);
  if (paren > floor) {
    const named = phraseEndingAt(doc, paren - 1, floor, locale);
    return named && named.last === paren - 1 && tokens[named.first]!.pos !== 'PRON' ? mention(tokens, named.first, head) : null;
  }
  // `Some chanted`, `Yet another said`: an indefinite word standing alone is the subject.
  if (isLoneIndefinite(tokens, head, locale)) return mention(tokens, head, head);
  // `Cruz himself said`: the reflexive stresses the name before it, which it joins.
  if (h.pos === 'PRON' && locale.words.intensiveReflexives.has(h.text.toLowerCase()) && head - 1 >= floor && isNominal(tokens[head - 1])) {
    const named = phraseEndingAt(doc, head - 1, floor, locale);
    return named ? mention(tokens, named.first, head) : null;
  }
  // `water bottles that said, “…”`: a relative pronoun before a cue that opens a quotation is the
  // subject of the words quoted (elsewhere `that` is mostly a complementizer or a demonstrative).
  if (h.pos === 'PRON') return locale.words.sourcePronouns.has(h.lemma) || (cue !== undefined && locale.words.subjectRelatives.has(h.lemma) && quotationFollows(tokens, cue, locale)) ? mention(tokens, head, head) : null;
  // `42% say`: a share written with a percent sign is the subject (a poll's respondents).
  if (h.text === '%' && head - 1 >= floor && tokens[head - 1]!.pos === 'NUM' && tokens[head - 1]!.end === h.start) return mention(tokens, head - 1, head);
  // `those surveyed say`, `those polled said`: a determiner and a past participle standing for
  // the people it describes, right before the cue.
  if (cue && h.pos === 'VERB' && locale.words.endings.modifierParticiple.test(h.text) && head - 1 >= floor && tokens[head - 1]!.pos === 'DET' && locale.words.demonstratives.has(tokens[head - 1]!.lemma) && startsClause(tokens, head - 1, floor)) return mention(tokens, head - 1, head);
  // `The self-described democratic socialist/ADJ said`: an adjective after a determiner, right
  // before the cue, is a noun the tagger misread.
  // Not before a passive (`The same could not be said`), whose subject is no speaker.
  const nominalised = cue !== undefined && h.pos === 'ADJ' && opensWithDeterminer(tokens, head, floor) && !isPassiveCue(tokens, cue.first, cue.verb, locale.words);
  // `Ivana Trump's brief/ADJ said`: the word after a possessive marker heads a noun phrase.
  // `Cruz’s thinking/VERB said`: a gerund after one heads it too.
  const afterPossessive = (h.pos === 'ADJ' || (h.pos === 'VERB' && locale.words.endings.gerund.test(h.text))) && head - 1 >= floor && isPossessiveMarker(tokens[head - 1]!, locale.words);
  // `the 43-year-old said`: a hyphenated word stands as the head whatever its last part's tag.
  if (!isSubjectHead(tokens, head, cue, locale) && !(h.pos === 'ADJ' && inCompound(tokens, head)) && !afterPossessive && !nominalised) return null;
  if (vocabulary(locale).temporal.has(h.lemma)) return null;
  const temporal = vocabulary(locale).temporal;
  let first = head;
  for (let j = head - 1; j >= floor && head - j < MAX_NP; j--) {
    const t = tokens[j]!;
    if (temporal.has(t.lemma) && !inCompound(tokens, j)) break;
    if (isNominalAt(tokens, j, locale) || t.pos === 'ADJ' || isPossessiveMarker(t, locale.words) || locale.words.possessivePronouns.has(t.lemma) || isInnerHyphen(tokens, j) || inCompound(tokens, j)) { first = j; continue; }
    if (t.pos === 'DET') {
      first = j;
      const link = tokens[j - 1];
      if (link && j - 1 >= floor && locale.words.nameLinkPrepositions.has(link.lemma) && endsNominal(tokens, j - 2)) { first = j - 2; j -= 2; continue; }
      break;
    }
    if (locale.words.nameLinkPrepositions.has(t.lemma) && endsNominal(tokens, j - 1) && j - 1 >= floor) { first = j - 1; j--; continue; }
    // `Marcia “Cia” Price said`: a quoted nickname inside a name.
    if (j - 3 >= floor && inQuotedNickname(tokens, j)) { first = j - 3; j -= 3; continue; }
    // `nine in 10 said`: the share as a whole.
    if (linksRatio(tokens, j) && j - 1 >= floor) { first = j - 1; j--; continue; }
    if ((locale.words.additiveCoordinators.has(t.lemma) || t.text === '&') && tokens[first]!.pos === 'PROPN' && tokens[j - 1]?.pos === 'PROPN') { first = j - 1; j--; continue; }
    break;
  }
  // A phrase never starts with a dangling link word or possessive marker.
  while (first < head && (locale.words.nameLinkPrepositions.has(tokens[first]!.lemma) || isPossessiveMarker(tokens[first]!, locale.words))) first++;
  return mention(tokens, first, head);
}

/** Whether a quotation opens right after the cue (a comma or colon between allowed). */
function quotationFollows(tokens: Token[], cue: Cue, locale: Locale): boolean {
  let k = cue.last + 1;
  while (tokens[k] !== undefined && (tokens[k]!.pos === 'SPACE' || tokens[k]!.text === ',' || tokens[k]!.text === ':')) k++;
  return tokens[k] !== undefined && markSets(locale).opening.has(tokens[k]!.text);
}

/** Tokens before `head` (adjectives and hyphenated modifiers, at most four words) go back to a
 *  determiner that opens its clause. */
function opensWithDeterminer(tokens: Token[], head: number, floor: number): boolean {
  for (let j = head - 1; j >= floor && head - j <= 8; j--) {
    const t = tokens[j]!;
    if (t.pos === 'DET') return startsClause(tokens, j, floor);
    if (!(t.pos === 'ADJ' || inCompound(tokens, j) || isInnerHyphen(tokens, j))) return false;
  }
  return false;
}

/** Last token of a word written with inner hyphens starting at token j (`46-year-old`), or j. */
function compoundEnd(tokens: Token[], j: number, ceiling: number): number {
  let k = j;
  while (k + 2 <= ceiling && isInnerHyphen(tokens, k + 1) && tokens[k + 2]!.pos !== 'PUNCT') k += 2;
  return k;
}

/** The noun phrase starting at token `from`, extended right no further than `ceiling`. Right after
 *  an inverted cue (`nameFirst`), a capitalised first word is a name whatever its tag (`said
 *  Concord/VERB resident Whit Symms`, `said Skelly/VERB`). */
export function phraseStartingAt(doc: Document, from: number, ceiling: number, locale: Locale, nameFirst = false): SourceMention | null {
  const { tokens } = doc;
  const t0 = tokens[from];
  if (!t0 || from > ceiling) return null;
  if (t0.pos === 'PRON' && locale.words.sourcePronouns.has(t0.lemma)) return mention(tokens, from, from);
  // `read one.`, `said another`: an indefinite word closing the clause.
  if (isLoneIndefinite(tokens, from, locale) && (from + 1 > ceiling || tokens[from + 1]!.pos === 'PUNCT')) return mention(tokens, from, from);
  const temporal = vocabulary(locale).temporal;
  // `said Sunday in Madison`: a phrase led by a date word is an adjunct.
  if (temporal.has(t0.lemma)) return null;
  let last = -1;
  let seenHead = false;
  /** The phrase ends in a hyphenated word (`the 46-year-old`), a head whatever its last part. */
  let compoundHead = -1;
  for (let j = from; j <= ceiling && j - from < MAX_NP; j++) {
    const t = tokens[j]!;
    if (temporal.has(t.lemma) && seenHead) break;
    const compound = compoundEnd(tokens, j, ceiling);
    if (compound > j && tokens[compound]!.pos !== 'NUM' && (t.pos === 'NUM' || isNominalAt(tokens, j, locale) || t.pos === 'ADJ')) {
      last = compound; seenHead = true; compoundHead = compound; j = compound; continue;
    }
    if (isNominalAt(tokens, j, locale) || (nameFirst && j === from && MISREAD_NAME_POS.has(t.pos) && isCapitalised(t) && !locale.words.capitalisedPronouns.has(t.lemma))) {
      last = j; seenHead = true; continue;
    }
    if (seenHead && isInnerHyphen(tokens, j)) continue;
    // `said one unaligned/VERB Florida strategist`, `said the printed/VERB slate card`: a participle
    // between a determiner or number and a noun modifies the noun.
    if (t.pos === 'VERB' && j > from && j < ceiling && locale.words.endings.modifierParticiple.test(t.text) && (tokens[j - 1]!.pos === 'DET' || tokens[j - 1]!.pos === 'NUM') && (isNominal(tokens[j + 1]) || tokens[j + 1]!.pos === 'ADJ')) { last = j; continue; }
    // `Kerpen needled/ADJ the CNN reporter`: a misread past tense after the head is the clause's
    // verb, not a modifier of the phrase.
    if (seenHead && isMisreadPastTense(tokens, j, locale.words)) break;
    // `said another.`: a determiner standing alone is the whole phrase.
    if (t.pos === 'DET' && !seenHead && tokens[j + 1]?.pos === 'PUNCT' && j === from) { last = j; seenHead = true; compoundHead = j; continue; }
    if (t.pos === 'DET' || t.pos === 'ADJ' || locale.words.possessivePronouns.has(t.lemma) || (isPossessiveMarker(t, locale.words) && seenHead)) { last = j; continue; }
    // `the famously gruff senator`: an adverb grading an adjective after the determiner.
    if (t.pos === 'ADV' && !seenHead && j > from && tokens[j - 1]!.pos === 'DET' && tokens[j + 1]?.pos === 'ADJ' && j + 1 <= ceiling) continue;
    if (seenHead && (locale.words.nameLinkPrepositions.has(t.lemma) || locale.words.additiveCoordinators.has(t.lemma)) && j + 1 <= ceiling) {
      const n = tokens[j + 1]!;
      if (isNominal(n) || n.pos === 'DET' || n.pos === 'ADJ') continue;
    }
    break;
  }
  if (!seenHead || last < from) return null;
  while (last > from && last !== compoundHead && !isNominalAt(tokens, last, locale) && !(nameFirst && last === from)) last--;
  // `said Friday`, `said 2010`: a date or a number after the verb is an adjunct, never its subject.
  if (last !== compoundHead && (temporal.has(tokens[last]!.lemma) || tokens[last]!.pos === 'NUM')) return null;
  return mention(tokens, from, last);
}

/** Whether a phrase starting at token `first` opens its clause (sentence start, after a comma, a
 *  quotation or a conjunction), rather than being the object of a preposition or a verb. */
export function startsClause(tokens: Token[], first: number, floor: number): boolean {
  let k = first - 1;
  k = nonSpaceAtOrBefore(tokens, k, floor);
  if (k < floor) return true;
  const t = tokens[k]!;
  return t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || (t.pos === 'ADV' && k === floor);
}

/** `As Jane Roe, a law professor, put it`: a subordinator opening its clause stands right before
 *  the name at token `first`, which is then the subject of that clause, not an object. */
function opensSubordinateClause(tokens: Token[], first: number, floor: number, locale: Locale): boolean {
  let k = first - 1;
  k = nonSpaceAtOrBefore(tokens, k, floor);
  // Only a name: `As a part of his plea, Lazar said` opens with an adjunct, not a subject.
  return tokens[first]!.pos === 'PROPN' && k >= floor && locale.words.subordinators.has(tokens[k]!.lemma) && startsClause(tokens, k, floor);
}

function skipBack(tokens: Token[], k: number, floor: number, words: FunctionWords): number {
  while (k >= floor && (tokens[k]!.pos === 'SPACE' || (SKIPPABLE.has(tokens[k]!.pos) && !isPossessiveMarker(tokens[k]!, words) && !words.declarativeComplementizers.has(tokens[k]!.lemma)))) k--;
  return k;
}

/** Whether token k closes a nickname quoted inside a name (`Marcia “Cia” Price`): a name, an
 *  opening mark, one capitalised name word, this closing mark, and the name going on. */
function inQuotedNickname(tokens: Token[], k: number): boolean {
  const close = tokens[k];
  const after = tokens[k + 1];
  const nickname = tokens[k - 1];
  const open = tokens[k - 2];
  const before = tokens[k - 3];
  if (!close || !after || !nickname || !open || !before) return false;
  return NICKNAME_MARKS.has(close.text) && NICKNAME_MARKS.has(open.text) && nickname.pos === 'PROPN' && isCapitalised(nickname)
    && before.pos === 'PROPN' && after.pos === 'PROPN' && open.end === nickname.start && nickname.end === close.start;
}

/** Quotation marks that set off a nickname inside a name. */
const NICKNAME_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);

/** Tokens of a date or prepositional adjunct skipped between a subject and its cue (`in 2010`). */
const MAX_ADJUNCT = 6;

/** `Trump on Tuesday said`, `McConnell, who in 2010 said`, `Clinton last week said`: a date
 *  adjunct ending at token k is skipped; returns the token before it, or k when there is none. */
function beforeDateAdjunct(tokens: Token[], k: number, floor: number, locale: Locale): number {
  const t = tokens[k];
  if (!t || !(vocabulary(locale).temporal.has(t.lemma) || t.pos === 'NUM')) return k;
  let j = k;
  let dated = vocabulary(locale).temporal.has(t.lemma);
  while (j - 1 >= floor && k - j < MAX_ADJUNCT) {
    const p = tokens[j - 1]!;
    if (p.pos === 'DET' || p.pos === 'ADJ' || p.pos === 'NUM' || p.pos === 'SPACE' || vocabulary(locale).temporal.has(p.lemma)) {
      if (vocabulary(locale).temporal.has(p.lemma)) dated = true;
      j--;
      continue;
    }
    // `nine in 10 said`: a poll share, not `in 2010`.
    if (p.pos === 'ADP' && !dated && linksRatio(tokens, j - 1)) return k;
    if (p.pos === 'ADP') { j--; dated = true; }
    break;
  }
  // `the two write`: a bare number with no date word nor preposition is the subject itself.
  if (!dated) return k;
  return skipBack(tokens, j - 1, floor, locale.words);
}

/** Whether a token may open a parenthetical other than an apposition between a subject and its
 *  cue: a relative clause (`The complaint, which was filed Friday, alleged`), a participle
 *  (`An official, speaking on condition of anonymity, said`) or a prepositional phrase
 *  (`Sullivan, in an attempt to…, wrote`). */
function opensInterjection(t: Token, words: FunctionWords): boolean {
  if (words.nonRestrictiveOpeners.has(t.lemma)) return true;
  // `Ted Cruz, when asked what was wrong, responded`: a subordinate clause.
  if (t.pos === 'ADP' || ((t.pos === 'SCONJ' || t.pos === 'ADV') && words.subordinators.has(t.lemma))) return true;
  return t.pos === 'VERB' && words.endings.parentheticalParticiple.test(t.text);
}

/** Whether a token may open an apposition after `Name,`. */
function fitsApposition(t: Token, words: FunctionWords): boolean {
  // `Hicks, his campaign spokeswoman, added`: a possessive opens an apposition too.
  return t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || words.personRelatives.has(t.lemma) || words.possessivePronouns.has(t.lemma);
}

/** `Jason Sims — a teacher from Mount Pleasant — says`: the name before an apposition between
 *  dashes, the closing dash at token `close`; the whole subject as written, or null. */
function dashedSubject(doc: Document, close: number, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  for (let j = close - 1; j >= floor && close - j <= MAX_APPOSITION; j--) {
    const a = tokens[j]!;
    if (APPOSITION_DASHES.has(a.text)) {
      if (j === close - 1 || !fitsApposition(tokens[j + 1]!, locale.words)) return null;
      const named = phraseEndingAt(doc, j - 1, floor, locale);
      return named && named.last === j - 1 && startsClause(tokens, named.first, floor) ? mention(tokens, named.first, close) : null;
    }
    if (a.pos === 'PUNCT' && !phrasePunctuation(locale.apostrophes).has(a.text)) return null;
  }
  return null;
}

/** Tokens a title quoted inside a subject's apposition may run, marks included. */
const MAX_QUOTED_TITLE = 10;

/** `Amar, author of ''America's Unwritten Constitution,'' put it`: the comma kept inside the closing
 *  marks of a quoted title ending the apposition, when token k is such a mark; k otherwise. */
function commaInsideClosingMarks(tokens: Token[], k: number, floor: number, locale: Locale): number {
  const marks = markSets(locale).any;
  let j = k;
  while (j >= floor && marks.has(tokens[j]?.text ?? '')) j--;
  return j < k && j >= floor && tokens[j]!.text === ',' && quotedTitleOpening(tokens, k, floor, locale) >= 0 ? j : k;
}

/** The first opening mark of a short title quoted inside a phrase (`of ''America's Unwritten
 *  Constitution,''`, `and “Ted Cruz” campaign pins`) whose closing marks end at token j, or -1.
 *  A word stands before the opening mark, so the quotation is not a statement opening its clause. */
function quotedTitleOpening(tokens: Token[], j: number, floor: number, locale: Locale): number {
  const marks = markSets(locale).any;
  if (!marks.has(tokens[j]?.text ?? '')) return -1;
  let close = j;
  while (close - 1 >= floor && marks.has(tokens[close - 1]!.text)) close--;
  for (let o = close - 1; o >= floor && j - o <= MAX_QUOTED_TITLE; o--) {
    if (!marks.has(tokens[o]!.text)) continue;
    while (o - 1 >= floor && marks.has(tokens[o - 1]!.text)) o--;
    const before = tokens[o - 1];
    return before !== undefined && o - 1 >= floor && before.pos !== 'PUNCT' && before.pos !== 'SPACE' && o + 1 < close ? o : -1;
  }
  return -1;
}

/** The subject before a cue; looks past appositions set off by commas (`Jane Roe, a professor…, said`). */
export function sourceBefore(doc: Document, cue: Cue, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  const dated = skipBack(tokens, cue.first - 1, floor, locale.words);
  /** The last token of the subject as written: the closing marks after a comma kept inside them. */
  const written = beforeDateAdjunct(tokens, dated, floor, locale);
  const k = commaInsideClosingMarks(tokens, written, floor, locale);
  if (k < floor) return null;
  const t = tokens[k]!;
  if (t.text === ',' && (tokens[k - 1]?.pos === 'ADV' || tokens[k - 1]?.pos === 'SCONJ') && tokens[k - 2]?.text === ',' && k - 3 >= floor) {
    // `Trump, however, said`, `Murphy, though, said`: a parenthetical adverb between commas.
    return phraseEndingAt(doc, k - 3, floor, locale);
  }
  if (APPOSITION_DASHES.has(t.text)) return dashedSubject(doc, k, floor, locale);
  if (t.text === ',') {
    // Each comma going back may open an apposition; the outermost name that opens its clause is the
    // subject: `Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said`.
    let innermost = -1;
    let subject: SourceMention | null = null;
    for (let j = k - 1; j >= floor && k - j <= MAX_SUBJECT_APPOSITION; j--) {
      const a = tokens[j]!;
      // `Bill Eastland, wearing “Ted Cruz” campaign pins, said`: a title quoted inside the apposition.
      // Not once a subject is found: a quotation before it is the statement it attributes.
      const quoted = subject === null ? quotedTitleOpening(tokens, j, floor, locale) : -1;
      if (quoted >= 0) { j = quoted; continue; }
      if (a.pos === 'PUNCT' && !phrasePunctuation(locale.apostrophes).has(a.text) && !inQuotedNickname(tokens, j) && !inQuotedNickname(tokens, j + 2)) break;
      if (a.text !== ',') continue;
      // `the spokesman, Josh/VERB Earnest, said`: a name the tagger misread opens an apposition too.
      const apposition = fitsApposition(tokens[j + 1]!, locale.words) || isNominalAt(tokens, j + 1, locale);
      if (!apposition && !opensInterjection(tokens[j + 1]!, locale.words)) break;
      if (apposition && innermost < 0) innermost = j;
      const head = tokens[j - 1];
      // `Stephens, who, after trading insults…, said`: a relative pronoun before a parenthetical is
      // the subject, standing alone as it does right before a cue.
      if (!apposition && innermost < 0 && head !== undefined && j - 1 >= floor && head.pos === 'PRON' && locale.words.subjectRelatives.has(head.lemma)) return mention(tokens, j - 1, j - 1);
      // `Oliver Hedge/VERB, who…, said`: so does a misread name ending the subject.
      const headFits = head !== undefined && j - 1 >= floor && (head.pos === 'PROPN' || head.pos === 'NOUN' || head.text === ')' || isNominalAt(tokens, j - 1, locale));
      const named = headFits ? phraseEndingAt(doc, j - 1, floor, locale) : null;
      // PolNeAR's source is the whole subject as written, apposition and closing comma included:
      // `Brian Fallon, the campaign’s press secretary, said`.
      if (named && (startsClause(tokens, named.first, floor) || opensSubordinateClause(tokens, named.first, floor, locale))) subject = mention(tokens, named.first, Math.max(k, written));
    }
    if (subject) return subject;
    if (innermost < 0) return null;
    // `After winning Ohio in the primary, Gov. John Kasich (R-OH), said`: the phrase before the
    // first comma is an adjunct, so the subject is what stands between the commas.
    const between = phraseEndingAt(doc, k - 1, innermost + 1, locale);
    return between && between.first === innermost + 1 ? between : null;
  }
  const modified = k < dated ? participleModified(doc, k, dated, floor, locale) : null;
  if (modified) return modified;
  const postposed = k === dated ? adjectiveModifiedSubject(doc, k, floor, locale) : null;
  if (postposed) return postposed;
  const named = phraseEndingAt(doc, k, floor, locale, cue);
  // `Trump’s claim`: a possessor owning the cue is its whole source.
  const owned = isPossessiveMarker(tokens[cue.first]!, locale.words);
  return named && !owned && !startsClause(tokens, named.first, floor) ? subjectBeforeModifier(doc, named, floor, locale) ?? named : named;
}

/** `A campaign ad released Thursday accuses`, `a report issued last year found`: a past participle
 *  at token k, followed by the date adjunct ending at token `dated`, modifies the noun phrase before
 *  it, which opens its clause; the subject as written, participle and date included, or null. */
function participleModified(doc: Document, k: number, dated: number, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  const participle = tokens[k]!;
  if (participle.pos !== 'VERB' || !locale.words.endings.modifierParticiple.test(participle.text) || k - 1 < floor) return null;
  const named = phraseEndingAt(doc, k - 1, floor, locale);
  if (!named || named.last !== k - 1 || tokens[named.last]!.pos === 'PRON' || !startsClause(tokens, named.first, floor)) return null;
  return mention(tokens, named.first, dated);
}

/** `Another source speaking to Fox News said`, `an official who spoke anonymously to discuss
 *  strategy said`: the phrase before the cue is an object inside a participle or relative clause
 *  that modifies the subject; the subject as it opens its clause, or null when none does. */
function subjectBeforeModifier(doc: Document, object: SourceMention, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  let before = object.first - 1;
  before = nonSpaceAtOrBefore(tokens, before, floor + 1);
  // Only an object stands there: of a preposition (`speaking to Fox News`) or of an infinitive
  // (`to discuss strategy`); after a finite verb or a participle it may open a clause of its own
  // (`footage showing officials praised…`).
  const governor = tokens[before];
  const infinitive = governor?.pos === 'VERB' && tokens[before - 1] !== undefined && locale.words.infinitiveMarkers.has(tokens[before - 1]!.lemma);
  if (!governor || !(governor.pos === 'ADP' || infinitive) || locale.words.complementizers.has(governor.lemma) || locale.words.subordinators.has(governor.lemma)) return null;
  const lowest = Math.max(floor + 1, object.first - MAX_MODIFIER);
  for (let j = before; j >= lowest; j--) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'AUX') return null;
    const opens = (t.pos === 'PRON' && locale.words.subjectRelatives.has(t.lemma)) || (t.pos === 'VERB' && locale.words.endings.objectModifier.test(t.text));
    if (!opens) continue;
    const subject = phraseEndingAt(doc, j - 1, floor, locale);
    if (subject && subject.last === j - 1 && tokens[subject.last]!.pos !== 'PRON' && startsClause(tokens, subject.first, floor)) return subject;
  }
  return null;
}

/** Tokens a participle or relative clause between a subject and its cue may span. */
const MAX_MODIFIER = 10;

/** The subject after an inverted cue (`said Jane Roe`, `says the report`) or after `according to`. */
export function sourceAfter(doc: Document, cue: Cue, ceiling: number, locale: Locale): SourceMention | null {
  return phraseStartingAt(doc, cue.last + 1, ceiling, locale, true);
}

/** `said Josh Bivens, research director of the Economic Policy Institute.`: an inverted source
 *  takes in its apposition, up to the sentence end or the clause that follows it. Left as it is
 *  when no clear end comes within a bounded number of tokens. */
function withApposition(doc: Document, named: SourceMention, ceiling: number, words: FunctionWords): SourceMention {
  const { tokens } = doc;
  let comma = named.last + 1;
  // `said Rep. Jim Clyburn (D-S.C.), the assistant leader…`: the party tag stays with the name.
  if (tokens[comma]?.text === '(') {
    let close = comma + 1;
    while (close <= ceiling && close - comma <= 8 && tokens[close]!.text !== ')') close++;
    if (close > ceiling || tokens[close]!.text !== ')') return named;
    named = mention(tokens, named.first, close);
    comma = close + 1;
  }
  if (tokens[comma]?.text !== ',' || comma + 1 > ceiling) return named;
  if (!opensApposition(tokens[comma + 1]!, words)) return named;
  let last = comma;
  for (let j = comma + 1; j <= ceiling && j - comma <= MAX_APPOSITION; j++) {
    const t = tokens[j]!;
    if (t.pos === 'SPACE') continue;
    if (t.text === ',') {
      const next = tokens[j + 1];
      if (!next || j + 1 > ceiling || !opensApposition(next, words)) return mention(tokens, named.first, last);
      continue;
    }
    if (t.pos === 'PUNCT' && !APPOSITION_PUNCT.has(t.text)) return mention(tokens, named.first, last);
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (!(tokens[j - 1]!.pos === 'PRON' && words.subjectRelatives.has(tokens[j - 1]!.lemma)) && t.pos === 'AUX') return named;
    }
    last = j;
    if (j === ceiling) return mention(tokens, named.first, last);
  }
  return named;
}

/** `according to John Roe, a lawyer based in Ohio, the…`: an apposition after `named` that a comma
 *  closes, with no verb in it right after a name or pronoun (`Facebook, Trump generated…`). */
function closedApposition(tokens: Token[], named: SourceMention, full: SourceMention): boolean {
  if (full.last === named.last) return true;
  if (tokens[full.last + 1]?.text !== ',') return false;
  for (let k = named.last + 2; k <= full.last; k++) {
    if (tokens[k]!.pos === 'VERB' && (tokens[k - 1]!.pos === 'PROPN' || tokens[k - 1]!.pos === 'PRON')) return false;
  }
  return true;
}

/** Punctuation inside an apposition: `(D-Md.)`, `Holtz-Eakin`, `Ft. Worth`. */
const APPOSITION_PUNCT = new Set(['(', ')', '-', '‐', '&', '’s', "'s", '’', "'"]);

function opensApposition(t: Token, words: FunctionWords): boolean {
  if (words.clauseAfterApposition.has(t.lemma)) return false;
  return t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || words.possessivePronouns.has(t.lemma);
}

/** `“…,” said a person close to the Clintons.`, `tweeted a user from Hanover going by…`, `said an
 *  owner of a shop that sells…`: after a quotation, words that go on modifying an inverted subject. */
function modifiesInverted(t: Token, words: FunctionWords): boolean {
  return t.pos === 'ADJ' || t.pos === 'ADP' || (t.pos === 'VERB' && words.endings.invertedModifier.test(t.text)) || (t.pos === 'PRON' && words.subjectRelatives.has(t.lemma));
}

/** `said a prominent committee member who supports Trump, asking…`: an inverted subject with its
 *  relative clause, up to the comma or full stop that ends it; null when none comes soon. */
function throughRelativeClause(doc: Document, named: SourceMention, ceiling: number): SourceMention | null {
  const { tokens } = doc;
  for (let j = named.last + 2; j <= ceiling && j - named.last <= MAX_APPOSITION; j++) {
    const t = tokens[j]!;
    if (t.text === ',' || t.text === '.' || j === ceiling) {
      let last = t.pos === 'PUNCT' ? j - 1 : j;
      last = nonSpaceAtOrBefore(tokens, last, named.last + 1);
      return mention(tokens, named.first, last);
    }
    if (t.pos === 'PUNCT' && !APPOSITION_PUNCT.has(t.text)) return null;
  }
  return null;
}

/** Whether the words before a cue end a clause or a quotation, so the subject may follow the verb.
 *  Never after a verb whose object is its addressee (`, told investors`). */
function invertible(tokens: Token[], cue: Cue, floor: number, locale: Locale): boolean {
  if (vocabulary(locale).addressees.has(cue.lemma)) return false;
  const k = skipBack(tokens, cue.first - 1, floor, locale.words);
  if (k < floor) return true;
  const t = tokens[k]!;
  return t.pos === 'PUNCT';
}

/** Whether a quotation closes right before the cue (a comma or dash between them allowed). */
function followsQuotation(tokens: Token[], cue: Cue, floor: number, locale: Locale): boolean {
  let k = cue.first - 1;
  while (k >= floor && (tokens[k]!.pos === 'SPACE' || tokens[k]!.text === ',' || tokens[k]!.text === '—' || tokens[k]!.text === '–')) k--;
  return k < floor || markSets(locale).trailing.has(tokens[k]!.text);
}

/** Away from a quotation, an inverted subject sits in a parenthetical that ends at a comma or the
 *  sentence end (`The plan, said Roe, is dead`); `Keller, who…, described the crowds as “calm”`
 *  has the object after the verb, and the subject before it. */
function closesInterjection(following: Token | undefined): boolean {
  return following === undefined || following.text === ',' || following.text === '.' || following.text === ';' || following.text === ')' || following.pos === 'SPACE';
}

/** The lower-case first word of a sentence: wink-nlp ended the previous one too early, after an
 *  abbreviation (`Rep. John Mica (R-Fla.) said.`). */
function continuesPrevious(doc: Document, s: number): boolean {
  const sentence = doc.sentences[s];
  const previous = doc.sentences[s - 1];
  if (!sentence || !previous || previous.paragraph !== sentence.paragraph) return false;
  let k = sentence.firstToken;
  k = nonSpaceAtOrAfter(doc.tokens, k, sentence.lastToken - 1);
  const c = doc.tokens[k]!.text[0]!;
  return c !== c.toUpperCase();
}

/** How far a cue's sentence reaches, across the early sentence ends wink-nlp makes after
 *  abbreviations (at most two either way). */
function clauseBounds(doc: Document, cue: Cue): { floor: number; ceiling: number } {
  const s = cue.sentence;
  const sentence = doc.sentences[s];
  if (!sentence) return { floor: 0, ceiling: doc.tokens.length - 1 };
  let first = s;
  while (first > s - 2 && continuesPrevious(doc, first)) first--;
  let last = s;
  while (last < s + 2 && continuesPrevious(doc, last + 1)) last++;
  return { floor: doc.sentences[first]!.firstToken, ceiling: doc.sentences[last]!.lastToken };
}

function isParticiple(tokens: Token[], cue: Cue, words: FunctionWords): boolean {
  const verb = tokens[cue.verb]!;
  // (ADJ: the tagger's reading of `promising to…`, which the cue stage took as the verb.)
  return (verb.pos === 'VERB' || verb.pos === 'ADJ') && verb.text.toLowerCase().endsWith(words.endings.progressive);
}

/** `…, saying`, `after saying`, `laughed and said`: a cue with no subject of its own, which shares
 *  the subject of the clause it hangs on. */
function sharesSubject(doc: Document, cue: Cue, floor: number, locale: Locale): boolean {
  const { tokens } = doc;
  const k = skipBack(tokens, cue.first - 1, floor, locale.words);
  if (k < floor) return false;
  const t = tokens[k]!;
  if (t.pos === 'CCONJ') return locale.words.predicateCoordinators.has(t.lemma);
  // `used blunt language to denounce`: an infinitive's subject is the main clause's.
  if (tokens[cue.first - 1] !== undefined && locale.words.infinitiveMarkers.has(tokens[cue.first - 1]!.lemma) && tokens[cue.first - 1]!.pos === 'PART') return true;
  // `both oppose a formula called the “chained CPI”`, `launched an ad titled, “Scam”`: a naming
  // participle after a thing is a reduced relative; PolNeAR gives the name to the clause's subject.
  if (cue.first === cue.verb && cue.last === cue.verb && t.pos === 'NOUN' && locale.words.namingParticiples.has(tokens[cue.verb]!.text.toLowerCase()) && namesNext(tokens, cue.last + 1, markSets(locale).opening)) return true;
  if (!isParticiple(tokens, cue, locale.words)) return false;
  // `Sanders, celebrating a victory, is pledging`: after a comma, a participle with its own
  // auxiliary is the finite verb whose subject precedes the parenthetical.
  if (t.text === ',' && tokens[cue.first]!.pos === 'AUX') return false;
  // `needled the CNN “reporter,” saying`: the comma before a closing quotation mark.
  const afterComma = t.text === ',' || (markSets(locale).trailing.has(t.text) && tokens[k - 1]?.text === ',');
  if (afterComma || t.pos === 'ADP' || t.pos === 'SCONJ') return true;
  // `issued a statement saying`, `emailed supporters saying`: the participle follows the object of
  // the main verb, and PolNeAR gives the statement to the main clause's subject.
  // `released a statement Wednesday saying`: a date between the object and the participle.
  const object = phraseEndingAt(doc, beforeDateAdjunct(tokens, k, floor, locale), floor, locale);
  // `footage of Hillary Clinton asking`: a person named before the participle is its subject.
  if (!object) return false;
  let v = object.first - 1;
  v = nonSpaceAtOrBefore(tokens, v, floor);
  // `wrote an op-ed in The Washington Post hammering`, `a statement to Wired explaining`: a name
  // that is the venue or addressee of a written object is not the participle's subject either.
  const namedAddressee = tokens[object.last]!.pos === 'PROPN' && v - 1 >= floor && tokens[v]!.pos === 'ADP' && !locale.words.partitivePrepositions.has(tokens[v]!.lemma)
    && tokens[v - 1]!.pos === 'NOUN';
  if (tokens[object.last]!.pos !== 'NOUN' && !namedAddressee) return false;
  // `sent a text message to supporters saying`: the addressee after the object.
  if (v - 1 >= floor && tokens[v]!.pos === 'ADP' && !locale.words.partitivePrepositions.has(tokens[v]!.lemma)) {
    const first = phraseEndingAt(doc, v - 1, floor, locale);
    if (first && tokens[first.last]!.pos === 'NOUN') v = nonSpaceAtOrBefore(tokens, first.first - 1, floor);
  }
  // `put out a statement saying`: the verb's particle stands before its object.
  if (v - 1 >= floor && (tokens[v]!.pos === 'ADP' || tokens[v]!.pos === 'PART') && tokens[v - 1]!.pos === 'VERB') v--;
  return v >= floor && tokens[v]!.pos === 'VERB';
}

/** Whether a quoted name starts at token k: an opening mark, maybe after a comma or an article
 *  (`titled, “Scam”`, `called the “chained CPI”`). */
function namesNext(tokens: Token[], k: number, openers: ReadonlySet<string>): boolean {
  while (tokens[k] !== undefined && (tokens[k]!.pos === 'SPACE' || tokens[k]!.text === ',' || tokens[k]!.pos === 'DET')) k++;
  return tokens[k] !== undefined && openers.has(tokens[k]!.text);
}

/** Clause starts tried for a sentence's main subject: its first word and the words after its
 *  first few commas (`During a speech, Trump attacked…`, `Once, when…, I laughed and said`). */
const MAX_CLAUSE_STARTS = 4;

/** The subject of the main clause of a sentence: a phrase (with its apposition) at the sentence
 *  start or after an opening adjunct, followed by its verb. */
function mainSubject(doc: Document, floor: number, before: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  let s = floor;
  for (let tried = 0; tried < MAX_CLAUSE_STARTS && s < before; tried++) {
    // `But Trump went on, saying…`, `Then he cut into Bush, calling…`, `And then Trump went on the
    // attack, saying`: a conjunction, or an adverb right before a subject pronoun or a name, opens
    // the sentence before its subject.
    while (s < before && (tokens[s]!.pos === 'SPACE' || tokens[s]!.pos === 'CCONJ' || (tokens[s]!.pos === 'ADV' && tried === 0 && opensSubjectAfterAdverb(tokens[s + 1], locale)))) s++;
    const subject = subjectAt(doc, s, before, locale) ?? hedgedNumberSubject(doc, s, before, locale);
    if (subject) return subject;
    // An opening adjunct or a name that is not followed by its verb: try after the next comma, or
    // after the dash closing a verbless dateline (`Washington (AFP) – Democrat Hillary Clinton has
    // taken…, saying`).
    let verbless = tried === 0;
    while (s < before && tokens[s]!.text !== ',' && !(verbless && APPOSITION_DASHES.has(tokens[s]!.text))) {
      if (tokens[s]!.pos === 'VERB' || tokens[s]!.pos === 'AUX') verbless = false;
      s++;
    }
    s++;
  }
  return null;
}

function opensSubjectAfterAdverb(t: Token | undefined, locale: Locale): boolean {
  return t !== undefined && (locale.words.sourcePronouns.has(t.lemma) || isCapitalisedName(t));
}

/** `About 200 protesters gathered…, chanting`: a number hedged by an approximator opens the
 *  subject; the tagger reads the approximator as a preposition, so the subject starts after it
 *  and then takes it in. */
function hedgedNumberSubject(doc: Document, s: number, before: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  if (!locale.words.numberApproximators.has(tokens[s]?.lemma.toLowerCase() ?? '') || tokens[s + 1]?.pos !== 'NUM') return null;
  const subject = subjectAt(doc, s + 1, before, locale);
  return subject ? mention(tokens, s, subject.last) : null;
}

function subjectAt(doc: Document, s: number, before: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  const named = phraseStartingAt(doc, s, before - 1, locale);
  if (!named) return null;
  const subject = withApposition(doc, named, before - 1, locale.words);
  let j = subject.last + 1;
  if (tokens[j]?.text === ',' && subject.last !== named.last) j++;
  else if (tokens[j]?.text === ',' && tokens[j + 1] !== undefined && opensInterjection(tokens[j + 1]!, locale.words)) j = afterInterjection(tokens, j, before, locale.apostrophes);
  // `She, too, is…`: a parenthetical adverb between commas.
  else if (tokens[j]?.text === ',' && tokens[j + 1]?.pos === 'ADV' && tokens[j + 2]?.text === ',' && j + 3 < before) j += 3;
  let written = subject;
  const dated = afterDateAdjunct(doc, j, before, locale);
  if (dated > j) j = dated;
  else if (subject.last === named.last) {
    // `An aide inside Trump Tower tried`: the phrase modifies the subject and belongs to it.
    const modifier = prepositionalModifier(doc, j, before, locale);
    if (modifier) { written = mention(tokens, subject.first, modifier.last); j = modifier.last + 1; }
  }
  let auxiliary = false;
  while (j < before && SKIPPABLE.has(tokens[j]!.pos)) { if (tokens[j]!.pos === 'AUX') auxiliary = true; j++; }
  const verb = tokens[j];
  if (verb && j < before && (verb.pos === 'VERB' || auxiliary || isMisreadPastTense(tokens, j, locale.words))) return written;
  // `House Speaker Paul Ryan, R-Wis., despite admitting`: the cue's own adjunct follows the subject.
  return j === before - 1 && (verb!.pos === 'ADP' || verb!.pos === 'SCONJ') ? subject : null;
}

/** `Sanders, celebrating a win in Vermont, is…`, `Blunt, after a long pause, said`: the token after
 *  the comma closing a parenthetical that opens at comma `comma`; `comma` itself when none closes
 *  within a bounded number of tokens. */
function afterInterjection(tokens: Token[], comma: number, before: number, apostrophes: readonly string[]): number {
  for (let k = comma + 1; k < before && k - comma <= MAX_APPOSITION; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k + 1;
    if (t.pos === 'PUNCT' && !phrasePunctuation(apostrophes).has(t.text)) return comma;
  }
  return comma;
}

/** `Trump on Thursday ratcheted up`, `Clinton last week said`: the token after a date adjunct
 *  standing between a subject and its verb; `j` when none does. */
function afterDateAdjunct(doc: Document, j: number, before: number, locale: Locale): number {
  const { tokens } = doc;
  const temporal = vocabulary(locale).temporal;
  let k = j;
  if (tokens[k]?.pos === 'ADP') k++;
  let dated = false;
  while (k < before && k - j < MAX_ADJUNCT) {
    const t = tokens[k]!;
    if (temporal.has(t.lemma)) dated = true;
    else if (dated || (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM')) break;
    k++;
  }
  return dated ? k : j;
}

/** `inside Trump Tower` after a subject: a prepositional phrase (not `of`, which the noun phrase
 *  already takes in) starting at token `j`, or null. */
function prepositionalModifier(doc: Document, j: number, before: number, locale: Locale): SourceMention | null {
  const t = doc.tokens[j];
  if (!t || t.pos !== 'ADP' || locale.words.partitivePrepositions.has(t.lemma)) return null;
  const object = phraseStartingAt(doc, j + 1, before - 1, locale);
  return object ? mention(doc.tokens, j, object.last) : null;
}

/** `Cruz belittled/ADJ the issue`: a lower-case word in -ed the tagger read as an adjective, right
 *  before an object, is the clause's verb. */
function isMisreadPastTense(tokens: Token[], j: number, words: FunctionWords): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || !words.endings.misreadPastTense.test(t.text) || !next) return false;
  // `Huckabee rounded/ADJ out the list`: a particle may stand between the verb and its object.
  const object = next.pos === 'ADP' && next.text === next.text.toLowerCase() && tokens[j + 2]?.pos !== 'SPACE' ? tokens[j + 2] : next;
  return object !== undefined && (object.pos === 'DET' || object.pos === 'PRON' || object.pos === 'PROPN');
}

/** Whether an earlier cue's source can be lent to a cue that shares a subject: an inverted one, or
 *  one opening the sentence or following a quotation or a comma (`“…,” Smith said, adding`). Not
 *  a relative pronoun (`an architect who said`) nor the subject of a that-clause (`said that she`). */
function lendable(tokens: Token[], link: SourceLink, floor: number, words: FunctionWords): boolean {
  const head = tokens[link.mention.first]!;
  if (link.mention.first === link.mention.last && words.subjectRelatives.has(head.lemma)) return false;
  if (link.side === 'after') return true;
  let k = link.mention.first - 1;
  k = nonSpaceAtOrBefore(tokens, k, floor);
  if (k < floor || tokens[k]!.pos === 'PUNCT') return true;
  // `, and Smith said`, `but Smith said` coordinate clauses; `a call or meeting planned` joins
  // nouns inside an object, whose second noun is no subject to lend.
  return tokens[k]!.pos === 'CCONJ' && (words.predicateCoordinators.has(tokens[k]!.lemma) || tokens[k - 1]?.text === ',');
}

/** The source of a cue that shares a subject: a lendable source earlier in the sentence, else the
 *  main clause's subject. */
function sharedSubject(doc: Document, cue: Cue, earlier: Array<{ cue: Cue; link: SourceLink | null }>, floor: number, locale: Locale): SourceLink | null {
  // `…, where about 40 workers had gathered, chanting`: the clause a speech participle hangs on.
  const nearest = isParticiple(doc.tokens, cue, locale.words) && isStatementType(cue.type) ? nearestClauseSubject(doc, cue, floor, locale, (head, from) => phraseEndingAt(doc, head, from, locale)) : null;
  if (nearest) return { mention: nearest, side: 'before' };
  for (let p = earlier.length - 1; p >= 0; p--) {
    const { cue: other, link } = earlier[p]!;
    if (other.first < floor) break;
    if (link && lendable(doc.tokens, link, floor, locale.words)) return link;
  }
  const subject = mainSubject(doc, floor, cue.first, locale);
  return subject ? { mention: subject, side: 'before' } : null;
}

/** `Will described Trump as…`, `Will wrote`: a capitalised modal the tagger took into the cue
 *  before a past or third-person verb, which no modal governs, is the name of the subject; its
 *  index, or -1. */
function modalReadForName(tokens: Token[], cue: Cue, words: FunctionWords): number {
  const first = tokens[cue.first]!;
  if (cue.first === cue.verb || first.pos !== 'AUX' || !/^\p{Lu}\p{Ll}/u.test(first.text)) return -1;
  const verb = tokens[cue.verb]!;
  // A modal governs a bare form: an inflected verb after it (`wrote`, `said`, `writes`) is finite.
  const form = verb.text.toLowerCase();
  const inflected = words.endings.verbAfterModalName.test(verb.text) || (form !== cue.lemma && !form.endsWith(words.endings.progressive));
  return cue.verb === cue.first + 1 && inflected ? cue.first : -1;
}

/** Words looked back over from a noun cue to its possessor (`her March comment`, `his earlier warning`). */
const MAX_POSSESSOR_GAP = 2;

/** `her remark that…`, `his promise to…`: the possessive pronoun before a noun cue speaks; its
 *  mention, or null when none stands there. (A named possessor, `Trump’s promise`, is part of the
 *  cue itself and found before it like any subject.) */
function possessorOf(doc: Document, cue: Cue, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  // The tagger reads some such nouns as verbs (`her March comment/VERB`); the possessor settles it.
  if ((tokens[cue.verb]!.pos !== 'NOUN' && tokens[cue.verb]!.pos !== 'VERB') || cue.first !== cue.verb) return null;
  let k = cue.first - 1;
  for (let n = 0; k >= floor; k--) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    if (locale.words.possessivePronouns.has(t.lemma) && t.pos === 'PRON') return mention(tokens, k, k);
    if (n++ >= MAX_POSSESSOR_GAP || !(t.pos === 'ADJ' || vocabulary(locale).temporal.has(t.text.toLowerCase()))) return null;
  }
  return null;
}

/** The source mention for each cue (null when none is written), within the cue's sentence. */
export function findSources(doc: Document, cues: Cue[], locale: Locale): Array<SourceLink | null> {
  const links: Array<SourceLink | null> = [];
  const found: Array<{ cue: Cue; link: SourceLink | null }> = [];
  for (const cue of cues) {
    const { floor, ceiling } = clauseBounds(doc, cue);
    const link = sourceOf(cue, floor, ceiling);
    // Cues arrive in text order; only those of the same sentence are looked back at.
    if (found.length > 0 && found[found.length - 1]!.cue.sentence !== cue.sentence) found.length = 0;
    found.push({ cue, link });
    links.push(link);
  }
  return links;

  function sourceOf(cue: Cue, floor: number, ceiling: number): SourceLink | null {
    const misreadName = modalReadForName(doc.tokens, cue, locale.words);
    if (misreadName >= 0) return { mention: mention(doc.tokens, misreadName, misreadName), side: 'before' };
    if (cue.frame === 'according') {
      const m = sourceAfter(doc, cue, ceiling, locale);
      if (!m) return null;
      const full = withApposition(doc, m, ceiling, locale.words);
      // `According to Facebook, Trump generated…`: after an `according to` that opens its clause,
      // the content follows the source, so an apposition must close with a comma and hold no
      // clause of its own.
      const opening = startsClause(doc.tokens, cue.first, floor);
      return { mention: opening && !closedApposition(doc.tokens, m, full) ? m : full, side: 'after' as const };
    }
    if (sharesSubject(doc, cue, floor, locale)) return sharedSubject(doc, cue, found, floor, locale);
    if (invertible(doc.tokens, cue, floor, locale)) {
      const after = sourceAfter(doc, cue, ceiling, locale);
      // `said the plan would fail` is a clause, not an inverted subject: the phrase must end the clause.
      const following = after ? doc.tokens[after.last + 1] : undefined;
      const endsClause = !following || following.pos === 'PUNCT' || following.pos === 'ADP' || following.pos === 'ADV' || following.pos === 'SPACE'
        || (following.pos === 'SCONJ' && !locale.words.complementizers.has(following.lemma));
      if (after && endsClause && (followsQuotation(doc.tokens, cue, floor, locale) || closesInterjection(following))) return { mention: withApposition(doc, after, ceiling, locale.words), side: 'after' as const };
      const relative = after && following && ((following.pos === 'PRON' && locale.words.whoForms.has(following.lemma)) || (followsQuotation(doc.tokens, cue, floor, locale) && modifiesInverted(following, locale.words)))
        ? throughRelativeClause(doc, after, ceiling) : null;
      if (relative) return { mention: relative, side: 'after' as const };
    }
    const subject = sourceBefore(doc, cue, floor, locale);
    const before = subject ? subjectAfterQuotation(doc, subject, cue, floor, locale) : possessorOf(doc, cue, floor, locale) ?? subjectBetweenQuotationAndCue(doc, cue, floor, locale);
    return before ? { mention: before, side: 'before' as const } : null;
  }
}
