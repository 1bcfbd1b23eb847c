// From a tag sequence to quotation drafts. Runs of one role become segments; every content
// segment joins the nearest cue of its paragraph (so `“A,” he said, “B.”` is one draft with two
// content spans), a content paragraph with no cue continues the draft of the paragraph before it
// when it runs on from it, and each draft takes the source nearest its cue in the cue's sentence.
import type { Span } from '../../types.js';
import type { Document, Token } from '../document.js';
import type { QuoteDraft } from '../quotes.js';
import { O, labels, roleOf, type Role } from './labels.js';

/** A maximal run of positions with one role. */
export type Segment = { role: Role; first: number; last: number; margin: number };

const QUOTATION_MARK = /["“”„‟«»]/;

export function segmentsOf(tags: ArrayLike<number>, margins: ArrayLike<number>): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  for (let k = 0; k < tags.length; k++) {
    const role = roleOf(tags[k]!);
    const begins = tags[k] !== O && labels[tags[k]!]!.startsWith('B-');
    if (current && (role !== current.role || begins)) { segments.push(current); current = null; }
    if (!role) continue;
    if (!current) current = { role, first: k, last: k, margin: 0 };
    current.last = k;
    current.margin += margins[k] ?? 0;
  }
  if (current) segments.push(current);
  return segments;
}

type Group = { cue: Segment | null; contents: Segment[] };

/** `marginHalf`: the mean content margin that maps to confidence 0.5. */
export function draftsFromTags(doc: Document, positions: ArrayLike<number>, tags: ArrayLike<number>, margins: ArrayLike<number>, marginHalf: number): QuoteDraft[] {
  const tok = (k: number): Token => doc.tokens[positions[k]!]!;
  const segments = segmentsOf(tags, margins);
  const cues = segments.filter((s) => s.role === 'CUE');
  const sources = segments.filter((s) => s.role === 'SOURCE');
  const groups = new Map<Segment | number, Group>();
  let previousContent: { segment: Segment; group: Group } | null = null;

  for (const segment of segments) {
    if (segment.role !== 'CONTENT') continue;
    const paragraph = tok(segment.first).paragraph;
    let nearest: Segment | null = null;
    let distance = Infinity;
    for (const cue of cues) {
      if (tok(cue.first).paragraph !== paragraph) continue;
      const d = cue.last < segment.first ? segment.first - cue.last : cue.first > segment.last ? cue.first - segment.last : 0;
      if (d < distance) { distance = d; nearest = cue; }
    }
    let group: Group | undefined;
    if (nearest) {
      group = groups.get(nearest);
      if (!group) { group = { cue: nearest, contents: [] }; groups.set(nearest, group); }
    } else if (previousContent && runsOn(previousContent.segment, segment)) {
      group = previousContent.group;
    } else {
      group = { cue: null, contents: [] };
      groups.set(segment.first, group);
    }
    group.contents.push(segment);
    previousContent = { segment, group };
  }

  const drafts: QuoteDraft[] = [];
  for (const group of groups.values()) {
    const contents = group.contents.sort((a, b) => a.first - b.first);
    const content: Span[] = contents.map((s) => spanOf(doc, tok(s.first), tok(s.last)));
    const anchor = group.cue ?? contents[0]!;
    const source = nearestSource(sources, anchor, tok);
    const positionsCovered = contents.reduce((sum, s) => sum + s.last - s.first + 1, 0);
    const meanMargin = contents.reduce((sum, s) => sum + s.margin, 0) / Math.max(1, positionsCovered);
    drafts.push({
      kind: content.some((s) => QUOTATION_MARK.test(s.text)) ? 'mixed' : 'indirect',
      content,
      cue: group.cue ? spanOf(doc, tok(group.cue.first), tok(group.cue.last)) : null,
      source: source ? spanOf(doc, tok(source.first), tok(source.last)) : null,
      confidence: Math.round((100 * meanMargin) / (meanMargin + marginHalf)) / 100,
      sentence: tok(anchor.first).sentence,
      cueType: null,
    });
  }
  return drafts.sort((a, b) => a.content[0]!.start - b.content[0]!.start);

  /** A content segment that opens its paragraph right after one that closed the previous one. */
  function runsOn(before: Segment, after: Segment): boolean {
    return tok(after.first).paragraph === tok(before.last).paragraph + 1 && after.first - before.last <= 2;
  }
}

function nearestSource(sources: Segment[], anchor: Segment, tok: (k: number) => Token): Segment | null {
  const sentence = tok(anchor.first).sentence;
  let best: Segment | null = null;
  let distance = Infinity;
  for (const s of sources) {
    if (tok(s.first).sentence !== sentence && tok(s.last).sentence !== sentence) continue;
    const d = s.last < anchor.first ? anchor.first - s.last : s.first - anchor.last;
    if (d < distance) { distance = d; best = s; }
  }
  return best;
}

function spanOf(doc: Document, first: Token, last: Token): Span {
  return { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) };
}
