// The agent of a passive cue speaks: `was asked by host X`, `As reported by the Ledger,`,
// `was written by Ellison`, `an option seen by organizers as…`; not the means in `said by phone`.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { assembleQuotes } from '../../../src/core/quotes/quotes.js';
import { en } from '../../../src/locales/en/index.js';
import { sourceOf } from './cue-source.js';

describe('passive agents: the `by` phrase is the source', () => {
  it('gives a question quoted after `was asked by` to the one asking', () => {
    expect(sourceOf('Senator Hale was asked by host Ana Ruiz, who backs him, "Now, you said you were tired of the emails, right?"', 'asked')).toBe('host Ana Ruiz');
  });

  it('gives a quoted title to the one who wrote it', () => {
    expect(sourceOf('"River Song" was written by Ellison after the flood that destroyed the town.', 'was written')).toBe('Ellison');
  });

  it('gives an opening `As reported by` its agent, not the clause after it', () => {
    expect(sourceOf('As reported by the Daily Ledger, investigators found over 2,000 emails on the server.', 'reported')).toBe('the Daily Ledger');
  });

  it('reads a reduced relative after a noun as passive', () => {
    expect(sourceOf('The council discussed a third party, an option seen by organizers as a "lifeboat" for moderates.', 'seen')).toBe('organizers');
  });
});

describe('passive agents: what is not an agent', () => {
  it('leaves the means of an active cue alone', () => {
    expect(sourceOf('Smith said by phone that the deal was "dead on arrival."', 'said')).toBe('Smith');
  });

  it('reports nothing after an agent that no complement follows', () => {
    const drafts = assembleQuotes(readDocument('The newspaper is often denounced by the mayor for its coverage of the strike.'), en);
    expect(drafts.find((d) => d.cue?.text.includes('denounced'))).toBeUndefined();
  });
});
