// A set of word shapes (first character, last character, length), to rule out that a token is
// one of a few hundred words without reading the token's own string: the shape is read in the
// document's text at the token's offsets, where the token's string lies elsewhere in memory and a
// set lookup would first load it to hash it. A shape in the set may still be another word; a
// shape not in it belongs to none of the words.
import { addKey, hasKey, keyBits } from '../document/key-bits.js';

/** Bits: 7 of the first character, 5 of the last, 4 of the length (15 standing for 15 or more). */
function shapeOf(first: number, last: number, length: number): number {
  return ((first & 127) << 9) | ((last & 31) << 4) | Math.min(length, 15);
}

/** A-Z to a-z; other codes as they are. */
function foldAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

export class WordShapes {
  private readonly bits = keyBits(16);
  /** Set when a caseless set holds a word beyond ASCII: its shape may then differ from the shape of
   *  a token lower-cased into it (`İ` lower-cases to two characters), so nothing is ruled out. */
  private readonly holdsAnything: boolean = false;

  /** `caseless`: asked about a token's lower-cased text (the words are compared with toLowerCase()). */
  constructor(words: Iterable<string>, private readonly caseless = false) {
    for (const w of words) {
      if (w.length === 0) continue;
      if (caseless && /[^\u0000-\u007f]/.test(w)) this.holdsAnything = true;
      let first = w.charCodeAt(0);
      let last = w.charCodeAt(w.length - 1);
      if (caseless) { first = foldAscii(first); last = foldAscii(last); }
      addKey(this.bits, shapeOf(first, last, w.length));
    }
  }

  /** False when the word text[start, end) (lower-cased, for a caseless set) is surely none of the words. */
  mayHold(text: string, start: number, end: number): boolean {
    if (end <= start || this.holdsAnything) return true;
    let first = text.charCodeAt(start);
    let last = text.charCodeAt(end - 1);
    if (this.caseless) {
      // Lower-casing a character beyond ASCII may give an ASCII one (the Kelvin sign gives `k`).
      if (first >= 128 || last >= 128) return true;
      first = foldAscii(first);
      last = foldAscii(last);
    }
    return hasKey(this.bits, shapeOf(first, last, end - start));
  }
}
