// A report inside a relative clause (`a gift he knew would lift me`, `which he believes will
// make…`): the relative head and the predicate after the cue are the content.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../../src/core/document/document.js';
import { assembleQuotes } from '../../../../src/core/quotes/quotes.js';
import { en } from '../../../../src/locales/en/index.js';

function reports(text: string): { content: string[]; cue: string | null }[] {
  return assembleQuotes(readDocument(text), en).filter((d) => d.kind !== 'direct').map((d) => ({ content: d.content.map((s) => s.text), cue: d.cue?.text ?? null }));
}

describe('relative reports', () => {
  it('takes the relative word and the predicate after a belief cue', () => {
    expect(reports('Graham criticized Trump for alienating Hispanics, which he believes will make it impossible for a Republican to win the presidency.')).toContainEqual(
      { content: ['which', 'will make it impossible for a Republican to win the presidency'], cue: 'believes' });
  });

  it('takes the head noun phrase of a that-less relative', () => {
    expect(reports('Sanders has refused to endorse her, a step they believe could help unify the party heading into the fall.')).toContainEqual(
      { content: ['a step', 'could help unify the party heading into the fall'], cue: 'believe' });
  });

  it('leaves a cue whose object follows it to the other rules', () => {
    const found = reports('Her aides believe the move could help unify the party.');
    expect(found).toContainEqual({ content: ['the move could help unify the party'], cue: 'believe' });
    expect(found.some((d) => d.content.length === 2)).toBe(false);
  });

  it('does not read a question put by a cue of asking as a report', () => {
    expect(reports('He posed the question nobody asked was downright bellicose.').some((d) => d.cue === 'asked' && d.content.length === 2)).toBe(false);
  });
});
