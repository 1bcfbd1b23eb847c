// Speech and writing cues: one pass over the tokens, looking each token up in a table keyed by
// the first word of every lexicon form, then trying the (few, longest first) phrases that start
// with it. Linear in the number of tokens.
import type { CueEntry, CueFrame, FunctionWords, Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import { matchPhrase, phraseTable, type Phrase } from './phrase-table.js';
import { nonSpaceAfter, nonSpaceAtOrAfter, nonSpaceAtOrBefore, nonSpaceBefore } from '../document/non-space-tokens.js';
import { opensUppercase } from '../document/capitals.js';
import { markSets } from '../marks/mark-sets.js';
import { isPassiveCue } from './passive.js';
import { isNoun } from '../document/nouns.js';
import { hearsayVerbGroupEnd, VERB_GROUP_WINDOW } from './hearsay-adverbs.js';
import { cueStart, earliestCueStart } from './leading-words.js';
import { isProgressiveForm } from '../document/progressive-forms.js';
import { phraseWords } from '../document/phrase-words.js';
import { evidenceBefore, takesOnlyNounPhrase } from './noun-phrase-objects.js';
import { lemmaSieve, maySift, type LemmaSieve } from './lemma-sieve.js';

export type Cue = {
  /** First and last token of the cue, auxiliaries and adverbs before it included. */
  first: number;
  last: number;
  /** Token of the cue word itself (`said` in `has also said`). */
  verb: number;
  start: number;
  end: number;
  lemma: string;
  type: CueEntry['type'];
  frame: CueFrame;
  sentence: number;
  // The two flags below are always present (false when unset), not added later: every cue then
  // has one map, so the many readers of cues stay monomorphic.
  /** From the lexicon entry: a noun-phrase object is content when a source says it. */
  objectWithSource: boolean;
  /** A belief verb in the passive (`is widely seen as`, `was considered`): read like a raising
   *  verb (frame `raising`), its subject and the judgment being the content. */
  passiveJudgment: boolean;
};

/** Parts of speech no cue starts with; skipping them spares most lexicon lookups. */
const NEVER_CUES = new Set(['PUNCT', 'SPACE', 'DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'NUM', 'SYM', 'PROPN', 'PART']);

/** Parts of speech an object may open with (`show Clinton`, `show little evidence`); with a determiner
 *  or a pronoun after it, the rule lost precision on PolNeAR train and dev. */
const VERB_OBJECT_STARTS = new Set(['PROPN', 'ADJ']);

/** Forms that are also common nouns or adjectives (`the claims`, `a report`, `notes`): only a verb
 *  reading counts, judged by the tagger or by a subject pronoun just before. */
function readsAsVerb(tokens: Token[], t: Token, evidence: ReadonlySet<string>, words: FunctionWords): boolean {
  if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  const prev = nonSpaceBefore(tokens, t.i);
  if (prev && prev.pos === 'PRON' && words.subjectPronounsAndWho.has(prev.lemma)) return true;
  const next = nonSpaceAfter(tokens, t.i);
  if (next === undefined) return false;
  // `new filings show it has…`, `exit polls show two-thirds…`: after a record or poll, a cue form
  // the tagger read as a noun is the verb (not the compound `poll results`, which ends in a noun).
  if (prev && evidence.has(prev.text.toLowerCase()) && prev.pos === 'NOUN' && !evidence.has(t.text.toLowerCase()) && next.pos !== 'PUNCT' && next.pos !== 'ADP') return true;
  // `Recent polls show Clinton…`, `records show little evidence`: a base form right after a plural
  // noun and before its object is the verb the tagger misread (not `the TV shows`, not `the news show host`).
  if (prev && prev.pos === 'NOUN' && words.endings.pluralOrThirdPerson.test(prev.lemma) && !t.lemma.endsWith(words.endings.plural) && VERB_OBJECT_STARTS.has(next.pos)) return true;
  if (prev && misreadVerbAfterSubject(prev, t, next, words)) return true;
  if (progressiveBeforeInfinitive(tokens, t, next, words)) return true;
  // `the plans that…`, `the greatest fear that…`: after an article or adjective it is a noun.
  if (prev && (words.articles.has(prev.lemma) || prev.pos === 'ADJ')) return false;
  if (words.declarativeComplementizers.has(next.lemma) || next.text === ':') return true;
  // `Mr Lee plans to run`: a name before and `to` after; `the plans to build` keeps its article.
  return words.infinitiveMarkers.has(next.lemma) && prev !== undefined && (prev.pos === 'PROPN' || prev.pos === 'PRON');
}

/** `Trump is promising to lift…`, `…, vowing to repeal…`: the tagger reads a progressive cue form
 *  before an infinitive as an adjective, but an adjective in -ing takes no `to` + verb after it
 *  (`promising young players`, `looks promising to investors` have none). */
function progressiveBeforeInfinitive(tokens: Token[], t: Token, next: Token, words: FunctionWords): boolean {
  if (t.pos !== 'ADJ' || !isProgressiveForm(t, words) || !words.infinitiveMarkers.has(next.lemma)) return false;
  const verb = nonSpaceAfter(tokens, next.i);
  return verb !== undefined && verb.pos === 'VERB';
}

/** Heads a subject noun phrase ends with. */
const SUBJECT_HEADS = new Set(['NOUN', 'PROPN', 'NUM']);

/** `The Heritage Foundation notes the minimum wage is…`, `Clinton allies fear the toll…`, `nine
 *  out of 10 say they…`, `…, the Daily Caller reports.`: a cue form the tagger read as a noun,
 *  right after the head of a subject and agreeing with it in number, is the verb when a new clause
 *  opens after it with a subject pronoun, or the sentence ends there. */
function misreadVerbAfterSubject(prev: Token, t: Token, next: Token, words: FunctionWords): boolean {
  if (!SUBJECT_HEADS.has(prev.pos)) return false;
  const third = words.endings.pluralOrThirdPerson.test(t.text);
  const pluralSubject = prev.pos === 'NUM' || words.endings.pluralOrThirdPerson.test(prev.text);
  if (third === pluralSubject && !(prev.pos === 'PROPN' && third)) return false;
  // A determiner after it (`the paper notes the…`) was tried and lost precision on dev.
  return next.text === '.' || next.pos === 'PRON' && words.subjectPronounsAndThere.has(next.lemma);
}

/** `a Twitter comment`, `an official statement`: a base form after `a`/`an` (and at most one
 *  modifier) is a noun, whatever the tagger says; `a Republican said` keeps its past tense verb. */
function afterIndefiniteArticle(tokens: Token[], i: number, words: FunctionWords): boolean {
  const prev = nonSpaceBefore(tokens, i);
  if (!prev) return false;
  if (words.indefiniteArticles.has(prev.lemma)) return true;
  if (!(prev.pos === 'ADJ' || isNoun(prev))) return false;
  const before = nonSpaceBefore(tokens, prev.i);
  return before !== undefined && words.indefiniteArticles.has(before.lemma);
}

/** `“…,” Read said`, `Reporter Mark Call told`: a capitalised cue form inside its sentence, right
 *  before a verb that opens a cue itself, is a name (that verb's subject), not a second verb. */
function nameBeforeCueVerb(doc: Document, i: number, openings: ReadonlyMap<string, unknown>): boolean {
  const { tokens } = doc;
  const t = tokens[i]!;
  // A lower-case ASCII first letter (most cue words) answers without the regular expression.
  const first = t.text.charCodeAt(0);
  if ((first >= 97 && first <= 122) || !opensUppercase(t.text) || i === doc.sentences[t.sentence]?.firstToken) return false;
  const next = nonSpaceAfter(tokens, i);
  return next !== undefined && next.pos === 'VERB' && openings.has(next.lemma);
}

/** `so-called`, `self-described`, `long-promised`: the cue word is half of a hyphenated modifier. */
function inHyphenCompound(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (prev && prev.end === t.start && prev.text === '-') return true;
  return t.text.includes('-') && !t.text.endsWith('-');
}

/** Whether the words right after token `i` are one of `particles`, each given as its words
 *  (`showed up`, `found its way`). */
function particleAfter(tokens: Token[], i: number, particles: readonly (readonly string[])[]): boolean {
  return particles.some((particle) => {
    let k = i;
    for (const word of particle) {
      const next = nonSpaceAfter(tokens, k);
      if (next === undefined || next.text.toLowerCase() !== word) return false;
      k = next.i;
    }
    return true;
  });
}

/** Whether the word right before token `i` is one of `words` (`to find`). */
function wordBefore(tokens: Token[], i: number, words: readonly string[]): boolean {
  const prev = nonSpaceBefore(tokens, i);
  return prev !== undefined && words.includes(prev.text.toLowerCase());
}

/** A cue in an unquoted question (`Does he really think the plan will work?`) asks about a
 *  statement; it does not report one. */
function inQuestion(doc: Document, t: Token, locale: Locale): boolean {
  const words = locale.words;
  const sentence = doc.sentences[t.sentence];
  if (!sentence) return false;
  const { tokens } = doc;
  let last = sentence.lastToken;
  last = nonSpaceAtOrBefore(tokens, last, sentence.firstToken + 1);
  if (tokens[last]!.text !== '?') return false;
  let first = sentence.firstToken;
  first = nonSpaceAtOrAfter(tokens, first, last - 1);
  const opener = tokens[first]!;
  if (markSets(locale).any.has(opener.text)) return false;
  return words.directQuestionOpeners.has(opener.lemma) || words.directQuestionOpeners.has(opener.text.toLowerCase());
}

const evidenceCache = new WeakMap<Locale, ReadonlySet<string>>();

function evidenceSet(locale: Locale): ReadonlySet<string> {
  let set = evidenceCache.get(locale);
  if (!set) { set = new Set(locale.evidenceNouns ?? []); evidenceCache.set(locale, set); }
  return set;
}

/** What a lemma may open: the cue phrases filed under it (null when none) and whether it is a
 *  poll-frame preposition (`In a … poll, …`). */
type CueOpening<E> = { phrases: Phrase<E>[] | null; poll: boolean };

/** The lemmas a cue can open with, and their sieve (lemma-sieve.ts), which turns most other
 *  lemmas away before the map lookup. */
type CueOpenings = { byLemma: ReadonlyMap<string, CueOpening<CueEntry>>; sieve: LemmaSieve; longestPhrase: number };

const openingCache = new WeakMap<Locale, CueOpenings>();

/** Lemmas a cue can open with: the cue table's first words and the poll-frame prepositions. Most
 *  tokens are neither, and one lookup in this map passes them over and, for the others, answers
 *  both questions at once (instead of one lookup per table). */
function cueOpenings(locale: Locale, table: ReadonlyMap<string, Phrase<CueEntry>[]>): CueOpenings {
  let openings = openingCache.get(locale);
  if (!openings) {
    const built = new Map<string, CueOpening<CueEntry>>();
    for (const [lemma, phrases] of table) built.set(lemma, { phrases, poll: false });
    for (const lemma of locale.words.evidenceFramePrepositions) built.set(lemma, { phrases: table.get(lemma) ?? null, poll: true });
    let longestPhrase = 1;
    for (const phrases of table.values()) for (const phrase of phrases) longestPhrase = Math.max(longestPhrase, phrase.words.length);
    openings = { byLemma: built, sieve: lemmaSieve(built.keys()), longestPhrase };
    openingCache.set(locale, openings);
  }
  return openings;
}

/** Whether a cue opening in tokens first..last of a quotation (`last` the quotation's last token)
 *  may reach past it: a phrase matching on across its end, or a hearsay adverb whose verb group
 *  may. Only the last few tokens can, so only they are read. */
function reachesPast(tokens: Token[], first: number, last: number, openings: CueOpenings, table: ReadonlyMap<string, Phrase<CueEntry>[]>): boolean {
  let words = 0;
  for (let j = last; j >= first && (words < openings.longestPhrase || last - j < VERB_GROUP_WINDOW); j--) {
    const t = tokens[j]!;
    if (t.pos === 'SPACE') continue;
    words++;
    if (!maySift(openings.sieve, t.lemma)) continue;
    const phrases = openings.byLemma.get(t.lemma)?.phrases;
    if (!phrases) continue;
    for (const phrase of phrases) {
      if (phrase.entry.frame === 'hearsay' ? j + VERB_GROUP_WINDOW > last : matchPhrase(tokens, j, phrase.words, true) > last) return true;
    }
  }
  return false;
}

/** Finds every cue of the locale lexicon, in text order, never overlapping. With `insideQuote` (1
 *  for each token of a quotation), cues that start inside a quotation, which the caller drops,
 *  may be left out: the scan passes over a quotation from its fourth token on (a cue verb there
 *  takes no leading word from before it) when no cue inside it can reach past its end, so the
 *  cues after it are the same whatever was found inside. */
export function findCues(doc: Document, locale: Locale, insideQuote?: Uint8Array): Cue[] {
  const table = phraseTable(locale.cues);
  const evidence = evidenceSet(locale);
  const openingTable = cueOpenings(locale, table);
  const { byLemma: openings, sieve } = openingTable;
  const { tokens } = doc;
  const cues: Cue[] = [];
  /** The last token of the quotation last found not to be passed over, or -1. */
  let keptThrough = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (insideQuote !== undefined && insideQuote[i] === 1 && i > keptThrough) {
      let first = i;
      while (first > 0 && insideQuote[first - 1] === 1) first--;
      if (earliestCueStart(i) >= first) {
        let last = i;
        while (last + 1 < tokens.length && insideQuote[last + 1] === 1) last++;
        if (!reachesPast(tokens, i, last, openingTable, table)) { i = last; continue; }
        keptThrough = last;
      }
    }
    const t = tokens[i]!;
    if (!maySift(sieve, t.lemma)) continue;
    const opening = openings.get(t.lemma);
    if (opening === undefined) continue;
    const poll = opening.poll ? pollFrame(doc, i, evidence, locale.words) : null;
    if (poll) { cues.push(poll); continue; }
    const candidates = opening.phrases;
    if (candidates === null || NEVER_CUES.has(t.pos)) continue;
    for (const phrase of candidates) {
      const last = matchPhrase(tokens, i, phrase.words, true);
      if (last < 0) continue;
      if (phrase.entry.frame === 'hearsay') {
        const groupEnd = hearsayVerbGroupEnd(tokens, i, table);
        if (groupEnd < 0) continue;
        cues.push({ first: i, last, verb: i, start: t.start, end: tokens[last]!.end, lemma: phrase.entry.lemma, type: phrase.entry.type, frame: 'hearsay', sentence: t.sentence, objectWithSource: false, passiveJudgment: false });
        // The verb group it qualifies reports nothing of its own (`reportedly wants`, `is
        // reportedly considering`).
        i = groupEnd;
        break;
      }
      if (phrase.entry.frame !== 'according' && !readsAsVerb(tokens, t, evidence, locale.words)) continue;
      if (phrase.words.length === 1 && t.lemma === phrase.entry.lemma && afterIndefiniteArticle(tokens, i, locale.words)) continue;
      if (inHyphenCompound(tokens, i)) continue;
      if (phrase.words.length === 1 && phrase.entry.otherVerbWith && particleAfter(tokens, i, phraseWords(phrase.entry.otherVerbWith))) continue;
      if (phrase.words.length === 1 && phrase.entry.noCueAfter && wordBefore(tokens, i, phrase.entry.noCueAfter)) continue;
      if (phrase.words.length === 1 && nameBeforeCueVerb(doc, i, openings)) continue;
      if (phrase.words.length === 1 && phrase.entry.nounObjectIsOther && takesOnlyNounPhrase(doc, i, locale) && !evidenceBefore(doc, i, evidence)) continue;
      if (phrase.entry.frame !== 'direct' && phrase.entry.frame !== 'according' && inQuestion(doc, t, locale)) continue;
      // PolNeAR's cue spans take in the auxiliaries and adverbs before the verb (`has also said`,
      // `now says`) and a colon right after it (`said:`).
      const first = cueStart(tokens, i, locale.words);
      let end = last;
      if (tokens[last + 1]?.text === ':' && tokens[last + 1]!.start === tokens[last]!.end) end = last + 1;
      const cue: Cue = {
        first,
        last: end,
        verb: i,
        start: tokens[first]!.start,
        end: tokens[end]!.end,
        lemma: phrase.entry.lemma,
        type: phrase.entry.type,
        frame: phrase.entry.frame ?? 'clause',
        sentence: t.sentence,
        objectWithSource: phrase.entry.objectWithSource === true,
        passiveJudgment: false,
      };
      if (cue.type === 'belief' && cue.frame === 'that' && isPassiveCue(tokens, first, i, locale.words)) {
        cue.frame = 'raising';
        cue.passiveJudgment = true;
      }
      cues.push(cue);
      i = last;
      break;
    }
  }
  return cues;
}

/** How many tokens `In a … poll …,` may take before its comma. */
const POLL_PHRASE_WINDOW = 16;

/** `In a Des Moines Register poll, Mr. Cruz had a 10-point lead`: a sentence opening with `in` and
 *  a poll or record, then a comma and a clause, attributes that clause to the poll; read like
 *  `according to` (PolNeAR's cue is the `in`). */
function pollFrame(doc: Document, i: number, evidence: ReadonlySet<string>, words: FunctionWords): Cue | null {
  const { tokens } = doc;
  const t = tokens[i]!;
  const sentence = doc.sentences[t.sentence];
  if (!sentence || evidence.size === 0) return null;
  const prev = nonSpaceBefore(tokens, i);
  if (prev && prev.i >= sentence.firstToken && !(prev.pos === 'CCONJ' || prev.text === ',' && prev.i > sentence.firstToken && nonSpaceBefore(tokens, prev.i)!.pos === 'CCONJ')) return null;
  let sawEvidence = false;
  for (let k = i + 1; k <= sentence.lastToken && k - i <= POLL_PHRASE_WINDOW; k++) {
    const u = tokens[k]!;
    if (u.text === ',') {
      const next = nonSpaceAfter(tokens, k);
      return sawEvidence && next !== undefined && next.pos !== 'VERB' && next.pos !== 'ADP' && next.pos !== 'SCONJ' ? pollCue(t) : null;
    }
    if (u.pos === 'PUNCT' && u.text !== '/' && u.text !== '-' && !words.possessiveClitics.has(u.text)) return null;
    if (u.pos === 'AUX' || u.pos === 'PRON' && !words.nonPersonalPossessives.has(u.lemma)) return null;
    if (u.pos === 'NOUN' && evidence.has(u.text.toLowerCase())) sawEvidence = true;
  }
  return null;
}

function pollCue(t: Token): Cue {
  return { first: t.i, last: t.i, verb: t.i, start: t.start, end: t.end, lemma: t.lemma, type: 'speech', frame: 'according', sentence: t.sentence, objectWithSource: false, passiveJudgment: false };
}

