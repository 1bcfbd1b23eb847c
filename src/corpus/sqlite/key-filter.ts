// Which index keys wording_keys may hold, in memory (a Bloom filter, two bits per key). Most keys
// a new wording looks up are in no posting list — an original quotation shares nothing with the
// corpus — yet each cost a B-tree descent, and once wording_keys outgrew the page cache a descent
// read pages from the OS: look-ups were the one cost per quote that grew with the corpus. Keys
// the filter rules out are not read. A false positive costs one wasted look-up, never a result.

/** 2^28 bits (32 MiB): ~3% false positives at 25M keys (a corpus of ~1M quotations). */
const BITS_LOG2 = 28;

export class KeyFilter {
  private readonly words = new Uint32Array(1 << (BITS_LOG2 - 5));

  /** Keys are 52-bit hashes (clustering/hash.ts key52): two bit positions from their two halves. */
  private positions(key: number): [number, number] {
    const low = key >>> 0;
    const high = Math.floor(key / 0x100000000);
    const first = Math.imul(low ^ (high << 11), 0x9e3779b1) >>> (32 - BITS_LOG2);
    const second = Math.imul(low + Math.imul(high, 0x85ebca6b), 0xc2b2ae35) >>> (32 - BITS_LOG2);
    return [first, second];
  }

  add(key: number): void {
    for (const bit of this.positions(key)) this.words[bit >>> 5]! |= 1 << (bit & 31);
  }

  mightHave(key: number): boolean {
    const [first, second] = this.positions(key);
    return (this.words[first >>> 5]! & (1 << (first & 31))) !== 0 && (this.words[second >>> 5]! & (1 << (second & 31))) !== 0;
  }
}
