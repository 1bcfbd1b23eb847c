// Token features for the attribution tagger, read from the Document the rest of the core already
// built (no second tokenisation). A feature is a template and field values (`w=said`,
// `pp=DET|PROPN`), identified by its 32-bit hash (hashing.ts): field strings are hashed once per
// token and features mixed from those hashes, so emitting ~35 features per token allocates
// nothing. Static features depend only on the text; history features (hashed in the decoder) add
// the tags already decided to their left. Linear: one pass over the tokens plus one per sentence.
import type { CueEntry, Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document.js';
import { finish, hashLower, hashString, mix } from './hashing.js';

/** Every static template, in emission order. A model names the ones it was trained with. */
export const staticTemplates = [
  'b', 'w', 'l', 'p', 's', 'x', 'w-1', 'w+1', 'w-2', 'w+2', 'p-1', 'p+1', 'p-2', 'p+2', 'pp', 'pn', 'ppp', 'ww',
  'c', 'q', 'qp', 'L', 'Lt', 'Lp', 'R', 'Rp', 'LR', 'ps', 'c-1', 'c+1', 'cl', 'sf', 'sl',
] as const;
/** History templates: the previous tag(s) with the position's word, POS, left cue, quote state. */
export const historyTemplates = ['T1', 'T2', 'T1w', 'T1p', 'T1L', 'T1q'] as const;
export type Template = (typeof staticTemplates)[number] | (typeof historyTemplates)[number];
export const allTemplates: readonly Template[] = [...staticTemplates, ...historyTemplates];

/** Per tagged position, the field hashes the history features need. */
export type HistoryContext = { word: Uint32Array; pos: Uint32Array; leftCue: Uint32Array; quote: Uint32Array };

/** The tagged positions of a document and their static feature hashes. */
export type FeatureSequence = {
  /** Document token index of each position (non-space tokens of the selected sentences). */
  tokens: number[];
  /** Position k's feature hashes are hashes[offsets[k]] … hashes[offsets[k + 1] - 1]. */
  hashes: Uint32Array;
  offsets: Int32Array;
  context: HistoryContext;
  /** 1 where decoding starts afresh: the first position, and any position whose predecessor in
   *  the text was not selected (the decoder then forgets the tags to its left). */
  restarts: Uint8Array;
};

export type FeatureOptions = {
  /** Templates to emit (default all); a model lists the ones it was trained with. */
  templates?: readonly string[];
  /** 1 for each sentence to tag (default every sentence). Context features still read the
   *  neighbouring tokens of unselected sentences, so a selected sentence gets the same features. */
  sentences?: Uint8Array;
};

type CueMatch = { entry: CueEntry; length: number };
type Phrase = { words: number[]; entry: CueEntry };
/** Field hashes of one cue entry, computed once per lexicon. */
type EntryCodes = { typeFrame: number; lemma: number; near: Uint32Array };

const BUCKETS = ['0', '1', '2', '3', '4-6', '7-10', '11-20', '20+'];
function bucket(distance: number): number {
  if (distance <= 3) return distance;
  if (distance <= 6) return 4;
  if (distance <= 10) return 5;
  if (distance <= 20) return 6;
  return 7;
}
const BUCKET_HASH = BUCKETS.map(hashString);

type Lexicon = { phrases: Map<number, Phrase[]>; codes: Map<CueEntry, EntryCodes> };
const lexicons = new WeakMap<CueEntry[], Lexicon>();

/** Cue forms keyed by the hash of their first word, longest phrase first. */
function lexiconOf(cues: CueEntry[]): Lexicon {
  let lexicon = lexicons.get(cues);
  if (lexicon) return lexicon;
  lexicon = { phrases: new Map(), codes: new Map() };
  for (const entry of cues) {
    const frame = entry.frame ?? 'clause';
    lexicon.codes.set(entry, {
      typeFrame: hashString(`${entry.type}|${frame}`),
      lemma: hashString(entry.lemma),
      near: Uint32Array.from(BUCKETS, (b) => hashString(`${b}|${frame}`)),
    });
    for (const form of entry.forms) {
      const words = form.toLowerCase().split(' ').map((w) => hashString(w));
      const list = lexicon.phrases.get(words[0]!) ?? [];
      list.push({ words, entry });
      lexicon.phrases.set(words[0]!, list);
    }
  }
  for (const list of lexicon.phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  lexicons.set(cues, lexicon);
  return lexicon;
}

/** Hashes of lower-cased words that can start a cue phrase: the tagger's sentence filter. */
export function cueStartHashes(cues: CueEntry[]): ReadonlyMap<number, unknown> {
  return lexiconOf(cues).phrases;
}

/** Part-of-speech tags are a small closed set: hash each once. */
const posHashes = new Map<string, number>();
function posHash(pos: string): number {
  let h = posHashes.get(pos);
  if (h === undefined) { h = hashString(pos); posHashes.set(pos, h); }
  return h;
}

// By char code: a Set of strings would hash every token's text (sliced strings cache no hash).
const OPENING_MARKS = new Set(['“', '«', '„', '‘'].map((m) => m.charCodeAt(0)));
const CLOSING_MARKS = new Set(['”', '»'].map((m) => m.charCodeAt(0)));

const H = {
  start: hashString('<s>'), end: hashString('</s>'), none: hashString('none'), no: hashString('no'),
  inside: hashString('inside'), cue: hashString('cue'), zero: hashString('0'), one: hashString('1'),
  that: hashString('that'), open: hashString('open'), close: hashString('close'), in: hashString('in'), out: hashString('out'),
  lr: ['00', '01', '10', '11'].map(hashString),
};

/** hashString of the token's shape (`Xx`, `d.d`: character classes, runs collapsed, ≤ 4). */
function shapeHash(text: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let length = 0;
  for (let i = 0; i < text.length && length < 4; i++) {
    const code = text.charCodeAt(i);
    let c: number;
    if (code >= 65 && code <= 90) c = 88; // X
    else if (code >= 97 && code <= 122) c = 120; // x
    else if (code >= 48 && code <= 57) c = 100; // d
    else if (code < 128) c = code;
    else {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      if (ch.length === 2) i++;
      if (/\p{Lu}/u.test(ch)) c = 88;
      else if (/\p{L}/u.test(ch)) c = 120;
      else {
        // A non-letter outside ASCII stands for itself (its code units, as the string would).
        for (let j = 0; j < ch.length; j++) {
          const u = ch.charCodeAt(j);
          if (j === 0 && u === last) break;
          h = Math.imul(h ^ u, 0x01000193);
          last = u;
        }
        length++;
        continue;
      }
    }
    if (c === last) continue;
    h = Math.imul(h ^ c, 0x01000193);
    last = c;
    length++;
  }
  return h >>> 0;
}

/** Static feature hashes of the non-space tokens of the selected sentences. */
export function extractFeatures(doc: Document, locale: Pick<Locale, 'cues'>, options: FeatureOptions = {}): FeatureSequence {
  const selectedSentences = options.sentences;
  const toks = tokensRead(doc, selectedSentences);
  const n = toks.length;
  const isSelected = new Uint8Array(n);
  let selectedCount = 0;
  for (let k = 0; k < n; k++) {
    if (!selectedSentences || selectedSentences[toks[k]!.sentence] === 1) { isSelected[k] = 1; selectedCount++; }
  }
  const selected = (k: number) => isSelected[k] === 1;

  // Field hashes only where a selected position reads them (itself and two neighbours each side).
  const needed = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    if (!selected(k)) continue;
    for (let j = Math.max(0, k - 2); j <= k + 2 && j < n; j++) needed[j] = 1;
  }
  const word = new Uint32Array(n);
  const pos = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    if (needed[k] === 0) continue;
    word[k] = hashLower(toks[k]!.text);
    pos[k] = posHash(toks[k]!.pos);
  }

  // Cue-lexicon matches, longest phrase first.
  const lexicon = lexiconOf(locale.cues ?? []);
  const cueAt: Array<CueMatch | null> = new Array(n).fill(null);
  const cueInside = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    if (needed[k] === 0) continue;
    const list = lexicon.phrases.get(word[k]!);
    if (!list) continue;
    for (const phrase of list) {
      let ok = k + phrase.words.length <= n;
      for (let j = 1; ok && j < phrase.words.length; j++) ok = word[k + j] === phrase.words[j];
      if (!ok) continue;
      cueAt[k] = { entry: phrase.entry, length: phrase.words.length };
      for (let j = 1; j < phrase.words.length; j++) cueInside[k + j] = 1;
      break;
    }
  }

  // Quotation state per paragraph: straight double quotes toggle, curly ones open or close.
  const quote = new Uint32Array(n);
  let open = false;
  for (let k = 0; k < n; k++) {
    const t = toks[k]!;
    if (k > 0 && toks[k - 1]!.paragraph !== t.paragraph) open = false;
    const text = t.text;
    if (text === '"') {
      quote[k] = open ? H.close : H.open;
      open = !open;
    } else if (text.length === 1 && OPENING_MARKS.has(text.charCodeAt(0))) {
      quote[k] = H.open;
      open = true;
    } else if (text.length === 1 && CLOSING_MARKS.has(text.charCodeAt(0))) {
      quote[k] = H.close;
      open = false;
    } else quote[k] = open ? H.in : H.out;
  }

  // Nearest cue to the left and right within the sentence (`bucket|frame`, or `none`).
  const leftCue = new Uint32Array(n).fill(H.none);
  const leftThat = new Uint8Array(n);
  const rightCue = new Uint32Array(n).fill(H.none);
  const positionInSentence = new Uint8Array(n);
  let sentenceStart = 0;
  for (let k = 0; k <= n; k++) {
    if (k < n && (k === 0 || toks[k]!.sentence === toks[k - 1]!.sentence)) continue;
    // [sentenceStart, k) is one sentence.
    for (let j = sentenceStart; j < k; j++) positionInSentence[j] = bucket(j - sentenceStart);
    if (selected(sentenceStart)) {
      let last = -1;
      let lastCodes: EntryCodes | null = null;
      let sawThat = false;
      for (let j = sentenceStart; j < k; j++) {
        if (last >= 0) {
          leftCue[j] = lastCodes!.near[bucket(j - last)]!;
          leftThat[j] = sawThat ? 1 : 0;
          if (word[j] === H.that) sawThat = true;
        }
        const cue = cueAt[j];
        if (cue) { last = j + cue.length - 1; lastCodes = lexicon.codes.get(cue.entry)!; sawThat = false; j = last; }
      }
      let next = -1;
      let nextCodes: EntryCodes | null = null;
      for (let j = k - 1; j >= sentenceStart; j--) {
        if (next >= 0 && j < next) rightCue[j] = nextCodes!.near[bucket(next - j)]!;
        const cue = cueAt[j];
        if (cue) { next = j; nextCodes = lexicon.codes.get(cue.entry)!; }
      }
    }
    sentenceStart = k;
  }

  const on = options.templates ? switchesOf(options.templates) : ALL_ON;
  let onCount = 0;
  for (let i = 0; i < on.length; i++) onCount += on[i]!;

  const tokens: number[] = [];
  let hashes = new Uint32Array(Math.max(64, selectedCount * onCount));
  const offsets: number[] = [0];
  const context: HistoryContext = { word: new Uint32Array(n), pos: new Uint32Array(n), leftCue: new Uint32Array(n), quote: new Uint32Array(n) };
  const restarts = new Uint8Array(n);
  let length = 0;
  let m = 0;
  const emit = (template: number, h: number) => {
    if (on[template] === 0) return;
    if (length === hashes.length) {
      const grown = new Uint32Array(hashes.length * 2);
      grown.set(hashes);
      hashes = grown;
    }
    hashes[length++] = finish(h);
  };
  for (let k = 0; k < n; k++) {
    if (!selected(k)) continue;
    const t = toks[k]!;
    const first = k === 0 || toks[k - 1]!.sentence !== t.sentence;
    const last = k === n - 1 || toks[k + 1]!.sentence !== t.sentence;
    const w = word[k]!;
    const p = pos[k]!;
    const w1 = k > 0 ? word[k - 1]! : H.start;
    const w2 = k > 1 ? word[k - 2]! : H.start;
    const n1 = k + 1 < n ? word[k + 1]! : H.end;
    const n2 = k + 2 < n ? word[k + 2]! : H.end;
    const p1 = k > 0 ? pos[k - 1]! : H.start;
    const p2 = k > 1 ? pos[k - 2]! : H.start;
    const q1 = k + 1 < n ? pos[k + 1]! : H.end;
    const q2 = k + 2 < n ? pos[k + 2]! : H.end;
    const cue = cueAt[k];
    const codes = cue ? lexicon.codes.get(cue.entry)! : null;
    const cueField = codes ? codes.typeFrame : cueInside[k] ? H.inside : H.no;
    const left = leftCue[k]!;
    const right = rightCue[k]!;
    const text = t.text;
    const seed = SEEDS;
    emit(0, seed[0]!);
    emit(1, mix(seed[1]!, w));
    // Lemma, shape and suffix hash the token's strings: computed only for a model that reads them.
    if (on[2] === 1) emit(2, mix(seed[2]!, hashString(t.lemma)));
    emit(3, mix(seed[3]!, p));
    if (on[4] === 1) emit(4, mix(seed[4]!, shapeHash(text)));
    if (on[5] === 1) emit(5, mix(seed[5]!, suffixHash(text)));
    emit(6, mix(seed[6]!, w1));
    emit(7, mix(seed[7]!, n1));
    emit(8, mix(seed[8]!, w2));
    emit(9, mix(seed[9]!, n2));
    emit(10, mix(seed[10]!, p1));
    emit(11, mix(seed[11]!, q1));
    emit(12, mix(seed[12]!, p2));
    emit(13, mix(seed[13]!, q2));
    emit(14, mix(mix(seed[14]!, p1), p));
    emit(15, mix(mix(seed[15]!, p), q1));
    emit(16, mix(mix(mix(seed[16]!, p2), p1), p));
    emit(17, mix(mix(seed[17]!, w1), w));
    emit(18, mix(seed[18]!, cueField));
    emit(19, mix(seed[19]!, quote[k]!));
    emit(20, mix(mix(seed[20]!, quote[k]!), p));
    emit(21, mix(seed[21]!, left));
    emit(22, mix(mix(seed[22]!, leftThat[k] ? H.one : H.zero), left));
    emit(23, mix(mix(seed[23]!, left), p));
    emit(24, mix(seed[24]!, right));
    emit(25, mix(mix(seed[25]!, right), p));
    emit(26, mix(seed[26]!, H.lr[(left === H.none ? 0 : 2) + (right === H.none ? 0 : 1)]!));
    emit(27, mix(seed[27]!, BUCKET_HASH[positionInSentence[k]!]!));
    emit(28, mix(mix(seed[28]!, k > 0 && cueAt[k - 1] ? H.cue : H.no), p));
    emit(29, mix(mix(seed[29]!, k + 1 < n && cueAt[k + 1] ? H.cue : H.no), p));
    if (codes) emit(30, mix(seed[30]!, codes.lemma));
    if (first) emit(31, seed[31]!);
    if (last) emit(32, seed[32]!);
    offsets.push(length);
    tokens.push(t.i);
    context.word[m] = w;
    context.pos[m] = p;
    context.leftCue[m] = left;
    context.quote[m] = quote[k]!;
    restarts[m] = k === 0 || !selected(k - 1) ? 1 : 0;
    m++;
  }
  return {
    tokens,
    hashes: hashes.subarray(0, length),
    offsets: Int32Array.from(offsets),
    context: { word: context.word.subarray(0, m), pos: context.pos.subarray(0, m), leftCue: context.leftCue.subarray(0, m), quote: context.quote.subarray(0, m) },
    restarts: restarts.subarray(0, m),
  };
}

/** The non-space tokens the selected positions read: every paragraph holding a selected sentence
 *  (quotation state runs from the paragraph's start) plus two tokens of context on each side, in
 *  text order. Unselected paragraphs are skipped, so a document costs what its selection holds. */
function tokensRead(doc: Document, selectedSentences: Uint8Array | undefined): Token[] {
  const docTokens = doc.tokens;
  const toks: Token[] = [];
  if (!selectedSentences) {
    for (const t of docTokens) if (t.pos !== 'SPACE') toks.push(t);
    return toks;
  }
  const active = new Uint8Array(doc.paragraphs.length);
  for (const sentence of doc.sentences) if (selectedSentences[sentence.i] === 1) active[sentence.paragraph] = 1;
  let readUpTo = -1; // last document token index already pushed
  const push = (from: number, to: number) => {
    for (let i = Math.max(from, readUpTo + 1); i <= to; i++) if (docTokens[i]!.pos !== 'SPACE') toks.push(docTokens[i]!);
    readUpTo = Math.max(readUpTo, to);
  };
  for (const paragraph of doc.paragraphs) {
    if (active[paragraph.i] === 0 || paragraph.firstToken < 0) continue;
    let before = paragraph.firstToken;
    for (let seen = 0; before > 0 && seen < 2; ) if (docTokens[--before]!.pos !== 'SPACE') seen++;
    let after = paragraph.lastToken;
    for (let seen = 0; after < docTokens.length - 1 && seen < 2; ) if (docTokens[++after]!.pos !== 'SPACE') seen++;
    push(before, after);
  }
  return toks;
}

const ALL_ON = new Uint8Array(staticTemplates.length).fill(1);
const switches = new WeakMap<readonly string[], Uint8Array>();

/** 1 for each static template in `templates`, by template index (built once per model's list). */
function switchesOf(templates: readonly string[]): Uint8Array {
  let on = switches.get(templates);
  if (!on) {
    on = Uint8Array.from(staticTemplates, (t) => (templates.includes(t) ? 1 : 0));
    switches.set(templates, on);
  }
  return on;
}

/** Template seeds, static templates first then history ones, as hashString(name). */
const SEEDS = Int32Array.from(allTemplates, (t) => hashString(t) | 0);
const HISTORY_BASE = staticTemplates.length;

/** hashString of the last three characters, lower-cased (`x=aid` for `said`). */
function suffixHash(text: string): number {
  return hashLower(text, Math.max(0, text.length - 3));
}

/** Hashes of tags as history fields: `O`, `B-SOURCE`, … by label index. */
export function tagHashes(labelNames: readonly string[]): Uint32Array {
  return Uint32Array.from(labelNames, hashString);
}

/** Writes the six history feature hashes of position k (previous tags `previous` and
 *  `beforePrevious`, as tag hashes) into out[0..5]. */
export function historyHashes(previous: number, beforePrevious: number, context: HistoryContext, k: number, out: Uint32Array): void {
  const s = HISTORY_BASE;
  out[0] = finish(mix(SEEDS[s]!, previous));
  out[1] = finish(mix(mix(SEEDS[s + 1]!, beforePrevious), previous));
  out[2] = finish(mix(mix(SEEDS[s + 2]!, previous), context.word[k]!));
  out[3] = finish(mix(mix(SEEDS[s + 3]!, previous), context.pos[k]!));
  out[4] = finish(mix(mix(SEEDS[s + 4]!, previous), context.leftCue[k]!));
  out[5] = finish(mix(mix(SEEDS[s + 5]!, previous), context.quote[k]!));
}
