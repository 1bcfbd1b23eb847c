import { describe, it, expect } from 'vitest';
import { extract } from '../../src/core/extract.js';

const wire = 'KYIV, Feb 24 (Reuters) - Ukraine\'s president said on Thursday that his country would defend itself.';

describe('extract: dates from a wire dateline', () => {
  it('lists the dateline day without a year when no publication time is known', () => {
    const x = extract(wire);
    expect(x.meta.published).toBeUndefined();
    expect(x.dates).toEqual([{ start: 6, end: 12, text: 'Feb 24', value: '--02-24' }]);
  });

  it('resolves it, and Thursday, against a publication time given by the caller', () => {
    const x = extract(wire, { published: '2022-02-25' });
    expect(x.meta.published).toBe('2022-02-25');
    expect(x.dates.map((d) => [d.text, d.value])).toEqual([['Feb 24', '2022-02-24'], ['Thursday', '2022-02-24']]);
  });

  it('makes the dateline day the publication date when an update line gives the year', () => {
    const x = extract(`Updated: 25/02/2022 09:00\n\n${wire}`);
    expect(x.meta.published).toBe('2022-02-24');
    expect(x.dates.map((d) => [d.text, d.value])).toContainEqual(['Thursday', '2022-02-24']);
  });
});
