// Word-level diff of a wording against the cluster's first one, in the contract's shape.
// diffWordsWithSpace rather than diffWords: diffWords takes the whitespace of equal parts from
// one side only, so joining equal+delete parts would not give back the first wording exactly.
// With whitespace as tokens, equal+delete rebuilds the first wording and equal+insert this one.
import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from '../store.js';

/** An equal run this small between two changes splits one edit into confetti (`, not` / `…` /
 *  ` ` / `this year`); it is folded into the change on both sides so an elision reads as one
 *  delete and one insert. */
function isSliver(text: string): boolean {
  return text.trim() === '' || /^\s?\S{1,3}\s?$/.test(text);
}

export function wordDiff(first: string, wording: string): DiffPart[] {
  const raw: DiffPart[] = diffWordsWithSpace(first, wording).map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value,
  }));
  // Fold slivers of equality between changes into the surrounding edit.
  const blocks: Array<DiffPart | { deleted: string; inserted: string }> = [];
  for (let i = 0; i < raw.length; i++) {
    const part = raw[i]!;
    const last = blocks[blocks.length - 1];
    const inChange = last !== undefined && !('op' in last);
    const nextIsChange = raw[i + 1] !== undefined && raw[i + 1]!.op !== 'equal';
    if (part.op === 'equal' && !(inChange && nextIsChange && isSliver(part.text))) {
      blocks.push({ ...part });
      continue;
    }
    const block = inChange ? last as { deleted: string; inserted: string } : { deleted: '', inserted: '' };
    if (!inChange) blocks.push(block);
    if (part.op !== 'insert') block.deleted += part.text;
    if (part.op !== 'delete') block.inserted += part.text;
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    if (!text) return;
    const prev = parts[parts.length - 1];
    if (prev && prev.op === op) prev.text += text;
    else parts.push({ op, text });
  };
  for (const b of blocks) {
    if ('op' in b) push(b.op, b.text);
    else { push('delete', b.deleted); push('insert', b.inserted); }
  }
  return parts;
}
