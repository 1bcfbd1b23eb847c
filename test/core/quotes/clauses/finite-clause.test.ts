// opensFiniteClause on realistic clause openings, with and without admitPast.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../src/core/document/document.js';
import { opensFiniteClause, type FiniteClauseOptions } from '../../../../src/core/quotes/clauses/finite-clause.js';
import { en } from '../../../../src/locales/en/index.js';

function opens(text: string, options?: FiniteClauseOptions): boolean {
  const { tokens } = readDocument(text);
  return opensFiniteClause(tokens, 0, tokens.length - 1, en.words, options);
}

describe('opensFiniteClause', () => {
  it('takes a subject pronoun and its auxiliary, or a noun and a present-tense verb', () => {
    expect(opens('it would get rid of the tax.')).toBe(true);
    expect(opens('the plan works well.')).toBe(true);
  });

  it('does not take a bare object after a verb', () => {
    expect(opens('added 500 jobs.')).toBe(false);
    expect(opens('added 500 jobs.', { admitPast: true })).toBe(false);
  });

  it('takes a noun and a past-tense verb only with admitPast', () => {
    expect(opens('Rubio fired back at the critics.')).toBe(false);
    expect(opens('Rubio fired back at the critics.', {})).toBe(false);
    expect(opens('Rubio fired back at the critics.', { admitPast: true })).toBe(true);
  });
});
