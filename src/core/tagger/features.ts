// Token features for the attribution tagger, read from the Document the rest of the core already
// built (no second tokenisation). A feature is a template and field values (`w=said`,
// `pp=DET|PROPN`), identified by its 32-bit hash (hashing.ts): field strings are hashed once per
// token and features mixed from those hashes, so emitting ~35 features per token allocates
// nothing. Static features depend only on the text; history features (hashed in the decoder) add
// the tags already decided to their left. Linear: one pass over the tokens plus one per sentence.
import type { CueEntry, Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document.js';
import { finish, hashLower, hashString, mix } from './hashing.js';
import { FNV_OFFSET, FNV_PRIME } from '../fnv1a.js';
import { FeatureTable } from './feature-table.js';
import { formWords } from '../phrase-table.js';

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
  tokens: Int32Array;
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
  /** Return views of buffers the next call overwrites (inference: one document is tagged and
   *  dropped before the next). Without it, the sequence owns its arrays (training keeps them). */
  transient?: boolean;
};

/** Field hashes of one cue entry, computed once per lexicon. */
type EntryCodes = { typeFrame: number; lemma: number; near: Uint32Array };
type Phrase = { words: Uint32Array; entry: number };

const BUCKETS = ['0', '1', '2', '3', '4-6', '7-10', '11-20', '20+'];
function bucket(distance: number): number {
  if (distance <= 3) return distance;
  if (distance <= 6) return 4;
  if (distance <= 10) return 5;
  if (distance <= 20) return 6;
  return 7;
}
const BUCKET_HASH = BUCKETS.map(hashString);

/** A cue lexicon as the tagger reads it: phrases by the hash of their first word (an integer
 *  table, not a Map: the hashes are not small integers and Map.get on them allocates nothing but
 *  still hashes a heap number), entries by index. */
type Lexicon = { firstWords: FeatureTable; phrases: Phrase[][]; codes: EntryCodes[] };
const lexicons = new WeakMap<CueEntry[], Lexicon>();

/** Cue forms keyed by the hash of their first word, longest phrase first. */
function lexiconOf(cues: CueEntry[]): Lexicon {
  let lexicon = lexicons.get(cues);
  if (lexicon) return lexicon;
  const byFirst = new Map<number, Phrase[]>();
  const codes = cues.map((entry, index) => {
    // The shipped weights were trained before `that-clause` split from `that`: same features.
    const frame = entry.frame === 'that-clause' ? 'that' : entry.frame ?? 'clause';
    for (const form of entry.forms) {
      const words = Uint32Array.from(formWords(form), (w) => hashString(w));
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, entry: index });
      byFirst.set(words[0]!, list);
    }
    return {
      typeFrame: hashString(`${entry.type}|${frame}`),
      lemma: hashString(entry.lemma),
      near: Uint32Array.from(BUCKETS, (b) => hashString(`${b}|${frame}`)),
    };
  });
  const firstWords = new FeatureTable(byFirst.size);
  const phrases: Phrase[][] = [];
  for (const [first, list] of byFirst) {
    firstWords.add(first);
    phrases.push(list.sort((a, b) => b.words.length - a.words.length));
  }
  lexicon = { firstWords, phrases, codes };
  lexicons.set(cues, lexicon);
  return lexicon;
}

/** Whether a lower-cased word (as hashLower) can start a cue phrase: the tagger's sentence filter. */
export function startsCue(cues: CueEntry[], wordHash: number): boolean {
  return lexiconOf(cues).firstWords.get(wordHash) >= 0;
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
  let h = FNV_OFFSET;
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
          h = Math.imul(h ^ u, FNV_PRIME);
          last = u;
        }
        length++;
        continue;
      }
    }
    if (c === last) continue;
    h = Math.imul(h ^ c, FNV_PRIME);
    last = c;
    length++;
  }
  return h >>> 0;
}

/** Working buffers of extractFeatures, grown to the largest document seen and reused: a
 *  dozen typed arrays allocated per document cost more than the features themselves. */
class Scratch {
  size = 0;
  read = new Int32Array(0);
  isSelected = new Uint8Array(0);
  needed = new Uint8Array(0);
  word = new Uint32Array(0);
  pos = new Uint32Array(0);
  cueEntry = new Int32Array(0);
  cueLength = new Uint8Array(0);
  cueInside = new Uint8Array(0);
  quote = new Uint32Array(0);
  leftCue = new Uint32Array(0);
  leftThat = new Uint8Array(0);
  rightCue = new Uint32Array(0);
  positionInSentence = new Uint8Array(0);
  // Outputs, used when the caller asks for a transient sequence.
  tokens = new Int32Array(0);
  offsets = new Int32Array(0);
  restarts = new Uint8Array(0);
  contextWord = new Uint32Array(0);
  contextPos = new Uint32Array(0);
  contextLeftCue = new Uint32Array(0);
  contextQuote = new Uint32Array(0);
  hashes = new Uint32Array(0);

  /** Room for n read tokens (and as many positions). */
  reserve(n: number): void {
    if (n <= this.size) return;
    const size = Math.max(n, 2 * this.size, 256);
    this.size = size;
    this.read = new Int32Array(size);
    this.isSelected = new Uint8Array(size);
    this.needed = new Uint8Array(size);
    this.word = new Uint32Array(size);
    this.pos = new Uint32Array(size);
    this.cueEntry = new Int32Array(size);
    this.cueLength = new Uint8Array(size);
    this.cueInside = new Uint8Array(size);
    this.quote = new Uint32Array(size);
    this.leftCue = new Uint32Array(size);
    this.leftThat = new Uint8Array(size);
    this.rightCue = new Uint32Array(size);
    this.positionInSentence = new Uint8Array(size);
    this.tokens = new Int32Array(size);
    this.offsets = new Int32Array(size + 1);
    this.restarts = new Uint8Array(size);
    this.contextWord = new Uint32Array(size);
    this.contextPos = new Uint32Array(size);
    this.contextLeftCue = new Uint32Array(size);
    this.contextQuote = new Uint32Array(size);
  }

  hashRoom(length: number): Uint32Array {
    if (this.hashes.length < length) this.hashes = new Uint32Array(Math.max(length, 2 * this.hashes.length));
    return this.hashes;
  }
}
const scratch = new Scratch();

/** Static feature hashes of the non-space tokens of the selected sentences. */
export function extractFeatures(doc: Document, locale: Pick<Locale, 'cues'>, options: FeatureOptions = {}): FeatureSequence {
  const selectedSentences = options.sentences;
  const docTokens = doc.tokens;
  const n = tokensRead(doc, selectedSentences);
  const S = scratch;
  const read = S.read;
  const tok = (k: number): Token => docTokens[read[k]!]!;
  const isSelected = S.isSelected;
  let selectedCount = 0;
  for (let k = 0; k < n; k++) {
    const on = !selectedSentences || selectedSentences[tok(k).sentence] === 1 ? 1 : 0;
    isSelected[k] = on;
    selectedCount += on;
  }

  // Field hashes only where a selected position reads them (itself and two neighbours each side).
  const needed = S.needed;
  needed.fill(0, 0, n);
  for (let k = 0; k < n; k++) {
    if (isSelected[k] === 0) continue;
    for (let j = Math.max(0, k - 2); j <= k + 2 && j < n; j++) needed[j] = 1;
  }
  const word = S.word;
  const pos = S.pos;
  for (let k = 0; k < n; k++) {
    if (needed[k] === 0) continue;
    const t = tok(k);
    word[k] = hashLower(t.text);
    pos[k] = posHash(t.pos);
  }

  // Cue-lexicon matches, longest phrase first.
  const lexicon = lexiconOf(locale.cues ?? []);
  const cueEntry = S.cueEntry;
  const cueLength = S.cueLength;
  const cueInside = S.cueInside;
  cueEntry.fill(-1, 0, n);
  cueInside.fill(0, 0, n);
  for (let k = 0; k < n; k++) {
    if (needed[k] === 0) continue;
    const first = lexicon.firstWords.get(word[k]!);
    if (first < 0) continue;
    for (const phrase of lexicon.phrases[first]!) {
      const words = phrase.words;
      let ok = k + words.length <= n;
      for (let j = 1; ok && j < words.length; j++) ok = word[k + j] === words[j];
      if (!ok) continue;
      cueEntry[k] = phrase.entry;
      cueLength[k] = words.length;
      for (let j = 1; j < words.length; j++) cueInside[k + j] = 1;
      break;
    }
  }

  // Quotation state per paragraph: straight double quotes toggle, curly ones open or close.
  const quote = S.quote;
  let open = false;
  let paragraph = -1;
  for (let k = 0; k < n; k++) {
    const t = tok(k);
    if (t.paragraph !== paragraph) { open = false; paragraph = t.paragraph; }
    const text = t.text;
    const code = text.length === 1 ? text.charCodeAt(0) : 0;
    if (code === 34) { // "
      quote[k] = open ? H.close : H.open;
      open = !open;
    } else if (code !== 0 && OPENING_MARKS.has(code)) {
      quote[k] = H.open;
      open = true;
    } else if (code !== 0 && CLOSING_MARKS.has(code)) {
      quote[k] = H.close;
      open = false;
    } else quote[k] = open ? H.in : H.out;
  }

  // Nearest cue to the left and right within the sentence (`bucket|frame`, or `none`).
  const leftCue = S.leftCue;
  const leftThat = S.leftThat;
  const rightCue = S.rightCue;
  const positionInSentence = S.positionInSentence;
  leftCue.fill(H.none, 0, n);
  leftThat.fill(0, 0, n);
  rightCue.fill(H.none, 0, n);
  let sentenceStart = 0;
  for (let k = 0; k <= n; k++) {
    if (k < n && (k === 0 || tok(k).sentence === tok(k - 1).sentence)) continue;
    // [sentenceStart, k) is one sentence.
    for (let j = sentenceStart; j < k; j++) positionInSentence[j] = bucket(j - sentenceStart);
    if (isSelected[sentenceStart] === 1) {
      let last = -1;
      let lastCodes: EntryCodes | null = null;
      let sawThat = false;
      for (let j = sentenceStart; j < k; j++) {
        if (last >= 0) {
          leftCue[j] = lastCodes!.near[bucket(j - last)]!;
          leftThat[j] = sawThat ? 1 : 0;
          if (word[j] === H.that) sawThat = true;
        }
        const entry = cueEntry[j]!;
        if (entry >= 0) { last = j + cueLength[j]! - 1; lastCodes = lexicon.codes[entry]!; sawThat = false; j = last; }
      }
      let next = -1;
      let nextCodes: EntryCodes | null = null;
      for (let j = k - 1; j >= sentenceStart; j--) {
        if (next >= 0 && j < next) rightCue[j] = nextCodes!.near[bucket(next - j)]!;
        const entry = cueEntry[j]!;
        if (entry >= 0) { next = j; nextCodes = lexicon.codes[entry]!; }
      }
    }
    sentenceStart = k;
  }

  const on = options.templates ? switchesOf(options.templates) : ALL_ON;
  let onCount = 0;
  for (let i = 0; i < on.length; i++) onCount += on[i]!;

  const transient = options.transient === true;
  const tokens = transient ? S.tokens : new Int32Array(selectedCount);
  const offsets = transient ? S.offsets : new Int32Array(selectedCount + 1);
  const restarts = transient ? S.restarts : new Uint8Array(selectedCount);
  const context: HistoryContext = transient
    ? { word: S.contextWord, pos: S.contextPos, leftCue: S.contextLeftCue, quote: S.contextQuote }
    : { word: new Uint32Array(selectedCount), pos: new Uint32Array(selectedCount), leftCue: new Uint32Array(selectedCount), quote: new Uint32Array(selectedCount) };
  // Every template but the cue lemma, sentence-first and -last emits once per position.
  const room = Math.max(64, selectedCount * onCount);
  const hashes = transient ? S.hashRoom(room) : new Uint32Array(room);
  let length = 0;
  let m = 0;
  const seed = SEEDS;
  offsets[0] = 0;
  for (let k = 0; k < n; k++) {
    if (isSelected[k] === 0) continue;
    const t = tok(k);
    const first = k === 0 || tok(k - 1).sentence !== t.sentence;
    const last = k === n - 1 || tok(k + 1).sentence !== t.sentence;
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
    const entry = cueEntry[k]!;
    const codes = entry >= 0 ? lexicon.codes[entry]! : null;
    const cueField = codes ? codes.typeFrame : cueInside[k] ? H.inside : H.no;
    const left = leftCue[k]!;
    const right = rightCue[k]!;
    const qk = quote[k]!;
    if (on[0] === 1) hashes[length++] = finish(seed[0]!);
    if (on[1] === 1) hashes[length++] = finish(mix(seed[1]!, w));
    // Lemma, shape and suffix hash the token's strings: computed only for a model that reads them.
    if (on[2] === 1) hashes[length++] = finish(mix(seed[2]!, hashString(t.lemma)));
    if (on[3] === 1) hashes[length++] = finish(mix(seed[3]!, p));
    if (on[4] === 1) hashes[length++] = finish(mix(seed[4]!, shapeHash(t.text)));
    if (on[5] === 1) hashes[length++] = finish(mix(seed[5]!, suffixHash(t.text)));
    if (on[6] === 1) hashes[length++] = finish(mix(seed[6]!, w1));
    if (on[7] === 1) hashes[length++] = finish(mix(seed[7]!, n1));
    if (on[8] === 1) hashes[length++] = finish(mix(seed[8]!, w2));
    if (on[9] === 1) hashes[length++] = finish(mix(seed[9]!, n2));
    if (on[10] === 1) hashes[length++] = finish(mix(seed[10]!, p1));
    if (on[11] === 1) hashes[length++] = finish(mix(seed[11]!, q1));
    if (on[12] === 1) hashes[length++] = finish(mix(seed[12]!, p2));
    if (on[13] === 1) hashes[length++] = finish(mix(seed[13]!, q2));
    if (on[14] === 1) hashes[length++] = finish(mix(mix(seed[14]!, p1), p));
    if (on[15] === 1) hashes[length++] = finish(mix(mix(seed[15]!, p), q1));
    if (on[16] === 1) hashes[length++] = finish(mix(mix(mix(seed[16]!, p2), p1), p));
    if (on[17] === 1) hashes[length++] = finish(mix(mix(seed[17]!, w1), w));
    if (on[18] === 1) hashes[length++] = finish(mix(seed[18]!, cueField));
    if (on[19] === 1) hashes[length++] = finish(mix(seed[19]!, qk));
    if (on[20] === 1) hashes[length++] = finish(mix(mix(seed[20]!, qk), p));
    if (on[21] === 1) hashes[length++] = finish(mix(seed[21]!, left));
    if (on[22] === 1) hashes[length++] = finish(mix(mix(seed[22]!, leftThat[k] ? H.one : H.zero), left));
    if (on[23] === 1) hashes[length++] = finish(mix(mix(seed[23]!, left), p));
    if (on[24] === 1) hashes[length++] = finish(mix(seed[24]!, right));
    if (on[25] === 1) hashes[length++] = finish(mix(mix(seed[25]!, right), p));
    if (on[26] === 1) hashes[length++] = finish(mix(seed[26]!, H.lr[(left === H.none ? 0 : 2) + (right === H.none ? 0 : 1)]!));
    if (on[27] === 1) hashes[length++] = finish(mix(seed[27]!, BUCKET_HASH[positionInSentence[k]!]!));
    if (on[28] === 1) hashes[length++] = finish(mix(mix(seed[28]!, k > 0 && cueEntry[k - 1]! >= 0 ? H.cue : H.no), p));
    if (on[29] === 1) hashes[length++] = finish(mix(mix(seed[29]!, k + 1 < n && cueEntry[k + 1]! >= 0 ? H.cue : H.no), p));
    if (codes && on[30] === 1) hashes[length++] = finish(mix(seed[30]!, codes.lemma));
    if (first && on[31] === 1) hashes[length++] = finish(seed[31]!);
    if (last && on[32] === 1) hashes[length++] = finish(seed[32]!);
    offsets[m + 1] = length;
    tokens[m] = t.i;
    context.word[m] = w;
    context.pos[m] = p;
    context.leftCue[m] = left;
    context.quote[m] = qk;
    restarts[m] = k === 0 || isSelected[k - 1] === 0 ? 1 : 0;
    m++;
  }
  if (!transient) return { tokens, hashes: hashes.slice(0, length), offsets, context, restarts };
  return {
    tokens: tokens.subarray(0, m),
    hashes: hashes.subarray(0, length),
    offsets: offsets.subarray(0, m + 1),
    context: { word: context.word.subarray(0, m), pos: context.pos.subarray(0, m), leftCue: context.leftCue.subarray(0, m), quote: context.quote.subarray(0, m) },
    restarts: restarts.subarray(0, m),
  };
}

/** Writes into scratch.read the document indexes of the non-space tokens the selected positions
 *  read, in text order, and returns their count: every paragraph holding a selected sentence
 *  (quotation state runs from the paragraph's start) plus two tokens of context on each side.
 *  Unselected paragraphs are skipped, so a document costs what its selection holds. */
function tokensRead(doc: Document, selectedSentences: Uint8Array | undefined): number {
  const docTokens = doc.tokens;
  scratch.reserve(docTokens.length);
  const read = scratch.read;
  let count = 0;
  if (!selectedSentences) {
    for (const t of docTokens) if (t.pos !== 'SPACE') read[count++] = t.i;
    return count;
  }
  let activeParagraph = -1;
  let readUpTo = -1; // last document token index already looked at
  const push = (from: number, to: number) => {
    for (let i = Math.max(from, readUpTo + 1); i <= to; i++) if (docTokens[i]!.pos !== 'SPACE') read[count++] = i;
    readUpTo = Math.max(readUpTo, to);
  };
  for (const sentence of doc.sentences) {
    if (selectedSentences[sentence.i] !== 1 || sentence.paragraph === activeParagraph) continue;
    activeParagraph = sentence.paragraph;
    const paragraph = doc.paragraphs[activeParagraph]!;
    if (paragraph.firstToken < 0) continue;
    let before = paragraph.firstToken;
    for (let seen = 0; before > 0 && seen < 2; ) if (docTokens[--before]!.pos !== 'SPACE') seen++;
    let after = paragraph.lastToken;
    for (let seen = 0; after < docTokens.length - 1 && seen < 2; ) if (docTokens[++after]!.pos !== 'SPACE') seen++;
    push(before, after);
  }
  return count;
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
