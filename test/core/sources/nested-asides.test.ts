// A subject keeps its aside across the commas inside it: a list ending in `, and …` inside an
// apposition, and a relative clause whose subject has an apposition of its own.
import { describe, it, expect } from 'vitest';
import { sourceOf } from './cue-source.js';

describe('nested asides: commas inside a subject’s aside', () => {
  it('walks past a list closed by `, and` inside an apposition', () => {
    expect(sourceOf('The changes "are a start, not a cure," Maria Lentz, deputy director for housing, transport, and planning, said on Monday.', 'said'))
      .toBe('Maria Lentz, deputy director for housing, transport, and planning,');
  });

  it('walks past an apposition nested in a relative clause', () => {
    expect(sourceOf('Ms. Okafor, whose first company, Brightline, sells solar panels to farmers, said the rules were "written for someone else."', 'said'))
      .toBe('Ms. Okafor, whose first company, Brightline, sells solar panels to farmers,');
  });

  it('does not run past a main clause to the subject of a participle', () => {
    // `told…` after the relative clause is the main verb, so `adding` keeps its own clause's subject.
    const source = sourceOf('Mr. Hale, who made a fortune on shipping, told investors the slump was "temporary," adding that prices would "come back."', 'adding');
    expect(source).not.toContain('told');
  });
});
