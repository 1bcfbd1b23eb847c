// Gold attributions as one BIO tag per tagged position. A token belongs to at most one role, so
// where attributions nest (`He said she thinks X`) the one with the longest content is tagged
// first and the inner one only fills positions still free: the tagger learns outermost
// attributions, which is what content-overlap scoring rewards most.
import type { Span } from '../../types.js';
import type { Document } from '../document.js';
import { O, begin, inside, type Role } from './labels.js';
import { lowerBound } from '../lower-bound.js';

export type GoldAttributionSpans = { content: Span[]; source: Span[]; cue: Span[] };

const fields: Array<[keyof GoldAttributionSpans, Role]> = [['content', 'CONTENT'], ['source', 'SOURCE'], ['cue', 'CUE']];

function length(spans: Span[]): number {
  return spans.reduce((sum, s) => sum + s.end - s.start, 0);
}

export function goldTags(doc: Document, positions: ArrayLike<number>, attributions: GoldAttributionSpans[]): number[] {
  const n = positions.length;
  const starts = Int32Array.from(positions, (i) => doc.tokens[i]!.start);
  const ends = Int32Array.from(positions, (i) => doc.tokens[i]!.end);
  const tags = new Array<number>(n).fill(O);
  /** Which fragment claimed each position, so adjacent fragments still start with B-. */
  const run = new Int32Array(n).fill(-1);
  let runs = 0;
  const ordered = [...attributions].sort((a, b) => length(b.content) - length(a.content));
  for (const attribution of ordered) {
    for (const [field, role] of fields) {
      for (const fragment of attribution[field]) {
        const id = runs++;
        // First position ending after the fragment starts.
        const first = lowerBound(n, (i) => ends[i]! <= fragment.start);
        for (let k = first; k < n && starts[k]! < fragment.end; k++) {
          if (run[k] !== -1) continue;
          run[k] = id;
          tags[k] = k > 0 && run[k - 1] === id ? inside(role) : begin(role);
        }
      }
    }
  }
  return tags;
}
