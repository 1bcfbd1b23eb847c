// Topic attributions: a communication or attitude word followed by a preposition whose object is
// the reported content (`Blackwell pointed to Cruz's organisation`, `Viguerie is upbeat about his
// chances`, `Kerry's announcement of the numbers`, `Trump raised questions about the deal`).
// PolNeAR annotates these as attributions with the word and its preposition as the cue and the
// prepositional object as the content. One pass over the tokens with a table lookup per word, and
// bounded look-around from each match, so the stage stays linear in the length of the article.
import { cueStart } from '../cues/leading-words.js';
import type { Span } from '../../types.js';
import type { FunctionWords, Locale, TopicCue } from '../../locales/locale.js';
import type { Document, Sentence, Token } from '../document/document.js';
import type { Cue } from '../cues/cues.js';
import type { QuoteDraft } from './quotes.js';
import { cueTypeOfEntry } from '../cues/cue-type-of-words.js';
import { findSources, type SourceLink, type SourceMention } from '../sources/sources.js';
import { phraseEndingAt } from '../sources/source-noun-phrases.js';
import { temporalWords } from '../sources/source-vocabulary.js';
import { countBelow } from '../document/lower-bound.js';
import { mergeInOrder } from '../document/ordered-merge.js';
import { countWords } from '../document/word-tokens.js';
import { matchPhrase, phraseTable } from '../cues/phrase-table.js';
import { mayOpen, openingKey, tableOpenings } from './word-opening.js';
import { nonSpaceAtOrAfter, nonSpaceAtOrBefore } from '../document/non-space-tokens.js';
import { OBJECT_STOPS } from '../document/punctuation.js';
import { markSets } from '../marks/mark-sets.js';
import { clauseEnd } from './clauses/clause-boundaries.js';
import { complementOpening, type VerbCandidate, type VerbDecision } from './learned-cues/candidate.js';
import { verbFeatures } from './learned-cues/features.js';
import { shippedVerbDecision } from './learned-cues/shipped.js';
import type { CueType } from '../../types.js';
import { isProgressiveForm } from '../document/progressive-forms.js';

/** Below the reported clauses of quotes.ts: a topic is said about, not said. */
const CONFIDENCE = { source: 0.4, bare: 0.3, learned: 0.33 };

/** A match: the cue tokens, the preposition, the content tokens, and the source the search found
 *  for its cue (null until then, and for a cue with a possessor, which is not searched). */
type Candidate = { cue: Cue; entry: TopicCue; from: number; to: number; possessor: SourceMention | null; governed: boolean; learned: LearnedVerb | null; link: SourceLink | null };

/** A learned-cue candidate, decided once its source is known. `hopeless`: a set-aside candidate
 *  built for the source search only, which the model is not asked about. */
type LearnedVerb = { candidate: VerbCandidate; lexicon: boolean; hopeless: boolean };

/** A learned-cue candidate set aside as soon as the model's score bound says it cannot accept it
 *  whatever its source (and, when its content end is not yet known, its content). It is built in
 *  full (its entry, cue and content) only where the source search needs it (cuesToSearch); until
 *  then it holds where its cue would start and its sentence, which place it among the cues. */
type SetAside = { setAside: true; verb: number; opening: Omit<VerbCandidate, 'to'>; sentence: Sentence; lexicon: boolean; first: number };

/** Adverbs allowed between the word and its preposition (`spoke affectionately of`). */
const MAX_ADVERBS = 2;
/** Tokens a noun cue may have between itself and its possessor or governing verb (`raised new
 *  questions about`, `his past comments on`). */
const MODIFIER_WINDOW = 3;

/** Most tokens are longer than any stop: their length answers before a hash lookup. */
const LONGEST_OBJECT_STOP = Math.max(0, ...[...OBJECT_STOPS].map((stop) => stop.length));

const NOMINAL_END = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** Parts of speech a direct object opens with (`endorsed Cruz`, `backs the plan`, `opposed it`);
 *  not a preposition (`is backed by`: a passive) nor a clause. */
const OBJECT_OPENERS = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM']);

function fitsRole(tokens: Token[], i: number, role: TopicCue['role'], words: FunctionWords): boolean {
  const t = tokens[i]!;
  if (role === 'noun') return t.pos === 'NOUN';
  if (role === 'verb') return t.pos === 'VERB';
  // `worried/VERB about`, `mum/NOUN about` after a copula.
  if (!(t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'NOUN')) return false;
  let k = nonSpaceAtOrBefore(tokens, i - 1);
  for (let n = 0; k >= 0 && n < 3 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART' || words.degreeAdverbs.has(tokens[k]!.lemma)); n++) k = nonSpaceAtOrBefore(tokens, k - 1);
  return k >= 0 && words.copulaForms.has(tokens[k]!.text.toLowerCase());
}

/** The last content token of the prepositional object starting at `from`: up to the clause's
 *  punctuation, an adjunct of the reporting event, a time adjunct or a coordinated predicate. */
function contentEnd(tokens: Token[], from: number, sLast: number, temporal: ReadonlySet<string>, subject: boolean, complement: boolean, words: FunctionWords): number {
  let end = from - 1;
  // `about how he would win`, `of a man who betrayed…`: a clause inside the object has its own
  // verbs, and so has a complement clause or infinitive (`the claim that he lied`, `a vow to win`).
  let clausal = complement || words.topicClauseOpeners.has(tokens[from]!.lemma) && tokens[from]!.pos !== 'DET';
  // In subject position a complement ends where the sentence's own verb follows it (`her refusal
  // to testify angered…`, `his claim that taxes would fall proved wrong`): an infinitive has its
  // verb already, a clause has it at its first verb.
  let ownVerb = complement && words.infinitiveMarkers.has(tokens[from]!.lemma);
  for (let k = from; k <= sLast; k++) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    if (t.text.length <= LONGEST_OBJECT_STOP && OBJECT_STOPS.has(t.text)) break;
    if (complement && subject && (t.pos === 'AUX' || t.pos === 'VERB')) {
      if (ownVerb && NOMINAL_END.has(tokens[nonSpaceAtOrBefore(tokens, k - 1)]!.pos)) break;
      ownVerb = true;
    }
    if (!clausal && t.pos !== 'DET' && words.topicClauseOpeners.has(t.lemma)) clausal = true;
    // `his attacks on him are rippling through the race`: the object ends where the sentence's own
    // verb follows it.
    // In subject position, a past tense is that verb too (`his attack on the press surprised…`);
    // elsewhere it is more often a participle inside the object (`an order signed by…`).
    // (The participle test last: a verb after no nominal needs none.)
    if (k > from && !clausal && (t.pos === 'AUX' || t.pos === 'VERB') && NOMINAL_END.has(tokens[nonSpaceAtOrBefore(tokens, k - 1)]!.pos)
      && (t.pos === 'AUX' || subject || !words.endings.participle.test(t.text))) break;
    // A complement clause runs on through its own adjuncts (`that he lied while in office`).
    if (k > from && !complement && (t.pos === 'SCONJ' || t.pos === 'ADP') && words.adjunctOpeners.has(t.lemma)) break;
    if (k > from && t.pos === 'ADP' && opensTimeAdjunct(tokens, k, sLast, temporal)) break;
    if (k > from && t.pos === 'CCONJ' && opensPredicate(tokens, k + 1, sLast, words)) break;
    end = k;
  }
  return end;
}

/** `was endorsed`, `is widely backed`: a be-form before the participle (skipping adverbs). */
function isPassive(tokens: Token[], verb: number, words: FunctionWords): boolean {
  if (isProgressiveForm(tokens[verb]!, words)) return false;
  let k = nonSpaceAtOrBefore(tokens, verb - 1);
  while (k >= 0 && tokens[k]!.pos === 'ADV') k = nonSpaceAtOrBefore(tokens, k - 1);
  return k >= 0 && words.passiveBeForms.has(tokens[k]!.text.toLowerCase());
}

/** `on Monday`, `in the last year`: a preposition and a date word within three tokens. */
function opensTimeAdjunct(tokens: Token[], k: number, sLast: number, temporal: ReadonlySet<string>): boolean {
  for (let n = k + 1; n <= sLast && n - k <= 3; n++) {
    const u = tokens[n]!;
    if (temporal.has(u.lemma)) return true;
    if (u.pos !== 'DET' && u.pos !== 'ADJ' && u.pos !== 'SPACE') return false;
  }
  return false;
}

/** `… and said`, `… but he has not`: a conjunction before a verb, or a subject pronoun and a verb. */
function opensPredicate(tokens: Token[], k: number, sLast: number, words: FunctionWords): boolean {
  const a = nonSpaceAtOrAfter(tokens, k);
  const t = tokens[a];
  if (!t || a > sLast) return false;
  if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  if (t.pos !== 'PRON' || !words.personalSubjectPronouns.has(t.lemma)) return false;
  const v = tokens[nonSpaceAtOrAfter(tokens, a + 1)];
  return v !== undefined && (v.pos === 'VERB' || v.pos === 'AUX');
}

/** `the claim that he lied`, `a vow to win`: a complementizer opening a clause with its own subject,
 *  or an infinitive; not a relative clause missing its subject (`the claim that was made`) nor a
 *  preposition (`a response to the ad`). */
function opensComplement(marker: Token, next: Token, words: FunctionWords): boolean {
  if (words.infinitiveMarkers.has(marker.lemma)) return next.pos === 'VERB' || next.pos === 'AUX';
  return words.declarativeComplementizers.has(marker.lemma) && next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'PUNCT';
}

type NounOwner = {
  possessor: SourceMention | null;
  /** The verb whose object the noun phrase is, or -1. */
  verb: number;
  /** The noun phrase opens its clause, so the sentence's verb follows its object. */
  subject: boolean;
  /** The noun phrase follows a judgment marker (`read it as an admission that…`): someone's
   *  reading of events, not a statement anyone made. */
  judged: boolean;
};

/** Whose word a noun cue is: `Kerry's announcement`, `his critique` (the possessor), or the
 *  subject of the verb it is the object of (`Trump raised new questions about`). */
function nounOwner(doc: Document, i: number, floor: number, locale: Locale): NounOwner {
  const { tokens } = doc;
  let k = nonSpaceAtOrBefore(tokens, i - 1);
  let first = i;
  let possessor: SourceMention | null = null;
  for (let n = 0; k >= floor && n < MODIFIER_WINDOW; n++) {
    const t = tokens[k]!;
    if (locale.words.possessivePronouns.has(t.lemma) && t.pos !== 'ADP') { possessor = { first: k, last: k, start: t.start, end: t.end }; first = k; break; }
    if (locale.words.possessiveClitics.has(t.text)) {
      possessor = phraseEndingAt(doc, nonSpaceAtOrBefore(tokens, k - 1), floor, locale);
      first = possessor ? possessor.first : k;
      break;
    }
    if (t.pos === 'VERB') return { possessor: null, verb: k, subject: false, judged: false };
    if (!(t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'NOUN' && n === 0)) break;
    first = k;
    k = nonSpaceAtOrBefore(tokens, k - 1);
  }
  const before = tokens[nonSpaceAtOrBefore(tokens, first - 1)];
  const subject = first <= floor || !before || before.i < floor || before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.pos === 'SCONJ';
  const judged = possessor === null && before !== undefined && locale.words.judgmentMarkers.has(before.lemma);
  return { possessor, verb: -1, subject, judged };
}

/** Whether a topic cue's source can come from the source search: not when a possessor names it
 *  (`Kerry's announcement of`), nor for a noun no verb governs. */
function takesFoundSource(c: Candidate): boolean {
  return c.possessor === null && !(c.entry.role === 'noun' && !c.governed);
}

function makeCue(tokens: Token[], verb: number, last: number, entry: TopicCue, words: FunctionWords): Cue {
  // PolNeAR's cue span takes in the words before the verb (`has also pointed to`), as a lexicon cue's does.
  const first = cueStart(tokens, verb, words);
  return { first, last, verb, start: tokens[first]!.start, end: tokens[last]!.end, lemma: entry.lemma, type: entry.type, frame: 'object', sentence: tokens[verb]!.sentence, objectWithSource: false, passiveJudgment: false };
}

/** Finds the topic attributions of a document that claim no words of `taken` (the drafts the other
 *  rules found, in content order), and returns them. `decideVerb` decides which other verbs with
 *  a complement report it (learned-cues/). */
export function findTopicAttributions(doc: Document, locale: Locale, taken: QuoteDraft[], decideVerb: VerbDecision | null = shippedVerbDecision): QuoteDraft[] {
  const entries = locale.topicCues;
  if (!entries || entries.length === 0) return [];
  const table = phraseTable(entries);
  const openings = tableOpenings(table);
  const temporal = temporalWords(locale);
  const { tokens, text } = doc;
  const candidates: Candidate[] = [];
  const learned: Array<Candidate | SetAside> = [];
  let claimed: Claimed | null = null;
  let lexicon: ReadonlySet<string> | null = null;
  /** Per sentence: 0 not yet tested, 1 unquoted, 2 quoted. */
  let quoted: Uint8Array | null = null;
  let marks: MarkPlaces | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // fitsRole takes only these for the phrase's first word; testing the tag and the opening key
    // first spares most tokens the lower-casing and the map lookup.
    if (t.pos !== 'NOUN' && t.pos !== 'VERB' && t.pos !== 'ADJ') continue;
    const phrases = mayOpen(openings, openingKey(t.text)) ? table.get(t.text.toLowerCase()) : undefined;
    if (!phrases) {
      if (t.pos === 'VERB' && decideVerb) i = learnedCandidate(i);
      continue;
    }
    const sentence = doc.sentences[t.sentence];
    if (!sentence) continue;
    let matched = false;
    for (const { words, entry } of phrases) {
      const last = matchPhrase(tokens, i, words, false);
      if (last < 0 || !fitsRole(tokens, i, entry.role, locale.words)) continue;
      if (entry.directObject && isPassive(tokens, i, locale.words)) continue;
      let p = nonSpaceAtOrAfter(tokens, last + 1);
      for (let n = 0; entry.role !== 'noun' && n < MAX_ADVERBS && tokens[p]?.pos === 'ADV'; n++) p = nonSpaceAtOrAfter(tokens, p + 1);
      const prep = tokens[p];
      if (!prep || p > sentence.lastToken) continue;
      if (entry.directObject ? !OBJECT_OPENERS.has(prep.pos) : !entry.prepositions.includes(prep.text.toLowerCase())) continue;
      // A direct object opens right after the verb; a prepositional one after its preposition.
      const after = entry.directObject ? p : nonSpaceAtOrAfter(tokens, p + 1);
      if (after > sentence.lastToken) continue;
      if (entry.complement && !opensComplement(prep, tokens[after]!, locale.words)) continue;
      const from = entry.complement ? p : after;
      const owner: NounOwner = entry.role === 'noun' ? nounOwner(doc, i, sentence.firstToken, locale) : { possessor: null, verb: -1, subject: false, judged: false };
      if (entry.needsOwner && !owner.possessor && owner.verb < 0) continue;
      if (entry.complement && owner.judged) continue;
      const to = contentEnd(tokens, from, sentence.lastToken, temporal, owner.subject, entry.complement === true, locale.words);
      if (to < from || countWords(tokens, from, to, 1) === 0 || temporal.has(tokens[from]!.lemma)) continue;
      const cue = makeCue(tokens, owner.verb >= 0 ? owner.verb : i, entry.complement || entry.directObject ? last : p, entry, locale.words);
      // `Kerry's new announcement of`: the cue runs from after the possessor to the preposition.
      if (owner.possessor) {
        let k = nonSpaceAtOrAfter(tokens, owner.possessor.last + 1);
        if (locale.words.possessiveClitics.has(tokens[k]!.text)) k = nonSpaceAtOrAfter(tokens, k + 1);
        cue.first = Math.min(k, i);
        cue.start = tokens[cue.first]!.start;
      }
      // An adjective's cue takes in its copula (`is upbeat about`).
      if (entry.role === 'adjective') {
        let k = nonSpaceAtOrBefore(tokens, i - 1);
        while (k >= 0 && !locale.words.copulaForms.has(tokens[k]!.text.toLowerCase())) k = nonSpaceAtOrBefore(tokens, k - 1);
        const copula = makeCue(tokens, k, p, entry, locale.words);
        cue.first = copula.first;
        cue.start = copula.start;
      }
      candidates.push({ cue, entry, from, to, possessor: owner.possessor, governed: owner.verb >= 0, learned: null, link: null });
      i = p;
      matched = true;
      break;
    }
    if (!matched && t.pos === 'VERB' && decideVerb) i = learnedCandidate(i);
  }
  if (candidates.length === 0 && learned.length === 0) return [];
  claimed ??= takenSpans(taken);
  const searched = cuesToSearch();
  const cues: Cue[] = [];
  for (const c of searched) cues.push(c.cue);
  const links = findSources(doc, cues, locale);
  for (let n = 0; n < searched.length; n++) searched[n]!.link = links[n] ?? null;
  const found: QuoteDraft[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    const start = tokens[c.from]!.start;
    if (start < lastEnd || overlapsAny(claimed, start, tokens[c.to]!.end)) continue;
    const draft = attribution(c);
    if (draft) { found.push(draft); lastEnd = draft.content[0]!.end; }
  }
  if (learned.length === 0) return found;
  // The learned cues take only words the lexicon's topic cues left.
  const topics = takenSpans(found);
  lastEnd = -1;
  for (const c of learned) {
    if ('setAside' in c || c.learned!.hopeless) continue;
    const start = tokens[c.from]!.start;
    const end = tokens[c.to]!.end;
    if (start < lastEnd || overlapsAny(topics, start, end)) continue;
    const link = c.link;
    if (!link || link.side !== 'before') continue;
    const { candidate, lexicon } = c.learned!;
    if (!decideVerb!(() => verbFeatures(doc, candidate, lexicon, link.mention), candidate)) continue;
    const draft = attribution(c);
    if (draft) { found.push(draft); lastEnd = end; }
  }
  return found.sort(byContentStart);

  function attribution(c: Candidate): QuoteDraft | null {
    const start = tokens[c.from]!.start;
    const end = tokens[c.to]!.end;
    const link = c.link;
    // A stance verb's subject comes before it: a name after it is its object (`endorsed Trump`).
    const mention = c.possessor ?? (!takesFoundSource(c) || c.entry.directObject && link?.side !== 'before' ? null : link?.mention ?? null);
    // Unattributed, `backing Bush` is a modifier or the writer's words (precision lost on train).
    if (c.entry.directObject && !mention) return null;
    const content: Span = { start, end, text: text.slice(start, end) };
    return {
      kind: QUOTATION_MARK.test(content.text) ? 'mixed' : 'indirect',
      content: [content],
      cue: { start: c.cue.start, end: c.cue.end, text: text.slice(c.cue.start, c.cue.end) },
      source: mention ? { start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end) } : null,
      confidence: !mention ? CONFIDENCE.bare : c.entry.forms.length === 0 ? CONFIDENCE.learned : CONFIDENCE.source,
      sentence: c.cue.sentence,
      cueType: cueTypeOfEntry(c.entry),
    };
  }

  /** A sentence with quotation marks is the quotation rules' to read: a learned attribution there
   *  competes with theirs for the same statement. The unquoted sentences of a paragraph that
   *  quotes are open to it (`"…," she said. The campaign mocked the plan as a gimmick.`); a sentence
   *  inside a quotation spanning several is claimed by that quotation's content already. Tested
   *  once per sentence. */
  function quotedSentence(s: number): boolean {
    quoted ??= new Uint8Array(doc.sentences.length);
    let q = quoted[s]!;
    if (q === 0) {
      const sentence = doc.sentences[s];
      // Searched as text: wink-nlp splits `''` into two apostrophe tokens.
      marks ??= markPlaces(text, locale);
      q = sentence !== undefined && holdsMark(text, locale, marks, sentence.start, sentence.end) ? 2 : 1;
      quoted[s] = q;
    }
    return q === 2;
  }

  /** A verb neither lexicon knows, with a complement that claims no taken words, in a sentence
   *  with no quotation marks: a candidate for the learned model,
   *  asked once its source is known. Returns the token to go on after. */
  function learnedCandidate(i: number): number {
    // A token's sentence number is its sentence's index: the quoted test needs no sentence read.
    const s = tokens[i]!.sentence;
    if (quotedSentence(s)) return i;
    const sentence = doc.sentences[s];
    if (!sentence) return i;
    const opening = complementOpening(tokens, i, sentence.lastToken, locale.words);
    if (!opening) return i;
    // A complement whose first word another rule claimed claims it too, wherever it ends.
    claimed ??= takenSpans(taken);
    // The passive test last: the other two rule out more verbs, and sooner.
    if (overlapsAny(claimed, tokens[opening.from]!.start, tokens[opening.from]!.end) || isPassive(tokens, i, locale.words)) return i;
    lexicon ??= lexiconForms(locale);
    const form = tokens[i]!.text.toLowerCase();
    const inLexicon = lexicon.has(form);
    const bound = decideVerb!.bound;
    const openingScore = bound ? bound.opening(doc, opening, inLexicon, form) : 0;
    // A candidate the model cannot accept, whatever its content (known here) or its source (known
    // later), is set aside: the source search may still need it (cuesToSearch). Built or not, the
    // scan goes on after the verb: the tokens up to the cue's last (adverbs and a preposition) open
    // no topic cue nor learned candidate.
    if (bound && bound.cannotReach(openingScore + bound.maxContent + bound.maxSource)) return setAside(i, opening, sentence, inLexicon);
    const to = complementEnd(opening, sentence);
    if (to < 0) return i;
    const candidate: VerbCandidate = { verb: opening.verb, cueLast: opening.cueLast, from: opening.from, to, kind: opening.kind };
    if (bound && bound.cannotReach(openingScore + bound.content(doc, candidate) + bound.maxSource)) return setAside(i, opening, sentence, inLexicon);
    learned.push(learnedCandidateOf(candidate, sentence, inLexicon));
    return opening.cueLast;
  }

  function setAside(i: number, opening: Omit<VerbCandidate, 'to'>, sentence: Sentence, inLexicon: boolean): number {
    learned.push({ setAside: true, verb: i, opening, sentence, lexicon: inLexicon, first: cueStart(tokens, i, locale.words) });
    return i;
  }

  /** The last token of the content of a verb whose complement opens at `opening`, as contentEnd
   *  bounds it (what the model was trained on); -1 when that content cannot be one. */
  function complementEnd(opening: Omit<VerbCandidate, 'to'>, sentence: Sentence): number {
    const complement = opening.kind === 'that' || opening.kind === 'to';
    const to = contentEnd(tokens, opening.from, sentence.lastToken, temporal, false, complement, locale.words);
    if (to < opening.from || countWords(tokens, opening.from, to, 1) === 0 || temporal.has(tokens[opening.from]!.lemma)) return -1;
    claimed ??= takenSpans(taken);
    return overlapsAny(claimed, tokens[opening.from]!.start, tokens[to]!.end) ? -1 : to;
  }

  /** The candidate of a verb whose content complementEnd found. */
  function learnedCandidateOf(candidate: VerbCandidate, sentence: Sentence, inLexicon: boolean): Candidate {
    const { verb, from, to } = candidate;
    const entry = learnedEntry(tokens[verb]!, candidate.kind);
    const cue = makeCue(tokens, verb, candidate.cueLast, entry, locale.words);
    // The model reads the complement as contentEnd bounds it; a that- or wh-clause (`is hoping that
    // states…`, `would know what loopholes…`) is a reported clause, and its content ends where one
    // does, unless that reaches words another rule claimed.
    let contentTo = to;
    if (reportsClause(tokens[from]!, candidate.kind, locale.words)) {
      // A literal, not a spread: a spread copies through the runtime.
      const clauseCue: Cue = { first: cue.first, last: cue.last, verb: cue.verb, start: cue.start, end: cue.end, lemma: cue.lemma, type: cue.type, frame: 'clause', sentence: cue.sentence, objectWithSource: false, passiveJudgment: false };
      const clauseTo = clauseEnd(doc, clauseCue, from, sentence.lastToken, NO_LATER_CUES, locale);
      if (clauseTo > to && !overlapsAny(claimed!, tokens[from]!.start, tokens[clauseTo]!.end)) contentTo = clauseTo;
    }
    return { cue, entry, from, to: contentTo, possessor: null, governed: false, learned: { candidate, lexicon: inLexicon, hopeless: false }, link: null };
  }

  /** The cues whose sources are searched, in text order (findSources reads them so): those whose
   *  source is read, and before them those of their sentence whose source is not. findSources may
   *  lend a cue the source of an earlier cue of its sentence, so up to the last cue of a sentence
   *  whose source is read, every cue stays, the set-aside ones built in full (those whose content
   *  cannot be one drop out, as they always did). A cue with a possessor is not searched. */
  function cuesToSearch(): Candidate[] {
    const merged = learned.length === 0 ? candidates : mergeInOrder<Candidate | SetAside>(candidates, learned, cueFirst);
    // Text order is sentence order, so a sentence's cues are one run; were it ever not, every cue stays.
    let runs = true;
    for (let n = 1; n < merged.length && runs; n++) runs = cueSentence(merged[n]!) >= cueSentence(merged[n - 1]!);
    const keep: boolean[] = new Array(merged.length);
    let readLater = false;
    for (let n = merged.length - 1; n >= 0; n--) {
      const c = merged[n]!;
      if (n === merged.length - 1 || cueSentence(c) !== cueSentence(merged[n + 1]!)) readLater = false;
      if (!('setAside' in c) && sourceRead(c)) readLater = true;
      keep[n] = readLater || !runs;
    }
    const out: Candidate[] = [];
    for (let n = 0; n < merged.length; n++) {
      const c = merged[n]!;
      if (!keep[n]) continue;
      if (!('setAside' in c)) { if (c.possessor === null) out.push(c); continue; }
      const to = complementEnd(c.opening, c.sentence);
      if (to < 0) continue;
      const { verb, cueLast, from, kind } = c.opening;
      const built = learnedCandidateOf({ verb, cueLast, from, to, kind }, c.sentence, c.lexicon);
      built.learned!.hopeless = true;
      out.push(built);
    }
    return out;
  }

  /** Whether the drafts may read the candidate's source (attribution(), the learned loop): not
   *  for a hopeless learned cue, nor for a topic cue with a possessor, one of a noun no verb
   *  governs, or one whose content overlaps the other rules' words. */
  function sourceRead(c: Candidate): boolean {
    if (c.learned) return !c.learned.hopeless;
    return takesFoundSource(c) && !overlapsAny(claimed!, tokens[c.from]!.start, tokens[c.to]!.end);
  }

  function cueFirst(c: Candidate | SetAside): number {
    return 'setAside' in c ? c.first : c.cue.first;
  }

  /** A set-aside candidate's cue would be in its verb's sentence (makeCue). */
  function cueSentence(c: Candidate | SetAside): number {
    return 'setAside' in c ? tokens[c.verb]!.sentence : c.cue.sentence;
  }
}

/** The quotation rules' cues are not known here; the clause end still applies its other rules
 *  (semicolon, new main clause, the writer's gloss and continuation). */
const NO_LATER_CUES: Cue[] = [];

/** A that-clause, or an object that opens with a wh-word (`what loopholes… allow`). */
function reportsClause(opener: Token, kind: VerbCandidate['kind'], words: FunctionWords): boolean {
  return kind === 'that' || kind === 'object' && words.clauseWhWords.has(opener.lemma);
}

/** The cue type a learned cue reports: an act for an object (`mocked the plan`), words for a
 *  that-clause, an intention for an infinitive (`seeks to prevent…`). */
const LEARNED_TYPES: Record<VerbCandidate['kind'], CueType> = { object: 'stance', preposition: 'stance', that: 'speech', to: 'intention' };

/** A lexicon-like entry for a learned cue, so it is resolved like a stance verb: its subject before
 *  it is the source, and without one it is dropped. */
function learnedEntry(verb: Token, kind: VerbCandidate['kind']): TopicCue {
  const type = LEARNED_TYPES[kind];
  return { lemma: verb.text.toLowerCase(), forms: [], prepositions: [], role: 'verb', type: type === 'stance' ? 'speech' : type, directObject: true, stance: type === 'stance' };
}

const markPatternCache = new WeakMap<Locale, RegExp>();

/** Any mark of the locale that cannot be an apostrophe, as one pattern of literal alternatives
 *  (one scan of a paragraph instead of one per mark; no backtracking). */
function markPattern(locale: Locale): RegExp {
  let pattern = markPatternCache.get(locale);
  if (!pattern) {
    const marks = [...markSets(locale).unambiguous].sort((a, b) => b.length - a.length);
    pattern = new RegExp(marks.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'u');
    markPatternCache.set(locale, pattern);
  }
  return pattern;
}

/** Where the text's marks (markPattern) are: each match's first and past-last offset, in text
 *  order, overlapping ones included (`'''` holds `''` at its first and its second offset). */
type MarkPlaces = { starts: number[]; ends: number[] };

const markScanCache = new WeakMap<Locale, RegExp>();

/** One scan of the whole text for the marks, instead of one scan of every sentence's slice. */
function markPlaces(text: string, locale: Locale): MarkPlaces {
  let scan = markScanCache.get(locale);
  if (!scan) { scan = new RegExp(markPattern(locale).source, 'gu'); markScanCache.set(locale, scan); }
  const starts: number[] = [];
  const ends: number[] = [];
  scan.lastIndex = 0;
  for (let hit = scan.exec(text); hit !== null; hit = scan.exec(text)) {
    starts.push(hit.index);
    ends.push(hit.index + hit[0].length);
    // A mark starts at any offset, also inside the one just found: the next search starts one on.
    scan.lastIndex = hit.index + 1;
  }
  return { starts, ends };
}

/** Whether text[start, end) holds a mark as a whole: what markPattern finds in that slice. A
 *  match running past `end` may still have a shorter alternative inside it: the slice is searched. */
function holdsMark(text: string, locale: Locale, marks: MarkPlaces, start: number, end: number): boolean {
  const { starts, ends } = marks;
  // The first mark at or after `start`.
  const n = countBelow(starts, start);
  if (n === starts.length || starts[n]! >= end) return false;
  return ends[n]! <= end || markPattern(locale).test(text.slice(start, end));
}

const lexiconCache = new WeakMap<Locale, ReadonlySet<string>>();

/** Every single-word form of the locale's speech and belief cues. */
function lexiconForms(locale: Locale): ReadonlySet<string> {
  let set = lexiconCache.get(locale);
  if (!set) { set = new Set(locale.cues.flatMap((c) => c.forms)); lexiconCache.set(locale, set); }
  return set;
}

const QUOTATION_MARK = /["“”„‟«»‘]/;

/** Every content span of the drafts, sorted by start, with the running maximum of their ends so
 *  one binary search answers whether a range overlaps any of them. */
type Claimed = { starts: number[]; maxEnds: number[] };

function takenSpans(drafts: QuoteDraft[]): Claimed {
  // A plain loop, not flatMap: this runs for every article with a topic-cue candidate, and
  // flatMap showed in the profile.
  const spans: Span[] = [];
  let sorted = true;
  for (const d of drafts) for (const s of d.content) { if (spans.length > 0 && s.start < spans[spans.length - 1]!.start) sorted = false; spans.push(s); }
  if (!sorted) spans.sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const maxEnds: number[] = [];
  let max = -1;
  for (const s of spans) { max = Math.max(max, s.end); starts.push(s.start); maxEnds.push(max); }
  return { starts, maxEnds };
}

function overlapsAny(claimed: Claimed, start: number, end: number): boolean {
  // Spans starting before `end`: the last of them reaches past `start` if any does.
  const { starts, maxEnds } = claimed;
  const n = countBelow(starts, end);
  return n > 0 && maxEnds[n - 1]! > start;
}

/** The drafts of the other rules with the topic attributions added, in content order. */
export function withTopicAttributions(doc: Document, locale: Locale, drafts: QuoteDraft[], decideVerb: VerbDecision | null = shippedVerbDecision): QuoteDraft[] {
  const topics = findTopicAttributions(doc, locale, drafts, decideVerb);
  if (topics.length === 0) return drafts;
  // A draft before a topic attribution whose content starts where it does.
  return mergeInOrder(drafts, topics, contentStart);
}

function contentStart(d: QuoteDraft): number {
  return d.content[0]!.start;
}

function byContentStart(a: QuoteDraft, b: QuoteDraft): number {
  return a.content[0]!.start - b.content[0]!.start;
}
