// Per-token arrays the speaker stages need only for the article at hand, kept from one article to
// the next: a typed array the length of a fresh article is an off-heap buffer costing about a
// microsecond to make, and at several per article that was a tenth of the entity stage's own
// time. Each is at least as long as the document and is read only by token index; each call
// returns the same array refilled, so nothing that outlives the article may hold it.

/** A scratch array of per-token flags: each call returns it with its first `count` entries 0. */
export function flagScratch(): (count: number) => Uint8Array {
  let flags = new Uint8Array(1024);
  return (count) => {
    if (flags.length < count) flags = new Uint8Array(count);
    flags.fill(0, 0, count);
    return flags;
  };
}

/** A scratch array of per-token indexes: each call returns it with its first `count` entries -1. */
export function indexScratch(): (count: number) => Int32Array {
  let indexes = new Int32Array(1024);
  return (count) => {
    if (indexes.length < count) indexes = new Int32Array(count);
    indexes.fill(-1, 0, count);
    return indexes;
  };
}
