// Feature hash → weight row: an open-addressing table (linear probing, load ≤ 1/2) over the
// 32-bit hashes a model knows. Built once when a model loads; a lookup is a few typed-array reads.
// Two distinct features share a row only if their full 32-bit hashes collide.

export class FeatureTable {
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  /** The hash of each row, in row order (what a model file stores). */
  readonly hashes: number[] = [];

  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity);
    this.rows = new Int32Array(capacity).fill(-1);
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
    let slot = hash & this.mask;
    for (;;) {
      const row = this.rows[slot]!;
      if (row < 0 || this.keys[slot] === hash) return row;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The row of `hash`, added if new. The table never grows: size it for every hash it gets. */
  add(hash: number): number {
    hash >>>= 0;
    let slot = hash & this.mask;
    for (;;) {
      const row = this.rows[slot]!;
      if (row < 0) {
        if (this.hashes.length * 2 >= this.keys.length) throw new Error('feature table full');
        this.keys[slot] = hash;
        this.rows[slot] = this.hashes.length;
        this.hashes.push(hash);
        return this.hashes.length - 1;
      }
      if (this.keys[slot] === hash) return row;
      slot = (slot + 1) & this.mask;
    }
  }
}
