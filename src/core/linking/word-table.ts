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

/** A number per word. */
export class WordTable {
  /** Per slot: 1 + the index of the word there, 0 for an empty slot. */
  private slots = new Int32Array(256);
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private readonly values: number[] = [];

  get size(): number {
    return this.words.length;
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

  /** Empties the table for reuse: a new one's typed array costs more to make than to clear. A
   *  table that grew large starts small again, so one long text does not tax every later clear. */
  clear(): void {
    this.words.length = 0;
    this.hashes.length = 0;
    this.values.length = 0;
    if (this.slots.length > LARGEST_KEPT_SLOTS) this.slots = new Int32Array(256);
    else this.slots.fill(0);
  }

  /** Adds a word that is not in the table yet. */
  add(word: string, hash: number, value: number): void {
    this.words.push(word);
    this.hashes.push(hash);
    this.values.push(value);
    if (this.words.length * 2 > this.slots.length) this.slots = new Int32Array(this.slots.length * 2);
    else { this.place(this.words.length - 1, this.slots); return; }
    for (let w = 0; w < this.words.length; w++) this.place(w, this.slots);
  }

  private place(w: number, slots: Int32Array): void {
    const mask = slots.length - 1;
    let slot = this.hashes[w]! & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = w + 1;
  }
}
