// Per-token arrays that resolveEntities needs only while it runs, kept from one call to the next:
// a typed array the length of a fresh article is an off-heap buffer costing about a microsecond
// to make, and at several per article that was a tenth of the entity stage's own time. Each is
// at least as long as the document and is read only by token index; it is valid until the next
// call, so nothing that outlives the call may hold it.

let mentionAt = new Int32Array(1024);
let flags = new Uint8Array(1024);

/** -1 for each of `count` tokens (the mention naming it, once set). */
export function mentionAtScratch(count: number): Int32Array {
  if (mentionAt.length < count) mentionAt = new Int32Array(count);
  mentionAt.fill(-1, 0, count);
  return mentionAt;
}

/** 0 for each of `count` tokens. */
export function flagScratch(count: number): Uint8Array {
  if (flags.length < count) flags = new Uint8Array(count);
  flags.fill(0, 0, count);
  return flags;
}
