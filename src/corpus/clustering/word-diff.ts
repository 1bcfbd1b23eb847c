// Word-level diff of a wording against the cluster's first one, in the contract's shape.
import { diffWords } from 'diff';
import type { DiffPart } from '../store.js';

export function wordDiff(first: string, wording: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffWords(first, wording)) {
    const op: DiffPart['op'] = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += change.value;
    else parts.push({ op, text: change.value });
  }
  return parts;
}
