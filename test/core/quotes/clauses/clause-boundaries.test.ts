// Where a reported clause ends, through assembleQuotes: the writer's continuation after the
// reported words is left out, what still belongs to them stays.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../../src/core/document/document.js';
import { assembleQuotes } from '../../../../src/core/quotes/quotes.js';
import { en } from '../../../../src/locales/en/index.js';

function contents(text: string): string[][] {
  return assembleQuotes(readDocument(text), en).filter((d) => d.kind !== 'direct').map((d) => {
    for (const s of d.content) expect(text.slice(s.start, s.end)).toBe(s.text);
    return d.content.map((s) => s.text);
  });
}

describe('clause boundaries: an infinitive complement', () => {
  it('ends before a causal aside after a comma', () => {
    expect(contents('The mayor has refused to release the audit, because aides fear it would embarrass the council.'))
      .toContainEqual(['to release the audit']);
  });

  it('keeps a name in apposition and quoted words after the break', () => {
    expect(contents('The senator has refused to schedule a vote on the nominee, Judith Kane, because her party hopes to win the fall election.'))
      .toContainEqual(['to schedule a vote on the nominee, Judith Kane, because her party hopes to win the fall election']);
    expect(contents('The council wants to delay the vote, “until every resident has been heard.”'))
      .toContainEqual(['to delay the vote, “until every resident has been heard.”']);
  });
});

describe('clause boundaries: the complement of a raising verb', () => {
  it('ends before a concessive or temporal aside after a comma', () => {
    expect(contents('The new rules appear to have calmed the bond market, although several lenders continue to struggle.'))
      .toContainEqual(['The new rules', 'to have calmed the bond market']);
    expect(contents('The governor is expected to sign the budget, when lawmakers return from their recess in March.'))
      .toContainEqual(['The governor', 'to sign the budget']);
  });

  it('ends before a writer’s gloss set off by a spaced dash', () => {
    expect(contents('The mayor seemed to be losing ground with older voters — perhaps the group that decides the runoff.'))
      .toContainEqual(['The mayor', 'to be losing ground with older voters']);
  });

  it('keeps a coordinated or participle continuation, and a comma inside quoted words', () => {
    expect(contents('The senator appeared to tire of the questions, and aides ended the session early.'))
      .toContainEqual(['The senator', 'to tire of the questions, and aides ended the session early']);
    expect(contents('The chairman is expected to resign, leaving the board without a leader.'))
      .toContainEqual(['The chairman', 'to resign, leaving the board without a leader']);
    expect(contents('The plan seems to keep “rents, fees and taxes” low for most families.'))
      .toContainEqual(['The plan', 'to keep “rents, fees and taxes” low for most families']);
  });

  it('leaves a hyphenated word whole', () => {
    expect(contents('The union appears to be a well-funded operation in the region.'))
      .toContainEqual(['The union', 'to be a well-funded operation in the region']);
  });
});

describe('clause boundaries: names joined by `and` before a later verb', () => {
  it('keeps a subject of two names inside the reported clause', () => {
    const found = contents('The senator said that only donors such as Peter and Helen Marsh wanted the tax cut repealed.');
    expect(found).toContainEqual(['that only donors such as Peter and Helen Marsh wanted the tax cut repealed']);
    expect(found).toHaveLength(1);
  });

  it('still ends the clause before a new subject after a coordinator', () => {
    expect(contents('The mayor said the bridge was safe and engineers said it needed repairs.'))
      .toContainEqual(['the bridge was safe']);
  });
});

describe('clause boundaries: an adjunct of the reporting event after an object', () => {
  it('ends the object before it', () => {
    expect(contents('The senator criticized the new trade rules during a town hall in Akron.'))
      .toContainEqual(['the new trade rules']);
  });

  it('keeps it when it dates a verb inside the object', () => {
    expect(contents('The governor blamed the lenders for the housing slump that occurred during his first term.'))
      .toContainEqual(['the lenders for the housing slump that occurred during his first term']);
  });
});

describe('clause boundaries: a participle after an object', () => {
  it('ends the object before the writer’s gloss', () => {
    expect(contents('The senator criticized the new trade rules, accusing the agency of ignoring farmers.'))
      .toContainEqual(['the new trade rules']);
  });

  it('keeps a list the object includes', () => {
    expect(contents('The senator criticized the new trade rules, including the tariffs on imported steel.'))
      .toContainEqual(['the new trade rules, including the tariffs on imported steel']);
  });
});

describe('clause boundaries: the main clause after a fronted subordinate clause', () => {
  function attributions(text: string): Array<{ kind: string; content: string[]; source: string | undefined }> {
    return assembleQuotes(readDocument(text), en).map((d) => ({ kind: d.kind, content: d.content.map((s) => s.text), source: d.source?.text }));
  }

  it('ends the reported clause at the comma before a past-tense main clause, so a quotation after its colon keeps its own speaker', () => {
    const found = attributions('When the governor suggested that the union would strike over the pension deal, the mayor pushed back sharply: “If they walk out in March, they will lose the public.”');
    expect(found).toContainEqual({ kind: 'indirect', content: ['that the union would strike over the pension deal'], source: 'the governor' });
    expect(found).toContainEqual({ kind: 'direct', content: ['“If they walk out in March, they will lose the public.”'], source: 'the mayor' });
  });

  it('keeps a past-tense clause after a comma inside an ordinary reported clause', () => {
    expect(contents('The treasurer said that without the levy, the county lost its bond rating.'))
      .toContainEqual(['that without the levy, the county lost its bond rating']);
  });
});
