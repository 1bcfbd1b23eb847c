// The one wink-nlp instance the Document is read with, made safe for arbitrary input:
// - its tokens depend on the text alone, never on the documents read before it;
// - a very long run without spaces costs linear, not quadratic, time.
// Token values wink-nlp returns come from the text it was given here, which has the same length as
// the original and differs only where a space replaced a character, so every offset maps 1:1 back.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkModel = typeof model;
/** wink-nlp's raw data of one document: what its `its.*` token helpers read, `its.value(i, raw)`. */
export type RawDocumentData = Parameters<ReturnType<typeof winkNLP>['its']['value']>[1];
/** The part of wink-nlp's lexeme cache (`rdd.cache`) the per-document view below wraps. */
type LexemeCache = {
  /** The lexeme index of a known word (expansions for a contraction), or null. */
  lookup(text: string): number[] | null;
  /** Adds a word (and its lower-cased form) if new; its lexeme index. */
  add(text: string, category: number): number;
  /** Size of the shipped lexicon: indexes from here on are words learned from documents. */
  intrinsicSize(): number;
};

/** wink-nlp's lexeme hash (word → lexeme index), the one its cache reads and adds to: the model's
 *  core data, which wink-nlp reads once, when the instance below is made. */
let lexemeIndexOf: Record<string, number> | undefined;

const observedModel = Object.assign(Object.create(null) as object, model, {
  core: () => {
    const core = (model as unknown as { core(): { features?: { lexeme?: { hash?: Record<string, number> } } } }).core();
    lexemeIndexOf = core.features?.lexeme?.hash;
    return core;
  },
  // wink-nlp's token helpers (`its.value(index, rdd)`, `its.pos`, `its.normal`: typed so in its
  // index.d.ts) read a document's raw data, which a document hands over only to the model's
  // readability addon: `doc.out(its.readabilityStats)` calls `addons.readabilityStats(rdd, its)`.
  // This instance never computes readability, so the addon returns the raw data itself, and
  // readDocument reads value, tag and normal form in one loop instead of three `tokens().out()`
  // passes (an array and a call per token each). test/core/document/wink-input.test.ts fails if a wink-nlp
  // upgrade changes this hand-over or what the helpers return.
  addons: Object.assign(Object.create(null) as object, model.addons, {
    readabilityStats: (rdd: RawDocumentData) => rdd,
  }),
}) as WinkModel;

const nlp = winkNLP(observedModel, ['sbd', 'pos']);
export const winkIts = nlp.its;

// wink-nlp's tokenizer asks its lexeme cache whether a piece is a known word before splitting it
// (`Alzheimer's` stays whole once it is in the cache, is split `Alzheimer` + `'s` before), and the
// cache learns every new word of every document read. So the same text was tokenised differently
// depending on what the process had read before (10 of 501 BBC articles changed with their order).
// The cache keeps learning (each new word gets its index once: memory grows with the vocabulary,
// not with every read), but its lookup, which the tokenizer asks, answers a learned word only once
// the current document has added or re-met it — exactly what a fresh process would know by that
// point of the same text. The cache object is the document data's `cache` (wink-nlp 2.4.0 calls
// `cache.lookup` and `cache.add` through it at every use), reached through an empty first reading.
// An earlier version put a Proxy on the lexeme hash and swapped its prototype per document; this
// does the same work with two plain function calls (2% less wink-nlp time, same tokens), and since
// the ninth session keeps its stamps per lexeme index (about 5% less time reading a document).
// Since the twelfth, both read wink-nlp's own lexeme hash: the lookup answers as wink-nlp's would,
// and the add of a word the cache already holds is answered without it (see below).
const lexemeCache = (rawDataOf(nlp.readDoc('')) as { cache?: LexemeCache }).cache!;
if (typeof lexemeCache?.lookup !== 'function' || typeof lexemeCache.add !== 'function' || typeof lexemeCache.intrinsicSize !== 'function') {
  throw new Error('wink-nlp no longer exposes its lexeme cache (lookup, add) in the raw document data (see wink-input.ts)');
}
if (typeof lexemeIndexOf !== 'object' || lexemeIndexOf === null || lexemeIndexOf['the'] === undefined) {
  throw new Error('wink-nlp\'s model core no longer holds the lexeme hash at features.lexeme.hash (see wink-input.ts)');
}
const lexemeHash: Record<string, number | undefined> = lexemeIndexOf;
const shippedSize = lexemeCache.intrinsicSize();
const cacheLookup = lexemeCache.lookup;
const cacheAdd = lexemeCache.add;
// Stamps are kept per lexeme index (a word's index never changes once the cache holds it), in a
// typed array: a string-keyed record cost a hash of every learned word at every lookup and add.
/** The reading each lexeme was last added or re-met in (a stamp, so no per-document clearing). */
let metInReading: Int32Array = new Int32Array(1 << 16);
/** 1 + the lexeme index of each lexeme's lower-cased form, once the word went through add (0: not
 *  yet). Set only after wink-nlp's add of the word, which leaves the word and its lower-cased form
 *  in the cache, with their features. */
let lowerIndexPlusOne: Int32Array = new Int32Array(1 << 16);
let reading = 1;
/** Inside cacheAdd: the model's feature extraction looks the lower-cased word up, unhidden. */
let adding = false;

function grown(array: Int32Array, index: number): Int32Array {
  if (index < array.length) return array;
  let size = array.length;
  while (size <= index) size *= 2;
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

function stamp(index: number): void {
  metInReading = grown(metInReading, index);
  metInReading[index] = reading;
}

/** Marks a word and its lower-cased form as met in this reading, as adding the word does. */
function stampWithLowerCase(text: string, index: number): void {
  stamp(index);
  lowerIndexPlusOne = grown(lowerIndexPlusOne, index);
  let lower = lowerIndexPlusOne[index]! - 1;
  if (lower < 0) {
    // The cache adds a word's lower-cased form with the word, so it holds it now.
    lower = lexemeHash[text.toLowerCase()] ?? index;
    lowerIndexPlusOne[index] = lower + 1;
  }
  stamp(lower);
}

/** Whether each shipped lexeme is a contraction, once asked: 0 not yet, 1 a plain word, 2 a
 *  contraction (fixed by the shipped lexicon). */
const shippedKind = new Int8Array(shippedSize);

/** Per learned lexeme (index - shippedSize): 0 not yet asked, 1 letters only, 2 anything else. */
let learnedKind: Int32Array = new Int32Array(1 << 12);

/** A learned word of ASCII letters only. Answering its lookup before this reading met it changes
 *  no token: where wink-nlp's tokenizer asks about such a piece, an unknown answer sends the piece
 *  to its category test, which files letters only as a plain word, and on to the same add that a
 *  known answer stands for (in the main loop, after edge punctuation is cut off, and in the
 *  recursive tokenizer, which splits only at full stops and hyphens). So the answer is the one a
 *  fresh process gives, without the detour (a fifth of wink-nlp's lookups in the BBC corpus). */
function isPlainLearned(text: string, index: number): boolean {
  const at = index - shippedSize;
  learnedKind = grown(learnedKind, at);
  let kind = learnedKind[at]!;
  if (kind === 0) {
    kind = text.length > 0 ? 1 : 2;
    for (let k = 0; k < text.length && kind === 1; k++) {
      const c = text.charCodeAt(k) | 32;
      if (c < 97 || c > 122) kind = 2;
    }
    learnedKind[at] = kind;
  }
  return kind === 1;
}

lexemeCache.lookup = (text: string): number[] | null => {
  // wink-nlp's lookup, read from its lexeme hash directly: the same answer (a new array, as it
  // makes), without reading the lexicon's contraction bit for every plain word and with a
  // one-element array instead of a pushed-to empty one.
  const index = lexemeHash[text];
  if (index === undefined) return null;
  if (index < shippedSize) {
    let kind = shippedKind[index]!;
    if (kind === 0) {
      kind = cacheLookup(text)!.length === 1 ? 1 : 2;
      shippedKind[index] = kind;
    }
    // Shipped words (and contractions, which are all shipped) always; a learned word once met here.
    return kind === 1 ? [index] : cacheLookup(text);
  }
  if (adding || (index < metInReading.length && metInReading[index] === reading) || isPlainLearned(text, index)) return [index];
  return null;
};
lexemeCache.add = (text: string, category: number): number => {
  // A word that went through add before is in the cache with its lower-cased form and both their
  // features: wink-nlp's add would only look the two up and return the word's index. (The lexeme
  // hash gives each word its own index, so the index stands for the word.)
  const known = lexemeHash[text];
  if (known !== undefined && known < lowerIndexPlusOne.length) {
    const lowerPlusOne = lowerIndexPlusOne[known]!;
    if (lowerPlusOne > 0) {
      stamp(known);
      stamp(lowerPlusOne - 1);
      return known;
    }
  }
  adding = true;
  let index: number;
  try {
    index = cacheAdd(text, category);
  } finally {
    adding = false;
  }
  stampWithLowerCase(text, index);
  return index;
};

/** A new view per document: learned words count again only once this document meets them. */
function forgetDocument(): void {
  reading++;
}

/** Characters wink-nlp splits raw tokens on (its model's `splitter`). */
function isWinkSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 ||
    (code >= 0x2002 && code <= 0x2005) || code === 0x2009 || code === 0x200a || code === 0x202f || code === 0x205f;
}
/** Runs longer than this are broken: wink-nlp's recursive tokenizer is quadratic in a run's length. */
const LONGEST_UNBROKEN_RUN = 128;
/** Piece length a long run is cut into. */
const PIECE = 64;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The text as handed to wink-nlp: the same length, with one character of every PIECE characters
 *  of a very long non-space run (base64, a pasted hash, a URL-encoded blob) replaced by a space.
 *  A surrogate pair is replaced by two spaces, never one half alone. */
export function winkText(text: string): string {
  let chars: string[] | null = null;
  // Plain spaces bound almost every run: only a gap between two of them longer than a run may be
  // is scanned character by character (indexOf is far cheaper than a per-character loop).
  for (let gapStart = 0; gapStart < text.length;) {
    let gapEnd = text.indexOf(' ', gapStart);
    if (gapEnd < 0) gapEnd = text.length;
    if (gapEnd - gapStart > LONGEST_UNBROKEN_RUN) chars = breakLongRuns(text, gapStart, gapEnd, chars);
    gapStart = gapEnd + 1;
  }
  return chars ? chars.join('') : text;
}

function breakLongRuns(text: string, from: number, to: number, chars: string[] | null): string[] | null {
  let runStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !isWinkSpace(text.charCodeAt(i))) continue;
    if (i - runStart > LONGEST_UNBROKEN_RUN) {
      chars ??= text.split('');
      for (let at = runStart + PIECE; at < i - 1; at += PIECE) {
        chars[at] = ' ';
        // A surrogate pair is blanked whole, so the copy stays well-formed.
        if (isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1))) chars[at + 1] = ' ';
        else if (isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1))) chars[at - 1] = ' ';
      }
    }
    runStart = i + 1;
  }
  return chars;
}

/** wink-nlp's reading of `text` (sentences, tokens with POS and normal forms), independent of
 *  what was read before; the text it read: winkText(text), where token values are found; and the
 *  reading's raw data, for wink-nlp's token helpers (`winkIts.value(i, raw)`). */
export function readWink(text: string): { doc: ReturnType<typeof nlp.readDoc>; read: string; raw: RawDocumentData } {
  // Forgotten before, not after: reading the returned doc's tokens may still consult the cache.
  forgetDocument();
  const read = winkText(text);
  const doc = nlp.readDoc(read);
  return { doc, read, raw: rawDataOf(doc) };
}

function rawDataOf(doc: ReturnType<typeof nlp.readDoc>): RawDocumentData {
  const raw = doc.out(winkIts.readabilityStats) as unknown;
  if (typeof raw !== 'object' || raw === null || !('tokens' in raw)) {
    throw new Error('wink-nlp no longer hands a document\'s raw data to the readabilityStats addon (see wink-input.ts)');
  }
  return raw;
}
