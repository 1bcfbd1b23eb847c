// A speech or writing report closing its sentence (`…,” the Times reported.`) takes the whole
// sentence before it, quotation and inner cue included (PolNeAR gives it to the outer source),
// unless the sentence is something else: two statements, an adverbial clause, a repeated speaker.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { assembleQuotes } from '../../../src/core/quotes/quotes.js';
import { en } from '../../../src/locales/en/index.js';

function attributions(text: string): { content: string[]; cue: string | null; source: string | null }[] {
  return assembleQuotes(readDocument(text), en).map((d) => {
    for (const s of [...d.content, d.cue, d.source]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
    return { content: d.content.map((s) => s.text), cue: d.cue?.text ?? null, source: d.source?.text ?? null };
  });
}

describe('closing reports: the reporter at the end of the sentence speaks for it', () => {
  it('takes a sentence whose own verb frames the quotation', () => {
    expect(attributions('In one memo, the minister described how he had dropped a briefing card into a “shred bin,” the Guardian reported.')).toEqual([
      { content: ['In one memo, the minister described how he had dropped a briefing card into a “shred bin,”'], cue: 'reported', source: 'the Guardian' },
    ]);
  });

  it('takes a pledge the outlet reports, adjunct opening the sentence included', () => {
    expect(attributions('Earlier that day, the governor met with local farmers and pledged to "protect every family farm from the next flood," the Herald reported.')).toEqual([
      { content: ['Earlier that day, the governor met with local farmers and pledged to "protect every family farm from the next flood,"'], cue: 'reported', source: 'the Herald' },
    ]);
  });

  it('takes an object-framed quotation, with a date after the cue', () => {
    expect(attributions('The candidate welcomed the endorsement and called it "a turning point for the campaign," two aides said on Friday.')).toEqual([
      { content: ['The candidate welcomed the endorsement and called it "a turning point for the campaign,"'], cue: 'said', source: 'two aides' },
    ]);
  });

  it('takes a clause with an inverted reporter after it', () => {
    const found = attributions('The governor cannot claim that “from his point of view,” added Martin Hale.');
    expect(found[0]).toMatchObject({ cue: 'added', source: 'Martin Hale' });
  });
});

describe('closing reports: sentences that are not one report', () => {
  it('leaves two statements, each with its own attribution, apart', () => {
    const found = attributions('"Her usual mood is sour," she said, but despite the rising tension, "I expect she will sign it," said Moreno.');
    expect(found.some((q) => q.source === 'Moreno' && q.content.some((c) => c.includes('she said')))).toBe(false);
  });

  it('leaves a quotation in an opening adverbial clause to its own cue', () => {
    const found = attributions('When the senator said she would "defend every family farm," the crowd applauded.');
    expect(found.some((q) => q.source === 'the crowd')).toBe(false);
  });

  it('leaves a pronoun naming the inner speaker again to the inner report', () => {
    const found = attributions('Ortiz said she chose the topic because “few people know about that clause,” she said. “We cannot read the present without it.”');
    expect(found[0]).toMatchObject({ cue: 'said', source: 'Ortiz' });
  });

  it('leaves a relative clause after the quoted title alone', () => {
    const found = attributions("Mr. Lane liked the note so much that he decided to print it on the cover of his memoir, ''Lane and Me,'' which will be published next month.");
    expect(found.some((q) => q.source === 'which')).toBe(false);
  });

  it('leaves a colon-introduced statement to its own attribution', () => {
    const found = attributions('The statement also described the effect it said the nominee would have on workers: “Our union has fought for decades, and her fight has opened doors for all of us,” the union wrote.');
    expect(found).toContainEqual({ content: ['“Our union has fought for decades, and her fight has opened doors for all of us,”'], cue: 'wrote', source: 'the union' });
  });
});
