import { describe, expect, it } from 'vitest';
import type { Token } from '../../../src/core/document/document.js';
import { nonSpaceAfter, nonSpaceAtOrAfter, nonSpaceAtOrBefore, nonSpaceBefore } from '../../../src/core/document/non-space-tokens.js';

// `said ,\n\n Jones`: a line break between the comma and the name.
const tokens = [
  { text: 'said', pos: 'VERB' },
  { text: ',', pos: 'PUNCT' },
  { text: '\n\n', pos: 'SPACE' },
  { text: 'Jones', pos: 'PROPN' },
].map((t, i) => ({ ...t, i }) as unknown as Token);

describe('non-space tokens', () => {
  it('steps over spaces but not punctuation', () => {
    expect(nonSpaceAfter(tokens, 0)?.text).toBe(',');
    expect(nonSpaceAfter(tokens, 1)?.text).toBe('Jones');
    expect(nonSpaceBefore(tokens, 3)?.text).toBe(',');
  });

  it('reports the edges', () => {
    expect(nonSpaceBefore(tokens, 0)).toBeUndefined();
    expect(nonSpaceAfter(tokens, 3)).toBeUndefined();
    expect(nonSpaceAtOrAfter(tokens, 2)).toBe(3);
    expect(nonSpaceAtOrAfter(tokens, 4)).toBe(4);
    expect(nonSpaceAtOrBefore(tokens, 2)).toBe(1);
    expect(nonSpaceAtOrBefore(tokens, -1)).toBe(-1);
  });

  // `said \n\n  Jones`: three whitespace tokens (1, 2, 3) between `said` (0) and `Jones` (4).
  const run = [
    { text: 'said', pos: 'VERB' },
    { text: ' ', pos: 'SPACE' },
    { text: '\n\n', pos: 'SPACE' },
    { text: ' ', pos: 'SPACE' },
    { text: 'Jones', pos: 'PROPN' },
  ].map((t, i) => ({ ...t, i }) as unknown as Token);

  it('stops a backward walk at its floor: floor - 1 when only spaces lie between', () => {
    expect(nonSpaceAtOrBefore(run, 3, 2)).toBe(1);
    expect(nonSpaceAtOrBefore(run, 3, 0)).toBe(0);
    expect(nonSpaceAtOrBefore(run, 4, 2)).toBe(4);
  });

  it('stops a forward walk at its ceiling: ceiling + 1 when only spaces lie between', () => {
    expect(nonSpaceAtOrAfter(run, 1, 2)).toBe(3);
    expect(nonSpaceAtOrAfter(run, 1, 4)).toBe(4);
    expect(nonSpaceAtOrAfter(run, 0, 2)).toBe(0);
  });

  it('reads no token beyond its bound', () => {
    // Holes where the walk must not look: reading one would throw.
    const guarded = [...run];
    delete guarded[0];
    delete guarded[4];
    expect(nonSpaceAtOrBefore(guarded, 3, 1)).toBe(0);
    expect(nonSpaceAtOrAfter(guarded, 1, 3)).toBe(4);
  });
});
