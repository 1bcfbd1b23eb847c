// Name mentions of one document: runs of proper nouns (wink-nlp PROPN) read once, left to right,
// with titles split off, known outlets recognised, a kind guessed from the locale's cues, and the
// roles written next to the name (`UK Chancellor Gordon Brown`, `Jane Roe, a professor …,`).
// Pronouns and nominals (`he`, `the minister`) matter only as quote sources; entities.ts reads
// those from the source spans.
import type { Span } from '../../types.js';
import type { Document, Token } from '../document/document.js';
import type { Locale } from '../../locales/locale.js';
import { nameVocabulary, NAME_WORD, type NameVocabulary } from './name-vocabulary.js';
import { MISREAD_NAME_POS } from '../sources/misread-names.js';
import { nonSpaceAtOrAfter, nonSpaceBefore } from '../document/non-space-tokens.js';
import { NAME_INNER_PUNCT } from '../document/punctuation.js';
import { isNoun } from '../document/nouns.js';

export type MentionKind = 'person' | 'organization' | 'outlet' | 'place' | 'unknown';

export type NameMention = {
  /** Titles and name as written (`Mr Blair`, `Chancellor Gordon Brown`, `BBC`). */
  span: Span;
  /** The name alone (`Blair`, `Gordon Brown`). */
  name: Span;
  /** Lower-cased titles without full stops (`mr`, `prime minister`), outermost first. */
  titles: string[];
  /** Lower-cased name parts without full stops (`gordon`, `brown`). */
  parts: string[];
  /** `unknown` is a lone capitalised word (`Blair`, `Labour`) that the entity stage decides. */
  kind: MentionKind;
  /** The locale's spelling of a recognised outlet (`The Guardian`, `Financial Times`). */
  outlet: string | undefined;
  gender: 'm' | 'f' | undefined;
  /** Roles and appositions written next to the name. */
  descriptions: string[];
  /** First word of its sentence (or right after an opening mark): capitalised anyway, so a lone
   *  unknown word here (`Customers`, `Problems`, tagged PROPN by wink-nlp) is only a name if seen elsewhere. */
  sentenceInitial: boolean;
  firstToken: number;
  lastToken: number;
};

function isCapitalised(s: string): boolean {
  const code = s.charCodeAt(0);
  if (code >= 65 && code <= 90) return true; // A-Z, the common case, without allocating
  if (code < 128 || Number.isNaN(code)) return false;
  const c = s[0]!;
  return c !== c.toLowerCase();
}

/** Lower-cased, full stops at the end dropped: `Mr.` → `mr`, `Corp.` → `corp`. */
export function namePart(s: string): string {
  if (s.charCodeAt(s.length - 1) !== 46) return s.toLowerCase();
  let e = s.length;
  while (e > 1 && s[e - 1] === '.') e--;
  return s.slice(0, e).toLowerCase();
}

/** isCapitalised(t.text), read in the document's text (a token's text is the text at its start):
 *  one string read in order, where each token's own string lies elsewhere in memory. */
function opensWithCapital(text: string, t: Token): boolean {
  if (t.end === t.start) return false;
  const code = text.charCodeAt(t.start);
  if (code >= 65 && code <= 90) return true;
  return code >= 128 && isCapitalised(t.text);
}

function isNameToken(t: Token | undefined, text: string): boolean {
  return t !== undefined && t.pos === 'PROPN' && opensWithCapital(text, t);
}


/** Longest entry of `table` starting at token `k`, compared through `key`; returns its token count. */
function longestMatch(tokens: Token[], k: number, limit: number, table: Map<string, string[][]>, key: TokenKey): number {
  const first = tokens[k];
  if (!first) return 0;
  const candidates = table.get(key(first));
  if (!candidates) return 0;
  limit = Math.min(limit, tokens.length - 1);
  for (const words of candidates) {
    if (k + words.length - 1 > limit) continue;
    let ok = true;
    for (let w = 1; w < words.length && ok; w++) ok = key(tokens[k + w]!) === words[w];
    if (ok) return words.length;
  }
  return 0;
}

/** How a table compares a token: by its text (outlets) or its namePart (titles, name words). */
type TokenKey = (t: Token) => string;

/** namePart of a token, which is its lemma whenever the lemma is just the lower-cased text (the
 *  common case): that string is wink-nlp's own, shared by every occurrence of the word with its
 *  hash computed once, where lower-casing would build and hash a new string at each lookup. The
 *  comparison is exact for ASCII; any other text, or a final full stop, goes to namePart. */
function lowerKey(t: Token): string {
  const text = t.text;
  const lemma = t.lemma;
  const n = text.length;
  if (lemma.length !== n || text.charCodeAt(n - 1) === 46) return namePart(text);
  for (let k = 0; k < n; k++) {
    let c = text.charCodeAt(k);
    if (c >= 128) return namePart(text);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lemma.charCodeAt(k)) return namePart(text);
  }
  return lemma;
}
const exactKey: TokenKey = (t) => t.text;

/** The span from token a to token b; one token's is its own text (equal to the slice, and
 *  shared by the word's occurrences, so alias sets hash it once). */
function tokensSpan(tokens: Token[], text: string, a: number, b: number): Span {
  const start = tokens[a]!.start;
  const end = tokens[b]!.end;
  return { start, end, text: a === b ? tokens[a]!.text : text.slice(start, end) };
}

export function findNameMentions(doc: Document, locale: Locale): NameMention[] {
  const vocab = nameVocabulary(locale);
  const { tokens, text } = doc;
  const mentions: NameMention[] = [];
  /** Last words of the people's names read so far (`lynch` after `Loretta Lynch`). */
  const surnames = new Set<string>();
  readMentions();
  return mentions;

  function readMentions(): void {
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      // Every rule below starts with a capital (each word is tested once).
      if (!opensWithCapital(text, t)) { i++; continue; }
      if (t.pos !== 'PROPN' && isMisreadSurname(tokens, i, surnames)) {
        const m = nameMention(doc, i, i, vocab, i + 1);
        if (m) { m.kind = 'person'; mentions.push(m); }
        i++;
        continue;
      }
      const outletFirst = vocab.outletFirstShapes.mayHold(text, t.start, t.end) && vocab.outletFirstWords.has(t.text);
      if (t.pos !== 'PROPN' && !outletFirst) { i++; continue; }
      const outletEnd = outletFirst ? matchOutlet(tokens, i, vocab) : -1;
      if (outletEnd >= 0) {
        mentions.push(outletMention(doc, i, outletEnd, vocab));
        i = outletEnd + 1;
        continue;
      }
      if (t.pos !== 'PROPN') { i++; continue; }
      const end = runEnd(tokens, text, i, vocab);
      const m = nameMention(doc, titledStart(tokens, text, i, mentions, vocab), end, vocab, i);
      if (m) mentions.push(m);
      if (m && m.kind === 'person' && m.parts.length >= 2) surnames.add(m.parts[m.parts.length - 1]!);
      i = end + 1;
    }
  }

  function outletMention(d: Document, a: number, b: number, v: NameVocabulary): NameMention {
    const span = tokensSpan(tokens, text, a, b);
    const canonical = v.outletCanonical.get(tokens.slice(a, b + 1).map(exactKey).join(' '))!;
    const apposition = appositionAfter(d, b, v);
    return {
      span, name: span, titles: [], parts: tokens.slice(a, b + 1).map(lowerKey), kind: 'outlet',
      outlet: canonical, gender: undefined, descriptions: apposition === null ? [] : [apposition], sentenceInitial: false, firstToken: a, lastToken: b,
    };
  }
}

/** `Lynch said` after `Loretta Lynch`: a capitalised word the tagger did not read as a name, which
 *  is the surname of a person named earlier and stands as a subject (a verb follows). */
function isMisreadSurname(tokens: Token[], k: number, surnames: Set<string>): boolean {
  const t = tokens[k]!;
  if (surnames.size === 0 || !MISREAD_NAME_POS.has(t.pos) || !surnames.has(lowerKey(t))) return false;
  let n = k + 1;
  n = nonSpaceAtOrAfter(tokens, n);
  const next = tokens[n];
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX') && !isCapitalised(next.text);
}

/** Last token of the outlet name starting at `k`, or -1. */
function matchOutlet(tokens: Token[], k: number, vocab: NameVocabulary): number {
  const sentenceEnd = sentenceLastToken(tokens, k);
  const n = longestMatch(tokens, k, sentenceEnd, vocab.outlets, exactKey);
  if (n === 0) return -1;
  const joined = tokens.slice(k, k + n).map(exactKey).join(' ');
  const before = nonSpaceBefore(tokens, k);
  if (vocab.outletNeedsThe.has(joined) && !(before !== undefined && vocab.definiteArticles.has(before.text.toLowerCase()))) return -1;
  // `BBC` inside a longer capitalised run that is not an outlet (`BBC Trust` is, `Fox Searchlight` is not
  // `Fox News`) still counts: outlets are matched on their own words only.
  return k + n - 1;
}

function sentenceLastToken(tokens: Token[], k: number): number {
  const s = tokens[k]!.sentence;
  let e = k;
  while (e + 1 < tokens.length && tokens[e + 1]!.sentence === s && e - k < 12) e++;
  return e;
}

/** wink-nlp often tags a capitalised title NOUN (`Ukrainian President Volodymyr Zelensky`): start
 *  the run at such a title, and at capitalised modifiers before it, when it directly precedes a name. */
function titledStart(tokens: Token[], text: string, a: number, found: NameMention[], vocab: NameVocabulary): number {
  const floor = found.length ? found[found.length - 1]!.lastToken + 1 : 0;
  for (let k = 1; k <= 3 && a - k >= floor; k++) {
    const s = a - k;
    const first = tokens[s]!;
    if (first.sentence !== tokens[a]!.sentence || !opensWithCapital(text, first)) break;
    if (longestMatch(tokens, s, a - 1, vocab.titles, lowerKey) !== k) continue;
    let start = s;
    while (start - 1 >= floor) {
      const p = tokens[start - 1]!;
      if (p.sentence !== first.sentence || !opensWithCapital(text, p) || !(p.pos === 'ADJ' || isNoun(p))) break;
      // A sentence-initial noun is capitalised anyway (`Yesterday President Bush`); adjectives here are nationalities.
      if (start - 1 === doc0(tokens, p) && p.pos === 'NOUN') break;
      start--;
    }
    return start;
  }
  return a;
}

/** Index of the first token of `t`'s sentence. */
function doc0(tokens: Token[], t: Token): number {
  let k = t.i;
  while (k > 0 && tokens[k - 1]!.sentence === t.sentence) k--;
  return k;
}

// The words of the run runEnd read last, from its first token on: its lowerKey and NAME_WORD
// flags, which nameMention reads instead of looking each word up again. Reused from run to run.
const runKeys: string[] = [];
const runFlags: number[] = [];

/** Sets runKeys and runFlags for tokens a..b of the run starting at `from`. */
function readRunWords(tokens: Token[], from: number, a: number, b: number, vocab: NameVocabulary): void {
  for (let k = a; k <= b; k++) {
    const key = lowerKey(tokens[k]!);
    runKeys[k - from] = key;
    runFlags[k - from] = vocab.nameWords.get(key) ?? 0;
  }
}

/** Last token of the proper-noun run starting at `a`, joining particles and, for organisations,
 *  `of`/`for`; its words are left in runKeys and runFlags. */
function runEnd(tokens: Token[], text: string, a: number, vocab: NameVocabulary): number {
  let b = a;
  readRunWords(tokens, a, a, a, vocab);
  let hasOrgCue = (runFlags[0]! & NAME_WORD.orgCue) !== 0;
  for (;;) {
    const next = tokens[b + 1];
    if (isNameToken(next, text)) {
      b++;
      readRunWords(tokens, a, b, b, vocab);
      if ((runFlags[b - a]! & NAME_WORD.orgCue) !== 0) hasOrgCue = true;
      continue;
    }
    if (next && vocab.nameParticleShapes.mayHold(text, next.start, next.end) && vocab.nameParticles.has(next.text) && isNameToken(tokens[b + 2], text)) {
      readRunWords(tokens, a, b + 1, b + 2, vocab);
      b += 2;
      continue;
    }
    // A capitalised title wink-nlp tagged NOUN between names: `Ukrainian President Volodymyr Zelensky`.
    if (next && opensWithCapital(text, next)) {
      const m = longestMatch(tokens, b + 1, b + 3, vocab.titles, lowerKey);
      if (m > 0 && isNameToken(tokens[b + 1 + m], text)) {
        readRunWords(tokens, a, b + 1, b + m + 1, vocab);
        b += m + 1;
        continue;
      }
    }
    if (next && hasOrgCue && vocab.orgJoiners.has(next.text.toLowerCase())) {
      if (isNameToken(tokens[b + 2], text)) {
        readRunWords(tokens, a, b + 1, b + 2, vocab);
        b += 2;
        continue;
      }
      if (tokens[b + 2] !== undefined && vocab.definiteArticles.has(tokens[b + 2]!.text.toLowerCase()) && isNameToken(tokens[b + 3], text)) {
        readRunWords(tokens, a, b + 1, b + 3, vocab);
        b += 3;
        continue;
      }
    }
    return b;
  }
}

/** The mention of tokens a..b, or null; the words from `known` on are those runEnd left in runKeys and runFlags. */
function nameMention(doc: Document, a: number, b: number, vocab: NameVocabulary, known: number): NameMention | null {
  const { tokens, text } = doc;
  // One pass for the parts and all word tests (this runs for every run of proper nouns).
  const allParts = new Array<string>(b - a + 1);
  let allNonNames = true;
  let isOrg = false;
  /** Bit k: a title may start at token a + k (for the first 31 words; later ones are looked up). */
  let titleStarts = 0;
  let lastFlags = 0;
  for (let k = a; k <= b; k++) {
    const p = k >= known ? runKeys[k - known]! : lowerKey(tokens[k]!);
    allParts[k - a] = p;
    const flags = k >= known ? runFlags[k - known]! : vocab.nameWords.get(p) ?? 0;
    if ((flags & NAME_WORD.nonName) === 0) allNonNames = false;
    if ((flags & NAME_WORD.orgCue) !== 0) isOrg = true;
    if ((flags & NAME_WORD.titleFirst) !== 0 && k - a < 31) titleStarts |= 1 << (k - a);
    lastFlags = flags;
  }
  if (allNonNames) return null;

  // Titles: pre-modifiers (`UK`), then one or more titles (`Lt Gen Sir`), then the name.
  let n = a;
  let titles = NO_WORDS;
  let roleEnd = -1;
  let titleStart = a;
  if (!isOrg) {
    for (let k = a; k <= b && titles.length === 0; k++) {
      if (k - a < 31 && (titleStarts & (1 << (k - a))) === 0) continue;
      let m = longestMatch(tokens, k, b - 1, vocab.titles, lowerKey);
      if (m === 0) continue;
      titleStart = k;
      let pos = k;
      while (m > 0) {
        const title = m === 1 ? allParts[pos - a]! : allParts.slice(pos - a, pos - a + m).join(' ');
        if (titles === NO_WORDS) titles = [];
        titles.push(title);
        if (!vocab.honorifics.has(title)) roleEnd = pos + m - 1;
        pos += m;
        m = longestMatch(tokens, pos, b - 1, vocab.titles, lowerKey);
      }
      n = pos;
    }
    // A run that is all title (`President`, `the Prime Minister`) names a role, not a person.
    if (titles.length === 0 && (titleStarts & 1) !== 0 && longestMatch(tokens, a, b, vocab.titles, lowerKey) === b - a + 1) return null;
  }
  // `UK Chancellor` describes; `Mr` alone does not, but `Labour MP` before an honorific still does.
  const titled = roleEnd >= 0 ? text.slice(tokens[a]!.start, tokens[roleEnd]!.end)
    : titleStart > a ? text.slice(tokens[a]!.start, tokens[titleStart - 1]!.end)
    : null;

  const parts = n === a ? allParts : allParts.slice(n - a);
  let kind: MentionKind;
  if (isOrg) kind = 'organization';
  else if (parts.length === 1 ? (lastFlags & NAME_WORD.place) !== 0 : isPlaceOfWords(parts, vocab)) kind = titles.length ? 'person' : 'place';
  else if (titles.length > 0 || parts.length >= 2) kind = 'person';
  else if (isAcronym(tokens[n]!.text)) kind = 'organization';
  else kind = 'unknown';

  let role: string | null = null;
  if (kind === 'person' || kind === 'unknown') {
    role = roleBefore(doc, a, vocab) || null;
    if (role !== null) kind = 'person';
  }
  let gender: 'm' | 'f' | undefined;
  for (const t of titles) gender = vocab.genders.get(t) ?? gender;
  if (!gender && parts.length >= 2) gender = vocab.genders.get(parts[0]!);

  const apposition = appositionAfter(doc, b, vocab);
  // Most names have no description: they share one empty list.
  const descriptions = role === null && titled === null && apposition === null ? NO_WORDS : present(role, titled, apposition);
  const span = tokensSpan(tokens, text, a, b);
  return {
    span,
    // Spans are never changed, so a name without titles is its whole span.
    name: n === a ? span : tokensSpan(tokens, text, n, b),
    titles, parts, kind, outlet: undefined, gender, descriptions, sentenceInitial: startsSentence(tokens, a), firstToken: a, lastToken: b,
  };
}

/** An empty list of titles or descriptions, shared by the mentions that have none; never added to. */
const NO_WORDS: string[] = [];

/** The given strings that are not null, in order. */
function present(x: string | null, y: string | null, z: string | null): string[] {
  const out: string[] = [];
  if (x !== null) out.push(x);
  if (y !== null) out.push(y);
  if (z !== null) out.push(z);
  return out;
}

/** Whether the name parts (two or more) joined by spaces are a place the locale lists; they are
 *  joined only when their first word can open one (most names of several words are people's). */
function isPlaceOfWords(parts: string[], vocab: NameVocabulary): boolean {
  const first = parts[0]!;
  return (vocab.placeFirstWords.has(first) || first.includes(' ')) && vocab.places.has(parts.join(' '));
}

/** `BBC`, `NHS`: two or more characters, the first A–Z, none changed by upper-casing. */
function isAcronym(text: string): boolean {
  if (text.length < 2) return false;
  const first = text.charCodeAt(0);
  if (first < 65 || first > 90) return false;
  for (let k = 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return text === text.toUpperCase();
  }
  return true;
}

function startsSentence(tokens: Token[], a: number): boolean {
  const prev = nonSpaceBefore(tokens, a);
  return !prev || prev.sentence !== tokens[a]!.sentence || (prev.pos === 'PUNCT' && prev.text !== ',');
}

/** A lower-case role right before the name: `Sony chief executive Howard Stringer` → `Sony chief executive`. */
function roleBefore(doc: Document, a: number, vocab: NameVocabulary): string | null {
  const { tokens, text } = doc;
  const last = tokens[a - 1];
  if (!last || last.pos === 'PROPN' || last.sentence !== tokens[a]!.sentence) return null;
  // Both tests below need the word to be a role noun or the last word of one.
  if (!vocab.roleWordShapes.mayHold(text, last.start, last.end)) return null;
  const lower = last.text.toLowerCase();
  const before = tokens[a - 2];
  // The two-word form is only built when the word can end one (most names follow no role word).
  const isRole = vocab.roleNouns.has(lower) || (before !== undefined && vocab.roleNounLastWords.has(lower) && vocab.roleNouns.has(`${before.text.toLowerCase()} ${lower}`));
  if (!isRole) return null;
  let s = a - 1;
  while (s - 1 >= 0 && a - s < 6) {
    const p = tokens[s - 1]!;
    if (p.sentence !== last.sentence) break;
    const fits = isNoun(p) || p.pos === 'ADJ' || (p.pos === 'PART' && vocab.possessiveClitic.test(p.text));
    if (!fits) break;
    s--;
  }
  const det = tokens[s - 1];
  if (det && det.pos === 'DET' && det.sentence === last.sentence && vocab.definiteArticles.has(det.text.toLowerCase())) s--;
  return text.slice(tokens[s]!.start, last.end);
}

/** `, a professor of economics at the University of X,` right after token `b`: the apposition text, or null. */
function appositionAfter(doc: Document, b: number, vocab: NameVocabulary): string | null {
  const { tokens, text } = doc;
  const comma = tokens[b + 1];
  // `comma.text === ','` read in the text, where the token's string would be one more load.
  if (!comma || comma.end - comma.start !== 1 || text.charCodeAt(comma.start) !== 44) return null;
  const c = b + 2;
  const first = tokens[c];
  if (!first || first.sentence !== comma.sentence) return null;
  const lower = first.text.toLowerCase();
  const opens = vocab.appositionOpeners.has(lower)
    || (tokens[c + 1] !== undefined && tokens[c + 1]!.pos === 'PART' && vocab.possessiveClitic.test(tokens[c + 1]!.text))
    || vocab.roleNouns.has(lower);
  if (!opens) return null;
  let e = c;
  for (; e < tokens.length && e - c < 25; e++) {
    const t = tokens[e]!;
    if (t.sentence !== first.sentence || t.pos === 'SPACE') break;
    if (t.pos === 'PUNCT' && !NAME_INNER_PUNCT.has(t.text)) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') return null;
    if (t.pos === 'PRON' && vocab.relativePronouns.has(t.text.toLowerCase())) return null;
  }
  if (e - c >= 25 || e === c) return null;
  let last = e - 1;
  if (tokens[last]!.text === '.') last--;
  if (last < c) return null;
  return text.slice(first.start, tokens[last]!.end);
}
