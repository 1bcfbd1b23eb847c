// Feature hash → weight row: an open-addressing table (linear probing, load ≤ 1/2) over the
// 32-bit hashes a model knows. Built once when a model loads; a lookup is a few typed-array reads.
// Each slot keeps its hash and row side by side, so a probe touches one cache line, not two (the
// table is larger than the caches and probes land at random).
// Two distinct features share a row only if their full 32-bit hashes collide.

export class FeatureTable {
  /** Slot s holds its hash (as int32) at 2s and its row at 2s + 1 (-1: empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The hash of each row, in row order (what a model file stores). */
  readonly hashes: number[] = [];

  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(2 * capacity);
    for (let s = 1; s < this.slots.length; s += 2) this.slots[s] = -1;
    this.mask = capacity - 1;
  }

  static of(hashes: ArrayLike<number>): FeatureTable {
    const table = new FeatureTable(hashes.length);
    for (let i = 0; i < hashes.length; i++) table.add(hashes[i]!);
    return table;
  }

  get size(): number {
    return this.hashes.length;
  }

  /** The row of `hash`, or -1. */
  get(hash: number): number {
    const key = hash | 0;
    let slot = hash & this.mask;
    for (;;) {
      const row = this.slots[2 * slot + 1]!;
      if (row < 0 || this.slots[2 * slot] === key) return row;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The row of `hash`, added if new. The table never grows: size it for every hash it gets. */
  add(hash: number): number {
    hash >>>= 0;
    const key = hash | 0;
    let slot = hash & this.mask;
    for (;;) {
      const row = this.slots[2 * slot + 1]!;
      if (row < 0) {
        if (this.hashes.length * 2 >= this.mask + 1) throw new Error('feature table full');
        this.slots[2 * slot] = key;
        this.slots[2 * slot + 1] = this.hashes.length;
        this.hashes.push(hash);
        return this.hashes.length - 1;
      }
      if (this.slots[2 * slot] === key) return row;
      slot = (slot + 1) & this.mask;
    }
  }
}
