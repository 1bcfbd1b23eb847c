// The mention that names who spoke: the noun phrase before a cue (`Mr Blair said`, `a spokesman for
// Sony said`, `Jane Roe, a professor of economics, said`), after it when inverted (`said Jane Roe`)
// or after `according to`. Walks a bounded number of tokens from the cue, so the stage is linear.
import type { Locale } from '../locales/locale.js';
import type { Document, Token } from './document.js';
import type { Cue } from './cues.js';

/** A source mention as token range and offsets; the span text is exactly what is written. */
export type SourceMention = { first: number; last: number; start: number; end: number };

export type SourceLink = { mention: SourceMention; side: 'before' | 'after' };

const MAX_NP = 14;
const MAX_APPOSITION = 30;
/** Prepositions that continue a noun phrase: `a spokesman for Sony`, `the head of the IMF`. */
const LINKS = new Set(['of', 'for', 'at', 'from', 'with', 'on', 'in']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'one']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Words skipped between a subject and its verb: `has also said`, `did not say`, `had previously told`. */
const SKIPPABLE = new Set(['ADV', 'AUX', 'PART']);

type Vocabulary = { temporal: Set<string>; titles: Set<string> };
const vocabularyCache = new WeakMap<Locale, Vocabulary>();

function vocabulary(locale: Locale): Vocabulary {
  let v = vocabularyCache.get(locale);
  if (!v) {
    const words = [...(locale.dates?.triggers ?? []), ...(locale.dates?.periodNouns ?? [])].map((w) => w.toLowerCase());
    v = { temporal: new Set(words), titles: new Set(locale.titles.map((w) => w.toLowerCase().replace(/\.$/, ''))) };
    vocabularyCache.set(locale, v);
  }
  return v;
}

function isNominal(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM');
}

function isCapitalised(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Parts of speech the tagger gives name words that are also common words (Grant, Rich, Bush,
 *  Young, Brown, May, Will, Mark, Hope). */
const MISREAD_NAME_POS = new Set(['VERB', 'NOUN', 'ADJ', 'AUX', 'ADV']);

function isCapitalisedName(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'PROPN' && isCapitalised(t);
}

/** Nominal, or a capitalised word the tagger misread inside a name: right before a capitalised
 *  name (`said Josh/VERB Bivens`), right after a title (`Mr Grant/VERB`) or after a capitalised
 *  name (`Olivia Grant/VERB`). Mid-sentence capitals only, except after a title. */
function isNominalAt(tokens: Token[], j: number, locale: Locale): boolean {
  const t = tokens[j];
  if (isNominal(t)) return true;
  if (!t || !MISREAD_NAME_POS.has(t.pos) || !isCapitalised(t) || t.lemma === 'i') return false;
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
  if (!cue || !MISREAD_NAME_POS.has(h.pos) || !isCapitalised(h) || h.lemma === 'i') return false;
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

function isPossessiveMarker(t: Token): boolean {
  const lower = t.text.toLowerCase();
  return lower === '’s' || lower === "'s" || lower === '’' || lower === "'";
}

/** `Holtz-Eakin`: wink-nlp splits hyphenated names; a hyphen with no space either side joins them. */
function isInnerHyphen(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  return (t.text === '-' || t.text === '‐') && before !== undefined && after !== undefined && before.end === t.start && after.start === t.end;
}

function mention(tokens: Token[], first: number, last: number): SourceMention {
  return { first, last, start: tokens[first]!.start, end: tokens[last]!.end };
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
  if (h.pos === 'PRON') return SUBJECT_PRONOUNS.has(h.lemma) ? mention(tokens, head, head) : null;
  if (!isSubjectHead(tokens, head, cue, locale)) return null;
  if (vocabulary(locale).temporal.has(h.lemma)) return null;
  const temporal = vocabulary(locale).temporal;
  let first = head;
  for (let j = head - 1; j >= floor && head - j < MAX_NP; j--) {
    const t = tokens[j]!;
    if (temporal.has(t.lemma)) break;
    if (isNominalAt(tokens, j, locale) || t.pos === 'ADJ' || isPossessiveMarker(t) || POSSESSIVES.has(t.lemma) || isInnerHyphen(tokens, j)) { first = j; continue; }
    if (t.pos === 'DET') {
      first = j;
      const link = tokens[j - 1];
      if (link && j - 1 >= floor && LINKS.has(link.lemma) && isNominal(tokens[j - 2])) { first = j - 2; j -= 2; continue; }
      break;
    }
    if (LINKS.has(t.lemma) && isNominal(tokens[j - 1]) && j - 1 >= floor) { first = j - 1; j--; continue; }
    if ((t.lemma === 'and' || t.text === '&') && tokens[first]!.pos === 'PROPN' && tokens[j - 1]?.pos === 'PROPN') { first = j - 1; j--; continue; }
    break;
  }
  // A phrase never starts with a dangling link word or possessive marker.
  while (first < head && (LINKS.has(tokens[first]!.lemma) || isPossessiveMarker(tokens[first]!))) first++;
  return mention(tokens, first, head);
}

/** The noun phrase starting at token `from`, extended right no further than `ceiling`. */
export function phraseStartingAt(doc: Document, from: number, ceiling: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  const t0 = tokens[from];
  if (!t0 || from > ceiling) return null;
  if (t0.pos === 'PRON' && SUBJECT_PRONOUNS.has(t0.lemma)) return mention(tokens, from, from);
  const temporal = vocabulary(locale).temporal;
  let last = -1;
  let seenHead = false;
  for (let j = from; j <= ceiling && j - from < MAX_NP; j++) {
    const t = tokens[j]!;
    if (temporal.has(t.lemma) && seenHead) break;
    if (isNominalAt(tokens, j, locale)) { last = j; seenHead = true; continue; }
    if (seenHead && isInnerHyphen(tokens, j)) continue;
    if (t.pos === 'DET' || t.pos === 'ADJ' || POSSESSIVES.has(t.lemma) || (isPossessiveMarker(t) && seenHead)) { last = j; continue; }
    if (seenHead && (LINKS.has(t.lemma) || t.lemma === 'and') && j + 1 <= ceiling) {
      const n = tokens[j + 1]!;
      if (isNominal(n) || n.pos === 'DET' || n.pos === 'ADJ') continue;
    }
    break;
  }
  if (!seenHead || last < from) return null;
  while (last > from && !isNominal(tokens[last]!)) last--;
  return mention(tokens, from, last);
}

/** Whether a phrase starting at token `first` opens its clause (sentence start, after a comma, a
 *  quotation or a conjunction), rather than being the object of a preposition or a verb. */
function startsClause(tokens: Token[], first: number, floor: number): boolean {
  let k = first - 1;
  while (k >= floor && tokens[k]!.pos === 'SPACE') k--;
  if (k < floor) return true;
  const t = tokens[k]!;
  return t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || (t.pos === 'ADV' && k === floor);
}

function skipBack(tokens: Token[], k: number, floor: number): number {
  while (k >= floor && (SKIPPABLE.has(tokens[k]!.pos) && !isPossessiveMarker(tokens[k]!)) && tokens[k]!.lemma !== 'that') k--;
  return k;
}

/** The subject before a cue; looks past an apposition set off by commas (`Jane Roe, a professor…, said`). */
export function sourceBefore(doc: Document, cue: Cue, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  const k = skipBack(tokens, cue.first - 1, floor);
  if (k < floor) return null;
  const t = tokens[k]!;
  if (t.text === ',' && tokens[k - 1]?.pos === 'ADV' && tokens[k - 2]?.text === ',' && k - 3 >= floor) {
    // `Trump, however, said`: a parenthetical adverb between commas.
    return phraseEndingAt(doc, k - 3, floor, locale);
  }
  if (t.text === ',' ) {
    // Find the comma opening the apposition, then the name before it.
    for (let j = k - 1; j >= floor && k - j <= MAX_APPOSITION; j--) {
      const a = tokens[j]!;
      if (a.pos === 'PUNCT' && a.text !== ',' && a.text !== '.' && a.text !== '(' && a.text !== ')' && a.text !== '-') return null;
      if (a.text !== ',') continue;
      const opener = tokens[j + 1]!;
      const fitsApposition = opener.pos === 'DET' || opener.pos === 'ADJ' || opener.pos === 'NOUN' || opener.pos === 'PROPN' || opener.pos === 'NUM' || opener.lemma === 'who';
      if (!fitsApposition) return null;
      const head = tokens[j - 1];
      const headFits = head !== undefined && j - 1 >= floor && (head.pos === 'PROPN' || head.pos === 'NOUN' || head.text === ')');
      const named = headFits ? phraseEndingAt(doc, j - 1, floor, locale) : null;
      // PolNeAR's source is the whole subject as written, apposition and closing comma included:
      // `Brian Fallon, the campaign’s press secretary, said`.
      if (named && startsClause(tokens, named.first, floor)) return mention(tokens, named.first, k);
      // `After winning Ohio in the primary, Gov. John Kasich (R-OH), said`: the phrase before the
      // first comma is an adjunct, so the subject is what stands between the commas.
      const subject = phraseEndingAt(doc, k - 1, j + 1, locale);
      return subject && subject.first === j + 1 ? subject : null;
    }
    return null;
  }
  return phraseEndingAt(doc, k, floor, locale, cue);
}

/** The subject after an inverted cue (`said Jane Roe`, `says the report`) or after `according to`. */
export function sourceAfter(doc: Document, cue: Cue, ceiling: number, locale: Locale): SourceMention | null {
  return phraseStartingAt(doc, cue.last + 1, ceiling, locale);
}

/** Openers of a participle or relative clause after an apposition, which PolNeAR leaves out of
 *  the source (`said Josh Earnest, the press secretary, echoing…`). */
const CLAUSE_AFTER_APPOSITION = new Set(['who', 'whom', 'whose', 'which', 'though', 'although', 'but', 'and', 'according', 'as', 'while', 'when', 'because']);

/** `said Josh Bivens, research director of the Economic Policy Institute.`: an inverted source
 *  takes in its apposition, up to the sentence end or the clause that follows it. Left as it is
 *  when no clear end comes within a bounded number of tokens. */
function withApposition(doc: Document, named: SourceMention, ceiling: number): SourceMention {
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
  if (!opensApposition(tokens[comma + 1]!)) return named;
  let last = comma;
  for (let j = comma + 1; j <= ceiling && j - comma <= MAX_APPOSITION; j++) {
    const t = tokens[j]!;
    if (t.pos === 'SPACE') continue;
    if (t.text === ',') {
      const next = tokens[j + 1];
      if (!next || j + 1 > ceiling || !opensApposition(next)) return mention(tokens, named.first, last);
      continue;
    }
    if (t.pos === 'PUNCT' && !APPOSITION_PUNCT.has(t.text)) return mention(tokens, named.first, last);
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (!(tokens[j - 1]!.pos === 'PRON' && RELATIVE.has(tokens[j - 1]!.lemma)) && t.pos === 'AUX') return named;
    }
    last = j;
    if (j === ceiling) return mention(tokens, named.first, last);
  }
  return named;
}

const RELATIVE = new Set(['who', 'which', 'that']);
/** Punctuation inside an apposition: `(D-Md.)`, `Holtz-Eakin`, `Ft. Worth`. */
const APPOSITION_PUNCT = new Set(['(', ')', '-', '‐', '&', '’s', "'s", '’', "'"]);

function opensApposition(t: Token): boolean {
  if (CLAUSE_AFTER_APPOSITION.has(t.lemma)) return false;
  return t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || POSSESSIVES.has(t.lemma);
}

/** Verbs whose object is the addressee, never an inverted subject: `, told investors` is said to
 *  the investors. English lemmas; other locales simply never match. */
const ADDRESSEE_OBJECT = new Set(['tell', 'inform', 'assure', 'remind', 'notify', 'brief']);

/** Whether the words before a cue end a clause or a quotation, so the subject may follow the verb. */
function invertible(tokens: Token[], cue: Cue, floor: number): boolean {
  if (ADDRESSEE_OBJECT.has(cue.lemma)) return false;
  const k = skipBack(tokens, cue.first - 1, floor);
  if (k < floor) return true;
  const t = tokens[k]!;
  return t.pos === 'PUNCT';
}

/** The source mention for each cue (null when none is written), within the cue's sentence. */
export function findSources(doc: Document, cues: Cue[], locale: Locale): Array<SourceLink | null> {
  return cues.map((cue) => {
    const sentence = doc.sentences[cue.sentence];
    const floor = sentence ? sentence.firstToken : 0;
    const ceiling = sentence ? sentence.lastToken : doc.tokens.length - 1;
    if (cue.frame === 'according') {
      const m = sourceAfter(doc, cue, ceiling, locale);
      return m ? { mention: withApposition(doc, m, ceiling), side: 'after' as const } : null;
    }
    if (invertible(doc.tokens, cue, floor)) {
      const after = sourceAfter(doc, cue, ceiling, locale);
      // `said the plan would fail` is a clause, not an inverted subject: the phrase must end the clause.
      const following = after ? doc.tokens[after.last + 1] : undefined;
      const endsClause = !following || following.pos === 'PUNCT' || following.pos === 'ADP' || following.pos === 'ADV' || following.pos === 'SPACE';
      if (after && endsClause) return { mention: withApposition(doc, after, ceiling), side: 'after' as const };
    }
    const before = sourceBefore(doc, cue, floor, locale);
    return before ? { mention: before, side: 'before' as const } : null;
  });
}
