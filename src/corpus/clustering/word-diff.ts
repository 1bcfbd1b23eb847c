// Word-level diff of a wording against the cluster's first one, in the contract's shape.
// diffWordsWithSpace rather than diffWords: diffWords takes the whitespace of equal parts from
// one side only, so joining equal+delete parts would not give back the first wording exactly.
// With whitespace as tokens, equal+delete rebuilds the first wording and equal+insert this one.
import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from '../store.js';

export function wordDiff(first: string, wording: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffWordsWithSpace(first, wording)) {
    const op: DiffPart['op'] = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += change.value;
    else parts.push({ op, text: change.value });
  }
  return parts;
}
