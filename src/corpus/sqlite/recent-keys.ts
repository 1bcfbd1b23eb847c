// Index rows (key → wording) of recently stored wordings, held in memory until the store moves
// them into wording_keys in key order. Why in memory: keys are random hashes, so ~30 rows per
// wording written into any B-tree land on ~30 random pages; with one commit per batch every such
// page was written to the WAL and again at checkpoint — the largest cost of placing a quote. Moved
// in key order, each page of wording_keys is written once per move. Nothing here is durable: the
// store remembers up to which wording the table is complete and recomputes the rest on open.
//
// Open addressing over typed arrays (a JS Map of millions of entries costs ~10× the memory and
// GC time). A key with several postings occupies several slots of its probe sequence.

const EMPTY = 0; // wording rowids start at 1

export type KeyRows = { keys: Float64Array; wordings: Uint32Array };

export class RecentKeys {
  private slotKeys: Float64Array;
  private slotWordings: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(initialSlots = 1 << 16) {
    const slots = 1 << Math.ceil(Math.log2(Math.max(16, initialSlots)));
    this.slotKeys = new Float64Array(slots);
    this.slotWordings = new Uint32Array(slots);
    this.mask = slots - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Keys are 52-bit hashes (clustering/hash.ts key52): mixing both halves spreads them evenly. */
  private home(key: number): number {
    const low = key >>> 0;
    const high = Math.floor(key / 0x100000000);
    return (Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) >>> 0) & this.mask;
  }

  add(key: number, wording: number): void {
    // At most 60% full: probe sequences stay short.
    if ((this.count + 1) * 5 > this.slotKeys.length * 3) this.grow();
    this.insert(key, wording);
    this.count++;
  }

  private insert(key: number, wording: number): void {
    let slot = this.home(key);
    while (this.slotWordings[slot] !== EMPTY) slot = (slot + 1) & this.mask;
    this.slotKeys[slot] = key;
    this.slotWordings[slot] = wording;
  }

  private grow(): void {
    const keys = this.slotKeys;
    const wordings = this.slotWordings;
    this.slotKeys = new Float64Array(keys.length * 2);
    this.slotWordings = new Uint32Array(keys.length * 2);
    this.mask = this.slotKeys.length - 1;
    for (let i = 0; i < keys.length; i++) if (wordings[i] !== EMPTY) this.insert(keys[i]!, wordings[i]!);
  }

  /** Appends the wordings indexed under `key` to `out`. */
  postings(key: number, out: number[]): void {
    for (let slot = this.home(key); this.slotWordings[slot] !== EMPTY; slot = (slot + 1) & this.mask) {
      if (this.slotKeys[slot] === key) out.push(this.slotWordings[slot]!);
    }
  }

  /** Every row, ordered by key then wording: the order that writes each table page once. Keys
   *  are sorted natively (a comparator over millions of rows cost seconds); the few wordings
   *  of a key are then read from the table. */
  sortedRows(): KeyRows {
    const sortedKeys = new Float64Array(this.count);
    let n = 0;
    for (let i = 0; i < this.slotWordings.length; i++) if (this.slotWordings[i] !== EMPTY) sortedKeys[n++] = this.slotKeys[i]!;
    sortedKeys.sort();
    const rows: KeyRows = { keys: new Float64Array(n), wordings: new Uint32Array(n) };
    const wordings: number[] = [];
    let out = 0;
    for (let i = 0; i < n; i++) {
      const key = sortedKeys[i]!;
      if (i > 0 && key === sortedKeys[i - 1]) continue;
      wordings.length = 0;
      this.postings(key, wordings);
      if (wordings.length > 1) wordings.sort((a, b) => a - b);
      for (const w of wordings) {
        rows.keys[out] = key;
        rows.wordings[out++] = w;
      }
    }
    return rows;
  }

  clear(): void {
    if (this.slotKeys.length > 1 << 16) {
      // Give the memory back between moves rather than keep the high-water mark.
      this.slotKeys = new Float64Array(1 << 16);
      this.slotWordings = new Uint32Array(1 << 16);
      this.mask = this.slotKeys.length - 1;
    } else {
      this.slotWordings.fill(EMPTY);
    }
    this.count = 0;
  }
}
