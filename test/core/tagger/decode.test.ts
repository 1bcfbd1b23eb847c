import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document.js';
import { draftsFromTags, segmentsOf } from '../../../src/core/tagger/decode.js';
import { labelIndex, type Label } from '../../../src/core/tagger/labels.js';

/** Tags by word: the words listed get the label, in order, all other positions O. */
function tagsFor(text: string, marked: Array<[string, Label]>) {
  const doc = readDocument(text);
  const positions = doc.tokens.filter((t) => t.pos !== 'SPACE').map((t) => t.i);
  const tags = positions.map(() => labelIndex.O);
  let from = 0;
  for (const [word, label] of marked) {
    const k = positions.findIndex((i, j) => j >= from && doc.tokens[i]!.text === word);
    if (k < 0) throw new Error(`no ${word} after position ${from}`);
    tags[k] = labelIndex[label];
    from = k + 1;
  }
  return { doc, positions, tags, margins: tags.map(() => 2) };
}

describe('decoding tag sequences', () => {
  it('turns source, cue and content runs into one indirect draft', () => {
    const { doc, positions, tags, margins } = tagsFor('The minister said the plan would fail.', [
      ['The', 'B-SOURCE'], ['minister', 'I-SOURCE'], ['said', 'B-CUE'],
      ['the', 'B-CONTENT'], ['plan', 'I-CONTENT'], ['would', 'I-CONTENT'], ['fail', 'I-CONTENT'],
    ]);
    const [draft, ...rest] = draftsFromTags(doc, positions, tags, margins, 2);
    expect(rest).toEqual([]);
    expect(draft!.kind).toBe('indirect');
    expect(draft!.content.map((s) => s.text)).toEqual(['the plan would fail']);
    expect(draft!.source?.text).toBe('The minister');
    expect(draft!.cue?.text).toBe('said');
    expect(draft!.confidence).toBe(0.5);
    expect(draft!.sentence).toBe(0);
  });

  it('joins content on both sides of an interrupting cue and marks quoted content as mixed', () => {
    const text = '“We will win,” she said, “and soon.”';
    const { doc, positions, tags, margins } = tagsFor(text, [
      ['“', 'B-CONTENT'], ['We', 'I-CONTENT'], ['will', 'I-CONTENT'], ['win', 'I-CONTENT'], [',', 'I-CONTENT'], ['”', 'I-CONTENT'],
      ['she', 'B-SOURCE'], ['said', 'B-CUE'],
      ['“', 'B-CONTENT'], ['and', 'I-CONTENT'], ['soon', 'I-CONTENT'], ['.', 'I-CONTENT'], ['”', 'I-CONTENT'],
    ]);
    const drafts = draftsFromTags(doc, positions, tags, margins, 1);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.kind).toBe('mixed');
    expect(drafts[0]!.content.map((s) => s.text)).toEqual(['“We will win,”', '“and soon.”']);
    expect(drafts[0]!.source?.text).toBe('she');
    for (const s of drafts[0]!.content) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('gives each cue of a paragraph its nearest content and source', () => {
    const { doc, positions, tags, margins } = tagsFor('Smith said taxes rise. Jones thinks prices fall.', [
      ['Smith', 'B-SOURCE'], ['said', 'B-CUE'], ['taxes', 'B-CONTENT'], ['rise', 'I-CONTENT'],
      ['Jones', 'B-SOURCE'], ['thinks', 'B-CUE'], ['prices', 'B-CONTENT'], ['fall', 'I-CONTENT'],
    ]);
    const drafts = draftsFromTags(doc, positions, tags, margins, 1);
    expect(drafts.map((d) => [d.source?.text, d.cue?.text, d.content[0]!.text])).toEqual([
      ['Smith', 'said', 'taxes rise'],
      ['Jones', 'thinks', 'prices fall'],
    ]);
  });

  it('starts a new segment at every B- tag', () => {
    const b = labelIndex['B-CONTENT'];
    const i = labelIndex['I-CONTENT'];
    expect(segmentsOf([b, i, b, i, 0], [1, 1, 1, 1, 1]).map((s) => [s.first, s.last])).toEqual([[0, 1], [2, 3]]);
  });
});
