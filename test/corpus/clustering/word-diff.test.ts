import { describe, it, expect } from 'vitest';
import { wordDiff } from '../../../src/corpus/clustering/word-diff.js';

const join = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('wordDiff', () => {
  const first = 'We will fight them on the beaches and we shall never surrender';
  const cases = [
    'We will fight them on the beaches … we shall never surrender',
    'We will fight them [the enemy] on the beaches and we shall never surrender',
    'We shall fight them on the beaches and we shall never surrender',
    'We will fight them on the beaches',
    first,
  ];
  it.each(cases)('rebuilds both wordings from its parts: %s', (wording) => {
    const diff = wordDiff(first, wording);
    expect(join(diff.filter((p) => p.op !== 'insert'))).toBe(first);
    expect(join(diff.filter((p) => p.op !== 'delete'))).toBe(wording);
  });
  it('marks a changed word as a delete and an insert', () => {
    const diff = wordDiff(first, 'We shall fight them on the beaches and we shall never surrender');
    expect(diff.find((p) => p.op === 'delete')?.text.trim()).toBe('will');
    expect(diff.find((p) => p.op === 'insert')?.text.trim()).toBe('shall');
  });
  it('is a single equal part for an identical wording', () => {
    expect(wordDiff(first, first)).toEqual([{ op: 'equal', text: first }]);
  });
});
