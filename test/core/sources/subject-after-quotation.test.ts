import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { findCues } from '../../../src/core/cues/cues.js';
import { findSources } from '../../../src/core/sources/sources.js';
import { extract } from '../../../src/core/extract.js';
import { en } from '../../../src/locales/en/index.js';

/** The source findSources gives the cue whose text is `cue`, as written. */
function sourceOfCue(text: string, cue: string): string | null {
  const doc = readDocument(text);
  const cues = findCues(doc, en);
  const links = findSources(doc, cues, en);
  const i = cues.findIndex((c) => text.slice(c.start, c.end) === cue);
  if (i < 0) throw new Error(`no cue ${cue}`);
  const link = links[i];
  return link ? text.slice(link.mention.start, link.mention.end) : null;
}

describe('subjectAfterQuotation', () => {
  it('takes in both heads of a coordinated subject after the quotation', () => {
    expect(sourceOfCue('“We have warned about this for months,” the Ohio governor and Republican presidential candidate said.', 'said'))
      .toBe('the Ohio governor and Republican presidential candidate');
  });

  it('takes in the noun a prepositional phrase modifies', () => {
    expect(sourceOfCue('“They know only one candidate can fix the tax code,” a narrator in the new spot states.', 'states')).toBe('a narrator in the new spot');
  });

  it('takes in a relative clause inside the subject', () => {
    expect(sourceOfCue('“The numbers are moving against her,” Dana Ortiz, the analyst who founded the forecasting site, wrote on Monday.', 'wrote'))
      .toBe('Dana Ortiz, the analyst who founded the forecasting site,');
  });

  it('attributes the quotation through the widened subject', () => {
    const q = extract('“We have warned about this for months,” the Ohio governor and Republican presidential hopeful said in a statement.').quotes[0]!;
    expect(q.cue?.text).toBe('said in a statement');
    expect(q.source?.text).toBe('the Ohio governor and Republican presidential hopeful');
  });

  it('leaves a subject alone when a clause of its own stands between it and the quotation', () => {
    expect(sourceOfCue('Voters were told to “stay home,” and the county clerk said the polls would close early.', 'said')).toBe('the county clerk');
  });

  it('finds the subject between quotation and cue when the phrase ends in a word the tagger read as an adjective', () => {
    expect(sourceOfCue('“We have warned about this for months,” the Ohio governor and Republican presidential hopeful said in a statement.', 'said in a statement'))
      .toBe('the Ohio governor and Republican presidential hopeful');
  });

  it('does not widen a pronoun, nor the subject of a participle', () => {
    expect(sourceOfCue('The troupe stars a “Lincoln” impersonator who promises lower taxes.', 'promises')).toBe('who');
    expect(sourceOfCue('Senators called the nominee “very flexible,” a nod to the governor, saying he had changed his mind.', 'saying')).not.toBe('a nod to the governor');
  });

  it('reads a participle between a determiner and a noun as part of the subject', () => {
    expect(sourceOfCue('“She needs a plan for the swing states,” Nate Holm, the polling analyst who founded the site tweeted on Wednesday.', 'tweeted'))
      .toBe('Nate Holm, the polling analyst who founded the site');
  });
});
