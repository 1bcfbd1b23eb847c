// `nine in 10`, `one in four`, `3 out of 4`: poll shares written as two numbers and a preposition,
// one subject (`nine in 10 said…`) that neither a date adjunct (`in 2010`) nor a clause break splits.
import type { Token } from '../document/document.js';
import { nonSpaceAtOrAfter, nonSpaceAtOrBefore } from '../document/non-space-tokens.js';

/** Token k is a preposition between two numbers (`in` of `nine in 10`; `of` of `out of 4` after `out`). */
export function linksRatio(tokens: Token[], k: number): boolean {
  if (tokens[k]?.pos !== 'ADP') return false;
  const before = tokens[nonSpaceAtOrBefore(tokens, k - 1)];
  const after = tokens[nonSpaceAtOrAfter(tokens, k + 1)];
  return before?.pos === 'NUM' && after?.pos === 'NUM';
}
