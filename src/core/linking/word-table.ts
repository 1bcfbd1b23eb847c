// Words of a text found by the hash a scan computes while reading them, so that a word met again
// is neither cut out of the text nor hashed a second time (a string Map would need both: a fresh
// slice per occurrence, then the engine hashing it). Open addressing over FNV-1a hashes; a hit is
// confirmed by comparing the text itself, so the table answers exactly as a Map of strings would.

/** FNV-1a over a word's UTF-16 units: start at WORD_HASH_START, then take each unit with wordHash. */
export const WORD_HASH_START = 0x811c9dc5 | 0;
export function wordHash(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 16777619);
}

/** The wordHash of a whole string. */
export function hashOfWord(word: string): number {
  let hash = WORD_HASH_START;
  for (let k = 0; k < word.length; k++) hash = wordHash(hash, word.charCodeAt(k));
  return hash;
}

/** Slots a cleared table keeps; a larger one is made anew. */
const LARGEST_KEPT_SLOTS = 4096;

/** A small integer (int32) per word. */
export class WordTable {
  /** Per slot: 1 + the index of the word there, 0 for an empty slot. */
  private slots = new Int32Array(256);
  // Per word index, room for half as many words as slots. Kept when the table is cleared, so a
  // table reused for text after text does not grow them anew each time; `words` may hold words of
  // earlier texts past `count`, which are never read.
  private readonly words: string[] = [];
  private hashes = new Int32Array(128);
  private values = new Int32Array(128);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The index of the word `text[from, to)`, whose wordHash is `hash`, or -1 if it is not in the table. */
  indexOf(text: string, from: number, to: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = to - from;
    for (let slot = hash & mask, at = this.slots[slot]!; at !== 0; slot = (slot + 1) & mask, at = this.slots[slot]!) {
      const w = at - 1;
      if (this.hashes[w] === hash && this.words[w]!.length === length && text.startsWith(this.words[w]!, from)) return w;
    }
    return -1;
  }

  valueAt(index: number): number {
    return this.values[index]!;
  }

  /** Empties the table for reuse: a new one's typed arrays cost more to make than to clear. A
   *  table that grew large starts small again, so one long text does not tax every later clear. */
  clear(): void {
    this.count = 0;
    if (this.slots.length > LARGEST_KEPT_SLOTS) {
      this.slots = new Int32Array(256);
      this.hashes = new Int32Array(128);
      this.values = new Int32Array(128);
      this.words.length = 0;
    } else this.slots.fill(0);
  }

  /** Adds a word that is not in the table yet. */
  add(word: string, hash: number, value: number): void {
    const w = this.count++;
    if (2 * this.count > this.slots.length) this.grow();
    if (w < this.words.length) this.words[w] = word;
    else this.words.push(word);
    this.hashes[w] = hash;
    this.values[w] = value;
    this.place(w, this.slots);
  }

  /** Twice the slots, for the words added before the one being added. */
  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const hashes = new Int32Array(slots.length / 2);
    hashes.set(this.hashes);
    const values = new Int32Array(slots.length / 2);
    values.set(this.values);
    this.hashes = hashes;
    this.values = values;
    for (let w = 0; w < this.count - 1; w++) this.place(w, slots);
    this.slots = slots;
  }

  private place(w: number, slots: Int32Array): void {
    const mask = slots.length - 1;
    let slot = this.hashes[w]! & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = w + 1;
  }
}
