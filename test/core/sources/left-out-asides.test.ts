// An aside telling where, when or how the subject spoke is left out of the source; an apposition,
// a relative clause, a hometown or an inclusion stays in.
import { describe, expect, it } from 'vitest';
import { sourceOf } from './cue-source.js';

describe('leavesAsideOut', () => {
  it.each([
    ['Clinton, during a town hall meeting in Columbus, Ohio, said she would put coal miners out of business.', 'said', 'Clinton'],
    ['Gates, in contrast, told AP he was working with Manafort.', 'told', 'Gates'],
    ['One former Podesta employee, speaking on condition of anonymity, said Gates described the plan.', 'said', 'One former Podesta employee'],
    ['A Warren adviser, who spoke on the condition of anonymity to speak candidly, said the senator was torn.', 'said', 'A Warren adviser'],
  ])('leaves the aside out of %s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });

  it.each([
    ['Brian Fallon, the campaign’s press secretary, said the report was wrong.', 'said', 'Brian Fallon, the campaign’s press secretary,'],
    ['Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.', 'said', 'Johnnie Wilson, of Springfield, Va.,'],
    ['Murphy, who was elected to the House in 2012, argued his fight for public schools mattered most.', 'argued', 'Murphy, who was elected to the House in 2012,'],
    ['Proponents, including the United States Conference of Mayors, have urged Congress to leave the program intact.', 'have urged', 'Proponents, including the United States Conference of Mayors,'],
  ])('keeps the description in %s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });
});
