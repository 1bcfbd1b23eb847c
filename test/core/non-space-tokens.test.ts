import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/core/document.js';
import { nonSpaceAfter, nonSpaceAtOrAfter, nonSpaceAtOrBefore, nonSpaceBefore } from '../../src/core/non-space-tokens.js';

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
});
