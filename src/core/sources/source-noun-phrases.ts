// The noun phrase that names a source, found from its head: ending at a token before a cue
// (`a spokesman for Sony said`) or starting at one after it (`said Jane Roe`). Each walks at most
// MAX_NP tokens, so the stage stays linear.
import type { Locale } from '../../locales/locale.js';
import { markSets } from '../marks/mark-sets.js';
import type { Document, Token } from '../document/document.js';
import type { Cue } from '../cues/cues.js';
import { MISREAD_NAME_POS } from './misread-names.js';
import { linksRatio } from './ratio.js';
import { isPassiveCue } from '../cues/passive.js';
import { mention, type SourceMention } from './source-mention.js';
import { vocabulary } from './source-vocabulary.js';
import { endsNominal, isCapitalised, isLoneIndefinite, isNameAfterQuotation, isNominal, isNominalAt, isPossessiveMarker } from './nominal-words.js';
import { compoundEnd, inCompound, isInnerHyphen } from '../document/hyphenated-words.js';
import { inQuotedNickname } from './quoted-nicknames.js';
import { isMisreadPastTense } from './misread-past-tense.js';
import { SKIPPABLE } from './verb-group.js';
import { startsClause } from './clause-openings.js';

const MAX_NP = 14;

/** The head of a subject right before a cue: a nominal, or a capitalised word the tagger read as a
 *  verb or adjective (`Grant said`, `Rich said`). A finite verb does not stand right before a
 *  speech verb, so the capital marks a name. */
function isSubjectHead(tokens: Token[], head: number, cue: Cue | undefined, locale: Locale): boolean {
  const h = tokens[head]!;
  if (isNominalAt(tokens, head, locale)) return true;
  if (!cue) return false;
  // isNameAfterQuotation checks capitals and pronouns itself (and also accepts an ADP).
  const misreadName = (MISREAD_NAME_POS.has(h.pos) && isCapitalised(h) && !locale.words.capitalisedPronouns.has(h.lemma)) || isNameAfterQuotation(tokens, head, locale);
  if (!misreadName) return false;
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

/** The noun phrase whose last word is token `head` itself, or null: a conjunct, a relative head or
 *  an infinitive's subject ends where the next word (`and`, `who`, `to`) begins, so a phrase the
 *  walk closed elsewhere is none of them. */
export function phraseEndingExactlyAt(doc: Document, head: number, floor: number, locale: Locale): SourceMention | null {
  const named = phraseEndingAt(doc, head, floor, locale);
  return named && named.last === head ? named : null;
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
    // `said one well-connected Democrat`: an adverb may open the hyphenated modifier too.
    if (compound > j && tokens[compound]!.pos !== 'NUM' && (t.pos === 'NUM' || isNominalAt(tokens, j, locale) || t.pos === 'ADJ' || t.pos === 'ADV')) {
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
